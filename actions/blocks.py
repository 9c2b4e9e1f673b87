"""Blocks of the calls to action; the reusable call-to-action block lives with the shared blocks."""

from itac.blocks import BodyStreamBlock, CallToActionBlock

__all__ = ["ActionStreamBlock", "CallToActionBlock"]


class ActionStreamBlock(BodyStreamBlock):
    """The content blocks of the action pages: the shared body blocks, reusable calls included."""
