"""The admin's own Content-Security-Policy (the public pages get django-csp's stricter one).

Two policies, both 'self' only (never eval, never another origin, no plugins):

- The sign-in screens (password, two-step, password reset) and the dashboard: no inline script
  and no inline style at all. Their markup holds none (Wagtail's data travels in JSON script
  elements, which a policy does not run), and nothing on them writes a style element.
- Every other admin screen also allows inline scripts and styles, because Wagtail 8.0 writes
  them without a nonce: each chooser widget (image, page, document, snippet, task) ends with an
  inline `<script>` that starts it (`BaseChooser.render`), and so do inline panels, multiple
  chooser panels and the date, time and date-time widgets, listing filters included (the
  history's date filter); wagtail-localize's translation editor too. The editor's
  accessibility checker (axe, in core.js) writes style elements. A nonce would need Wagtail to
  render one into each of those; a middleware adding it after rendering would bless an
  injected script just the same, so it is not done.

Checked in a real browser on every admin screen the role journeys visit
(tests/browser/test_admin_roles.py fails on any violation) and on the markup of the strict
screens (tests/admin/test_admin_csp.py).
"""

from django.conf import settings

HEADER = "Content-Security-Policy"
# A stricter policy to try on every admin screen, reported by browsers but not enforced
# (setting ADMIN_CSP_REPORT_ONLY; the browser tests take it from ITAC_CSP_PROBE).
REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only"
# URL names of the screens that get the policy without 'unsafe-inline'.
STRICT_VIEWS = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "itac_two_factor_verify",
        "itac_two_factor_setup",
        "wagtailadmin_home",
    }
)


def policy_header(strict=False):
    directives = settings.ADMIN_CONTENT_SECURITY_POLICY
    if strict:
        directives = {
            name: [value for value in values if value != "'unsafe-inline'"]
            for name, values in directives.items()
        }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


class AdminContentSecurityPolicy:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = policy_header()
        self.strict_header = policy_header(strict=True)
        self.report_only = getattr(settings, "ADMIN_CSP_REPORT_ONLY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/") and HEADER not in response:
            match = getattr(request, "resolver_match", None)
            strict = match is not None and match.view_name in STRICT_VIEWS
            response[HEADER] = self.strict_header if strict else self.header
            if self.report_only:
                response[REPORT_ONLY_HEADER] = self.report_only
        return response
