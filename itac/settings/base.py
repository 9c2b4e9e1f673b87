"""Settings shared by every deployment of the ITAC portal.

Everything that differs between deployments is read from the environment here,
in one place, and documented in the README's table of environment variables.
"""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Applications ---------------------------------------------------------

INSTALLED_APPS = [
    # The campaign's own apps: the shared base first, then one app per domain.
    "itac",
    "partners",
    "stories",
    "stories.submissions",
    "actions",
    "events",
    # Sits on the domain apps: read API, embeddable cards, maps, impact dashboard.
    "reach",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "csp",
    "django_tasks_db",
    # Staff sign-in: lockout after failed passwords, and a second factor (TOTP, recovery codes)
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "itac.middleware.PublicResponseHeaders",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above sessions and CSRF, to see the cookies they set (itac/http_cache.py).
    "itac.http_cache.CachePolicyMiddleware",
    "reach.middleware.ApiCorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "itac.paths.VisitorLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "itac.admin_csp.AdminContentSecurityPolicy",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "itac.two_factor.SecondFactorGate",
    "stories.submissions.middleware.PartnerAdminGate",
    # Near the end, as django-axes asks: it answers locked-out sign-ins.
    "axes.middleware.AxesMiddleware",
    # Last, so that the 400 page it answers still gets the language and every header above.
    "itac.middleware.RefuseNulInRequestAddress",
]

ROOT_URLCONF = "itac.urls"
WSGI_APPLICATION = "itac.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # The campaign settings reach templates through one tag, {% campaign_settings %}
            # (itac_tags), kept in the cache under the pages' version: no settings processor.
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Database and cache ---------------------------------------------------

# DATABASE_URL when set (PostgreSQL in production and CI); otherwise the
# zero-set-up SQLite file under var/ that `make run` uses.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'itac.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# A query stuck longer than this (seconds; 0: no limit) fails the request with the 503 page
# instead of holding a worker (PostgreSQL only).
DATABASE_STATEMENT_TIMEOUT = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "10"))
if DATABASES["default"]["ENGINE"].endswith("postgresql") and DATABASE_STATEMENT_TIMEOUT:
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}"
    )
# Development on SQLite: readers never wait for the writer (WAL), a write transaction
# takes its lock when it starts (not halfway, where SQLite cannot wait and answers
# "database is locked"), and a writer waits up to 20 s for another, such as the
# admin's autosave, instead of failing (tests/admin/test_sqlite_autosave.py).
SQLITE_DEVELOPMENT_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_DEVELOPMENT_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "itac",
        }
    }
    # Sessions read from Redis, kept in the database: app servers share them, none is lost.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Past the default 300 entries, a third of them go at random: a year of the impact
            # dashboard alone keeps about 350 (a block per week and figure, a version per week).
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# HTTP caching (itac/http_cache.py): how long shared caches and browsers keep public pages,
# and the caching proxies told to purge on publish (comma-separated, e.g. http://127.0.0.1:6081/).
HTTP_CACHE_SHARED_SECONDS = int(os.environ.get("HTTP_CACHE_SHARED_SECONDS", "300"))
# Browsers ask again each time (the shared cache answers at once), so a visitor who has just
# pledged or published sees the new page, not their own stale copy.
HTTP_CACHE_BROWSER_SECONDS = int(os.environ.get("HTTP_CACHE_BROWSER_SECONDS", "0"))
HTTP_CACHE_PURGE_URLS = env_list("HTTP_CACHE_PURGE_URLS")

# --- Security -------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # Refuses a sign-in while the account or the address is locked out (README "Staff sign-in").
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# After 5 failed passwords for one account, or from one address, sign-in is refused for an
# hour (an administrator can unlock sooner: `manage.py axes_reset_username NAME`, or
# `axes_reset_ip ADDRESS`). The address is read like the rate limits' one.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "itac/admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "itac.two_factor.client_address"
# Administrators and these groups must sign in with a second factor; anyone may add one.
SECOND_FACTOR_GROUPS = ["Moderators"]
OTP_TOTP_ISSUER = "ITAC portal"
AXES_VERBOSE = False

CSRF_FAILURE_VIEW = "itac.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Response headers for public pages (one place: add to these, never beside them) ---
#
# Content Security Policy: nothing is allowed unless a directive below names it
# (default-src 'none'), and nothing loads from anywhere but this site (videos are links out,
# never third-party frames). The Wagtail admin emits inline scripts and styles, so it is
# excluded here and gets a policy of its own. A page type that needs more (an embeddable
# page framed by other sites, say) changes only what it needs with django-csp's
# `csp_update` / `csp_replace` decorators on its view, and says why there.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'none'"],
        "worker-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Other sites may not load this site's files into their pages (itac.middleware).
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Browser features the public pages never use, turned off for them and anything they load.
# Only features Chromium recognises: it reports an unknown name in the console on every page
# (Web Bluetooth has no policy name there, so "bluetooth" is not listed; the browser tests fail
# on such a report).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "clipboard-read": [],
    "clipboard-write": ["self"],  # the "copy link" button of the share links
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
PERMISSIONS_POLICY_EXCLUDE_URL_PREFIXES = ["/admin/", "/django-admin/"]


# --- Behind a proxy: trusted only once the operator names the header -----------------------


def header_meta_key(header):
    """`X-Real-IP` -> `HTTP_X_REAL_IP`, the key Django's request.META uses."""
    return "HTTP_" + header.strip().upper().replace("-", "_")


# The header a TLS-terminating proxy sets to "https" (e.g. X-Forwarded-Proto). Unset, no
# header is trusted: over plain HTTP a forged one could otherwise turn on HSTS and Secure
# cookies for a site that is not on HTTPS.
PROXY_SSL_HEADER = os.environ.get("PROXY_SSL_HEADER", "").strip()
SECURE_PROXY_SSL_HEADER = (header_meta_key(PROXY_SSL_HEADER), "https") if PROXY_SSL_HEADER else None
# The header the proxy sets to the visitor's address (e.g. X-Real-IP), for rate limits.
# Unset, the connection's own address (REMOTE_ADDR) is used: right without a proxy; behind
# one, every visitor would share one limit (`manage.py check --deploy` warns).
PROXY_CLIENT_IP_HEADER = os.environ.get("PROXY_CLIENT_IP_HEADER", "").strip()
RATELIMIT_IP_META_KEY = (
    header_meta_key(PROXY_CLIENT_IP_HEADER) if PROXY_CLIENT_IP_HEADER else "REMOTE_ADDR"
)

# The admin's policy (itac/admin_csp.py): the strictest the Wagtail admin works under.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    # Wagtail 8's date and time widgets and inline panels start with an inline script each;
    # scripts from anywhere else, eval and plugins stay refused.
    "script-src": ["'self'", "'unsafe-inline'"],
    # Wagtail's admin also writes <style> elements and style attributes.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # The live preview shows the page in a frame of this site.
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


# --- Languages ------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("pt", _("Portuguese")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# One way of writing a date per language (English: "17 November 2026"): itac/formats.
FORMAT_MODULE_PATH = ["itac.formats"]
TIME_ZONE = "UTC"
USE_TZ = True

# --- Static and media files ----------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o640
# Uploads up to the photo limit stay in memory: no temporary file is ever written for them.
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024 + 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Email ----------------------------------------------------------------

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
# With EMAIL_BACKEND=itac.mail.QueuedEmailBackend (production's default), emails wait in the
# database until the task worker (`manage.py db_worker --backend worker --queue-name
# email,impact`) sends them with this backend.
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
TASKS = {
    # Wagtail's search and reference indexing, run within the request once its transaction
    # has committed (itac.tasks).
    "default": {"BACKEND": "itac.tasks.AfterCommitBackend"},
    # The task worker's queues, in the database: emails (itac.mail) and counting the impact
    # dashboard's weeks ahead of staff's looks (reach.tasks).
    "worker": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["email", "impact"]},
}
# Whether a change that makes the dashboard's kept weeks stale queues their counting in the
# worker (off in the tests: a look counts what is missing itself).
IMPACT_COUNT_AHEAD = True
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ITAC portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who hears about new story submissions (comma-separated); the Moderators
# group's members are told as well.
MODERATOR_EMAILS = env_list("MODERATOR_EMAILS")

# --- Wagtail --------------------------------------------------------------

WAGTAIL_SITE_NAME = "It Takes A Community"
# The one public address of the site (scheme, host and port, no trailing slash): every
# absolute link (emails, feeds, calendar files, share links, og:url, sitemaps) starts with it.
# Development derives it from PORT; production requires it; empty means "the Site record's".
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").strip().rstrip("/")
# Links to the admin in notification emails: the public address unless the admin lives elsewhere.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip() or PUBLIC_BASE_URL
# The portal never calls out to third parties: no update check, no gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # PostgreSQL full-text search on PostgreSQL; a simpler fallback on SQLite.
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "english",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip", "png", "jpg"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request logs would carry submitters' addresses: warnings only.
        "django.request": {"level": "WARNING"},
        # Task and page-event chatter drowns what matters in the console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # django-axes logs every sign-in at INFO; failures and lockouts are warnings.
        "axes": {"level": "WARNING"},
    },
}
