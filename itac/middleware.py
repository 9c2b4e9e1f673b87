"""Middleware every public page shares."""

from django.conf import settings

from .views import bad_request


class RefuseNulInRequestAddress:
    """A NUL in the path or in a query parameter gets the 400 page, never a 500.

    PostgreSQL cannot hold NUL in a string, so any query built from such a value fails deep
    inside a view; no real visitor sends one. Bytes that are not UTF-8 need nothing here:
    Django decodes them as U+FFFD. Form fields refuse NUL themselves, with a message
    (`itac.forms.SpamProtectedForm`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            return bad_request(request)
        return self.get_response(request)


class PublicResponseHeaders:
    """Cross-Origin-Resource-Policy on every response (static files too: this sits outside
    WhiteNoise), and the Permissions-Policy of the public pages; both from the settings."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.resource_policy = settings.CROSS_ORIGIN_RESOURCE_POLICY
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )
        self.excluded = tuple(settings.PERMISSIONS_POLICY_EXCLUDE_URL_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", self.resource_policy)
        if self.permissions_policy and not request.path_info.startswith(self.excluded):
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response
