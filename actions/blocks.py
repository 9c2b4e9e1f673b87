from django.utils.translation import gettext_lazy as _

from wagtail.snippets.blocks import SnippetChooserBlock


class CallToActionBlock(SnippetChooserBlock):
    """Places one of the reusable calls to action on a page."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Call to action"))
        super().__init__("actions.CallToAction", **kwargs)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A reusable call to action: heading, text and a button.")
