"""Light on phones: the home page's first load at 375 px, and the size of every image shown."""

import pytest

from .conftest import load_images

PHONE = 375
FIRST_LOAD_BUDGET = 150 * 1024


def transferred_bytes(requests):
    """Bytes that came over the network for these requests: headers and (compressed) bodies."""
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += max(sizes["responseBodySize"], 0) + max(sizes["responseHeadersSize"], 0)
    return total


@pytest.mark.parametrize("width", [PHONE])
def test_the_home_page_first_load_is_light_on_a_phone(page):
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto("/", wait_until="load")
    page.wait_for_load_state("networkidle")
    weight = transferred_bytes(finished)
    listing = "\n".join(f"{r.sizes()['responseBodySize']:>8} {r.url}" for r in finished)
    assert weight < FIRST_LOAD_BUDGET, f"{weight} bytes on first load:\n{listing}"
    # The cards below the fold wait until the visitor scrolls to them.
    assert page.locator("main img[loading=lazy]").count() >= 3
    assert page.failed_requests == [] and page.console_errors == []


IMAGE_SIZES = """() => [...document.images].map(image => ({
    src: image.currentSrc || image.src,
    natural: image.naturalWidth,
    shown: image.getBoundingClientRect().width,
    width: image.getAttribute("width"),
    height: image.getAttribute("height"),
}))"""


@pytest.mark.parametrize("width", [PHONE])
@pytest.mark.parametrize("path", ["/", "/stories/", "/events/"])
def test_no_image_is_much_wider_than_it_is_shown(page, path):
    page.goto(path)
    # Every image loaded (lazy ones too), as after scrolling the whole page.
    load_images(page)
    images = page.evaluate(IMAGE_SIZES)
    assert images
    for image in images:
        assert image["width"] and image["height"], f"{image['src']} has no width and height"
        if image["shown"] and image["natural"]:
            assert image["natural"] <= 2 * image["shown"], image
