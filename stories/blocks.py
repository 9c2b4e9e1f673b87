"""The blocks a story's body is made of: a subset of the shared body blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from itac.blocks import RICH_TEXT_FEATURES, CaptionedImageBlock, QuoteBlock, VideoBlock


class StoryBodyBlock(blocks.StreamBlock):
    """Paragraphs, images, quotes and video links: what a story is told with."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
        description=_("Text with simple formatting and links."),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
