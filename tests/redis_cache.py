"""The Redis cache of the tests: production's backend, each test process on keys of its own.

django-redis's clear() empties the whole Redis database; the tests clear the cache around every
test (tests/conftest.py), and several test processes may share one Redis (pytest-xdist workers,
the browser journeys beside the others in `make test`). So each process writes under its own
KEY_PREFIX (itac/settings/test.py) and clear() deletes only the keys under that prefix.
"""

from django_redis.cache import RedisCache


class OwnKeysRedisCache(RedisCache):
    """django-redis's cache whose clear() deletes this process's keys, not the database."""

    def clear(self):
        client = self.client.get_client(write=True)
        keys = list(client.scan_iter(match=f"{self.key_prefix}:*", count=1000))
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])
