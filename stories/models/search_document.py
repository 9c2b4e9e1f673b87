from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class StorySearchDocument(models.Model):
    """What the public story search matches and ranks: one weighted text vector per story.

    Kept in its own table, beside the page, so that revisions, copies and translations of a
    story never carry it. On PostgreSQL it is rebuilt whenever the story is saved in full
    (creating or publishing it; stories.search) and GIN-indexed (migration 0002); on SQLite
    the table stays empty and the library falls back to Wagtail's search backend.
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

    class Meta:
        verbose_name = _("story search document")

    def __str__(self):
        return f"{self.story_id} ({self.config})"
