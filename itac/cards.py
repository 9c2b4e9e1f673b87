"""Cards (a story, partner or event in a listing) kept as HTML, a listing's worth read from the
cache in one round trip.

Rendering a dozen cards, with their pictures' renditions and tags loaded first, is most of
what a listing costs; reading them from the cache one by one costs a round trip each. A card
is kept per page publication (its key names it), visitor language and host, under the cards'
version (itac.page_cache: a page moved or renamed, a shown snippet or a site changed) and the
versions of whatever else it names (`versions`), so a change anywhere shows at once, and
publishing a page leaves every other page's card kept.
"""

from django.core.cache import cache
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.images import get_image_model

from itac.page_cache import CACHE_SECONDS, cards_version


def published_at(page):
    return page.last_published_at.timestamp() if page.last_published_at else ""


def card_renditions(image_field, filter_specs):
    """The Prefetch of the renditions in `filter_specs` of each item's image (`image_field`)."""
    renditions = get_image_model().get_rendition_model().objects
    return Prefetch(
        f"{image_field}__renditions", queryset=renditions.filter(filter_spec__in=filter_specs)
    )


def load_renditions(image_field, filter_specs):
    """A `load` for `cached_cards`: the renditions in `filter_specs` of each item's image (its
    `image_field`, joined to the items beforehand), in one query."""

    def load(items):
        prefetch_related_objects(items, card_renditions(image_field, filter_specs))
        return items

    return load


def cached_cards(context, items, *, template_name, name, key_of, load=None, versions=(), **options):
    """The HTML of `template_name` for each of `items` (in order), rendered with the item as
    `name` and `options` in its context.

    `key_of(item)` names what makes the item's card differ (its id and publication at least);
    `load(items)` returns the items of the cards not kept, in order, with what rendering needs
    (renditions, tags) loaded, so a listing whose cards are all kept loads nothing more than
    its items (an item may even be only what names its card, and its row be loaded there).
    """
    items = list(items)
    if not items:
        return []
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    settings = ":".join(f"{option}={value}" for option, value in sorted(options.items()))
    version = ".".join(str(number) for number in (cards_version(), *versions))
    prefix = f"itac:card:{name}:{version}:{get_language()}:{host}:{settings}"
    keys = [f"{prefix}:{key_of(item)}" for item in items]
    found = cache.get_many(keys)
    missing = [(item, key) for item, key in zip(items, keys, strict=True) if key not in found]
    if missing:
        to_draw = [item for item, _key in missing]
        if load is not None:
            to_draw = load(to_draw)
        template = context.template.engine.get_template(template_name)
        rendered = {
            f"{prefix}:{key_of(item)}": template.render(context.new({name: item, **options}))
            for item in to_draw
        }
        cache.set_many(rendered, CACHE_SECONDS)
        found.update(rendered)
    # An item whose row could not be loaded (gone since it was named) has no card.
    return [mark_safe(found[key]) for key in keys if key in found]  # noqa: S308 (our templates)
