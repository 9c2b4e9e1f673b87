"""Every absolute link the site hands out answers, on whatever port the site is served.

The live site runs on a free port chosen at start (never 80 or 8000), like `make run` with
PORT set: a story page, the story feed, a calendar file and each email with links must all
point at that port, and every such address must answer 200 (after redirects, as a browser or
mail client follows them).
"""

import re
import subprocess
import sys
import urllib.request
from email import message_from_bytes
from urllib.parse import parse_qsl, urlsplit

from bs4 import BeautifulSoup

from .live_site import BASE_DIR

ABSOLUTE = re.compile(r"https?://[^\s\"'<>\\]+")
# Hosts the site itself could be mistaken for: a link to one of them must be the live site.
LOCAL_HOSTS = {"localhost", "127.0.0.1", "testserver", "[::1]", "::1"}


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310  (the live site)
        return response.status, response.read()


def absolute_urls_in_html(html):
    """Absolute addresses in the page's attributes, and those carried by share links."""
    soup = BeautifulSoup(html, "html.parser")
    urls = set()
    for element in soup.find_all(True):
        for attribute in ("href", "src", "content", "action", "data-copy-link"):
            value = element.get(attribute) or ""
            urls.update(ABSOLUTE.findall(value))
        for candidate in (element.get("srcset") or "").split(","):
            urls.update(ABSOLUTE.findall(candidate.strip().split(" ")[0]))
    # Share links name the page in their query (X, Facebook, LinkedIn, WhatsApp, email).
    for url in list(urls):
        for _name, value in parse_qsl(urlsplit(url).query):
            urls.update(ABSOLUTE.findall(value))
    for link in soup.select("a[href^='mailto:']"):
        for _name, value in parse_qsl(urlsplit(link["href"]).query):
            urls.update(ABSOLUTE.findall(value))
    return urls


def own_urls(urls, live_site):
    """The addresses that mean this site; each must name the live site's host and port."""
    base = urlsplit(live_site.url)
    ours = set()
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname in LOCAL_HOSTS:
            assert (parts.scheme, parts.netloc) == (base.scheme, base.netloc), url
            ours.add(url)
    return ours


def assert_all_answer(urls):
    failures = {}
    for url in sorted(urls):
        try:
            status, _body = fetch(url)
        except urllib.error.HTTPError as error:
            status = error.code
        if status != 200:
            failures[url] = status
    assert failures == {}


def first_link(html, pattern):
    soup = BeautifulSoup(html, "html.parser")
    for link in soup.select("main a[href]"):
        if re.search(pattern, link["href"]):
            return link["href"]
    raise AssertionError(f"no link matching {pattern}")


def test_links_on_a_story_page_name_the_port_served(live_site):
    assert urlsplit(live_site.url).port not in {None, 80, 8000}
    _status, library = fetch(f"{live_site.url}/stories/")
    story_path = first_link(library.decode(), r"^/stories/(?!map/)[\w-]+/$")
    status, html = fetch(live_site.url + story_path)
    assert status == 200
    urls = own_urls(absolute_urls_in_html(html.decode()), live_site)
    page_url = live_site.url + story_path
    # og:url, the share links' address and the copy-link button at least.
    assert page_url in urls
    assert_all_answer(urls)


def test_links_in_the_story_feed_name_the_port_served(live_site):
    status, feed = fetch(f"{live_site.url}/stories/feed/")
    assert status == 200
    urls = own_urls(set(ABSOLUTE.findall(feed.decode())), live_site)
    story_links = [url for url in urls if re.search(r"/stories/[\w-]+/$", url)]
    assert len(story_links) >= 3
    assert_all_answer(urls)


def test_links_in_a_calendar_file_name_the_port_served(live_site):
    _status, events = fetch(f"{live_site.url}/events/")
    calendar_path = first_link(events.decode(), r"\.ics$")
    status, calendar = fetch(live_site.url + calendar_path)
    assert status == 200
    unfolded = re.sub(r"\r?\n[ \t]", "", calendar.decode())
    urls = own_urls(set(ABSOLUTE.findall(unfolded)), live_site)
    assert any(re.search(r"/events/[\w-]+/$", url) for url in urls)
    assert_all_answer(urls)


def test_links_in_every_email_name_the_port_served(live_site):
    """The moderators' "new story" and "removal request" emails, the storyteller's "published"."""
    emails_dir = live_site.workdir / "emails"
    before = set(emails_dir.glob("*")) if emails_dir.exists() else set()
    sending = subprocess.run(
        [sys.executable, "-m", "tests.browser.send_emails"],
        cwd=BASE_DIR,
        env=live_site.environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert sending.returncode == 0, sending.stderr
    messages = []
    for path in sorted(set(emails_dir.glob("*")) - before):
        # The file backend writes every message of a connection into one file, one after another.
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if chunk.strip():
                messages.append(message_from_bytes(chunk))
    subjects = {message["Subject"] for message in messages}
    assert {
        "A new story is waiting for review",
        "Your story is published",
        "A storyteller asks for a story to be removed",
    } <= subjects
    urls = set()
    for message in messages:
        body = message.get_payload(decode=True).decode()
        found = own_urls(set(ABSOLUTE.findall(body)), live_site)
        assert found, f"no link in {message['Subject']!r}"
        urls |= found
    assert_all_answer(urls)
