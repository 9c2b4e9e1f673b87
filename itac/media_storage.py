"""Where uploaded media live in production: a folder (MEDIA_ROOT), or S3-compatible storage
through django-storages when MEDIA_S3_BUCKET is set (itac/settings/production.py).

The bucket stays private. Nothing is written with an ACL (the bucket's own rules decide,
and they should block public access), and every address the app hands out for a file is
signed and expires (`querystring_auth`). Storytellers' photos sent through the form (the
private Submissions collection) are in the same bucket as every other image, and are readable
only through an address the app chose to show: to moderators in the admin, and on the story
page once a moderator has published it with the storyteller's consent. Documents are served
through the app, which checks who may see them (WAGTAILDOCS_SERVE_METHOD = "serve_view").
"""

from urllib.parse import urlsplit

S3_BACKEND = "storages.backends.s3.S3Storage"
# How long an address of a file stays valid: the SigV4 maximum, a week. Pages are kept by
# shared caches for minutes (a day at most while every app server is down), so an address in
# a page served is always still valid.
DEFAULT_URL_SECONDS = 7 * 24 * 60 * 60


def s3_media_storage(environ):
    """The STORAGES["default"] entry for S3-compatible media, read from `environ`; None when
    MEDIA_S3_BUCKET is not set (media stay in MEDIA_ROOT).

    MEDIA_S3_BUCKET (required), MEDIA_S3_ENDPOINT_URL (another provider than AWS, e.g.
    https://s3.eu-central-1.example.net or a MinIO address), MEDIA_S3_REGION,
    MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY (without them, boto3 looks for
    credentials itself: an instance role, AWS_* variables), MEDIA_S3_PREFIX (a folder in the
    bucket), MEDIA_S3_URL_SECONDS (how long a file's address stays valid).
    """
    bucket = environ.get("MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        # No ACL on any object: the bucket's own policy decides (public access blocked).
        "default_acl": None,
        # Every address signed, and valid for a while only: a private photo is never public.
        "querystring_auth": True,
        "querystring_expire": int(
            environ.get("MEDIA_S3_URL_SECONDS", "").strip() or DEFAULT_URL_SECONDS
        ),
        # Two uploads with the same name are two files (Wagtail counts on it), never one
        # overwriting the other.
        "file_overwrite": False,
        "location": environ.get("MEDIA_S3_PREFIX", "").strip().strip("/"),
    }
    region = environ.get("MEDIA_S3_REGION", "").strip()
    if region:
        options["region_name"] = region
    # One address for every file, the bucket in its path: the pages' Content-Security-Policy
    # names it (media_origin).
    options["endpoint_url"] = environ.get("MEDIA_S3_ENDPOINT_URL", "").strip().rstrip("/") or (
        f"https://s3.{region}.amazonaws.com" if region else "https://s3.amazonaws.com"
    )
    options["addressing_style"] = "path"
    for option, variable in (
        ("access_key", "MEDIA_S3_ACCESS_KEY_ID"),
        ("secret_key", "MEDIA_S3_SECRET_ACCESS_KEY"),
    ):
        value = environ.get(variable, "").strip()
        if value:
            options[option] = value
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def media_origin(storage):
    """The origin (scheme and host) the media addresses of an S3 `storage` entry start with."""
    parts = urlsplit(storage["OPTIONS"]["endpoint_url"])
    return f"{parts.scheme}://{parts.netloc}"
