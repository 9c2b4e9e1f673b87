"""The toolkit at 1280 px: each kind's cards fill the row (no two thirds left empty)."""

import pytest

from .conftest import SCREENSHOTS_DIR, WIDE
from .site_content import MESSAGE_GUIDES, TOOLKIT_KINDS


@pytest.mark.parametrize("width", [WIDE], indirect=True)
def test_the_toolkit_cards_fill_the_width_of_the_page(page):
    page.goto("/toolkit/")
    grids = page.locator(".toolkit__resources")
    assert grids.count() == len(TOOLKIT_KINDS)
    for index in range(grids.count()):
        grid = grids.nth(index)
        box = grid.bounding_box()
        cards = grid.locator(":scope > li")
        boxes = [cards.nth(n).bounding_box() for n in range(cards.count())]
        rows = {}
        for card in boxes:
            rows.setdefault(round(card["y"]), []).append(card)
        # Every row of cards spans the grid, whether it holds one card or five: no hole.
        for row in rows.values():
            left = min(card["x"] for card in row)
            right = max(card["x"] + card["width"] for card in row)
            assert right - left >= box["width"] - 2, (index, left, right, box)
    guides = page.get_by_role("heading", name="Message guides", level=2)
    guide_cards = guides.locator("xpath=following::ul[1]/li")
    assert guide_cards.count() == len(MESSAGE_GUIDES)
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS_DIR / "toolkit-1280.png", full_page=True)
