from django.db import models
from django.utils.translation import gettext_lazy as _

from itac.models.taxonomy import OrderedTaxonomy


class Theme(OrderedTaxonomy):
    """What a story is about (inclusion, work and business, language, ...); stories filter by it."""

    # The slug stays the same in every language: filtered listing and feed addresses use it.
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in filtered listing and feed addresses.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=0)

    class Meta(OrderedTaxonomy.Meta):
        verbose_name = _("story theme")
        verbose_name_plural = _("story themes")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="stories_theme_unique_slug")
        ]
