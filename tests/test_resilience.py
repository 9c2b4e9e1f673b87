"""When the database or the mail server fails: a friendly 503, and no email lost."""

from datetime import timedelta
from email.header import decode_header, make_header
from unittest import mock

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from tests.html import accessible_name, mentions, parse
from tests.tasks import run_task_worker

pytestmark = pytest.mark.django_db


class TestDatabaseUnavailable:
    @pytest.mark.parametrize(
        ("path", "language", "heading"),
        [
            ("/stories/", "en", "The site is busy right now"),
            ("/ar/stories/", "ar", "الموقع مشغول مؤقتًا"),
            ("/es/stories/", "es", "El sitio está ocupado en este momento"),
        ],
    )
    def test_visitors_get_a_friendly_503_in_their_language(self, path, language, heading):
        visitor = Client(raise_request_exception=False)
        with mock.patch(
            "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
            side_effect=OperationalError("could not connect to server"),
        ):
            response = visitor.get(path)
        assert response.status_code == 503
        assert response["Retry-After"] == "10"
        assert "no-store" in response["Cache-Control"]
        page = parse(response)
        assert page.html["lang"] == language
        assert accessible_name(page.find("h1")) == heading
        assert not mentions(page, "Traceback")
        assert not mentions(page, "could not connect")

    def test_other_errors_still_get_the_500_page(self):
        visitor = Client(raise_request_exception=False)
        with mock.patch("stories.views.library", side_effect=ValueError("a bug")):
            response = visitor.get("/stories/")
        assert response.status_code == 500


class RefusingMailServer(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def queued_email(settings):
    """Production's email setting: a durable queue in the database, sent by the worker."""
    settings.EMAIL_BACKEND = "itac.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {
        **settings.TASKS,
        "worker": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["email", "impact"]},
    }


def run_email_worker():
    run_task_worker("email")


class TestEmailQueue:
    def test_an_email_waits_in_the_database_until_the_worker_sends_it(self, queued_email):
        mail.send_mail("Un nouveau récit", "مرحبا, corps du message", None, ["mod@example.org"])
        assert mail.outbox == []
        assert DBTaskResult.objects.filter(queue_name="email").count() == 1

        run_email_worker()
        assert len(mail.outbox) == 1
        sent = mail.outbox[0].message()
        assert str(make_header(decode_header(sent["Subject"]))) == "Un nouveau récit"
        assert sent.as_bytes(linesep="\r\n")  # what the SMTP backend sends
        assert sent["To"] == "mod@example.org"
        assert "مرحبا" in sent.get_payload(decode=True).decode()

    def test_a_mail_server_outage_delays_the_email_and_loses_nothing(self, queued_email, settings):
        mail.send_mail("A new story is waiting", "Body", None, ["mod@example.org"])
        settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.RefusingMailServer"
        run_email_worker()
        assert mail.outbox == []
        retry = DBTaskResult.objects.get(status="READY")
        assert retry.args_kwargs["args"][-1] == 2  # the second attempt
        assert retry.run_after > timezone.now()

        # The server is back; the next attempt is due.
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        DBTaskResult.objects.filter(pk=retry.pk).update(
            run_after=timezone.now() - timedelta(seconds=1)
        )
        run_email_worker()
        assert [message.subject for message in mail.outbox] == ["A new story is waiting"]
        run_email_worker()
        assert len(mail.outbox) == 1  # sent once
