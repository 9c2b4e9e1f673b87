"""What every part of the portal shares: the base page, the home page, content pages, settings."""

from .base_page import BasePage
from .pages import HomePage, StandardPage
from .site_settings import CampaignSettings, FooterText, NavigationSettings

__all__ = [
    "BasePage",
    "CampaignSettings",
    "FooterText",
    "HomePage",
    "NavigationSettings",
    "StandardPage",
]
