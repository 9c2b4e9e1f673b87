"""Events, the speakers editors reuse across them, and the event calendar."""

from .event_index_page import EventIndexPage
from .event_page import EventPage, EventPartner, EventSpeaker, EventType
from .speaker import Speaker

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventSpeaker",
    "EventType",
    "Speaker",
]
