"""What a page costs in database queries, for the tests that pin it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_to_get(client, url):
    """How many queries a GET of `url` costs (the page must answer 200). The count is read as
    soon as the request ends: the next request clears the log it comes from."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def queries_to_draw(client, url):
    """How many queries `url` costs drawn anew, as its first request after a publish is: what
    each process keeps of the pages (itac.page_cache) is then found again, the home page first.
    Listings asked again cost nothing (kept per address); this is what their size could change.
    """
    from itac.page_cache import PAGES_VERSION

    PAGES_VERSION.bump()
    client.get("/")
    return queries_to_get(client, url)
