"""Settings for bench/photo_flood.py: the browser tests' live-site settings, with one cache
shared by every gunicorn worker (a folder), as Redis is shared in production."""

import os

from tests.browser.settings import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ["ITAC_BENCH_CACHE_DIR"],
    }
}
