from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from itac.models import IndexPage


class StoryIndexPage(RoutablePageMixin, IndexPage):
    """The story library at /stories/: filters, search, and the RSS feed at /stories/feed/."""

    subpage_types = ["stories.StoryPage"]

    class Meta:
        verbose_name = _("story library")

    def route(self, request, path_components):
        """Serve /stories/<slug>/ with one query that also brings the story's image (its themes
        and its partner's card are asked for only when its content is drawn anew,
        StoryPage.get_context and `{% story_partner_card %}`).

        Wagtail's own routing would cost two queries (the child, then its specific page) and
        more for the image and partner; the outcome is the same: 404 unless the story is live.
        """
        if len(path_components) == 1 and self.live and path_components[0] != "feed":
            from stories.models import StoryPage

            story = (
                StoryPage.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related("hero_image")
                .first()
            )
            if story is None:
                raise Http404
            story._cached_parent_obj = self
            return story.route(request, [])
        return super().route(request, path_components)

    @path("")
    def library(self, request):
        from stories.views import library

        return library(request, self)

    @path("feed/")
    def feed(self, request):
        from stories.feeds import StoryFeed

        return StoryFeed(self)(request)
