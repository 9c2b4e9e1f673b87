"""A set of the site's languages, kept in one text column ("en,es") and edited as checkboxes.

One column rather than a join table: filtering by a language is a single indexed-free regex on
a short string, and it behaves the same on PostgreSQL and SQLite.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def language_codes(value):
    """The codes in a stored value ("en,es" -> ["en", "es"])."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return [code.strip() for code in value if code and code.strip()]


def join_language_codes(codes):
    """Codes as stored: known languages only, in the order of settings.LANGUAGES."""
    wanted = set(codes)
    return ",".join(code for code, _name in settings.LANGUAGES if code in wanted)


def validate_language_codes(value):
    known = {code for code, _name in settings.LANGUAGES}
    unknown = [code for code in language_codes(value) if code not in known]
    if unknown:
        raise ValidationError(
            _("Unknown language: %(codes)s."), params={"codes": ", ".join(unknown)}
        )


def language_filter(field_name, code):
    """A lookup matching rows whose language list holds `code` (whole codes only)."""
    return {f"{field_name}__regex": rf"(^|,){code}(,|$)"}


class LanguageChoiceFormField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, max_length=None, empty_value=None, **kwargs):
        kwargs.pop("choices", None)
        super().__init__(choices=settings.LANGUAGES, **kwargs)

    def prepare_value(self, value):
        return language_codes(value)

    def clean(self, value):
        return join_language_codes(super().clean(value))

    def has_changed(self, initial, data):
        return set(language_codes(initial)) != set(language_codes(data))


class LanguageListField(models.CharField):
    """Languages from settings.LANGUAGES, stored as "en,es"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)
        self.validators.append(validate_language_codes)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": LanguageChoiceFormField, **kwargs})
