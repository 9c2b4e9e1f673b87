"""RSS feed of the newest stories, for the whole library or one theme (/stories/feed/?theme=)."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from itac.text import one_line
from stories.models import StoryPage, Theme
from stories.queries import newest_first

FEED_SIZE = 30


class StoryFeed(Feed):
    """Titles, summaries, links, dates and themes: public fields only."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        slug = request.GET.get("theme", "").strip()
        if not slug:
            return None
        theme = Theme.objects.filter(locale_id=self.index_page.locale_id, slug=slug).first()
        if theme is None:
            raise Http404(_("There is no theme called “%s”.") % slug[:80])
        return theme

    def title(self, theme):
        if theme:
            return _("It Takes A Community: stories about %s") % one_line(theme.name)
        return _("It Takes A Community: stories")

    def link(self, theme):
        url = self.index_page.get_url(request=self.request)
        return f"{url}?theme={theme.slug}" if theme else url

    def description(self, theme):
        return one_line(self.index_page.listing_summary) or _(
            "Stories of how migrants and refugees strengthen the communities they live in."
        )

    def items(self, theme):
        stories = StoryPage.objects.live().child_of(self.index_page).prefetch_related("themes")
        if theme:
            stories = stories.filter(themes=theme)
        return newest_first(stories)[:FEED_SIZE]

    # Every field on one line and without control characters, which XML 1.0 cannot carry.
    def item_title(self, story):
        return one_line(story.title)

    def item_description(self, story):
        return one_line(story.summary)

    def item_link(self, story):
        return story.get_full_url(request=self.request)

    def item_pubdate(self, story):
        return timezone.make_aware(
            datetime.datetime.combine(story.date_published, datetime.time(12))
        )

    def item_categories(self, story):
        return [one_line(theme.name) for theme in story.themes.all()]
