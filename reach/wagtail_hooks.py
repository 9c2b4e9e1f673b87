"""The impact dashboard: an admin view, a menu item and a panel on the admin home page, for
editors, moderators and administrators only; and what reach adds to the pages of the apps below
it (itac.sections): a partner's embed code, the pledge map, a story's oEmbed link."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from actions.models.pledge import PLEDGE_PAGE_SECTIONS
from partners.models import PARTNER_PAGE_SECTIONS
from reach.admin_views import can_see_impact, impact_dashboard
from stories.models.story_page import STORY_PAGE_HEAD_SECTIONS


@hooks.register("register_admin_urls")
def impact_urls():
    return [path("impact/", impact_dashboard, name="reach_impact")]


class ImpactMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_impact(request.user)


@hooks.register("register_admin_menu_item")
def impact_menu_item():
    return ImpactMenuItem(_("Impact"), reverse("reach_impact"), icon_name="site", order=250)


class ImpactPanel(Component):
    """A short summary on the admin home page with a link to the full dashboard."""

    name = "impact"
    order = 90
    template_name = "reach/admin/impact_panel.html"

    def get_context_data(self, parent_context):
        from django.core.cache import cache

        from actions.counter import COUNTER_CACHE_SECONDS
        from actions.models import PledgeSignature
        from reach.dashboard import moderation_backlog
        from stories.models import StoryPage
        from stories.queries import options_version

        # Counted once per minute (pledges, like the public counter) and once per change of
        # the stories (publishing sets a new version), not on every visit to the admin home.
        pledges = cache.get_or_set(
            "itac:impact:panel-pledges", PledgeSignature.objects.count, COUNTER_CACHE_SECONDS
        )
        stories = cache.get_or_set(
            f"itac:impact:panel-stories:{options_version()}",
            StoryPage.objects.live().values("translation_key").distinct().count,
            24 * 3600,
        )
        return {
            "pledges": pledges,
            "stories": stories,
            "backlog": moderation_backlog(),
            "url": reverse("reach_impact"),
        }


@hooks.register("construct_homepage_panels")
def add_impact_panel(request, panels):
    if can_see_impact(request.user):
        panels.append(ImpactPanel())


@hooks.register(PARTNER_PAGE_SECTIONS, order=30)
def embed_code_on_a_partner_page():
    return "reach/sections/partner_embed_code.html"


@hooks.register(PLEDGE_PAGE_SECTIONS, order=10)
def pledge_map_on_a_pledge_page():
    return "reach/sections/pledge_by_country.html"


@hooks.register(STORY_PAGE_HEAD_SECTIONS, order=10)
def oembed_link_on_a_story_page():
    return "reach/sections/story_oembed_link.html"
