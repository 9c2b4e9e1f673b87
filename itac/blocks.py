"""StreamField blocks every page of the portal can use."""

import copy
from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from itac.paths import visitor_page_url
from itac.sections import PLEDGE_FIGURES_SECTIONS, section_templates

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]

# Videos are shown as links to these hosts: the portal embeds no third-party frames.
VIDEO_HOSTS = {
    "youtube.com": "YouTube",
    "www.youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "m.youtube.com": "YouTube",
    "vimeo.com": "Vimeo",
    "www.vimeo.com": "Vimeo",
}


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": "It takes a community", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    # ImageBlock asks for alt text unless the editor marks the image decorative.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with the name of who said it.")
        preview_value = {
            "quote": "When newcomers join in, the whole street gains neighbours.",
            "attribution": "A Montreal resident",
        }


class VideoBlock(blocks.StructBlock):
    """A video on YouTube or Vimeo, shown as a link so no third party loads with the page."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(max_length=200, label=_("Video title"))

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        description = _("A link to a video on YouTube or Vimeo.")
        preview_value = {"url": "https://www.youtube.com/watch?v=example", "title": "Our story"}

    def clean(self, value):
        value = super().clean(value)
        if urlparse(value["url"]).hostname not in VIDEO_HOSTS:
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Use a YouTube or Vimeo address."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["host_name"] = VIDEO_HOSTS.get(urlparse(value["url"]).hostname, "")
        return context


def page_or_address_error(page, address):
    """What is wrong with a link given both a page and an address, or neither (None when it has
    exactly one): the block below and the reusable call to action say it alike."""
    if bool(page) != bool(address):
        return None
    if page:
        return _("Choose a page or enter an address, not both.")
    return _("Choose a page or enter an address.")


class LinkStructValue(blocks.StructValue):
    """Gives templates one `.url`, whether the editor picked a page or typed an address."""

    @property
    def url(self):
        page = self.get("page")
        if page:
            return visitor_page_url(page)
        return self.get("link_url")


class CallToActionLinkBlock(blocks.StructBlock):
    """Link text plus either a page or an address, never both."""

    text = blocks.CharBlock(max_length=80, label=_("Link text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    link_url = blocks.URLBlock(required=False, label=_("Or an address"))

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_link_block.html"
        value_class = LinkStructValue
        description = _("A button that leads to a page of the site or to another site.")
        preview_value = {"text": "Share your story", "link_url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        message = page_or_address_error(value.get("page"), value.get("link_url"))
        if message:
            raise StructBlockValidationError(block_errors={"link_url": ValidationError(message)})
        return value


class CallToActionBlock(SnippetChooserBlock):
    """Places one of the reusable calls to action (itac.CallToAction) on a page."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Reusable call to action"))
        super().__init__("itac.CallToAction", **kwargs)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A reusable call to action: heading, text and a button.")

    def bulk_to_python(self, values):
        # Each button links to a page: fetch the pages with the snippets, in one query.
        found = self.model_class.objects.select_related("link_page").in_bulk(values)
        return [copy.copy(found[pk]) if pk in found else None for pk in values]


class PledgeFiguresBlock(blocks.StaticBlock):
    """The live pledge figures (how many, from how many countries), never a typed number."""

    class Meta:
        icon = "success"
        label = _("Pledge figures")
        admin_text = _("Shows how many have pledged, and from how many countries, as counted now.")
        template = "blocks/pledge_figures_block.html"
        description = _("The live count of pledges and countries: no figure to keep up to date.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The figures come from the pledges' app (actions): itac.sections.
        context["sections"] = section_templates(PLEDGE_FIGURES_SECTIONS)
        return context


def paragraph_block():
    """A paragraph of a page's or a story's body: text with simple formatting and links.

    A plain RichTextBlock (not a subclass), so that migrations keep describing it as before."""
    return blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
        description=_("Text with simple formatting and links."),
    )


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks for the body of a content page."""

    heading = HeadingBlock()
    paragraph = paragraph_block()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    call_to_action = CallToActionLinkBlock()
    reusable_call_to_action = CallToActionBlock()


class ContentPageStreamBlock(BodyStreamBlock):
    """The body of a content page (About, Privacy): the shared blocks and the live figures."""

    pledge_figures = PledgeFiguresBlock()
