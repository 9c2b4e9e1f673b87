import pytest

from django.contrib.auth.models import Group

from partners.models import PartnerIndexPage, PartnerPage
from tests.conftest import make_user


@pytest.fixture
def directory(db):
    return PartnerIndexPage.objects.get(locale__language_code="en", slug="partners")


@pytest.fixture
def iom(db):
    return PartnerPage.objects.get(locale__language_code="en", slug="iom")


@pytest.fixture
def partner_user(db, django_user_model):
    user = make_user(django_user_model, "test-partner", "Partners")
    assert Group.objects.get(name="Partners").user_set.filter(pk=user.pk).exists()
    return user
