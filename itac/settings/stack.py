"""The local layered stack (`make stack`, deploy/stack.py): production settings on loopback.

Varnish in front of two gunicorn instances, over plain HTTP on 127.0.0.1: nothing redirects
to HTTPS and cookies are not marked Secure. The app serves the media here, which a proxy or
S3 does in production. Everything else (secrets, database, Redis, purge URLs) comes from the
environment that deploy/stack.py sets.
"""

import os

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ROOT_URLCONF = "itac.stack_urls"
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")
