"""The public side of story submission: the form, its confirmation, and removal requests."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from itac.forms import count_toward_limit, limit_reached, rate_limited

from .forms import RemovalRequestForm, ShareStoryForm
from .permissions import partner_account
from .services import create_submission, record_removal_request

logger = logging.getLogger(__name__)

SUBMISSIONS_PER_HOUR = getattr(settings, "STORY_SUBMISSIONS_PER_HOUR", "5/h")
REMOVAL_REQUESTS_PER_HOUR = "10/h"


def render_page(request, page, template, context, status=200):
    context = {"page": page, "self": page, **context}
    return TemplateResponse(request, template, context, status=status)


def too_many(request, page):
    return render_page(request, page, "story_submissions/too_many_requests.html", {}, status=429)


@never_cache
def share_story(request, page):
    # A partner account always sends for its own organisation.
    partner = partner_account(request.user) or None
    if request.method == "POST":
        # Checked before the photo is even looked at; counted only once a story is saved.
        if limit_reached(request, "story-submission", SUBMISSIONS_PER_HOUR):
            return too_many(request, page)
        form = ShareStoryForm(request.POST, request.FILES, partner=partner)
        if form.is_valid():
            if form.is_spam():
                logger.info("A story submission was dropped as spam")
                return redirect(page.url + "thanks/")
            try:
                create_submission(form, request)
            except ValidationError as error:
                # The story page's own rules (nothing was saved: one transaction).
                add_model_errors(form, error)
            else:
                count_toward_limit(request, "story-submission", SUBMISSIONS_PER_HOUR)
                return redirect(page.url + "thanks/")
    else:
        form = ShareStoryForm(partner=partner, language=get_language())
    return render_page(
        request, page, "story_submissions/share_story.html", {"form": form, "partner": partner}
    )


def add_model_errors(form, error):
    """Show a model validation error beside the form field it concerns, or above the form."""
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages)


def thanks(request, page):
    return render_page(request, page, "story_submissions/thanks.html", {})


@never_cache
def request_removal(request, page):
    if request.method == "POST":
        if rate_limited(request, "removal-request", REMOVAL_REQUESTS_PER_HOUR):
            return too_many(request, page)
        form = RemovalRequestForm(request.POST)
        if form.is_valid():
            if not form.is_spam():
                record_removal_request(form)
            return redirect(page.url + "remove/thanks/")
    else:
        form = RemovalRequestForm(initial={"token": request.GET.get("token", "")[:100]})
    return render_page(request, page, "story_submissions/remove_story.html", {"form": form})


def removal_thanks(request, page):
    return render_page(request, page, "story_submissions/removal_thanks.html", {})
