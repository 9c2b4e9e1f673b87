"""The MDN HTTP Observatory's score, computed from a response this site really gives.

There is no internet here, so the public scanner cannot be pointed at the site; this applies
its published rules to the headers and HTML of our responses instead. Sources (read through
the project's documentation search): the MDN HTTP Observatory "Tests and scoring" page
(https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring) and the scoring table
and tests of the MDN scanner (github.com/mdn/mdn-http-observatory, src/grader/charts.js and
src/analyzer/tests/*.js). Every site starts at 100; penalties are applied first, and bonuses
only when the score after penalties is 90 or more. HSTS preloading (+5) depends on a public
list, not on headers, so it is never counted here.
"""

from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
SIX_MONTHS = 15_768_000
DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*"}
DANGEROUSLY_BROAD.add("https://*.*")
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
PRIVATE_REFERRER = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRER = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}


@dataclass
class Scan:
    """What the scanner fetches: the page over HTTPS, and the same address over plain HTTP."""

    host: str
    status: int
    headers: dict  # lower-case names
    set_cookies: list  # raw Set-Cookie values
    html: str
    http_status: int
    http_location: str
    cors_origin_sent: str = "https://scanner.example"
    results: dict = field(default_factory=dict)

    def header(self, name):
        return self.headers.get(name.lower())


def parse_csp(value):
    """Directive -> set of sources; the first of a repeated directive wins (as browsers do)."""
    policy = {}
    for part in value.split(";"):
        words = part.strip().split()
        if words and words[0].lower() not in policy:
            policy[words[0].lower()] = {word.lower() for word in words[1:]} or {"'none'"}
    return policy


def csp_test(scan):
    value = scan.header("content-security-policy")
    if not value:
        return "csp-not-implemented", -25, {}
    csp = parse_csp(value)
    default = csp.get("default-src")
    script_src = set(csp.get("script-src") or default or {"*"})
    style_src = set(csp.get("style-src") or default or {"*"})
    object_src = set(csp.get("object-src") or default or {"*"})
    for sources in (script_src, style_src):
        if any(s.startswith(NONCES_HASHES) for s in sources):
            sources.discard("'unsafe-inline'")
    result = None
    if script_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or object_src & DANGEROUSLY_BROAD:
        result = result or ("csp-implemented-with-unsafe-inline", -20)
    active = [s for d, v in csp.items() if d not in ("img-src", "media-src") for s in v]
    if any(s.startswith(("http:", "ftp:")) for s in active):
        result = result or ("csp-implemented-with-insecure-scheme", -20)
    if "'unsafe-eval'" in script_src | style_src:
        result = result or ("csp-implemented-with-unsafe-eval", -10)
    passive = [s for d in ("img-src", "media-src") for s in (csp.get(d) or default or ())]
    if any(s.startswith(("http:", "ftp:")) for s in passive):
        result = result or ("csp-implemented-with-insecure-scheme-in-passive-content-only", -10)
    if style_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        result = result or ("csp-implemented-with-unsafe-inline-in-style-src-only", 0)
    if default == {"'none'"}:
        result = result or ("csp-implemented-with-no-unsafe-default-src-none", 10)
    result = result or ("csp-implemented-with-no-unsafe", 5)
    return (*result, csp)


def cookies_test(scan, hsts_passes):
    if not scan.set_cookies:
        return "cookies-not-found", 0
    # From best to worst: the worst one found is the result.
    order = [
        ("cookies-without-secure-flag-but-protected-by-hsts", -5),
        ("cookies-without-secure-flag", -20),
        ("cookies-session-without-secure-flag-but-protected-by-hsts", -10),
        ("cookies-samesite-flag-invalid", -20),
        ("cookies-anticsrf-without-samesite-flag", -20),
        ("cookies-session-without-httponly-flag", -30),
        ("cookies-session-without-secure-flag", -40),
    ]
    found, missing_samesite = -1, False
    for raw in scan.set_cookies:
        for name, morsel in SimpleCookie(raw).items():
            session = any(word in name.lower() for word in ("login", "sess"))
            samesite = (morsel["samesite"] or "").lower()
            secure = bool(morsel["secure"])
            problems = []
            if samesite and samesite not in ("lax", "strict", "none"):
                problems.append(3)
            if samesite == "none" and not secure:
                problems.append(3)
            if not secure:
                problems.append(0 if hsts_passes else 1)
            if "csrf" in name.lower() and not samesite:
                problems.append(4)
            if session and not secure:
                problems.append(2 if hsts_passes else 6)
            if session and not morsel["httponly"]:
                problems.append(5)
            missing_samesite = missing_samesite or not samesite
            found = max([found, *problems])
    if found >= 0:
        return order[found]
    if missing_samesite:
        return "cookies-secure-with-httponly-sessions", 0
    return "cookies-secure-with-httponly-sessions-and-samesite", 5


def cors_test(scan):
    allowed = scan.header("access-control-allow-origin")
    if not allowed:
        return "cross-origin-resource-sharing-not-implemented", 0
    credentials = (scan.header("access-control-allow-credentials") or "").lower() == "true"
    if allowed == scan.cors_origin_sent and credentials:
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    if allowed.strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection_test(scan):
    if scan.http_status not in (301, 302, 303, 307, 308):
        return "redirection-missing", -20
    target = urlsplit(scan.http_location)
    if target.scheme != "https":
        return "redirection-not-to-https", -20
    if target.hostname != scan.host:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_test(scan):
    value = scan.header("referrer-policy")
    if not value:
        return "referrer-policy-not-implemented", 0
    known = [v.strip().lower() for v in value.split(",") if v.strip().lower()]
    known = [v for v in known if v in PRIVATE_REFERRER | UNSAFE_REFERRER]
    if not known:
        return "referrer-policy-header-invalid", -5
    if known[-1] in PRIVATE_REFERRER:  # the last policy a browser knows is the one it uses
        return "referrer-policy-private", 5
    return "referrer-policy-unsafe", -5


def hsts_test(scan):
    value = scan.header("strict-transport-security")
    if not value:
        return "hsts-not-implemented", -20
    for part in value.split(";"):
        name, _equals, number = part.strip().partition("=")
        if name.lower() == "max-age":
            try:
                seconds = int(number.strip().strip('"'))
            except ValueError:
                return "hsts-header-invalid", -20
            if seconds >= SIX_MONTHS:
                return "hsts-implemented-max-age-at-least-six-months", 0
            return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-header-invalid", -20


def sri_test(scan):
    if "html" not in (scan.header("content-type") or ""):
        return "sri-not-implemented-response-not-html", 0
    scripts = [
        s for s in BeautifulSoup(scan.html, "html.parser").find_all("script") if s.get("src")
    ]
    if not scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    external = []
    for script in scripts:
        target = urlsplit(script["src"])
        same_origin = not target.netloc or target.hostname == scan.host
        if not same_origin:
            external.append(script)
    insecure = [s for s in external if not s["src"].startswith("https://")]
    with_integrity = all(s.get("integrity") for s in scripts)
    if insecure:
        if with_integrity:
            return "sri-implemented-but-external-scripts-not-loaded-securely", -20
        return "sri-not-implemented-and-external-scripts-not-loaded-securely", -50
    if external and not all(s.get("integrity") for s in external):
        return "sri-not-implemented-but-external-scripts-loaded-securely", -5
    if with_integrity:
        return "sri-implemented-and-all-scripts-loaded-securely", 5
    return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0


def xcto_test(scan):
    value = (scan.header("x-content-type-options") or "").strip().lower()
    if not value:
        return "x-content-type-options-not-implemented", -5
    if value == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-header-invalid", -5


def xfo_test(scan, csp):
    frame_ancestors = csp.get("frame-ancestors")
    if frame_ancestors and not frame_ancestors & DANGEROUSLY_BROAD:
        return "x-frame-options-implemented-via-csp", 5
    value = (scan.header("x-frame-options") or "").strip().lower()
    if not value:
        return "x-frame-options-not-implemented", -20
    if value in ("deny", "sameorigin"):
        return "x-frame-options-sameorigin-or-deny", 0
    if value.startswith("allow-from "):
        return "x-frame-options-allow-from-origin", 0
    return "x-frame-options-header-invalid", -20


def corp_test(scan):
    value = (scan.header("cross-origin-resource-policy") or "").strip().lower()
    if not value:
        return "cross-origin-resource-policy-not-implemented", 0
    return {
        "same-origin": ("cross-origin-resource-policy-implemented-with-same-origin", 10),
        "same-site": ("cross-origin-resource-policy-implemented-with-same-site", 10),
        "cross-origin": ("cross-origin-resource-policy-implemented-with-cross-origin", 0),
    }.get(value, ("cross-origin-resource-policy-header-invalid", -5))


def score(scan):
    """(score, {test: (result, modifier)}) for one scanned page."""
    csp_result, csp_modifier, csp = csp_test(scan)
    hsts = hsts_test(scan)
    results = {
        "content-security-policy": (csp_result, csp_modifier),
        "cookies": cookies_test(scan, hsts_passes=hsts[1] >= 0),
        "cross-origin-resource-sharing": cors_test(scan),
        "redirection": redirection_test(scan),
        "referrer-policy": referrer_test(scan),
        "strict-transport-security": hsts,
        "subresource-integrity": sri_test(scan),
        "x-content-type-options": xcto_test(scan),
        "x-frame-options": xfo_test(scan, csp),
        "cross-origin-resource-policy": corp_test(scan),
    }
    total = 100 + sum(modifier for _result, modifier in results.values() if modifier < 0)
    if total >= MINIMUM_SCORE_FOR_EXTRA_CREDIT:
        total += sum(modifier for _result, modifier in results.values() if modifier > 0)
    return max(total, 0), results
