"""What every part of the portal shares: the base page, the home page, content pages, settings,
the reusable call to action."""

from .base_page import BasePage, IndexPage
from .call_to_action import CallToAction
from .pages import HomePage, StandardPage
from .site_settings import CampaignSettings, FooterText, NavigationSettings

__all__ = [
    "BasePage",
    "CallToAction",
    "CampaignSettings",
    "FooterText",
    "HomePage",
    "IndexPage",
    "NavigationSettings",
    "StandardPage",
]
