"""Image formats the site offers, by what this server's Pillow can write."""

import re
from functools import cache

from PIL import features

AVIF_IN_SPEC = re.compile(r"format-\{avif,([a-z]+)\}")


@cache
def avif_supported():
    """True when Pillow here can encode AVIF (Pillow 11.3+ built with libavif)."""
    try:
        return bool(features.check("avif"))
    except ValueError:  # a Pillow that does not know the feature's name
        return False


def with_avif(*specs):
    """Rendition specs plus their AVIF twins (same size, `format-avif`) where AVIF is written:
    the prefetch lists of the templates that offer AVIF through `{% picture_avif %}`."""
    twins = [re.sub(r"format-\w+$", "format-avif", spec) for spec in specs]
    return [*specs, *twins] if avif_supported() else list(specs)


def drop_avif(tag_contents):
    """A tag's `format-{avif,webp}` as `format-webp` where AVIF cannot be written."""
    return tag_contents if avif_supported() else AVIF_IN_SPEC.sub(r"format-\1", tag_contents)
