"""The campaign's partners: categories, the directory, partner pages and partner accounts."""

from django_countries.fields import CountryField

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from itac.blocks import RICH_TEXT_FEATURES
from itac.models import BasePage


class PartnerCategory(TranslatableMixin, index.Indexed, models.Model):
    """A group of partners in the directory (local and national governments, civil society, ...)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in the category's URL."))
    description = models.TextField(_("description"), blank=True, max_length=300)
    sort_order = models.PositiveSmallIntegerField(_("order in the directory"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), "sort_order"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("partner category")
        verbose_name_plural = _("partner categories")

    def __str__(self):
        return self.name


class PartnerRole(models.TextChoices):
    CO_CHAIR = "co-chair", _("Co-chair")
    IMPLEMENTER = "implementer", _("Implementer")
    ADVISING_CITY = "advising-city", _("Advising city")
    ADVISING_NETWORK = "advising-network", _("Advising network")
    MECHANISM = "mechanism", _("GFMD mechanism")
    FUNDER = "funder", _("Funder")
    STORY_PARTNER = "story-partner", _("Story partner")
    FOOTAGE_DONOR = "footage-donor", _("Footage donor")
    SUPPORTER = "supporter", _("Supporter")


class PartnerIndexPage(BasePage):
    """The partner directory at /partners/."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    subpage_types = ["partners.PartnerPage"]
    parent_page_types = ["itac.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner directory")


class PartnerPage(BasePage):
    """One partner organisation, city or network, and its part in the campaign."""

    category = models.ForeignKey(
        PartnerCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="partners",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tag = models.CharField(
        _("short tag"), max_length=40, blank=True, help_text=_('A word or two, such as "Mayors".')
    )
    role = models.CharField(
        _("role in the campaign"), max_length=30, choices=PartnerRole.choices, blank=True
    )
    role_summary = models.CharField(
        _("one-line role"), max_length=160, blank=True, help_text=_("Shown on the partner's card.")
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    website = models.URLField(_("website"), blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    cities = models.CharField(
        _("cities"), max_length=255, blank=True, help_text=_("Separate cities with commas.")
    )
    # For campaign staff only: never rendered on public pages.
    contact_email = models.EmailField(_("contact email (staff only)"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("tag"),
                FieldPanel("role"),
                FieldPanel("role_summary"),
                FieldPanel("logo"),
            ],
            heading=_("In the directory"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("countries"), FieldPanel("cities")],
            heading=_("Where it works"),
        ),
        FieldPanel("contact_email", permission="partners.change_partnerpage"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("tag"),
        index.FilterField("category"),
    ]
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")

    @property
    def city_list(self):
        return [city.strip() for city in self.cities.split(",") if city.strip()]


class PartnerMembership(models.Model):
    """Ties a partner user account to its organisation: partner users act for it alone."""

    partner = models.ForeignKey(PartnerPage, on_delete=models.CASCADE, related_name="memberships")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_membership"
    )

    class Meta:
        verbose_name = _("partner member")
        verbose_name_plural = _("partner members")

    def __str__(self):
        return f"{self.user} ({self.partner})"
