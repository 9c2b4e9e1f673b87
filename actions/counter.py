"""The pledge counter: aggregate counts kept in the cache, refreshed when someone pledges."""

from dataclasses import dataclass, field
from functools import cached_property

from django_countries.fields import Country

from django.core.cache import cache
from django.db.models import Count, Q

from .models import PledgeSignature

# However the counts go stale (a signature deleted in the admin, another worker's cache),
# they are recomputed within this many seconds.
COUNTER_CACHE_SECONDS = 60


@dataclass
class PledgeCounts:
    """What the counter shows: pledges, countries, and pledges per country (most first)."""

    pledges: int = 0
    listed: int = 0
    # (country code, pledges, listed) per country, as counted.
    rows: list = field(default_factory=list)

    @property
    def countries(self):
        return len(self.rows)

    @cached_property
    def by_country(self):
        """(Country, pledges), most first, then by the country's name in the visitor's
        language (named only when a page lists them, not for the counter's figures)."""
        return sorted(
            ((Country(code), pledges) for code, pledges, _listed in self.rows),
            key=lambda item: (-item[1], item[0].name),
        )


def counter_cache_key(pledge):
    # Translations of a pledge share its signatures, so they share the counter too.
    return f"actions:pledge-counts:{pledge.translation_key}"


def pledge_counts(pledge):
    """The counts for a pledge page: one GROUP BY query when the cache is cold, none when warm."""
    key = counter_cache_key(pledge)
    rows = cache.get(key)
    if rows is None:
        rows = list(
            PledgeSignature.objects.filter(pledge__translation_key=pledge.translation_key)
            .values_list("country")
            .annotate(
                pledges=Count("pk"),
                listed=Count("pk", filter=Q(show_in_public_list=True) & ~Q(display_name="")),
            )
            .order_by()
        )
        cache.set(key, rows, COUNTER_CACHE_SECONDS)
    return PledgeCounts(
        pledges=sum(row[1] for row in rows), listed=sum(row[2] for row in rows), rows=rows
    )


def forget_pledge_counts(pledge):
    """Drop the cached counts so the next visitor sees the new pledge."""
    cache.delete(counter_cache_key(pledge))
