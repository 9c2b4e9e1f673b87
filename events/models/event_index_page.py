import time

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from events.calendar import event_calendar_response
from events.fields import language_filter
from itac.models import IndexPage
from itac.page_cache import kept_listing, public

PAST_EVENTS_PER_PAGE = 12


def events_for_listing(queryset):
    """Event pages ready for cards: the card image joined, its renditions loaded for the cards
    not kept ({% event_cards %})."""
    return queryset.defer_streamfields().select_related("listing_image")


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The events at /events/: upcoming first, then past ones, and a calendar feed."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event list")

    def published_events(self):
        """The live, public events under this list."""
        from events.models import EventPage

        return public(EventPage.objects.child_of(self).live())

    def upcoming_events(self):
        """Events not over yet, soonest first."""
        return self.published_events().filter(end__gte=timezone.now()).order_by("start", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def draw():
            return render_to_string(
                "events/components/event_listing.html",
                {**context, **self.listing_context(request)},
                request,
            )

        # The listing as drawn for this address, kept by each process until a page changes, and
        # a minute at most: events move from upcoming to past as they end
        # (itac.page_cache.kept_listing).
        context["event_listing"] = kept_listing(request, draw, versions=[int(time.time() // 60)])
        return context

    def listing_context(self, request):
        """The upcoming and past events the request's filters and page ask for."""
        from events.forms import EventFilterForm

        form = EventFilterForm(request.GET)
        events = events_for_listing(self.published_events())
        if form.is_valid():
            if form.cleaned_data["type"]:
                events = events.filter(event_type=form.cleaned_data["type"])
            if form.cleaned_data["language"]:
                events = events.filter(
                    **language_filter("languages", form.cleaned_data["language"])
                )
        else:
            # An unknown type or language matches nothing; the form says why.
            events = events.none()
        now = timezone.now()
        past = Paginator(events.filter(end__lt=now).order_by("-start", "-pk"), PAST_EVENTS_PER_PAGE)
        past_page = past.get_page(request.GET.get("page"))
        upcoming = []
        if past_page.number == 1:
            upcoming = list(events.filter(end__gte=now).order_by("start", "pk"))
        return {
            "filter_form": form,
            "is_filtered": any(form.data.get(name) for name in form.fields),
            "upcoming_events": upcoming,
            "past_page": past_page,
            "past_count": past.count,
        }

    @path("")
    def listing(self, request):
        return self.render(request)

    # Reached at /events/feed.ics through events/urls.py (page URLs allow no dot).
    @path("feed.ics/", name="feed")
    def feed(self, request):
        """Every upcoming event as a calendar visitors can subscribe to."""
        events = list(self.upcoming_events())
        return event_calendar_response(
            events, request, "events.ics", name=_("It Takes A Community events")
        )
