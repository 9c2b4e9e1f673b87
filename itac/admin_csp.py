"""The admin's own Content-Security-Policy (the public pages get django-csp's stricter one).

Wagtail's admin loads its scripts from this site; its data travels in JSON script elements
(which a policy does not run), but its date and time widgets and inline panels each start with
an inline script, so scripts are 'self' and inline (never eval, never another origin); it also
writes style elements and attributes. Everything else is 'self' only. Verified in a real
browser on every admin page the role journeys visit (tests/browser/test_admin_roles.py fails on
any CSP violation).
"""

from django.conf import settings

HEADER = "Content-Security-Policy"


def policy_header():
    directives = settings.ADMIN_CONTENT_SECURITY_POLICY
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


class AdminContentSecurityPolicy:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = policy_header()

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/") and HEADER not in response:
            response[HEADER] = self.header
        return response
