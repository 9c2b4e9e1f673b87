"""The read API at /api/v2/: stories, partners, events and pledge totals.

Built on Wagtail's API v2, read-only and anonymous. Each endpoint names the fields it shows
(`public_fields`): nothing else of a model can be asked for, filtered on or returned, so a
contact email, a consent record or an account never leaves the site. Only live, public pages
are served. Each answer costs a fixed number of queries whatever the number of rows, and may
be cached by shared proxies.
"""

import re

from django_countries.fields import Country
from rest_framework.fields import CharField, DateField, DateTimeField, Field, URLField

from django.db.models import Count, Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.cache import patch_cache_control

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import RichTextFieldSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images import get_image_model
from wagtail.models import Locale

from actions.models import PledgePage, PledgeSignature
from events.fields import language_codes
from events.models import EventPage
from itac.renditions import CARD_IMAGE, CARD_LOGO
from partners.models import PartnerPage
from reach.stories import StoryFilterError, matching_stories
from stories.models import StoryPage

# How long shared caches (and browsers) may keep an API answer.
API_CACHE_SECONDS = 300
ORDERINGS = {
    "stories": {"date_published", "-date_published", "title", "-title"},
    "partners": {"title", "-title"},
    "events": {"start", "-start"},
}


# --- Fields -----------------------------------------------------------------


class CountryField(Field):
    """A country as its ISO code and its name in the current language."""

    def to_representation(self, country):
        return {"code": country.code, "name": str(country.name)} if country else None


class CountryListField(Field):
    def to_representation(self, countries):
        return [{"code": country.code, "name": str(country.name)} for country in countries]


class TaxonomyListField(Field):
    """Themes (prefetched with the stories): slug and name."""

    def to_representation(self, related):
        return [{"slug": item.slug, "name": item.name} for item in related.all()]


class TaxonomyField(Field):
    def to_representation(self, item):
        return {"slug": item.slug, "name": item.name} if item else None


class PartnerLinkField(Field):
    """The partner a story was shared by: enough to find it, never its private fields."""

    def to_representation(self, partner):
        if partner is None or not partner.live:
            return None
        return {"id": partner.pk, "slug": partner.slug, "title": partner.title}


class ImageField(Field):
    """A public rendition of an image of a live page: address, size and alternative text.

    `alt_source` names the page attribute holding the alternative text, or None to use the
    image's own description (partner logos).
    """

    def __init__(self, spec, image, alt_source=None, decorative_source=None, **kwargs):
        self.spec = spec
        self.image = image
        self.alt_source = alt_source
        self.decorative_source = decorative_source
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        image = getattr(page, self.image)
        if image is None:
            return None
        rendition = image.get_rendition(self.spec)
        request = self.context.get("request")
        url = rendition.url
        if request is not None and url.startswith("/"):
            url = request.build_absolute_uri(url)
        if self.decorative_source and getattr(page, self.decorative_source):
            alt = ""
        elif self.alt_source:
            alt = getattr(page, self.alt_source)
        else:
            alt = image.description or image.title
        return {"url": url, "width": rendition.width, "height": rendition.height, "alt": alt}


class LanguageListField(Field):
    def to_representation(self, value):
        return language_codes(value)


class PledgeTotalsField(Field):
    """Pledges and countries of a pledge page, from the view's one aggregate query."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        totals = self.context["view"].pledge_totals().get(page.translation_key, {})
        by_country = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
        return {
            "pledges": sum(totals.values()),
            "countries": len(totals),
            "by_country": [
                {"code": code, "name": str(Country(code).name), "pledges": count}
                for code, count in by_country
            ],
        }


# --- Endpoints --------------------------------------------------------------


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """A page endpoint that shows only `public_fields` of live, public pages of one type."""

    authentication_classes = []
    permission_classes = []
    filter_backends = []
    # Wagtail's page meta fields minus those that say nothing to the public (menus, aliases).
    meta_fields = ["type", "detail_url", "html_url", "slug", "first_published_at", "locale"]
    detail_only_fields = []
    public_fields = []
    listing_fields = []
    filters = frozenset()
    endpoint = ""  # its name in the router (DRF sets `name` on each view instance)
    known_query_parameters = frozenset(["limit", "offset", "fields", "order", "locale", "format"])

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(["id", "title", *cls.public_fields])

    @classmethod
    def get_meta_fields(cls, model):
        return cls._convert_api_fields(cls.meta_fields)

    @classmethod
    def get_listing_default_fields(cls, model):
        return ["id", "type", "detail_url", "html_url", "title", "slug", "locale"] + list(
            cls.listing_fields
        )

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.get_available_fields(model)

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters - self.filters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised filter: "
                + ", ".join(sorted(unknown))
            )

    def get_queryset(self):
        return self.model.objects.live().public().select_related("locale").order_by("pk")

    def requested_locale(self):
        """The `locale` parameter (default English): which language's pages are listed."""
        code = self.request.GET.get("locale", "en")
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise BadRequestError(f"there is no locale “{code}”")
        return locale

    def ordering(self, default):
        order = self.request.GET.get("order", default)
        if order not in ORDERINGS[self.endpoint]:
            raise BadRequestError(
                "order must be one of: " + ", ".join(sorted(ORDERINGS[self.endpoint]))
            )
        return [order, "pk" if not order.startswith("-") else "-pk"]

    def filter_queryset(self, queryset):
        if self.action != "listing_view":
            return queryset
        return self.filter_listing(queryset)

    def filter_listing(self, queryset):
        return queryset

    def paginate_queryset(self, queryset):
        page = list(super().paginate_queryset(queryset))
        self.prefetch(page)
        return page

    def prefetch(self, pages):
        """Load what the fields show for a page of results, in a fixed number of queries."""

    def get_object(self):
        obj = super().get_object()
        self.prefetch([obj])
        return obj

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=API_CACHE_SECONDS)
        return response


class StoriesAPIViewSet(PublicPagesAPIViewSet):
    """Stories: filters country, theme, partner, language (told in), search; ordering."""

    endpoint = "stories"
    model = StoryPage
    public_fields = [
        "summary",
        APIField("date_published", serializer=DateField()),
        "city",
        APIField("country", serializer=CountryField()),
        APIField("themes", serializer=TaxonomyListField()),
        APIField("partner", serializer=PartnerLinkField()),
        APIField("told_in_language", serializer=CharField()),
        APIField("storyteller", serializer=CharField(source="byline")),
        APIField(
            "image",
            serializer=ImageField(
                CARD_IMAGE,
                alt_source="hero_image_alt",
                decorative_source="hero_image_decorative",
                image="hero_image",
            ),
        ),
        "body",
    ]
    listing_fields = [
        "summary",
        "date_published",
        "city",
        "country",
        "themes",
        "partner",
        "told_in_language",
        "storyteller",
        "image",
    ]
    filters = frozenset(["country", "theme", "partner", "language", "search"])

    def get_queryset(self):
        return super().get_queryset().prefetch_related("themes")

    def filter_listing(self, queryset):
        search = self.request.GET.get("search", "").strip()
        order = self.request.GET.get("order")
        if search and order:
            raise BadRequestError("search results are ordered by relevance: leave out order")
        try:
            stories = matching_stories(self.requested_locale(), self.request.GET, search=search)
        except StoryFilterError as error:
            raise BadRequestError(str(error)) from error
        if not search:
            stories = stories.order_by(*self.ordering("-date_published"))
        return stories

    def prefetch(self, pages):
        prefetch_related_objects(pages, "locale", "partner")


class PartnersAPIViewSet(PublicPagesAPIViewSet):
    """Partners: filters category and country; ordering by title."""

    endpoint = "partners"
    model = PartnerPage
    public_fields = [
        APIField("category", serializer=TaxonomyField()),
        "tag",
        APIField("role", serializer=CharField()),
        "role_summary",
        APIField("description", serializer=RichTextFieldSerializer()),
        APIField("website", serializer=URLField()),
        APIField("countries", serializer=CountryListField()),
        "cities",
        APIField("logo", serializer=ImageField(CARD_LOGO, image="logo")),
    ]
    listing_fields = ["category", "tag", "role_summary", "countries", "logo"]
    filters = frozenset(["category", "country"])

    def get_queryset(self):
        return super().get_queryset().select_related("category", "logo")

    def prefetch(self, pages):
        # The logos' renditions in one query, whatever the number of partners.
        logos = [page.logo for page in pages if page.logo_id]
        if logos:
            renditions = get_image_model().get_rendition_model().objects
            prefetch_related_objects(
                logos, Prefetch("renditions", queryset=renditions.filter(filter_spec=CARD_LOGO))
            )

    def filter_listing(self, queryset):
        queryset = queryset.filter(locale=self.requested_locale())
        if category := self.request.GET.get("category"):
            queryset = queryset.filter(category__slug=category)
        if country := self.request.GET.get("country"):
            # CountryField(multiple=True) stores two-letter codes comma-separated, so a
            # two-letter substring can only be a whole code.
            code = country.upper()
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise BadRequestError("country must be a two-letter code")
            queryset = queryset.filter(countries__contains=code)
        return queryset.order_by(*self.ordering("title"))


class EventsAPIViewSet(PublicPagesAPIViewSet):
    """Events: `when=upcoming` (not over yet, soonest first) or `when=past` (latest first)."""

    endpoint = "events"
    model = EventPage
    public_fields = [
        APIField("event_type", serializer=CharField()),
        APIField("start", serializer=DateTimeField()),
        APIField("end", serializer=DateTimeField()),
        "time_zone",
        APIField("languages", serializer=LanguageListField()),
        APIField("livestream_url", serializer=URLField()),
        APIField("background", serializer=RichTextFieldSerializer()),
    ]
    listing_fields = ["event_type", "start", "end", "time_zone", "languages"]
    filters = frozenset(["when"])

    def get_queryset(self):
        return super().get_queryset().defer_streamfields()

    def filter_listing(self, queryset):
        queryset = queryset.filter(locale=self.requested_locale())
        when = self.request.GET.get("when", "")
        now = timezone.now()
        if when == "upcoming":
            return queryset.filter(end__gte=now).order_by(*self.ordering("start"))
        if when == "past":
            return queryset.filter(end__lt=now).order_by(*self.ordering("-start"))
        if when:
            raise BadRequestError("when must be upcoming or past")
        return queryset.order_by(*self.ordering("start"))


class PledgesAPIViewSet(PublicPagesAPIViewSet):
    """Pledge pages and their totals: how many pledged, from which countries. No signer data."""

    endpoint = "pledges"
    model = PledgePage
    public_fields = ["introduction", APIField("totals", serializer=PledgeTotalsField())]
    listing_fields = ["totals"]

    def filter_listing(self, queryset):
        return queryset.filter(locale=self.requested_locale())

    def pledge_totals(self):
        """{translation key: {country code: pledges}} for every pledge, in one query."""
        if not hasattr(self, "_pledge_totals"):
            totals = {}
            rows = (
                PledgeSignature.objects.values_list("pledge__translation_key", "country")
                .annotate(pledges=Count("pk"))
                .order_by()
            )
            for key, country, pledges in rows:
                totals.setdefault(key, {})[country] = pledges
            self._pledge_totals = totals
        return self._pledge_totals


api_router = WagtailAPIRouter("reach_api")
api_router.register_endpoint("stories", StoriesAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)
api_router.register_endpoint("events", EventsAPIViewSet)
api_router.register_endpoint("pledges", PledgesAPIViewSet)
