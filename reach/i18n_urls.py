"""Addresses under each language prefix: embeddable story cards and the story map."""

from django.urls import path

from reach import embed, maps

urlpatterns = [
    path("embed/stories/", embed.story_cards, name="reach_embed_stories"),
    path("embed/stories/<int:story_id>/", embed.single_story, name="reach_embed_story"),
    path("stories/map/", maps.story_map, name="reach_story_map"),
]
