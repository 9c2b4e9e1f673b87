"""Make the live site send each of its emails that carries links, as its visitors would.

Run by tests/browser/test_absolute_links.py as `python -m tests.browser.send_emails` in the
live site's environment (its database, settings and email folder): a story is sent through
the real form, published, and its removal asked for through the real removal form. The email
backend of tests/browser/settings.py writes every message into the session's email folder.
"""

import time

import django
from django.core import signing


def errors(response):
    """The error messages a form page shows, to say why a script's submission failed."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (element["id"], element.get_text(" ", strip=True))
        for element in soup.select("[id$='-error']")
    ]


def main():
    django.setup()
    from django.test import Client

    from itac.forms import FORM_STARTED_SALT
    from stories.submissions.models import StorySubmission

    started = signing.dumps(time.time() - 60, salt=FORM_STARTED_SALT)
    visitor = Client()
    sent = visitor.post(
        "/share-your-story/",
        {
            "form_started": started,
            "title": "Absolute links: a bakery shared by three neighbours",
            "story": (
                "Three neighbours from three countries run the bakery on our corner. They "
                "bake bread from each of their countries on a different day of the week.\n\n"
                "On Sundays the whole street comes to taste, and to help knead."
            ),
            "storyteller_display": "anonymous",
            "relationship": "mine",
            "city": "Porto",
            "country": "PT",
            "told_in_language": "en",
            "contact_email": "links-check@example.org",
            "consent_publish_story": "on",
            "consent_contact": "on",
        },
    )
    # A script run by a test: the form's error summary says what went wrong.
    assert sent.status_code == 302, errors(sent)
    submission = StorySubmission.objects.select_related("story").latest("pk")
    story = submission.story
    # Approving publishes the latest revision: the page_published signal sends the email.
    story.save_revision().publish()
    removal = visitor.post(
        "/share-your-story/remove/",
        # A form of its own: each start token sends one form.
        {
            "form_started": signing.dumps(time.time() - 61, salt=FORM_STARTED_SALT),
            "contact_email": "links-check@example.org",
        },
    )
    assert removal.status_code == 302, removal.status_code


if __name__ == "__main__":
    main()
