from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from itac.blocks import BodyStreamBlock, CallToActionBlock, ContentPageStreamBlock
from itac.page_cache import KEPT_PAGES, pages_version
from itac.sections import HOME_PAGE_SECTIONS, section_templates

from .base_page import BasePage


class HomePage(BasePage):
    """The campaign's front door: its message, its three main actions, and what is new."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Decorative: the hero text must make sense without it."),
    )
    main_actions = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=3,
        verbose_name=_("main calls to action"),
        help_text=_("Up to three actions, most important first."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more about the campaign"))

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        TranslatableField("main_actions"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    search_fields = [*BasePage.search_fields, index.SearchField("hero_text")]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("main_actions"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request=None):
        """The campaign itself, as an Organization, on its front door."""
        from itac.structured_data import campaign_organization

        organization = campaign_organization(request, with_links=True)
        organization["description"] = self.share_description or self.hero_text
        return organization

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pages_version"] = pages_version()
        # What the apps show on the front door (stories, pledge counter, events): itac.sections.
        context["sections"] = section_templates(HOME_PAGE_SECTIONS)
        return context

    @property
    def localized(self):
        """Wagtail's `localized` (the live translation in the active language, else this page),
        as its specific page, kept per process until a page changes: every request asks for it
        (Page.route_for_request)."""
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):
            return self
        if locale.id == self.locale_id:
            return self
        return KEPT_PAGES.get(
            ("home", self.pk, locale.id), lambda: TranslatableMixin.localized.fget(self).specific
        )

    def child_page(self, slug):
        """The child page (live or not, as Wagtail's routing finds it) with this slug, as its
        specific page, or None: kept per process until a page changes, as the home page is."""
        slugs = KEPT_PAGES.get(
            ("children", self.pk), lambda: dict(self.get_children().values_list("slug", "pk"))
        )
        pk = slugs.get(slug)
        if pk is None:
            return None
        return KEPT_PAGES.get(("page", pk), lambda: Page.objects.get(pk=pk).specific)

    def route(self, request, path_components):
        """Wagtail's routing, with this page's children kept (`child_page`); a page not yet
        translated into this home page's language is served in the default language (under the
        visitor's interface language) rather than answering 404."""
        try:
            if not path_components:
                return super().route(request, path_components)
            child = self.child_page(path_components[0])
            if child is None:
                raise Http404
            return child.route(request, path_components[1:])
        except Http404:
            default_locale = Locale.get_default()
            if not path_components or default_locale.pk == self.locale_id:
                raise
            default = KEPT_PAGES.get(
                ("home", self.pk, default_locale.pk),
                lambda: getattr(self.get_translation_or_none(default_locale), "specific", None),
            )
            if default is None:
                raise
            return default.route(request, path_components)


class StandardPage(BasePage):
    """Any plain content page: About, Privacy, and the like."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(ContentPageStreamBlock(), blank=True, verbose_name=_("body"))

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")
