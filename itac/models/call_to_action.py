from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from itac.blocks import page_or_address_error
from itac.paths import visitor_page_url


class CallToAction(TranslatableMixin, index.Indexed, models.Model):
    """A reusable invitation to act (heading, text, button) that editors place on any page.

    Shared by every app's pages (itac.blocks.CallToActionBlock), so it belongs to the base."""

    heading = models.CharField(_("heading"), max_length=80)
    text = models.TextField(_("text"), max_length=300, blank=True)
    button_text = models.CharField(_("button text"), max_length=40)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    link_url = models.URLField(_("or an address"), blank=True)

    # The linked page is shared: `url` leads to its translation in the visitor's language.
    override_translatable_fields = [
        TranslatableField("heading"),
        TranslatableField("text"),
        TranslatableField("button_text"),
        SynchronizedField("link_page"),
        SynchronizedField("link_url"),
    ]

    panels = [
        FieldPanel("heading"),
        FieldPanel("text"),
        FieldPanel("button_text"),
        PageChooserPanel("link_page"),
        FieldPanel("link_url"),
    ]
    search_fields = [index.SearchField("heading"), index.AutocompleteField("heading")]

    class Meta(TranslatableMixin.Meta):
        # Kept from when the snippet lived in the actions app: moving it changed no data.
        db_table = "actions_calltoaction"
        verbose_name = _("call to action")
        verbose_name_plural = _("calls to action")

    def __str__(self):
        return self.heading

    def clean(self):
        super().clean()
        message = page_or_address_error(self.link_page_id, self.link_url)
        if message:
            # Both: the address is the one to remove; neither: a page is the one to choose.
            raise ValidationError({"link_url" if self.link_page_id else "link_page": message})

    @property
    def url(self):
        """Where the button leads, in the visitor's language when the page is translated."""
        if self.link_page_id:
            return visitor_page_url(self.link_page)
        return self.link_url
