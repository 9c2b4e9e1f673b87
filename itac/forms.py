"""What every public form shares: spam protection and accessible error display."""

import time

from django_ratelimit.core import get_usage, is_ratelimited

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

# A person takes longer than this to fill in a form; scripts usually do not.
MINIMUM_FILL_SECONDS = 3
FORM_STARTED_SALT = "itac.forms.started"


class SpamProtectedForm(forms.Form):
    """A form with a honeypot field and a minimum fill time.

    Spam is not an error to show: views call `is_spam()` after `is_valid()` and drop the
    submission silently (nothing stored or sent) when it is true.
    """

    # Hidden from people (CSS and aria-hidden); bots fill every field they find.
    website_url = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)

    honeypot_field_name = "website_url"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_started"] = signing.dumps(time.time(), salt=FORM_STARTED_SALT)

    def is_spam(self):
        """True when the honeypot was filled or the form came back too fast (or unsigned)."""
        if self.data.get(self.honeypot_field_name):
            return True
        try:
            started = signing.loads(
                self.data.get("form_started", ""), salt=FORM_STARTED_SALT, max_age=60 * 60 * 24
            )
        except signing.BadSignature:
            return True
        return time.time() - float(started) < MINIMUM_FILL_SECONDS

    def visible_fields_for_summary(self):
        """Fields with errors, in form order, for the error summary's links."""
        return [field for field in self if field.errors and not field.is_hidden]


def rate_limited(request, group, rate):
    """Count this request against the client address's limit; True when over it.

    Uses the cache (Redis in production) and keeps only a hash of the address, for as long
    as the window lasts.
    """
    return is_ratelimited(request, group=group, key="ip", rate=rate, method="POST", increment=True)


def limit_reached(request, group, rate):
    """True when this client address has already used up its limit (counts nothing)."""
    usage = get_usage(request, group=group, key="ip", rate=rate, method="POST", increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def count_toward_limit(request, group, rate):
    """Count one more use against this client address's limit."""
    get_usage(request, group=group, key="ip", rate=rate, method="POST", increment=True)
