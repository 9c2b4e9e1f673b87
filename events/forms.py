from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from events.models.event_page import EventType
from itac.forms import QuickSelect


class EventFilterForm(forms.Form):
    """The visitor's filters on /events/ (a plain GET form: it works without JavaScript)."""

    type = forms.ChoiceField(
        label=_("Type of event"),
        required=False,
        choices=[("", _("All types")), *EventType.choices],
        widget=QuickSelect,
        error_messages={"invalid_choice": _("There is no such type of event: choose one.")},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *settings.LANGUAGES],
        widget=QuickSelect,
        error_messages={"invalid_choice": _("We hold no events in that language: choose one.")},
    )
