"""The pledge: a page people sign, and the signatures it gathers."""

from django_countries.fields import CountryField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from actions.blocks import ActionStreamBlock
from itac.blocks import RICH_TEXT_FEATURES
from itac.models import BasePage
from itac.sections import section_templates

# The hook under which apps add sections to a pledge page (itac.sections).
PLEDGE_PAGE_SECTIONS = "actions_pledge_page_sections"


class SignerType(models.TextChoices):
    INDIVIDUAL = "individual", _("An individual")
    ORGANISATION = "organisation", _("An organisation")
    GOVERNMENT = "government", _("A city or government")


class PledgePage(RoutablePageMixin, BasePage):
    """A pledge (or petition) visitors sign; the campaign pledge lives at /pledge/."""

    # What a signer sees after signing is no page for search engines (robots.txt).
    private_subpaths = ("thanks/", "already-pledged/")

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    pledge_text = RichTextField(
        _("pledge text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The words people put their name to."),
    )
    individuals_can_sign = models.BooleanField(_("individuals"), default=True)
    organisations_can_sign = models.BooleanField(_("organisations"), default=True)
    governments_can_sign = models.BooleanField(_("cities and governments"), default=True)
    submit_label = models.CharField(
        _("button text"), max_length=40, default="Take the pledge", help_text=_("On the form.")
    )
    thank_you_heading = models.CharField(
        _("thank-you heading"), max_length=120, default="Thank you for taking the pledge"
    )
    thank_you_text = RichTextField(_("thank-you text"), features=RICH_TEXT_FEATURES, blank=True)
    share_text = models.CharField(
        _("share text"),
        max_length=200,
        blank=True,
        help_text=_("What the share links say before the page address; the title when empty."),
    )
    after_action = StreamField(
        ActionStreamBlock(),
        blank=True,
        verbose_name=_("what to do next"),
        help_text=_("Shown after someone has pledged: other ways to join the campaign."),
    )

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("pledge_text"),
        TranslatableField("submit_label"),
        TranslatableField("thank_you_heading"),
        TranslatableField("thank_you_text"),
        TranslatableField("share_text"),
        TranslatableField("after_action"),
        SynchronizedField("individuals_can_sign"),
        SynchronizedField("organisations_can_sign"),
        SynchronizedField("governments_can_sign"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("pledge_text"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("pledge_text"),
        MultiFieldPanel(
            [
                FieldPanel("individuals_can_sign"),
                FieldPanel("organisations_can_sign"),
                FieldPanel("governments_can_sign"),
            ],
            heading=_("Who can sign"),
        ),
        FieldPanel("submit_label"),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_heading"),
                FieldPanel("thank_you_text"),
                FieldPanel("share_text"),
                FieldPanel("after_action"),
            ],
            heading=_("After pledging"),
        ),
    ]

    class Meta:
        verbose_name = _("pledge page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the apps show of the pledges (the map of where they come from): itac.sections.
        context["sections"] = section_templates(PLEDGE_PAGE_SECTIONS)
        return context

    def clean(self):
        super().clean()
        if not self.signer_types:
            raise ValidationError(
                {"individuals_can_sign": _("Choose at least one kind of signer.")}
            )

    @property
    def signer_types(self):
        """The kinds of signer this pledge accepts, as (value, label) choices in a fixed order."""
        allowed = {
            SignerType.INDIVIDUAL: self.individuals_can_sign,
            SignerType.ORGANISATION: self.organisations_can_sign,
            SignerType.GOVERNMENT: self.governments_can_sign,
        }
        return [(kind.value, kind.label) for kind, is_allowed in allowed.items() if is_allowed]

    # Views: the form (GET/POST), the thank-you states and the public list of signers.
    # They live in actions/views.py; these routes only dispatch to them.

    @path("", name="pledge")
    def pledge_view(self, request):
        from actions.views import pledge_form

        return pledge_form(self, request)

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        from actions.views import pledge_thanks

        return pledge_thanks(self, request, already_pledged=False)

    @path("already-pledged/", name="already_pledged")
    def already_pledged_view(self, request):
        from actions.views import pledge_thanks

        return pledge_thanks(self, request, already_pledged=True)

    @path("signers/", name="signers")
    def signers_view(self, request):
        from actions.views import pledge_signers

        return pledge_signers(self, request)


class PledgeSignature(models.Model):
    """One pledge by a person, an organisation or a government.

    The email is kept only when its owner asked for updates (a database check makes sure),
    and is stored in lower case so the same address signs each pledge only once.
    """

    pledge = models.ForeignKey(
        PledgePage,
        verbose_name=_("pledge"),
        on_delete=models.CASCADE,
        related_name="signatures",
        help_text=_("The pledge in its original language; translations share its signatures."),
    )
    display_name = models.CharField(_("name"), max_length=100, blank=True)
    signer_type = models.CharField(_("signing as"), max_length=20, choices=SignerType.choices)
    country = CountryField(_("country"))
    email = models.EmailField(_("email"), blank=True)
    email_updates = models.BooleanField(_("wants email updates"), default=False)
    show_in_public_list = models.BooleanField(_("name shown in the public list"), default=False)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("signed at"), auto_now_add=True, db_index=True)
    # The hash of the form's submission key (itac.forms): the same form sent twice, by a
    # double click or a proxy retrying on another app server, counts once. Empty (NULL) for
    # pledges taken before keys existed.
    submission_key_hash = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )

    panels = [FieldPanel("display_name"), FieldPanel("show_in_public_list")]

    class Meta:
        verbose_name = _("pledge signature")
        verbose_name_plural = _("pledge signatures")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["pledge", "email"],
                condition=~Q(email=""),
                name="actions_one_pledge_per_email",
            ),
            models.CheckConstraint(
                condition=Q(email="") | Q(email_updates=True),
                name="actions_email_only_with_consent",
            ),
        ]
        indexes = [models.Index(fields=["pledge", "country"], name="actions_pledge_country")]

    def __str__(self):
        return self.display_name or str(_("Anonymous"))
