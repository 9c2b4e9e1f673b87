"""Work the task worker does for the impact dashboard, so that staff never wait for it.

A change that makes some kept weeks of the dashboard stale (an old story unpublished, a theme
renamed, a pledge corrected) asks, once it is committed, for those weeks to be counted again
in the background (`count_ahead_later`): the next look at the dashboard finds them counted.
A burst of changes queues one count at a time.
"""

from django_tasks import task

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

# Set while a count is queued and not yet started: changes meanwhile queue no other.
COUNT_QUEUED_KEY = "itac:impact:count-queued"
# A queued count the worker never started (it is down) stops holding back new ones.
COUNT_QUEUED_SECONDS = 3600


@task(backend="worker", queue_name="impact")
def count_impact_weeks():
    from reach.dashboard import count_ahead

    # Cleared first: a change committed while this runs queues the next count.
    cache.delete(COUNT_QUEUED_KEY)
    year = count_ahead()
    return f"{year.start.isoformat()}/{year.end.isoformat()}"


def count_ahead_later():
    """Once the current transaction is committed, queue a count of the weeks a look may need
    (settings.IMPACT_COUNT_AHEAD; off in the tests, which count on the look)."""
    if not settings.IMPACT_COUNT_AHEAD:
        return

    def queue():
        if cache.add(COUNT_QUEUED_KEY, True, COUNT_QUEUED_SECONDS):
            count_impact_weeks.enqueue()

    transaction.on_commit(queue)
