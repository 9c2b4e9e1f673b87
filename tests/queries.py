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
