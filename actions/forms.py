"""The pledge form."""

from django_countries import countries

from django import forms
from django.utils.translation import gettext_lazy as _

from itac.forms import SpamProtectedForm

NAME_MAX_LENGTH = 100


def country_choices():
    # Evaluated per form, so the names come in the visitor's language and order.
    return [("", _("Choose your country")), *countries]


class PledgeForm(SpamProtectedForm):
    """Who is pledging, from where, and whether they want updates or to be listed; counted
    once per form sent, however many times it arrives (`idempotent`)."""

    idempotent = True

    signer_type = forms.ChoiceField(
        label=_("I am pledging as"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose who is pledging."),
            "invalid_choice": _("Choose who is pledging from the list."),
        },
    )
    display_name = forms.CharField(
        label=_("Your name, or your organisation's"),
        help_text=_("Leave it empty to pledge anonymously."),
        required=False,
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "max_length": _("Use at most %(limit_value)d characters for the name."),
        },
    )
    country = forms.ChoiceField(
        label=_("Country"),
        choices=country_choices,
        widget=forms.Select(attrs={"autocomplete": "country"}),
        error_messages={
            "required": _("Choose your country."),
            "invalid_choice": _("Choose your country from the list."),
        },
    )
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("Only if you want campaign updates. It is never shown to anyone."),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Enter an email address like name@example.org."),
            "max_length": _("Use at most %(limit_value)d characters for the email."),
        },
    )
    email_updates = forms.BooleanField(
        label=_("Yes, send me occasional campaign updates by email"),
        help_text=_("You can stop them at any time."),
        required=False,
    )
    show_in_public_list = forms.BooleanField(
        label=_("Show my name in the public list of those who have pledged"),
        help_text=_("Only the name is shown, never the email."),
        required=False,
    )

    def __init__(self, *args, signer_types, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signer_type"].choices = signer_types
        if len(signer_types) == 1:
            self.initial.setdefault("signer_type", signer_types[0][0])

    def clean_display_name(self):
        # Collapse runs of spaces and drop control characters before the name is shown anywhere.
        name = "".join(c for c in self.cleaned_data["display_name"] if c.isprintable())
        return " ".join(name.split())

    def clean_email(self):
        # One identity per address (NFKC, case folded: itac.forms normalises email fields).
        return self.cleaned_data["email"]

    def clean(self):
        cleaned = super().clean()
        email, wants_updates = cleaned.get("email"), cleaned.get("email_updates")
        # The email is kept only to send updates, so one goes with the other.
        if email and not wants_updates:
            self.add_error(
                "email_updates",
                _("Tick this box to get updates, or leave the email empty."),
            )
        elif wants_updates and not email and "email" not in self.errors:
            self.add_error("email", _("Enter your email to get updates, or untick the box."))
        return cleaned
