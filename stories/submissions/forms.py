"""The "Share your story" and "Remove my story" forms."""

from functools import lru_cache

from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from itac.forms import (
    QuickSelect,
    RecordChoiceField,
    RecordMultipleChoiceField,
    SpamProtectedForm,
)
from partners.models import PartnerPage
from stories.models import StorytellerDisplay, Theme, story_language_choices
from stories.models.story_page import name_appears_in

from . import consent
from .models import Relationship
from .photos import check_photo_header, clean_photo

TITLE_MAX = 120
STORY_MAX = 10_000
STORY_MIN = 100


def country_choices():
    # An empty first choice: a skipped question is never filed under the first country.
    return [("", _("Choose a country")), *countries]


@lru_cache(maxsize=32)
def country_options(language):
    """The country list's (value, label) in one language, translated and sorted once per process
    (a form shown again with an error costs no sorting of 249 names)."""
    return tuple((str(code), str(name)) for code, name in country_choices())


class CountrySelect(QuickSelect):
    """The country <select>, its choices named by `country_options` (listed once per language)."""

    def choice_texts(self):
        return country_options(get_language())


class ShareStoryForm(SpamProtectedForm):
    """Everything a storyteller may send. Anything else in the POST is ignored.

    Every limit is stated in the help text, and every error names its question. The photo is
    only checked from its header here; it is decoded (the costly part) by `decode_photo()`,
    which the view calls once everything else is valid and the attempt has been counted.
    A story is stored once per form sent, however many times it arrives (`idempotent`).
    """

    idempotent = True

    title = forms.CharField(
        label=_("Title of your story"),
        max_length=TITLE_MAX,
        help_text=_(
            "At most 120 characters. For example: It Takes A Community to open a kitchen. "
            "Please keep names out of the title unless you want to be shown by your full name."
        ),
        error_messages={
            "required": _("Give your story a title."),
            "max_length": _(
                "Shorten the title to at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    story = forms.CharField(
        label=_("Your story"),
        min_length=STORY_MIN,
        max_length=STORY_MAX,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "Between 100 and 10,000 characters. Plain text; leave an empty line between paragraphs."
        ),
        error_messages={
            "required": _("Write your story."),
            "min_length": _(
                "Your story needs at least %(limit_value)d characters (it has %(show_value)d): "
                "tell us a little more."
            ),
            "max_length": _(
                "Shorten your story to at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    storyteller_display = forms.ChoiceField(
        label=_("How do you want to be shown?"),
        choices=StorytellerDisplay.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how you want to be shown."),
            "invalid_choice": _("Choose how you want to be shown from the list."),
        },
    )
    storyteller_name = forms.CharField(
        label=_("The name to show"),
        max_length=100,
        required=False,
        help_text=_(
            "At most 100 characters. Your full name, your first name or a pseudonym, as you "
            "chose above. Leave empty if anonymous."
        ),
        error_messages={
            "max_length": _(
                "Shorten the name to show to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    relationship = forms.ChoiceField(
        label=_("Whose story is it?"),
        choices=Relationship.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whose story it is."),
            "invalid_choice": _("Choose whose story it is from the list."),
        },
    )
    city = forms.CharField(
        label=_("City or town"),
        max_length=100,
        required=False,
        help_text=_("At most 100 characters. Leave empty if naming the place could identify you."),
        error_messages={
            "max_length": _(
                "Shorten the city or town to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    country = LazyTypedChoiceField(
        label=_("Country"),
        choices=country_choices,
        widget=CountrySelect,
        error_messages={
            "required": _("Choose the country where it happened."),
            "invalid_choice": _("Choose the country where it happened from the list."),
        },
    )
    themes = RecordMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose any that fit, or none."),
        error_messages={
            "invalid_choice": _("Choose themes from the list."),
            "invalid_pk_value": _("Choose themes from the list."),
            "invalid_list": _("Choose themes from the list."),
        },
    )
    told_in_language = forms.ChoiceField(
        label=_("Language the story is told in"),
        error_messages={
            "required": _("Choose the language the story is told in."),
            "invalid_choice": _("Choose the language the story is told in from the list."),
        },
    )
    photo = forms.FileField(
        label=_("A photo"),
        required=False,
        help_text=_(
            "JPEG, PNG or WebP, at most 10 MB and 40 megapixels. We remove the hidden "
            "information in photos (such as where they were taken) before storing them."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "invalid": _("Choose the photo again: it did not arrive as a file."),
            "empty": _("The photo file is empty. Choose another photo."),
            "missing": _("Choose the photo again: it did not arrive as a file."),
        },
    )
    photo_alt = forms.CharField(
        label=_("Describe the photo"),
        max_length=250,
        required=False,
        help_text=_("At most 250 characters. For people who cannot see it: who or what it shows."),
        error_messages={
            "max_length": _(
                "Shorten the photo's description to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    partner = RecordChoiceField(
        label=_("Partner organisation"),
        queryset=PartnerPage.objects.none(),
        required=False,
        empty_label=_("No partner organisation"),
        help_text=_("If a campaign partner helped you share this story."),
        error_messages={"invalid_choice": _("Choose a partner organisation from the list.")},
    )
    contact_email = forms.EmailField(
        label=_("Your email"),
        required=False,
        help_text=_("Never published. Only our moderators see it."),
        error_messages={"invalid": _("Enter your email like name@example.org.")},
    )
    consent_publish_story = forms.BooleanField(
        label=consent.CONSENT_PUBLISH_STORY,
        required=True,
        error_messages={"required": _("To send your story, agree that we may publish it.")},
    )
    consent_publish_photo = forms.BooleanField(label=consent.CONSENT_PUBLISH_PHOTO, required=False)
    consent_contact = forms.BooleanField(label=consent.CONSENT_CONTACT, required=False)

    def __init__(self, *args, partner=None, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fixed_partner = partner
        self.fields["themes"].queryset = Theme.objects.filter(locale__language_code="en").order_by(
            "sort_order", "name"
        )
        self.fields["told_in_language"].choices = [
            ("", _("Choose a language")),
            *story_language_choices(),
        ]
        if language and not self.is_bound:
            self.initial["told_in_language"] = language
        if partner is not None:
            # A partner's account always sends for its own organisation.
            del self.fields["partner"]
        else:
            self.fields["partner"].queryset = (
                PartnerPage.objects.live().filter(locale__language_code="en").order_by("title")
            )
        self.name_choices_in_visitor_language()

    def name_choices_in_visitor_language(self):
        """Themes and partners are chosen among the default language's (a story is filed there),
        but shown by the names of their translations in the visitor's language."""
        locale = Locale.get_active()
        if locale.pk == Locale.get_default().pk:
            return
        theme_names = dict(
            Theme.objects.filter(locale=locale).values_list("translation_key", "name")
        )
        self.fields["themes"].label_from_instance = lambda theme: theme_names.get(
            theme.translation_key, theme.name
        )
        if "partner" in self.fields:
            partner_names = dict(
                PartnerPage.objects.live()
                .filter(locale=locale)
                .values_list("translation_key", "title")
            )
            self.fields["partner"].label_from_instance = lambda partner: partner_names.get(
                partner.translation_key, partner.title
            )

    def clean_photo(self):
        """Only what the header tells (size, format, pixels): cheap, so done for every form."""
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        check_photo_header(upload)
        return upload

    @property
    def has_photo(self):
        return bool(self.is_bound and self.cleaned_data.get("photo"))

    def decode_photo(self):
        """Decode the checked photo and strip it (the costly part); False, with the error on the
        photo question, when it cannot be read."""
        try:
            self.cleaned_data["photo"] = clean_photo(self.cleaned_data["photo"])
        except forms.ValidationError as error:
            self.add_error("photo", error)
            return False
        return True

    def clean(self):
        cleaned = super().clean()
        display = cleaned.get("storyteller_display")
        name = (cleaned.get("storyteller_name") or "").strip()
        if display == StorytellerDisplay.ANONYMOUS:
            cleaned["storyteller_name"] = ""
        elif display and not name:
            self.add_error(
                "storyteller_name",
                _("Give the name to show, or choose to be shown as anonymous."),
            )
        elif (
            display
            and display != StorytellerDisplay.FULL_NAME
            and cleaned.get("title")
            and name_appears_in(name, cleaned["title"])
        ):
            self.add_error(
                "title",
                _("Keep the name out of the title: you chose not to be shown by your full name."),
            )
        if cleaned.get("photo"):
            if not cleaned.get("consent_publish_photo"):
                self.add_error(
                    "consent_publish_photo",
                    _("To send a photo, agree that it may be published, or remove the photo."),
                )
            if not (cleaned.get("photo_alt") or "").strip():
                self.add_error("photo_alt", _("Describe the photo for people who cannot see it."))
        if cleaned.get("consent_contact") and not cleaned.get("contact_email"):
            self.add_error(
                "contact_email",
                _("Give an email address so that we can write to you, or untick the box."),
            )
        return cleaned

    @property
    def photo_needs_choosing_again(self):
        """A photo was sent with a form that has errors: browsers cannot keep it, so say so."""
        return self.is_bound and bool(self.files.get("photo")) and bool(self.errors)

    @property
    def partner_for_submission(self):
        if self.fixed_partner is not None:
            return self.fixed_partner
        return self.cleaned_data.get("partner")


class RemovalRequestForm(SpamProtectedForm):
    contact_email = forms.EmailField(
        label=_("The email you gave with your story"),
        required=False,
        help_text=_("Leave empty if you did not give one, and tell us about the story below."),
    )
    story_address = forms.CharField(
        label=_("The story's address or title"),
        max_length=300,
        required=False,
    )
    message = forms.CharField(
        label=_("Anything you want to tell us"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("You do not need to give a reason."),
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if not (
            cleaned.get("contact_email") or cleaned.get("story_address") or cleaned.get("token")
        ):
            raise forms.ValidationError(
                _(
                    "Give the email you used or the story's address or title, "
                    "so that we can find it."
                )
            )
        return cleaned
