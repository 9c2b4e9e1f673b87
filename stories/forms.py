"""The story library's filter form (a plain GET form: its address can be shared)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from itac.forms import QuickSelect

# Longer searches are cut here (stories.views.read_filters reads at most this many characters).
MAX_QUERY_LENGTH = 200


class StoryFilterForm(forms.Form):
    """The filters as the library offers them: the themes, partners, countries and languages its
    stories have, each list headed by "All ...". Shown unbound with the visitor's known choices
    as initial values; reading them (and saying which are unknown) is stories.views.read_filters.
    """

    # Every field is optional: the library has never marked them so (components/form_field.html).
    all_optional = True

    q = forms.CharField(
        label=_("Search stories"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.SearchInput,
    )
    country = forms.ChoiceField(label=_("Country"), required=False, widget=QuickSelect)
    theme = forms.ChoiceField(label=_("Theme"), required=False, widget=QuickSelect)
    partner = forms.ChoiceField(label=_("Shared by"), required=False, widget=QuickSelect)
    language = forms.ChoiceField(label=_("Told in"), required=False, widget=QuickSelect)

    def __init__(self, filters, *, themes, partners, country_choices, language_choices):
        super().__init__(
            auto_id="story-%s",
            initial={
                "q": filters.params.get("q", ""),
                "country": filters.country,
                "theme": filters.theme.slug if filters.theme else "",
                "partner": filters.partner.slug if filters.partner else "",
                "language": filters.language,
            },
        )
        self.fields["country"].choices = [("", _("All countries")), *country_choices]
        self.fields["theme"].choices = [
            ("", _("All themes")),
            *((theme.slug, theme.name) for theme in themes),
        ]
        self.fields["partner"].choices = [
            ("", _("All partners")),
            *((partner.slug, partner.title) for partner in partners),
        ]
        self.fields["language"].choices = [("", _("All languages")), *language_choices]
