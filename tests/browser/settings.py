"""Settings of the live site the browser tests drive: the test settings, served like production.

DEBUG stays off (visitors see the real 404 and 500 pages); WhiteNoise serves the static files
straight from the app finders, and this package's URLconf serves the media (the site's pictures).
The database comes from DATABASE_URL and the media folder from ITAC_BROWSER_MEDIA_ROOT, both
set by the session fixture in tests/browser/conftest.py.
"""

import os
from pathlib import Path

from itac.settings.test import *  # noqa: F403
from itac.settings.test import MEDIA_ROOT as _UNUSED_TEST_MEDIA_ROOT
from itac.settings.test import MIDDLEWARE as _TEST_MIDDLEWARE

DEBUG = False
ROOT_URLCONF = "tests.browser.urls"
MEDIA_ROOT = Path(os.environ["ITAC_BROWSER_MEDIA_ROOT"])
# itac.settings.test made an empty media folder of its own on import; this server never uses it.
if _UNUSED_TEST_MEDIA_ROOT != MEDIA_ROOT:
    _UNUSED_TEST_MEDIA_ROOT.rmdir()

MIDDLEWARE = list(_TEST_MIDDLEWARE)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Every absolute link (pages, feeds, calendars, emails) names the live site's own port.
PUBLIC_BASE_URL = os.environ.get("ITAC_BROWSER_BASE_URL", "http://127.0.0.1")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
# Emails are written as files the journeys can read (the session's folder, removed after).
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = MEDIA_ROOT.parent / "emails"
# Quiet server logs: failures show up in the tests, not as request lines.
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# The role journeys send stories of their own besides the visitors' ones (all from 127.0.0.1).
STORY_SUBMISSIONS_PER_HOUR = "20/h"
# A stricter admin policy to try, reported in the browser's console but not enforced.
ADMIN_CSP_REPORT_ONLY = os.environ.get("ITAC_CSP_PROBE", "")
