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
    """How many queries the listing at `url` costs drawn anew, its cards kept: as for a visitor
    asking an address nobody asked since the last publish. A new pages version first, as a
    publish sets (pages added by a test without publishing them are then seen), then `url` is
    asked (its pages found, its cards drawn and kept), then the same listing at another address
    (`page=1` added), which each process draws anew: a listing asked again costs nothing
    (itac.page_cache keeps it per address), so this is what the listing's size could change."""
    from itac.page_cache import PAGES_VERSION

    PAGES_VERSION.bump()
    client.get(url)
    return queries_to_get(client, f"{url}{'&' if '?' in url else '?'}page=1")
