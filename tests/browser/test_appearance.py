"""Visual regression: every public page type at 375 px and 1280 px, in English and in Arabic,
compared with its reviewed reference picture in tests/browser/appearance/.

A change of more than a few pixels fails until someone looks at it and approves it:

    UPDATE_SCREENSHOTS=1 make test-browser      # writes the references afresh; review, commit

A missing reference fails too (a check with nothing to compare proves nothing). Live parts
(dates, counters) are frozen to fixed text and masked, so the same code draws the same page any
day. The fonts are the committed ones in static/fonts/, so text renders the same everywhere.
It runs first of the browser tests (tests/conftest.py), before journeys that add stories or
pledges to the live site.
"""

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from .conftest import ARTIFACTS_DIR, load_images
from .test_public_pages import PAGE_TYPES, localized

REFERENCES_DIR = Path(__file__).resolve().parent / "appearance"
DIFFS_DIR = ARTIFACTS_DIR / "appearance"
UPDATE = os.environ.get("UPDATE_SCREENSHOTS", "") not in {"", "0"}
WIDTHS = [375, 1280]
LANGUAGES = ["en", "ar"]
# A pixel counts as changed when a channel moves by more than this (anti-aliasing noise stays
# under it), and a page fails when more than this share of its pixels changed.
CHANNEL_TOLERANCE = 24
CHANGED_SHARE_TOLERANCE = 0.002
# What changes by itself: dates relative to today, live counts, "happening now".
LIVE_PARTS = ["time", ".local-time", ".pledge-counter", ".pledge-countries", ".event-card__now"]
FREEZE = """(selectors) => {
    for (const element of document.querySelectorAll("time, .local-time")) {
        element.textContent = "00/00/0000 00:00";
    }
    for (const element of document.querySelectorAll(selectors.join(","))) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            walker.currentNode.nodeValue = walker.currentNode.nodeValue.replace(/[0-9٠-٩]/g, "0");
        }
    }
    return document.fonts.ready.then(() => true);
}"""
APPROVE = "UPDATE_SCREENSHOTS=1 make test-browser"


def reference_name(name, language, width):
    return f"{name}-{language}-{width}.png"


def changed_share(reference, actual):
    """The share of pixels that differ by more than CHANNEL_TOLERANCE, and a picture of them."""
    difference = ImageChops.difference(reference.convert("RGB"), actual.convert("RGB"))
    mask = difference.convert("L").point(lambda value: 255 if value > CHANNEL_TOLERANCE else 0)
    changed = mask.histogram()[255]
    return changed / (mask.width * mask.height), mask


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "path", "status"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES])
def test_page_looks_as_reviewed(page, name, path, status, language, width):
    response = page.goto(localized(path, language))
    assert response.status == status
    load_images(page)
    page.evaluate(FREEZE, LIVE_PARTS)
    shot = page.screenshot(
        full_page=True,
        animations="disabled",
        caret="hide",
        mask=[page.locator(selector) for selector in LIVE_PARTS],
    )
    file_name = reference_name(name, language, width)
    reference_path = REFERENCES_DIR / file_name
    DIFFS_DIR.mkdir(parents=True, exist_ok=True)
    actual_path = DIFFS_DIR / file_name
    actual_path.write_bytes(shot)

    if UPDATE:
        REFERENCES_DIR.mkdir(exist_ok=True)
        reference_path.write_bytes(shot)
        return
    assert reference_path.exists(), (
        f"No reviewed reference for {file_name}. Create the references with `{APPROVE}`, look "
        f"at the new pictures in {REFERENCES_DIR}, and commit them."
    )
    reference = Image.open(reference_path)
    actual = Image.open(actual_path)
    assert reference.size == actual.size, (
        f"{file_name} changed size: {reference.size} reviewed, {actual.size} now "
        f"(see {actual_path}). If the change is wanted, approve it with `{APPROVE}`."
    )
    share, mask = changed_share(reference, actual)
    if share > CHANGED_SHARE_TOLERANCE:
        diff_path = DIFFS_DIR / file_name.replace(".png", "-diff.png")
        mask.save(diff_path)
        pytest.fail(
            f"{file_name}: {share:.2%} of the pixels changed (tolerance "
            f"{CHANGED_SHARE_TOLERANCE:.1%}); now: {actual_path}, changes: {diff_path}. "
            f"If the change is wanted, approve it with `{APPROVE}`."
        )
