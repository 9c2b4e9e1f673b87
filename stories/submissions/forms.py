"""The "Share your story" and "Remove my story" forms."""

from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from itac.forms import SpamProtectedForm
from partners.models import PartnerPage
from stories.models import StorytellerDisplay, Theme, story_language_choices
from stories.models.story_page import name_appears_in

from . import consent
from .models import Relationship
from .photos import clean_photo

TITLE_MAX = 120
STORY_MAX = 10_000
STORY_MIN = 100


class ShareStoryForm(SpamProtectedForm):
    """Everything a storyteller may send. Anything else in the POST is ignored."""

    title = forms.CharField(
        label=_("Title of your story"),
        max_length=TITLE_MAX,
        help_text=_(
            "For example: It Takes A Community to open a kitchen. Please keep names out of the "
            "title unless you want to be shown by your full name."
        ),
    )
    story = forms.CharField(
        label=_("Your story"),
        min_length=STORY_MIN,
        max_length=STORY_MAX,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "Plain text; leave an empty line between paragraphs. At most 10,000 characters."
        ),
    )
    storyteller_display = forms.ChoiceField(
        label=_("How do you want to be shown?"),
        choices=StorytellerDisplay.choices,
        widget=forms.RadioSelect,
    )
    storyteller_name = forms.CharField(
        label=_("The name to show"),
        max_length=100,
        required=False,
        help_text=_(
            "Your full name, your first name or a pseudonym, as you chose above. "
            "Leave empty if anonymous."
        ),
    )
    relationship = forms.ChoiceField(
        label=_("Whose story is it?"), choices=Relationship.choices, widget=forms.RadioSelect
    )
    city = forms.CharField(
        label=_("City or town"),
        max_length=100,
        required=False,
        help_text=_("Leave empty if naming the place could identify you."),
    )
    country = LazyTypedChoiceField(label=_("Country"), choices=countries)
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    told_in_language = forms.ChoiceField(label=_("Language the story is told in"))
    photo = forms.FileField(
        label=_("A photo"),
        required=False,
        help_text=_(
            "JPEG, PNG or WebP, at most 10 MB and 40 megapixels. We remove the hidden "
            "information in photos (such as where they were taken) before storing them."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    photo_alt = forms.CharField(
        label=_("Describe the photo"),
        max_length=250,
        required=False,
        help_text=_("For people who cannot see it: who or what it shows."),
    )
    partner = forms.ModelChoiceField(
        label=_("Partner organisation"),
        queryset=PartnerPage.objects.none(),
        required=False,
        empty_label=_("No partner organisation"),
        help_text=_("If a campaign partner helped you share this story."),
    )
    contact_email = forms.EmailField(
        label=_("Your email"),
        required=False,
        help_text=_("Never published. Only our moderators see it."),
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
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return clean_photo(upload)

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
