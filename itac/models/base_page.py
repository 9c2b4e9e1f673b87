from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from itac.panels import TitlePanel
from itac.paths import in_visitor_language
from itac.renditions import SOCIAL_IMAGE


class BasePage(Page):
    """What every public page has: card fields, social-sharing fields and a search-engine switch."""

    listing_summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for cards, search results and feeds."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("card image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards that link to this page."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks (1200 x 630 works best)."),
    )
    social_text = models.CharField(
        _("social sharing text"),
        max_length=255,
        blank=True,
        help_text=_("Shown when the page is shared; the summary is used when empty."),
    )
    hide_from_search_engines = models.BooleanField(
        _("hide from search engines"),
        default=False,
        help_text=_("Ask search engines not to list this page."),
    )

    # wagtail-localize: words are translated; the slug stays the same in every language so
    # that /ar/share-your-story/ mirrors /share-your-story/; images and switches are shared.
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        TranslatableField("social_text"),
        SynchronizedField("slug"),
        SynchronizedField("listing_image"),
        SynchronizedField("social_image"),
        SynchronizedField("hide_from_search_engines"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    # Sub-addresses (after the page's own, like "thanks/") that robots.txt keeps crawlers out
    # of: what a form shows after it was sent.
    private_subpaths = ()

    content_panels = [TitlePanel("title")]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Cards"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("social_image"),
                FieldPanel("social_text"),
                FieldPanel("hide_from_search_engines"),
            ],
            heading=_("Sharing and search engines"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def share_description(self):
        """What sharing previews and the meta description say about the page."""
        return self.social_text or self.listing_summary or self.search_description

    # Open Graph type of the page (stories are articles).
    og_type = "website"

    def share_card_content(self):
        """What the generated share card says (itac.share_cards); pages override the lines."""
        from itac.share_cards import ShareCardContent

        language = self.share_card_language()
        with translation.override(language):
            subline = self.share_card_subline()
            return ShareCardContent(
                direction="rtl" if translation.get_language_bidi() else "ltr",
                headline=self.title,
                subline=subline,
                kicker=str(_("It Takes A Community")),
                background=self.listing_image if self.listing_image_id else None,
                alt=f"{self.title}. {subline}".strip(". "),
            )

    def share_card_language(self):
        """The language of the card's own words (the campaign's name, labels)."""
        from itac.locales import language_code_of

        return language_code_of(self.locale_id)

    def share_card_subline(self):
        return self.share_description[:160]

    def structured_data(self, request=None):
        """schema.org JSON-LD for search engines (itac.structured_data); none by default."""
        return None

    def share_image_urls(self, request=None):
        """Absolute addresses of the pictures that stand for this page (JSON-LD `image`)."""
        from itac.public_url import absolute_url
        from itac.share_cards import share_image_for

        if self.social_image_id:
            url = self.social_image.get_rendition(SOCIAL_IMAGE).url
        else:
            card = share_image_for(self)
            url = card.url if card else ""
        if url and url.startswith("/"):
            url = absolute_url(url, request)
        return [url] if url else []

    def get_view_restrictions(self):
        """Wagtail's view restrictions of this page and its ancestors: none without a query
        while no page of the site has one (the usual case for a public campaign), which
        Wagtail asks on every page served (two queries). Known per pages version
        (itac.page_cache: a restriction added or removed sets a new one)."""
        from wagtail.models import PageViewRestriction

        from itac.page_cache import any_view_restrictions

        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_url_parts(self, request=None):
        """Wagtail's address, with two campaign rules: under the visitor's language prefix when
        this page is the default-language version served for a missing translation
        (itac.paths), and on PUBLIC_BASE_URL when it is set (itac.public_url: one public address
        for every absolute link, whatever the Site record's host and port)."""
        parts = super().get_url_parts(request=request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        base = getattr(settings, "PUBLIC_BASE_URL", "")
        if base and root_url is not None:
            root_url = base.rstrip("/")
        return site_id, root_url, in_visitor_language(page_path, self.locale_id)


class IndexPage(BasePage):
    """The one index of a kind of page, under the home page (the story library, the partner
    directory, the event list): an introduction under its title. Each says its `subpage_types`."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["itac.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
