from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class OrderedTaxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A translatable, ordered list editors keep (story themes, partner categories).

    The name and description are translated; the slug, which addresses use, and the order
    stay the same in every language. Subclasses add `slug` and `sort_order` with their own
    help text.
    """

    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), blank=True, max_length=300)

    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), "sort_order"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
