"""The public side of story submission: the form, its confirmation, and removal requests."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from itac.forms import SUBMISSION_KEY_PATTERN, hash_submission_key, limit_reached, rate_limited

from .forms import RemovalRequestForm, ShareStoryForm
from .models import StorySubmission
from .permissions import partner_account
from .services import create_submission, record_removal_request

logger = logging.getLogger(__name__)

SUBMISSIONS_PER_HOUR = getattr(settings, "STORY_SUBMISSIONS_PER_HOUR", "5/h")
# Every POST of the story form, mistakes included: generous for a person correcting a form,
# and it stops a flood of invalid forms (each one an upload to read) before the body is read.
FORM_POSTS_PER_HOUR = "30/h"
REMOVAL_REQUESTS_PER_HOUR = "10/h"
# A story counted against its address, for one retry of the same form (see `retry_of_counted`).
COUNTED_PREFIX = "stories:counted:"


def render_page(request, page, template, context, status=200):
    context = {"page": page, "self": page, **context}
    return TemplateResponse(request, template, context, status=status)


def too_many(request, page):
    return render_page(request, page, "story_submissions/too_many_requests.html", {}, status=429)


@never_cache
def share_story(request, page):
    """The story form. Cheap refusals come first, the costly photo decoding last:

    1. an address over its hourly limits (stories attempted, or any post of this form) is
       answered 429 before the upload is even read (past its stories' limit only, the form's
       key is read first: the retry of a story already counted is let through once);
    2. every field is validated, the photo only from its header;
    3. a bot (honeypot, forged token) is dropped silently; a form too fast, too old or already
       sent is shown again with everything kept;
    4. the attempt is counted toward the limit (atomically), and only then is a photo decoded,
       one at a time per worker (`photos.decoding_turn`).
    """
    # A partner account always sends for its own organisation.
    partner = partner_account(request.user) or None
    if request.method == "POST":
        if rate_limited(request, "story-form-post", FORM_POSTS_PER_HOUR):
            return too_many(request, page)
        # Past its stories' limit, an address is refused unless this is the retry of a story
        # it was counted for (the only case where the upload is read before refusing: at most
        # the posts between the two limits).
        retry = False
        if limit_reached(request, "story-submission", SUBMISSIONS_PER_HOUR):
            retry = retry_of_counted(request.POST)
            if not retry:
                return too_many(request, page)
        form = ShareStoryForm(request.POST, request.FILES, partner=partner)
        # The same form sent again (a double click, the proxy retrying on another app
        # server): answered as the first was, nothing stored or counted twice.
        if already_stored(form):
            return redirect(page.url + "thanks/")
        if form.is_valid():
            if form.is_spam():
                logger.info("A story submission was dropped as spam")
                return redirect(page.url + "thanks/")
            # Counted before any costly work; a refused attempt counts as much as a story. A
            # form whose first copy was counted (and died on its way) is not counted again.
            if not (retry or retry_of_counted(request.POST)):
                if rate_limited(request, "story-submission", SUBMISSIONS_PER_HOUR):
                    return too_many(request, page)
                note_counted(form)
            if form.claim_token():
                if (not form.has_photo or form.decode_photo()) and store(form, request):
                    return redirect(page.url + "thanks/")
                form.release_token()
    else:
        form = ShareStoryForm(partner=partner, language=get_language())
    return render_page(
        request, page, "story_submissions/share_story.html", {"form": form, "partner": partner}
    )


def note_counted(form):
    """Remember, for an hour (the limit's window), that this form's story was counted."""
    cache.set(COUNTED_PREFIX + form.submission_key_hash, True, 60 * 60)


def retry_of_counted(data):
    """True, once per counted form, when `data` is a form whose story was counted already: its
    first copy died on its way (an app server killed, the database gone) and the proxy or the
    storyteller sends it again. It is then neither refused by the count it made nor counted
    twice. Once only, so that one form cannot be sent over and over past the limit."""
    key = data.get("submission_key", "")
    if not SUBMISSION_KEY_PATTERN.fullmatch(key):
        return False
    return bool(cache.delete(COUNTED_PREFIX + hash_submission_key(key)))


def already_stored(form):
    """True when a story was stored from this very form (its submission key)."""
    return StorySubmission.objects.filter(submission_key_hash=form.submission_key_hash).exists()


def store(form, request):
    """Save the story; False, with the reason on the form, when the page's own rules refuse it."""
    try:
        create_submission(form, request)
    except ValidationError as error:
        # Nothing was saved: one transaction, and the photo file is removed with it.
        add_model_errors(form, error)
        return False
    except IntegrityError:
        # Two copies of one form at once: the other one stored the story (nothing of this
        # one was kept: one transaction, and the photo file is removed with it).
        if not already_stored(form):
            raise
    return True


def add_model_errors(form, error):
    """Show a model validation error beside the form field it concerns, or above the form."""
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages)


# Thank-you pages are never kept: they answer someone who has just sent something.
@never_cache
def thanks(request, page):
    return render_page(request, page, "story_submissions/thanks.html", {})


@never_cache
def request_removal(request, page):
    if request.method == "POST":
        if rate_limited(request, "removal-request", REMOVAL_REQUESTS_PER_HOUR):
            return too_many(request, page)
        form = RemovalRequestForm(request.POST)
        if form.is_valid():
            if form.is_spam():
                return redirect(page.url + "remove/thanks/")
            if form.claim_token():
                record_removal_request(form)
                return redirect(page.url + "remove/thanks/")
    else:
        form = RemovalRequestForm(initial={"token": request.GET.get("token", "")[:100]})
    return render_page(request, page, "story_submissions/remove_story.html", {"form": form})


@never_cache
def removal_thanks(request, page):
    return render_page(request, page, "story_submissions/removal_thanks.html", {})
