from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from itac.models import FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(FooterTextViewSet)
