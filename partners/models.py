"""The campaign's partners: categories, the directory, partner pages and partner accounts."""

import re

from django_countries.fields import CountryField

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from itac.blocks import RICH_TEXT_FEATURES
from itac.models import BasePage, IndexPage
from itac.models.taxonomy import OrderedTaxonomy
from itac.page_cache import kept_listing
from itac.panels import restricted
from itac.renditions import CARD_LOGO
from itac.sections import section_templates
from itac.text import join_list

from .permissions import PartnerProfileTester, PartnerReferencesForm

# A partner account edits its own profile's description, logo and website; everything else
# on a partner page is for campaign staff.
STAFF_ONLY = "partners.change_partnerpage"

# The hook under which apps add sections to a partner page (itac.sections).
PARTNER_PAGE_SECTIONS = "partners_partner_page_sections"

# Only a slug-shaped path component is looked up as a category (never NUL bytes and the like).
SLUG_PATTERN = re.compile(r"[-a-zA-Z0-9_]+")


class PartnerCategory(OrderedTaxonomy):
    """A group of partners in the directory (local and national governments, civil society, ...)."""

    # The slug stays the same in every language: /partners/<slug>/ serves the category.
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in the category's URL."))
    sort_order = models.PositiveSmallIntegerField(_("order in the directory"), default=0)

    class Meta(OrderedTaxonomy.Meta):
        verbose_name = _("partner category")
        verbose_name_plural = _("partner categories")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_category_slug_per_locale"
            )
        ]

    def clean(self):
        super().clean()
        # /partners/<slug>/ serves this category, so no partner page may hold the same slug.
        if self.slug and PartnerPage.objects.filter(slug=self.slug).exists():
            raise ValidationError(
                {"slug": _("A partner page already uses this slug; choose another one.")}
            )


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


class PartnerIndexPage(IndexPage):
    """The partner directory at /partners/, with one listing per category at /partners/<slug>/.

    A category's slug is looked up before the child pages (partner pages cannot take a
    category's slug, see PartnerPage.clean), and anything else falls through to them.
    """

    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner directory")

    def route(self, request, path_components):
        if self.live and len(path_components) == 1 and SLUG_PATTERN.fullmatch(path_components[0]):
            category = PartnerCategory.objects.filter(
                locale_id=self.locale_id, slug=path_components[0]
            ).first()
            if category is not None:
                return RouteResult(self, kwargs={"category": category})
        return super().route(request, path_components)

    def category_url(self, category, request=None):
        """The listing URL of one category under this directory."""
        return f"{self.get_url(request=request)}{category.slug}/"

    def get_context(self, request, *args, category=None, **kwargs):
        from .directory import directory_context

        context = super().get_context(request, *args, **kwargs)
        context["category"] = category

        def draw():
            directory = directory_context(self, request, category)
            return {
                "html": render_to_string(
                    "partners/components/directory.html", {**context, **directory}, request
                ),
                "has_errors": bool(directory["filter_form"].errors),
            }

        # The directory as drawn for this address (a category, a country), kept by each process
        # until a page changes (itac.page_cache.kept_listing).
        context["directory_listing"] = kept_listing(request, draw)
        return context


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
        help_text=_("Give the image a description: it is the logo's alternative text."),
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

    # The category follows the page into each language; facts about the partner are shared.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("category"),
        TranslatableField("tag"),
        TranslatableField("role_summary"),
        TranslatableField("description"),
        TranslatableField("cities"),
        SynchronizedField("logo"),
        SynchronizedField("role"),
        SynchronizedField("website"),
        SynchronizedField("countries"),
        SynchronizedField("contact_email"),
    ]

    content_panels = [
        *restricted(BasePage.content_panels, STAFF_ONLY),
        MultiFieldPanel(
            [
                *restricted(
                    [
                        FieldPanel("category"),
                        FieldPanel("tag"),
                        FieldPanel("role"),
                        FieldPanel("role_summary"),
                    ],
                    STAFF_ONLY,
                ),
                FieldPanel("logo"),
            ],
            heading=_("In the directory"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                *restricted(
                    [
                        # Ticked in a scrolling box (static/partners/admin.css), not Ctrl-clicked.
                        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
                        FieldPanel("cities"),
                    ],
                    STAFF_ONLY,
                ),
            ],
            heading=_("Where it works"),
        ),
        FieldPanel("contact_email", permission=STAFF_ONLY),
    ]
    promote_panels = restricted(BasePage.promote_panels, STAFF_ONLY)
    base_form_class = PartnerReferencesForm
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

    def clean(self):
        super().clean()
        # The directory serves /partners/<category-slug>/ before its child pages.
        if self.slug and PartnerCategory.objects.filter(slug=self.slug).exists():
            raise ValidationError(
                {"slug": _("A partner category already uses this slug; choose another one.")}
            )

    def structured_data(self, request=None):
        """The partner as a schema.org Organization."""
        from itac.structured_data import image_url

        page_url = self.get_full_url(request)
        organization = {
            "@type": "Organization",
            "name": self.title,
            "url": self.website or page_url,
            "mainEntityOfPage": page_url,
            "description": self.role_summary or self.share_description,
        }
        if self.website:
            organization["sameAs"] = [self.website]
        if self.logo_id:
            organization["logo"] = image_url(self.logo, CARD_LOGO, request)
        if self.countries:
            organization["areaServed"] = [country.name for country in self.countries]
        return organization

    @property
    def city_list(self):
        return [city.strip() for city in self.cities.split(",") if city.strip()]

    @property
    def country_names(self):
        """The countries it works in, by name, for exports and screen readers."""
        return join_list(country.name for country in self.countries)

    country_names.fget.short_description = _("countries")

    def permissions_for_user(self, user):
        return PartnerProfileTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        directory = PartnerIndexPage.objects.parent_of(self).first()
        if directory is not None:
            context["directory"] = directory
            context["category_url"] = directory.category_url(self.category, request)
        # What the apps show of the partner (its stories, its events): itac.sections.
        context["sections"] = section_templates(PARTNER_PAGE_SECTIONS)
        return context


class PartnerMembership(models.Model):
    """Ties a partner user account to its organisation: partner users act for it alone."""

    partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
        limit_choices_to={"groups__name": "Partners"},
        help_text=_("Only accounts in the Partners group can be tied to a partner."),
    )

    class Meta:
        verbose_name = _("partner member")
        verbose_name_plural = _("partner members")

    def __str__(self):
        return f"{self.user} ({self.partner})"
