import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

from itac.demo import content, translations

# Each app adds its own demo content through a `demo.load(home, **options)` function,
# in this order (later apps link to what earlier ones made).
APP_LOADERS = [
    "partners.demo",
    "stories.demo",
    "stories.submissions.demo",
    "events.demo",
    "actions.demo",
]


class Command(BaseCommand):
    help = (
        "Build the demo campaign site. Safe to run again: it only adds what is missing. "
        "--stories N adds N synthetic published stories for scale testing "
        "(the same as manage.py generate_stories N)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stories", type=int, default=0, help="Add this many synthetic published stories."
        )

    def handle(self, *args, **options):
        if options["stories"] and options["verbosity"]:
            # The synthetic stories' loader (stories.synthetic) reports after each batch.
            options["progress"] = lambda done, count: self.stdout.write(
                f"{done:,}/{count:,} synthetic stories"
            )
        with transaction.atomic():
            home = content.load_home()
            content.load(home)
            for module_name in APP_LOADERS:
                importlib.import_module(module_name).load(home, **options)
            content.finish(home)
            translations.load(home)
            # Then each app's own content in the other languages, under the translated pages.
            for module_name in APP_LOADERS:
                module = importlib.import_module(module_name)
                if hasattr(module, "translate"):
                    module.translate(home)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
