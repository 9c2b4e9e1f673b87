"""The story library: themes, the library page and story pages."""

from .index_page import StoryIndexPage
from .search_document import StorySearchDocument
from .story_page import StoryPage, StorytellerDisplay, story_language_choices
from .theme import Theme

__all__ = [
    "StoryIndexPage",
    "StoryPage",
    "StorySearchDocument",
    "StorytellerDisplay",
    "Theme",
    "story_language_choices",
]
