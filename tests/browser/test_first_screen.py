"""Phone first (issue 19): what a visitor on a 375 x 700 phone sees before scrolling, and the
header menu and story filters that fold behind a button without any script."""

import pytest

from tests.test_contrast import contrast

PHONE = {"width": 375, "height": 700}
FIRST_SCREEN = PHONE["height"]

RGB_TO_HEX = """(colour) => {
    const [r, g, b] = colour.match(/\\d+/g).map(Number);
    return "#" + [r, g, b].map(c => c.toString(16).padStart(2, "0")).join("");
}"""


def phone_page(browser, live_site, scripts):
    context = browser.new_context(
        base_url=live_site.url, viewport=PHONE, locale="en-GB", java_script_enabled=scripts
    )
    context.set_default_timeout(10_000)
    return context


@pytest.fixture
def phone(browser, live_site):
    """A 375 x 700 page, the first screen of a common phone."""
    context = phone_page(browser, live_site, scripts=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone_without_script(browser, live_site):
    """The same phone with JavaScript turned off."""
    context = phone_page(browser, live_site, scripts=False)
    yield context.new_page()
    context.close()


def bottom(locator):
    box = locator.bounding_box()
    assert box is not None, f"{locator} is not shown"
    return box["y"] + box["height"]


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_the_home_page_promise_and_primary_action_are_in_the_first_screen(phone, prefix):
    phone.goto(f"{prefix}/")
    promise = phone.get_by_role("heading", level=1)
    primary = phone.locator(".hero__actions").get_by_role("link").first
    assert promise.is_visible() and primary.is_visible()
    assert bottom(promise) <= FIRST_SCREEN
    assert bottom(primary) <= FIRST_SCREEN, "the primary action is below the first screen"
    # It is the one primary button: the other actions look secondary.
    assert "button--secondary" not in primary.get_attribute("class")
    others = phone.locator(".hero__actions").get_by_role("link")
    assert others.count() == 3
    for index in (1, 2):
        assert "button--secondary" in others.nth(index).get_attribute("class")


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_the_first_story_is_in_the_first_screen_of_the_library(phone, prefix):
    phone.goto(f"{prefix}/stories/")
    first_story = phone.locator(".story-results .card").first
    title = first_story.get_by_role("link").first
    assert title.is_visible()
    assert bottom(title) <= FIRST_SCREEN, "the first story's title is below the first screen"


def test_the_menu_opens_without_javascript(phone_without_script):
    phone = phone_without_script
    phone.goto("/")
    navigation = phone.get_by_role("navigation", name="Main")
    assert not navigation.is_visible()
    header_height = phone.locator(".site-header").bounding_box()["height"]
    assert header_height <= 80, f"the closed header takes {header_height} px"
    phone.get_by_text("Menu", exact=True).click()
    assert navigation.is_visible()
    navigation.get_by_role("link", name="Stories").click()
    phone.wait_for_url("**/stories/")


def test_story_filters_fold_and_say_how_many_are_in_use(phone_without_script):
    phone = phone_without_script
    phone.goto("/stories/")
    search = phone.get_by_label("Search stories")
    assert not search.is_visible()
    phone.get_by_text("Filter stories", exact=True).click()
    assert search.is_visible()
    search.fill("community")
    phone.get_by_role("button", name="Show stories").click()
    summary = phone.get_by_text("Filter stories (1 active)")
    assert summary.is_visible()
    assert not phone.get_by_label("Search stories").is_visible()


def test_story_filters_are_open_on_a_wide_screen(page):
    page.goto("/stories/")
    assert page.get_by_label("Search stories").is_visible()
    assert not page.get_by_text("Filter stories", exact=True).is_visible()


def test_the_wide_header_shows_the_menu_without_a_button(page):
    page.goto("/")
    assert page.get_by_role("navigation", name="Main").is_visible()
    assert not page.get_by_text("Menu", exact=True).is_visible()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_focus_ring_on_the_dark_header_is_visible(page, width):
    page.goto("/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the campaign's mark and name
    focused = page.evaluate(
        f"""() => {{
        const toHex = {RGB_TO_HEX};
        const element = document.activeElement;
        const header = document.querySelector(".site-header");
        return {{
            text: element.textContent.trim(),
            ring: toHex(getComputedStyle(element).outlineColor),
            width: parseFloat(getComputedStyle(element).outlineWidth),
            behind: toHex(getComputedStyle(header).backgroundColor),
        }};
    }}"""
    )
    assert focused["text"].startswith("#ITAC")
    assert focused["width"] >= 2
    assert contrast(focused["ring"], focused["behind"]) >= 3, focused


def test_partner_categories_are_an_index_of_sections(phone):
    phone.goto("/partners/")
    index = phone.get_by_role("navigation", name="Partner categories")
    first = index.get_by_role("link").first
    target = first.get_attribute("href")
    assert target.startswith("#category-")
    first.click()
    heading = phone.locator(target)
    assert heading.evaluate("h => h.getBoundingClientRect().top") < 100
