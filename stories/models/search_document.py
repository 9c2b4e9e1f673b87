from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class StorySearchDocument(models.Model):
    """What the public story search matches and ranks: one weighted text vector per story,
    beside a copy of what the library filters on.

    Kept in its own table, beside the page, so that revisions, copies and translations of a
    story never carry it. On PostgreSQL it is rebuilt whenever the story is saved in full
    (creating, publishing or unpublishing it; stories.search), its filter columns again when
    it is published, unpublished or moved (stories.signals), and one GIN index holds the
    vector with the filters (migration 0005), so that a search with filters is one index scan;
    on SQLite the table stays empty and the library falls back to Wagtail's search backend.
    """

    story = models.OneToOneField(
        "stories.StoryPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    # The text search configuration the vector was built with (itac_english, itac_simple, ...).
    config = models.CharField(_("text search configuration"), max_length=40)
    search_vector = SearchVectorField(null=True)

    # Copies of the story's columns the library filters and orders on, written with the vector
    # from the story's rows (stories.search.write_rows, refresh_filters).
    live = models.BooleanField(_("live"), default=False)
    # The page the story is a child of: its library.
    library_id = models.IntegerField(_("library"), null=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    told_in_language = models.CharField(_("language it was told in"), max_length=10, blank=True)
    partner_id = models.IntegerField(_("partner"), null=True)
    # Ids of the story's themes (a translation links its original's themes); {} when none.
    theme_ids = ArrayField(models.BigIntegerField(), verbose_name=_("themes"), null=True)
    date_published = models.DateField(_("date published"), null=True)

    class Meta:
        verbose_name = _("story search document")
        indexes = [
            # The newest matches of a word most stories use: walked newest first, each story's
            # vector checked, stopping at the search's limit.
            models.Index(
                fields=["library_id", "-date_published", "-story"],
                condition=models.Q(live=True),
                name="stories_search_newest",
            ),
        ]

    def __str__(self):
        return f"{self.story_id} ({self.config})"
