from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from itac import http_cache
from itac.models import CallToAction, FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


class CallToActionViewSet(SnippetViewSet):
    model = CallToAction
    icon = "pick"
    menu_label = _("Calls to action")
    list_display = ["heading", "button_text", "locale"]
    list_filter = ["locale"]
    search_fields = ["heading"]


register_snippet(FooterTextViewSet)
register_snippet(CallToActionViewSet)


@hooks.register("before_serve_page")
def name_the_page_for_the_proxy(page, request, serve_args, serve_kwargs):
    """Every page response names its page and the pages key (itac.http_cache)."""
    http_cache.tag_response(request, http_cache.PAGES_KEY, http_cache.page_key(page))


@hooks.register("register_admin_urls")
def two_factor_urls():
    from itac import two_factor

    return two_factor.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    from django.urls import reverse

    return {
        "url": reverse("itac_two_factor_setup"),
        "label": _("Two-step verification"),
        "help_text": _("Add an authenticator app and get recovery codes."),
    }
