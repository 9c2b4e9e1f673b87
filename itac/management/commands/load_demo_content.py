from django.core.management.base import BaseCommand
from django.db import transaction

from itac.demo import app_demo_modules, content, translations
from itac.public_url import sync_default_site


class Command(BaseCommand):
    help = (
        "Build the demo campaign site. Safe to run again: it only adds what is missing. "
        "Each app may add options of its own (the stories' --stories N: stories at scale)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skeleton",
            action="store_true",
            help="Only the site's structure: the home page, the index and shared pages, the "
            "themes and categories, settings and navigation, in every language; no stories, "
            "partners, events, toolkit resources or signatures (the tests' starting point). "
            "Running it again without --skeleton adds the rest.",
        )
        for module in app_demo_modules():
            if hasattr(module, "add_demo_arguments"):
                module.add_demo_arguments(parser)

    def handle(self, *args, **options):
        # Each app adds its own demo content through its `demo` module, in their DEMO_ORDER
        # (later apps link to what earlier ones made): itac.demo.app_demo_modules.
        app_demos = app_demo_modules()
        with transaction.atomic():
            home = content.load_home()
            content.load(home)
            for module in app_demos:
                module.load(home, **options)
            content.finish(home)
            translations.load(home, app_demos)
            # Then each app's own content in the other languages, under the translated pages.
            for module in app_demos:
                if hasattr(module, "translate"):
                    module.translate(home)
            # The demo Site answers where `make run` serves (PORT, or PUBLIC_BASE_URL).
            sync_default_site(self.stdout)
        # Content at scale (the stories' --stories N), each in its own bulk transactions.
        for module in app_demos:
            if hasattr(module, "load_at_scale"):
                module.load_at_scale(home, write=self.stdout.write, **options)
        if options["skeleton"]:
            self.stdout.write(self.style.SUCCESS("The site's skeleton is in place."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is in place."))
