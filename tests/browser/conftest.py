"""Fixtures of the real-browser tests: one live site and one Debian chromium per session.

`make test` runs these whenever chromium is installed and says loudly when it skipped them;
with CI=true a missing chromium fails the run instead. Journeys get a fresh browser context
(cookies, storage) per test from the `page` fixture, at the width they ask for.
"""

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from .live_site import BASE_DIR, create_live_site, remove_live_site

CHROMIUM = os.environ.get("ITAC_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags for this machine's closed network (README "Browser tests"; shared PLATFORM-NOTES).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
NARROW, WIDE = 320, 1280
WIDTHS = [NARROW, WIDE]
ARTIFACTS_DIR = BASE_DIR / "test-artifacts"
SCREENSHOTS_DIR = ARTIFACTS_DIR / "screenshots"
FAILURES_DIR = ARTIFACTS_DIR / "failures"
SKIP_REASON = f"BROWSER TESTS SKIPPED: chromium not found ({CHROMIUM})"
BROWSER_DIR = Path(__file__).resolve().parent
# Seconds the browser tests waited for the live site, shown in the terminal summary.
timings = {}
# The session's live site, created (and prepared in the background) once collection is done.
sites = []


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def chromium_available():
    return Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)


def pytest_collection_modifyitems(config, items):
    """Mark every test under tests/browser/ `browser`, and run them after the rest.

    Last, because Playwright's sync API keeps an event loop in the main thread, where
    Django's ORM then refuses to run (SynchronousOnlyOperation) in later database tests.
    """
    browser_items, other_items = [], []
    for item in items:
        if BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            if not chromium_available() and not in_ci():
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))
            browser_items.append(item)
        else:
            other_items.append(item)
    items[:] = other_items + browser_items


def pytest_collection_finish(session):
    """Start building the live site now when browser tests will run: it overlaps the others."""
    will_run = [
        item
        for item in session.items
        if item.get_closest_marker("browser") and not item.get_closest_marker("skip")
    ]
    if will_run and chromium_available() and not session.config.option.collectonly:
        sites.append(create_live_site(os.environ.get("DATABASE_URL")))


def pytest_sessionfinish(session):
    while sites:
        remove_live_site(sites.pop())


def pytest_terminal_summary(terminalreporter):
    if "live_site" in timings:
        terminalreporter.write_line(
            f"Browser tests: waited {timings['live_site']:.1f} s for the live site; "
            f"screenshots in {SCREENSHOTS_DIR.relative_to(BASE_DIR)}/"
        )
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if SKIP_REASON in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.write_sep("!", f"{SKIP_REASON}: {len(skipped)} tests", red=True, bold=True)
        terminalreporter.write_line(
            "Install Debian's chromium (apt-get install -y chromium) to run them; "
            "CI fails when they cannot run."
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed browser test, keep a screenshot and show the end of the server's log."""
    report = yield
    if report.when == "call" and report.failed:
        page = item.funcargs.get("page")
        if page is not None and not page.is_closed():
            name = re.sub(r"[^\w.-]+", "-", item.nodeid.split("::", 1)[-1])
            path = FAILURES_DIR / f"{name}.png"
            FAILURES_DIR.mkdir(parents=True, exist_ok=True)
            try:
                page.screenshot(path=path, full_page=True)
                report.sections.append(("browser", f"screenshot of the failure: {path}"))
            except Exception as error:  # noqa: BLE001  (a report must not fail itself)
                report.sections.append(("browser", f"no screenshot: {error}"))
        site = item.funcargs.get("live_site")
        if site is not None:
            tail = "\n".join(site.log().splitlines()[-40:])
            report.sections.append(("live site log (last lines)", tail or "(empty)"))
    return report


@pytest.fixture(scope="session")
def chromium_path():
    """The chromium executable; its absence fails the run in CI (skipped tests never get here)."""
    if not chromium_available():
        pytest.fail(f"CI=true and chromium is missing ({CHROMIUM}): the browser tests must run.")
    return CHROMIUM


@pytest.fixture(scope="session")
def live_site(chromium_path):
    """The campaign site, served by its own gunicorn from its own database, for the session.

    Its `url` is the base URL (http://127.0.0.1:PORT); it holds the skeleton and what
    tests/browser/site_content.py builds, with an account for each admin role.
    """
    started = time.monotonic()
    if not sites:  # not started at collection (a test added late by a plugin): build it now
        sites.append(create_live_site(os.environ.get("DATABASE_URL")))
    site = sites[0]
    site.start()
    timings["live_site"] = time.monotonic() - started
    return site


@pytest.fixture(scope="session")
def browser(chromium_path):
    """One headless Debian chromium for the session (Playwright gives it a fresh profile)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def width():
    """The viewport width of `page`; override it, or parametrize with `indirect`."""
    return WIDE


@pytest.fixture
def page(browser, live_site, width, request):
    """A page in a fresh browser context, `base_url` set to the live site.

    Relative paths work: page.goto("/about/"). For tests to assert on, it collects
    page.console_errors (a Content Security Policy violation, a broken script) and
    page.failed_requests (a style, script or image answered with an error status).
    """
    context = browser.new_context(
        base_url=live_site.url,
        viewport={"width": width, "height": 900},
        locale="en-GB",
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.console_errors = []
    page.failed_requests = []
    page.on("console", lambda message: record_console_error(page, message))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("response", lambda response: record_failed_request(page, response))
    yield page
    context.close()


def record_console_error(page, message):
    # "Failed to load resource" repeats a failed response, which record_failed_request keeps
    # with its address (and a 404 page's own status is what its test expects).
    # "axe.run results" is the report of the userbar's accessibility checker (signed-in staff),
    # which Wagtail writes to the console as an error; it is a report, not a failure.
    # A header of the site's own the browser cannot read (an unknown Permissions-Policy
    # feature, say) is only a warning in Chromium's console, but still the site's mistake.
    if message.type == "warning" and "Policy header" in message.text:
        page.console_errors.append(message.text)
        return
    if message.type != "error" or message.text.startswith("axe.run results"):
        return
    if not message.text.startswith("Failed to load resource"):
        page.console_errors.append(message.text)


def record_failed_request(page, response):
    if response.status >= 400 and response.request.resource_type != "document":
        page.failed_requests.append(f"{response.status} {response.url}")


# Resolves once every image has loaded or failed. Not page.wait_for_function: its polling
# evaluates strings, which the site's Content Security Policy (no 'unsafe-eval') refuses.
LOAD_IMAGES = """() => Promise.all([...document.images].map(image => {
    image.loading = "eager";
    return image.complete || new Promise(done => {
        image.addEventListener("load", done);
        image.addEventListener("error", done);
    });
}))"""


def load_images(page):
    """Load every image of the page now, lazy ones too; returns once each has loaded or failed."""
    page.evaluate(LOAD_IMAGES)


def broken_images(page):
    """The addresses of the page's images that did not load."""
    return page.evaluate(
        "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
    )


def screenshot(page, name):
    """Save a full-page screenshot to test-artifacts/screenshots/NAME.png (not committed)."""
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS_DIR / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path
