"""CORS for the read API only: any site may read /api/ with GET, nothing else is opened."""

API_PREFIX = "/api/"


class ApiCorsMiddleware:
    """Adds `Access-Control-Allow-Origin: *` to GET/HEAD answers under /api/ and answers the
    preflight OPTIONS there. The API is anonymous, so no credentials are ever allowed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            from django.http import HttpResponse

            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        if request.method in ("GET", "HEAD", "OPTIONS"):
            response["Access-Control-Allow-Origin"] = "*"
        return response
