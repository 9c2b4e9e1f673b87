from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CallToAction


class CallToActionViewSet(SnippetViewSet):
    model = CallToAction
    icon = "pick"
    menu_label = "Calls to action"
    list_display = ["heading", "button_text", "locale"]
    list_filter = ["locale"]
    search_fields = ["heading"]


register_snippet(CallToActionViewSet)
