"""Media on S3-compatible storage (issue 15): production settings choose it from the
environment, a storyteller's photo lands in the bucket without its hidden metadata, renditions
are made and served, and nothing in the bucket is readable without an address the app signed.

The bucket is moto's S3 in memory: no network.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

import boto3
import pytest
import requests
from botocore import UNSIGNED
from botocore.config import Config
from moto import mock_aws
from PIL import Image

from itac.media_storage import s3_media_storage
from itac.renditions import HERO_IMAGE_SMALL
from stories.submissions.models import StorySubmission
from tests.factories import StorySubmissionPageFactory
from tests.submissions.conftest import started
from tests.submissions.photo_files import jpeg_with_gps

REGION = "eu-west-1"
MEDIA_ENVIRONMENT = {
    "MEDIA_S3_BUCKET": "itac-media-test",
    "MEDIA_S3_ENDPOINT_URL": f"https://s3.{REGION}.amazonaws.com",
    "MEDIA_S3_REGION": REGION,
    "MEDIA_S3_ACCESS_KEY_ID": "itac-test-key",
    "MEDIA_S3_SECRET_ACCESS_KEY": "itac-test-secret",
}
BUCKET = MEDIA_ENVIRONMENT["MEDIA_S3_BUCKET"]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "itac.settings.production",
    "SECRET_KEY": "a-production-like-key-for-this-test-only-" + "x" * 20,
    "ALLOWED_HOSTS": "itac.example.org",
    "PUBLIC_BASE_URL": "https://itac.example.org",
}
DESCRIBE_STORAGE = (
    "import django; django.setup(); "
    "from django.core.files.storage import default_storage as s; s._setup(); s = s._wrapped; "
    "print(type(s).__module__ + '.' + type(s).__name__); "
    "print(getattr(s, 'bucket_name', None), getattr(s, 'endpoint_url', None), "
    "getattr(s, 'region_name', None), getattr(s, 'default_acl', 'unset'), "
    "getattr(s, 'querystring_auth', None), getattr(s, 'file_overwrite', None)); "
    "from django.conf import settings; "
    "print(*settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], '|', "
    "*settings.ADMIN_CONTENT_SECURITY_POLICY['img-src'])"
)


def storage_under_production_settings(**environment):
    """The default storage's class and main options, as production settings build it."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("MEDIA_S3_")}
    result = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", DESCRIBE_STORAGE],
        cwd=Path(__file__).resolve().parents[1],
        env={**base, **PRODUCTION, **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split("\n")[:3]


def test_production_keeps_media_in_a_folder_unless_a_bucket_is_named():
    backend, _options, images_from = storage_under_production_settings()
    assert backend == "django.core.files.storage.filesystem.FileSystemStorage"
    assert images_from.split() == ["'self'", "data:", "|", "'self'", "data:", "blob:"]


def test_production_puts_media_on_s3_when_a_bucket_is_named():
    backend, options, images_from = storage_under_production_settings(**MEDIA_ENVIRONMENT)
    assert backend == "storages.backends.s3.S3Storage"
    # Bucket, endpoint and region as given; no ACL written; every address signed; an upload
    # never overwrites another file of the same name.
    assert options.split()[:3] == [BUCKET, f"https://s3.{REGION}.amazonaws.com", REGION]
    assert options.split()[3:] == ["None", "True", "False"]
    # The public pages and the admin may show pictures from the bucket's address.
    public, admin = images_from.split("|")
    assert f"https://s3.{REGION}.amazonaws.com" in public.split()
    assert f"https://s3.{REGION}.amazonaws.com" in admin.split()


@pytest.fixture
def bucket(settings):
    """A private bucket in moto's S3, and the media settings production makes of it."""
    with mock_aws():
        client = boto3.client(
            "s3",
            region_name=REGION,
            aws_access_key_id="itac-test-key",
            aws_secret_access_key="itac-test-secret",
        )
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage(MEDIA_ENVIRONMENT)}
        yield client


def object_bytes(client, key):
    return client.get_object(Bucket=BUCKET, Key=key)["Body"].read()


def anyone_can_read(client, key, url):
    """Whether a visitor without the app's signature gets the file: by its address without
    the signature, or by asking S3 anonymously."""
    if requests.get(url.split("?")[0], timeout=10).status_code == 200:
        return True
    anonymous = boto3.client("s3", region_name=REGION, config=Config(signature_version=UNSIGNED))
    try:
        anonymous.get_object(Bucket=BUCKET, Key=key)
    except anonymous.exceptions.ClientError:
        return False
    return True


@pytest.mark.django_db
def test_a_storytellers_photo_lands_in_the_bucket_stripped_and_private(client, bucket):
    page = StorySubmissionPageFactory(title="Tell us about your neighbours")
    answer = client.post(
        page.url,
        {
            "form_started": started(),
            "title": "It Takes A Community to plant a garden",
            "story": (
                "Newcomers and old neighbours turned an empty lot into a garden. Every Sunday "
                "somebody brings seeds from home, and the whole street shares the harvest."
            ),
            "storyteller_display": "anonymous",
            "relationship": "mine",
            "country": "IE",
            "told_in_language": "en",
            "consent_publish_story": "on",
            "photo": jpeg_with_gps(),
            "photo_alt": "A garden between two houses",
            "consent_publish_photo": "on",
        },
    )
    assert answer["Location"] == page.url + "thanks/"

    photo = StorySubmission.objects.get(story__title__endswith="plant a garden").photo
    stored = {item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert photo.file.name in stored
    content = object_bytes(bucket, photo.file.name)
    picture = Image.open(io.BytesIO(content))
    assert dict(picture.getexif()) == {} and "xmp" not in picture.info
    assert b"PhoneMaker" not in content and b"Amina" not in content

    # Its address works only as the app signed it, and only for a while.
    url = photo.file.url
    assert "Signature=" in url and ("Expires=" in url or "X-Amz-Expires=" in url)
    assert requests.get(url, timeout=10).content == content
    assert not anyone_can_read(bucket, photo.file.name, url)
    grants = bucket.get_object_acl(Bucket=BUCKET, Key=photo.file.name)["Grants"]
    assert all("URI" not in grant["Grantee"] for grant in grants)  # no AllUsers, no AuthUsers


@pytest.mark.django_db
def test_a_rendition_is_made_in_the_bucket_and_served_by_its_signed_address(client, bucket):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="A street party", file=get_test_image_file(size=(800, 600))
    )
    rendition = image.get_rendition(HERO_IMAGE_SMALL)
    assert rendition.file.name.startswith("images/")
    served = requests.get(rendition.url, timeout=10)
    assert served.status_code == 200
    assert Image.open(io.BytesIO(served.content)).size == (600, 338)
    assert not anyone_can_read(bucket, rendition.file.name, rendition.url)
