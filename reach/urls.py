"""Addresses outside the language prefixes: the read API (anonymous, read-only; CORS open) and
oEmbed."""

from django.urls import path

from reach import embed
from reach.api import api_router

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("oembed/", embed.oembed, name="reach_oembed"),
]
