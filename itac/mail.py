"""Emails through a durable queue: a slow or failing mail server neither blocks a request nor
loses a message.

With EMAIL_BACKEND = "itac.mail.QueuedEmailBackend" (production's default), sending an email
stores it, whole, as a task in the database (the "email" queue of the "worker" task backend,
django-tasks-db); the task worker (`manage.py db_worker --backend worker --queue-name
email,impact`) sends it with EMAIL_DELIVERY_BACKEND, and when the server refuses or does not
answer, tries again later with a growing delay, up to MAX_ATTEMPTS times. Code that sends
email needs no change: it calls Django's send_mail.
"""

import base64
import email
import email.message
import logging
from datetime import timedelta
from email.header import decode_header, make_header

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import MIMEMixin
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# 1, 2, 4, ... minutes between attempts: about four hours in all before giving up.
FIRST_RETRY_SECONDS = 60


class QueuedEmailBackend(BaseEmailBackend):
    """Queues each message for the worker instead of talking to the mail server."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            try:
                # The MIME bytes, in base64 for the task's JSON arguments.
                mime = base64.b64encode(message.message().as_bytes()).decode("ascii")
                deliver_email.enqueue(mime, message.from_email, message.recipients())
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("An email could not be queued")
            else:
                queued += 1
        return queued


class QueuedMIME(MIMEMixin, email.message.Message):
    """A parsed message that Django's backends can write out (as_bytes with a line ending)."""


class PreparedEmail(EmailMessage):
    """A message already rendered to MIME when it was queued, sent exactly as it was."""

    def __init__(self, mime, from_email, recipients):
        self.mime = mime
        subject = self.message()["Subject"] or ""
        super().__init__(
            subject=str(make_header(decode_header(subject))), from_email=from_email, to=recipients
        )

    def message(self, *args, **kwargs):
        return email.message_from_bytes(base64.b64decode(self.mime), _class=QueuedMIME)

    def recipients(self):
        return self.to


@task(backend="worker", queue_name="email")
def deliver_email(mime, from_email, recipients, attempt=1):
    """Send one queued email; on failure queue the next attempt, later, and log it."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        connection.send_messages([PreparedEmail(mime, from_email, recipients)])
    except Exception:
        if attempt >= MAX_ATTEMPTS:
            # No addresses in the log: they are personal data.
            logger.exception("An email was given up after %d attempts", attempt)
            raise
        delay = timedelta(seconds=FIRST_RETRY_SECONDS * 2 ** (attempt - 1))
        logger.warning("An email could not be sent (attempt %d); retrying in %s", attempt, delay)
        retry = deliver_email
        if retry.get_backend().supports_defer:
            retry = retry.using(run_after=timezone.now() + delay)
        retry.enqueue(mime, from_email, recipients, attempt + 1)
