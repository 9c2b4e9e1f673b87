"""Production settings: refuse to start without the secrets a deployment must set."""

import os

from django.core.exceptions import ImproperlyConfigured

from itac.media_storage import media_origin, s3_media_storage

from .base import *  # noqa: F403


def required_env(name):
    """The value of an environment variable that production cannot run without."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for production.")
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405
# Emails wait in the database for the worker (itac/mail.py): none lost to a mail server outage.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "itac.mail.QueuedEmailBackend")
# Emails, feeds, calendar files, share links and the sitemap all link to this one address.
PUBLIC_BASE_URL = required_env("PUBLIC_BASE_URL").rstrip("/")
if not PUBLIC_BASE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(
        "PUBLIC_BASE_URL must be a full address, like https://itac.example.org"
    )
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip() or PUBLIC_BASE_URL

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# /healthz is probed over plain HTTP by load balancers inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# Media on S3-compatible storage when MEDIA_S3_BUCKET is set (itac/media_storage.py: a private
# bucket, every file's address signed); otherwise in MEDIA_ROOT, served by the proxy.
media_storage = s3_media_storage(os.environ)
if media_storage is not None:
    STORAGES = {**STORAGES, "default": media_storage}  # noqa: F405
    # Pictures now come from the bucket's address: the public pages and the admin may show them.
    _directives = CONTENT_SECURITY_POLICY["DIRECTIVES"]  # noqa: F405
    CONTENT_SECURITY_POLICY = {
        **CONTENT_SECURITY_POLICY,  # noqa: F405
        "DIRECTIVES": {
            **_directives,
            "img-src": [*_directives["img-src"], media_origin(media_storage)],
        },
    }
    ADMIN_CONTENT_SECURITY_POLICY = {
        **ADMIN_CONTENT_SECURITY_POLICY,  # noqa: F405
        "img-src": [*ADMIN_CONTENT_SECURITY_POLICY["img-src"], media_origin(media_storage)],  # noqa: F405
    }
