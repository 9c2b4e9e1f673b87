"""Event times: time zone names editors may pick, and how a time is shown to visitors."""

import zoneinfo
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=1)
def time_zone_names():
    """Every IANA time zone name this machine knows, sorted (loaded once)."""
    return sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in time_zone_names()]


def validate_time_zone(value):
    """Refuse anything that is not an IANA time zone name such as "America/New_York"."""
    if value not in time_zone_names():
        raise ValidationError(
            _('"%(value)s" is not a time zone. Pick one such as "America/New_York".'),
            code="invalid_time_zone",
            params={"value": value},
        )


def utc_offset_label(moment):
    """The offset of an aware datetime from UTC, as "UTC-04:00" or "UTC+05:30"."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def in_zone(moment, zone_name):
    """`moment` seen in the named zone (UTC when the name is unknown, so pages never fail)."""
    try:
        zone = zoneinfo.ZoneInfo(zone_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    return moment.astimezone(zone)


def format_moment(moment):
    """A local datetime as "14 June 2023, 15:00", in the visitor's language."""
    return f"{date_format(moment, 'DATE_FORMAT')}, {date_format(moment, 'H:i')}"


def format_span(start, end, zone_name):
    """When an event happens, in its own zone with the offset.

    "14 June 2023, 15:00–16:30 (UTC-04:00)" on one day; both full dates when it runs
    over midnight; each its own offset when the clocks change in between.
    """
    start, end = in_zone(start, zone_name), in_zone(end, zone_name)
    if start.utcoffset() != end.utcoffset():
        return (
            f"{format_moment(start)} ({utc_offset_label(start)}) – "
            f"{format_moment(end)} ({utc_offset_label(end)})"
        )
    if start.date() == end.date():
        text = f"{format_moment(start)}–{date_format(end, 'H:i')}"
    else:
        text = f"{format_moment(start)} – {format_moment(end)}"
    return f"{text} ({utc_offset_label(start)})"
