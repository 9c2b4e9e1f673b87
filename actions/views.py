"""The pledge page's views: form, thank-you states, public list of signers, and downloads."""

from functools import partial

from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from itac.forms import rate_limited
from itac.share_links import email_link, network_links

from .counter import forget_pledge_counts, pledge_counts
from .forms import PledgeForm
from .models import PledgePage, PledgeSignature

PLEDGE_RATE = "10/h"
SIGNERS_PER_PAGE = 50


def pledge_form(page, request):
    """GET shows the form; POST records a pledge and redirects to a thank-you address."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if request.method == "POST":
        thanks = page.get_url(request) + page.reverse_subpage("thanks")
        form = PledgeForm(request.POST, signer_types=page.signer_types)
        # The same form sent again (a double click, the proxy retrying on another app server)
        # is answered as the first was, and neither counted nor rate limited again.
        if already_recorded(form):
            return redirect(thanks)
        if rate_limited(request, "pledge", PLEDGE_RATE):
            response = page.render(request, template="actions/pledge_rate_limited.html")
            response.status_code = 429
            response["Retry-After"] = "3600"
            return response
        if form.is_valid():
            # Spam is dropped without a word: the sender sees the usual thank-you.
            if form.is_spam():
                return redirect(thanks)
            # A form already sent is shown again with a word, never counted twice.
            if form.claim_token():
                if record_signature(page, form):
                    return redirect(thanks)
                return redirect(page.get_url(request) + page.reverse_subpage("already_pledged"))
    else:
        form = PledgeForm(signer_types=page.signer_types)
    return page.render(request, context_overrides={"form": form, **counter_context(page)})


def already_recorded(form):
    """True when a pledge was stored from this very form (its submission key)."""
    return PledgeSignature.objects.filter(submission_key_hash=form.submission_key_hash).exists()


def record_signature(page, form):
    """Store a pledge; False when this email has already signed this pledge (nothing stored)."""
    data = form.cleaned_data
    pledge = original_pledge(page)
    email = data["email"]
    if email and PledgeSignature.objects.filter(pledge=pledge, email=email).exists():
        return False
    try:
        with transaction.atomic():
            PledgeSignature.objects.create(
                pledge=pledge,
                display_name=data["display_name"],
                signer_type=data["signer_type"],
                country=data["country"],
                email=email,
                email_updates=bool(email) and data["email_updates"],
                show_in_public_list=data["show_in_public_list"],
                language=get_language(),
                submission_key_hash=form.submission_key_hash,
            )
            transaction.on_commit(partial(forget_pledge_counts, page))
    except IntegrityError:
        # Two copies of one form at once: the other one was stored, and thanked.
        if already_recorded(form):
            return True
        # Two submissions with the same email raced past the check above: one pledge only.
        if not email:
            raise
        return False
    return True


def original_pledge(page):
    """The pledge in its first language, which holds the signatures of all its translations."""
    return (
        PledgePage.objects.filter(translation_key=page.translation_key).order_by("pk").first()
        or page
    )


def counter_context(page):
    return {"counts": pledge_counts(page)}


def pledge_thanks(page, request, already_pledged):
    full_url = page.get_full_url(request)
    response = page.render(
        request,
        template="actions/pledge_thanks.html",
        context_overrides={
            "already_pledged": already_pledged,
            "share_links": share_links(page.share_text or page.title, full_url),
            **counter_context(page),
        },
    )
    # Never kept by a cache: it answers someone who has just pledged.
    add_never_cache_headers(response)
    return response


def share_links(text, url):
    """(label, address) pairs to share the pledge: plain links, no third-party script loads."""
    links = [
        (_("Share on %(network)s") % {"network": link["name"]}, link["url"])
        for link in network_links(url, text)
    ]
    links.append((_("Share by email"), email_link(text, f"{text} {url}")))
    return links


def pledge_signers(page, request):
    """The names of those who chose to be listed, newest first; never anything else."""
    names = (
        PledgeSignature.objects.filter(
            pledge__translation_key=page.translation_key, show_in_public_list=True
        )
        .exclude(display_name="")
        .order_by("-created_at", "-pk")
        .values_list("display_name", flat=True)
    )
    signers = Paginator(names, SIGNERS_PER_PAGE).get_page(request.GET.get("page"))
    return page.render(
        request,
        template="actions/pledge_signers.html",
        context_overrides={"signers": signers},
    )
