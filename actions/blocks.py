from django.utils.translation import gettext_lazy as _

from wagtail.snippets.blocks import SnippetChooserBlock

from itac.blocks import BodyStreamBlock


class CallToActionBlock(SnippetChooserBlock):
    """Places one of the reusable calls to action on a page."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Call to action"))
        super().__init__("actions.CallToAction", **kwargs)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A reusable call to action: heading, text and a button.")


class ActionStreamBlock(BodyStreamBlock):
    """The content blocks of the action pages, plus the reusable call-to-action snippets."""

    reusable_call_to_action = CallToActionBlock()
