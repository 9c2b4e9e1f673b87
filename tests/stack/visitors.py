"""Clients of the stack: a browser's worth of cookies, a story form with a photo, the
answers of a plain anonymous story, and visitors watching a story's publish go live."""

import http.client
import http.cookiejar
import io
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from django.test.client import encode_multipart

from deploy.stack import NEWEST_STORY


class Visitor:
    """A browser's worth of cookies, talking to the stack through the proxy (from a loopback
    address of its own when `source` is given: the proxy and the app count limits per
    address)."""

    def __init__(self, base, source=None):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect]
        if source:
            handlers.append(FromAddress(source))
        self.opener = urllib.request.build_opener(*handlers)

    def get(self, path):
        return self.open(urllib.request.Request(self.base + path))

    def post(self, path, data):
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(self.base + path, data=body, method="POST")
        request.add_header("Referer", self.base + path)
        return self.open(request)

    def open(self, request):
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        response.text = response.read().decode()
        return response


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FromAddress(urllib.request.HTTPHandler):
    """Connections from one loopback address (127.0.0.0/8 is all the machine's own)."""

    def __init__(self, source):
        super().__init__()
        self.source = source

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req, source_address=(self.source, 0))


def post_story_form(visitor, path, token, photo):
    boundary = "itac-stack-flood"
    upload = io.BytesIO(photo)
    upload.name = "party.jpg"
    body = encode_multipart(boundary, {"csrfmiddlewaretoken": token, "photo": upload})
    request = urllib.request.Request(visitor.base + path, data=body, method="POST")
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    return visitor.open(request)


# A story told anonymously, as the stack test and the viral-day harness send it (with the
# form's hidden fields and a title of their own).
STORY_TEXT = (
    "On our street, neighbours from nine countries run a repair cafe every Saturday: bicycles, "
    "radios and winter coats come back to life, and so does the conversation."
)
ANONYMOUS_STORY = {
    "story": STORY_TEXT,
    "storyteller_display": "anonymous",
    "relationship": "mine",
    "country": "DE",
    "told_in_language": "en",
    "consent_publish_story": "on",
}


def newest_story_pages(stack):
    """The pages a publish of the newest story changes: its own, its page of the library, home."""
    story, library_page = stack.shell(NEWEST_STORY + "print(story.url, library_page)").split()
    return [story, f"/stories/?page={library_page}" if library_page != "1" else "/stories/", "/"]


def seconds_until_revision_seen(stack, paths, page_text, within, poll):
    """Publish a revision of the newest story, then watch each of `paths` until it shows it.

    Each path is watched in its own thread, as separate visitors would, fetching its text with
    `page_text(path)` every `poll` seconds: the seconds after the publish at which each showed
    the revision, None where it did not within `within` seconds.
    """
    # A story's address is made of its title's words: the change is added to the title.
    marker = f"revised {time.time_ns()}"
    # Published as the admin does it: a new revision, published (signals and all).
    stack.shell(NEWEST_STORY + f"story.title += {' ' + marker!r}; story.save_revision().publish()")
    published = time.monotonic()
    seen = dict.fromkeys(paths)

    def watch(path):
        while time.monotonic() - published < within:
            if marker in page_text(path):
                seen[path] = time.monotonic() - published
                return
            time.sleep(poll)

    watchers = [threading.Thread(target=watch, args=(path,)) for path in paths]
    for watcher in watchers:
        watcher.start()
    for watcher in watchers:
        watcher.join()
    return seen
