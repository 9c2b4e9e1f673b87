from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from itac.models import BasePage


class StoryIndexPage(RoutablePageMixin, BasePage):
    """The story library at /stories/: filters, search, and the RSS feed at /stories/feed/."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["itac.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story library")

    @path("")
    def library(self, request):
        from stories.views import library

        return library(request, self)

    @path("feed/")
    def feed(self, request):
        from stories.feeds import StoryFeed

        return StoryFeed(self)(request)
