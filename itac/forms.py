"""What every public form shares: clean text, spam protection and accessible error display."""

import functools
import hashlib
import re
import secrets
import time

from django_ratelimit.core import get_usage, is_ratelimited

from django import forms
from django.core import signing
from django.core.cache import cache
from django.core.validators import ProhibitNullCharactersValidator
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .text import email_identity, normalise_text

# A person takes longer than this to fill in a form; scripts usually do not.
MINIMUM_FILL_SECONDS = 3
# A form older than this is not accepted as it is: a fresh start time is given to send it again.
FORM_MAX_AGE_SECONDS = 60 * 60 * 24
FORM_STARTED_SALT = "itac.forms.started"
USED_FORM_CACHE_PREFIX = "itac:form-started-used:"
# The key an idempotent form carries (`SpamProtectedForm.idempotent`): 32 URL-safe characters.
SUBMISSION_KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{32}")

SEND_AGAIN = _(
    "For your safety we could not accept the form this time. Everything you wrote is still "
    "here: check it and send it again."
)
ALREADY_SENT = _(
    "We have already received this form. If you want to send it once more, check it and "
    "send it again."
)


class NamedNullCharactersValidator(ProhibitNullCharactersValidator):
    """Refuse NUL, saying which question holds it (Django's message names none)."""

    def __init__(self, label):
        super().__init__(
            message=_(
                "“%(question)s” holds an invisible character (NUL) that cannot be stored. "
                "Remove it and send again."
            )
            % {"question": label}
        )


class SpamProtectedForm(forms.Form):
    """A public form: normalised text, a honeypot field and a single-use, timed start token.

    - Every text a person sends is normalised once, here (`itac.text`): NFC, no bidi controls
      or zero-width characters; email fields as one identity (NFKC, case folded); NUL refused
      with a message naming the question.
    - `is_spam()` (honeypot filled, start token missing or forged) is not an error to show:
      views drop the submission silently (nothing stored or sent).
    - A form sent back faster than a person can, or older than a day, is shown again with
      everything kept and a plain request to send it again (and a fresh start token).
    - The start token is single-use: views call `claim_token()` before storing anything, and
      `release_token()` if storing fails, so a replay is refused but never a person's retry.
    - An idempotent form (`idempotent = True`: the forms that store a record) also carries a
      random submission key, kept when the form is shown again. Its view stores the key's hash
      with the record under a unique constraint, so the same form sent twice (a double click,
      the proxy retrying on another app server) stores one record and is answered as the
      first was. The key is not personal data, but it is never logged nor put in an address.
    """

    idempotent = False

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
        if self.idempotent:
            self.fields["submission_key"] = forms.CharField(
                required=False, widget=forms.HiddenInput
            )
        if not self.is_bound:
            self.initial["form_started"] = new_start_token()
            if self.idempotent:
                self.initial["submission_key"] = new_submission_key()
        else:
            self.data = self._normalised(self.data)
            if self.idempotent and not SUBMISSION_KEY_PATTERN.fullmatch(
                str(self.data.get("submission_key", ""))
            ):
                # A form from before keys existed, or a forged one: a key of its own from now.
                self.data["submission_key"] = new_submission_key()
        for field in self.fields.values():
            field.validators = [
                NamedNullCharactersValidator(field.label)
                if isinstance(validator, ProhibitNullCharactersValidator)
                else validator
                for validator in field.validators
            ]

    def _normalised(self, data):
        data = data.copy()  # a QueryDict copy is mutable; a dict copy is a dict
        for name in list(data.keys()):
            field = self.fields.get(name)
            clean = email_identity if isinstance(field, forms.EmailField) else normalise_text
            if hasattr(data, "setlist"):
                data.setlist(name, [clean(value) for value in data.getlist(name)])
            elif isinstance(data[name], list | tuple):
                data[name] = [clean(value) for value in data[name]]
            else:
                data[name] = clean(data[name])
        return data

    def started_at(self):
        """The signed start time, or None when it is missing or forged."""
        try:
            return float(signing.loads(self.data.get("form_started", ""), salt=FORM_STARTED_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return None

    def is_spam(self):
        """True when the honeypot was filled or the start token is missing or forged."""
        return bool(self.data.get(self.honeypot_field_name)) or self.started_at() is None

    def clean(self):
        cleaned = super().clean()
        started = self.started_at()
        if started is not None:
            age = time.time() - started
            if age < MINIMUM_FILL_SECONDS or age > FORM_MAX_AGE_SECONDS:
                self.ask_to_send_again(SEND_AGAIN)
        return cleaned

    def ask_to_send_again(self, message):
        """Show the form again as it was sent, with `message` and a fresh start token."""
        self.add_error(None, message)
        self.data = self.data.copy()
        self.data["form_started"] = new_start_token()

    @property
    def submission_key_hash(self):
        """The hash of an idempotent form's submission key, as its record stores it."""
        return hash_submission_key(self.data["submission_key"])

    def _token_key(self):
        token = self.data.get("form_started", "")
        return USED_FORM_CACHE_PREFIX + hashlib.sha256(token.encode()).hexdigest()

    def claim_token(self):
        """Mark the start token used; False (and the form asks to send again) if it was already.

        Kept in the cache until the token would have expired anyway; `cache.add` is atomic,
        so two copies of one form sent at once cannot both be stored. An idempotent form sent
        again with the same submission key is let through: its view stores at most one record
        for the key (the first copy may have died on an app server before storing anything).
        """
        claim = self.submission_key_hash if self.idempotent else True
        key = self._token_key()
        if cache.add(key, claim, timeout=FORM_MAX_AGE_SECONDS + 60):
            return True
        if self.idempotent and cache.get(key) == claim:
            return True
        self.ask_to_send_again(ALREADY_SENT)
        return False

    def release_token(self):
        """Storing failed: the same form may be sent again."""
        cache.delete(self._token_key())

    def visible_fields_for_summary(self):
        """Fields with errors, in form order, for the error summary's links."""
        return [field for field in self if field.errors and not field.is_hidden]


def new_start_token():
    return signing.dumps(time.time(), salt=FORM_STARTED_SALT)


def new_submission_key():
    return secrets.token_urlsafe(24)


def hash_submission_key(key):
    """What a record keeps of its form's submission key (never the key itself)."""
    return hashlib.sha256(key.encode()).hexdigest()


def rate_limited(request, group, rate):
    """Count this request against the client address's limit; True when over it.

    Uses the cache (Redis in production) and keeps only a hash of the address, for as long
    as the window lasts. The count is atomic, so concurrent requests cannot slip past it.
    """
    return is_ratelimited(request, group=group, key="ip", rate=rate, method="POST", increment=True)


def limit_reached(request, group, rate):
    """True when this client address has already used up its limit (counts nothing)."""
    usage = get_usage(request, group=group, key="ip", rate=rate, method="POST", increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


# The largest id a record can have (PostgreSQL integer); anything else is no record's id.
LARGEST_RECORD_ID = 2**31 - 1


def is_record_id(value):
    text = str(value).strip()
    return text.isascii() and text.isdigit() and 0 < int(text) <= LARGEST_RECORD_ID


class RecordChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that refuses an id no record can have before asking the database
    (a 30-digit number overflows the database's integer: a 500, not an answer)."""

    def to_python(self, value):
        if value not in self.empty_values and not is_record_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class RecordMultipleChoiceField(forms.ModelMultipleChoiceField):
    """The same for several choices (themes)."""

    def _check_values(self, value):
        for choice in value:
            if not is_record_id(choice):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": choice},
                )
        return super()._check_values(value)


class QuickSelect(forms.Select):
    """Django's <select>, its options written here instead of through a template each: the
    listings' filters (countries, themes, partners, languages) are drawn on every listing
    page, where Django's per-option templates cost several milliseconds. Flat choices only;
    the same markup. The escaped options of a list of choices are kept per process, so a
    listing only marks the chosen one."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(item) for item in self.format_value(value)}
        attributes = flatatt({"name": name, **self.build_attrs(self.attrs, attrs)})
        return format_html("<select{}>{}\n</select>", attributes, self.options(chosen))

    def choice_texts(self):
        """(value, label) of each choice as text: what its escaped options are kept under. A
        widget whose choices are costly to list (translated and sorted) names them its own way."""
        return tuple((str(choice), str(label)) for choice, label in self.choices)

    def options(self, chosen):
        """The <option>s, those whose value is in `chosen` selected."""
        return mark_safe(  # noqa: S308 (escaped in escaped_options)
            "".join(
                f"{start}{' selected' if value in chosen else ''}{end}"
                for value, start, end in escaped_options(self.choice_texts())
            )
        )


@functools.lru_cache(maxsize=256)
def escaped_options(choices):
    """(value, the option's start, its end) of each (value, label) of `choices`, escaped."""
    return tuple(
        (value, f'\n  <option value="{escape(value)}"', f">{escape(label)}</option>")
        for value, label in choices
    )
