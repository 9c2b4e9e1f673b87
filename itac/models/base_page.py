from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from itac.paths import in_visitor_language


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

    content_panels = [*Page.content_panels]
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

    def get_url_parts(self, request=None):
        """Wagtail's address, under the visitor's language prefix when this page is the
        default-language version served for a missing translation (itac.paths)."""
        url_parts = super().get_url_parts(request=request)
        if not url_parts or url_parts[2] is None:
            return url_parts
        site_id, root_url, page_path = url_parts
        return site_id, root_url, in_visitor_language(page_path, self.locale_id)

    @property
    def share_description(self):
        """What sharing previews and the meta description say about the page."""
        return self.social_text or self.listing_summary or self.search_description
