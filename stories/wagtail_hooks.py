"""Admin for editors: a filterable, exportable list of stories, and the theme snippets."""

import django_filters
from django_countries import countries

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from itac.exports import FormulaSafePageIndexView
from itac.sections import HOME_PAGE_SECTIONS
from partners.models import PARTNER_PAGE_SECTIONS, PartnerPage
from stories.models import StoryPage, Theme


class StoryFilterSet(PageListingViewSet.filterset_class):
    live = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("true", _("Published")), ("false", _("Draft"))],
        method="filter_live",
        empty_label=_("Any"),
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=list(countries))
    themes = django_filters.ModelChoiceFilter(label=_("Theme"), queryset=Theme.objects.all())
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"), queryset=PartnerPage.objects.all().order_by("title")
    )

    class Meta:
        model = StoryPage
        fields = []

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true")


class StoryListingViewSet(PageListingViewSet):
    model = StoryPage
    icon = "openquote"
    menu_label = _("Stories")
    menu_order = 150
    add_to_admin_menu = True
    name = "stories"
    filterset_class = StoryFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("country", label=_("Country"), accessor="country.name"),
        Column("partner", label=_("Partner")),
        DateColumn("date_published", label=_("Published on")),
        BooleanColumn("featured", label=_("Featured")),
    ]
    index_view_class = FormulaSafePageIndexView  # CSV cells never run as formulas
    list_export = [
        "title",
        "live",
        "date_published",
        "storyteller_display",
        "byline",
        "city",
        "country",
        "themes_list",
        "partner",
        "told_in_language",
        "featured",
        "full_url",
    ]
    export_headings = {
        "title": _("Title"),
        "live": _("Published"),
        "date_published": _("Publication date"),
        "storyteller_display": _("Storyteller shown as"),
        "byline": _("Byline"),
        "city": _("City"),
        "country": _("Country"),
        "themes_list": _("Themes"),
        "partner": _("Partner"),
        "told_in_language": _("Language"),
        "featured": _("Featured"),
        "full_url": _("Address"),
    }


@hooks.register("register_admin_viewset")
def register_story_listing():
    return StoryListingViewSet()


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Story themes")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(ThemeViewSet)


@hooks.register(HOME_PAGE_SECTIONS, order=10)
def featured_stories_on_the_home_page():
    return "stories/sections/home_featured_stories.html"


@hooks.register(PARTNER_PAGE_SECTIONS, order=10)
def stories_on_a_partner_page():
    return "stories/sections/partner_stories.html"
