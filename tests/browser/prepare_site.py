"""Build the browser tests' live site in its own, empty database.

Run by the session fixture as `python -m tests.browser.prepare_site` with
DJANGO_SETTINGS_MODULE=tests.browser.settings: migrate, load the site's skeleton (home, index and
shared pages, settings and navigation in five languages), then add what the journeys walk and
an account for each admin role with the factories (tests/browser/site_content.py). The demo's
stories, partners and events are never loaded: editing them breaks no journey.
"""

import django
from django.core.management import call_command


def main():
    django.setup()
    from tests.browser import site_content

    call_command("migrate", interactive=False, verbosity=0)
    call_command("compile_translations", verbosity=0)
    call_command("load_demo_content", skeleton=True, verbosity=0)
    site_content.build()


if __name__ == "__main__":
    main()
