"""Development settings: `make run` on the embedded SQLite default."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A development-only key: production refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Static files come from the app finders here; WhiteNoise serves the collected files in production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
# `make run` serves on PORT: absolute links and the demo Site follow it.
PUBLIC_BASE_URL = (
    os.environ.get("PUBLIC_BASE_URL", "").strip().rstrip("/")
    or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip() or PUBLIC_BASE_URL
