"""Test settings: fast and isolated (same database rule as the others)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if REDIS_URL:  # noqa: F405
    # Production's cache (base.py), as CI's PostgreSQL pass runs it (.ci/run). Test processes
    # sharing the Redis keep to their own keys, and clear only those (tests/redis_cache.py).
    CACHES = {
        "default": {
            "BACKEND": "tests.redis_cache.OwnKeysRedisCache",
            "LOCATION": REDIS_URL,  # noqa: F405
            "KEY_PREFIX": f"itac-test-{os.getpid()}",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},  # as in base.py: no random culling mid-test
        }
    }
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "worker": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["email", "impact"],
    },
}
IMPACT_COUNT_AHEAD = False
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each test run gets its own media folder, removed when the run ends (tests/conftest.py).
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="itac-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come from the app finders here; WhiteNoise serves the collected files in production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
