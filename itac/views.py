import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


def bad_request(request, exception=None):
    """A request no visitor's browser would send (a NUL in the address, for example)."""
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors: the database may be what failed.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return HttpResponseServerError(loader.get_template("500.html").render())


def database_unavailable(request):
    """The database did not answer (down, restarting, or a query over the statement timeout).

    A passing state, not a bug: the visitor is told in their language that nothing was
    saved and to try again in a few seconds; load balancers and proxies see a 503.
    """
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = "10"
    add_never_cache_headers(response)
    return response


def csrf_failure(request, reason=""):
    """A friendly page when a form's security token is missing or stale; nothing was saved."""
    return render(request, "403_csrf.html", status=403)
