"""Build the browser tests' live site in its own, empty database.

Run by the session fixture as `python -m tests.browser.prepare_site` with
DJANGO_SETTINGS_MODULE=tests.browser.settings: migrate, load the demo campaign, create the demo
accounts (README table) so journeys can log in as a moderator or an editor.
"""

import django
from django.core.management import call_command
from django.test.utils import override_settings


def main():
    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("compile_translations", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    # create_demo_accounts refuses with DEBUG off, to keep published passwords out of real
    # deployments; this throwaway database lives only for one test session on localhost.
    with override_settings(DEBUG=True):
        call_command("create_demo_accounts", verbosity=0)


if __name__ == "__main__":
    main()
