from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """What a story is about (inclusion, work and business, language, ...); stories filter by it."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in filtered listing and feed addresses.")
    )
    description = models.TextField(_("description"), blank=True, max_length=300)
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=0)

    # The slug stays the same in every language: filtered listing and feed addresses use it.
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), "sort_order"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("story theme")
        verbose_name_plural = _("story themes")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="stories_theme_unique_slug")
        ]

    def __str__(self):
        return self.name
