"""Addresses outside the language prefixes: oEmbed (the API router is mounted in itac/urls)."""

from django.urls import path

from reach import embed

urlpatterns = [
    path("oembed/", embed.oembed, name="reach_oembed"),
]
