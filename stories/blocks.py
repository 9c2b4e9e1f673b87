"""The blocks a story's body is made of: a subset of the shared body blocks."""

from wagtail import blocks

from itac.blocks import CaptionedImageBlock, QuoteBlock, VideoBlock, paragraph_block


class StoryBodyBlock(blocks.StreamBlock):
    """Paragraphs, images, quotes and video links: what a story is told with."""

    paragraph = paragraph_block()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
