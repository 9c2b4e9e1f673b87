"""Demo content for this app (see its issue)."""


def load(home, **options):
    """Add this app's demo content under the home page; only what is missing."""
