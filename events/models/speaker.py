from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from itac.text import join_list


class Speaker(TranslatableMixin, index.Indexed, models.Model):
    """Someone who speaks at campaign events; editors pick the same speaker for many events."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=160, blank=True, help_text=_('For example "Director".')
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)

    # A name is the same in every language; role and organisation are translated.
    override_translatable_fields = [SynchronizedField("name")]

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return ", ".join(part for part in (self.name, self.role, self.organisation) if part)

    @property
    def affiliation(self):
        """Role and organisation in one line, as shown under the name."""
        return join_list((self.role, self.organisation))
