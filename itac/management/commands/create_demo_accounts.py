from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

# Development only: these passwords are printed and published in the README.
DEMO_ACCOUNTS = [
    # username, password, group (None: superuser)
    ("admin", "itac-admin-demo", None),
    ("editor", "itac-editor-demo", "Editors"),
    ("moderator", "itac-moderator-demo", "Moderators"),
    ("partner", "itac-partner-demo", "Partners"),
]


def attach_partner(user):
    """Tie the demo partner user to a demo partner organisation, once the partners app can."""
    try:
        from partners.demo import attach_demo_partner_user
    except ImportError:
        return
    attach_demo_partner_user(user)


class Command(BaseCommand):
    help = "Create the demo accounts (development only) and print how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        user_model = get_user_model()
        self.stdout.write("Demo accounts (development only):")
        for username, password, group_name in DEMO_ACCOUNTS:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={"email": f"{username}@itac.example.org", "first_name": username.title()},
            )
            if created:
                user.set_password(password)
                user.is_staff = group_name is None
                user.is_superuser = group_name is None
                user.save()
            if group_name:
                group = Group.objects.filter(name=group_name).first()
                if group:
                    user.groups.add(group)
            if group_name == "Partners":
                attach_partner(user)
            role = group_name or "Administrator"
            self.stdout.write(f"  {role:<14} username: {username:<10} password: {password}")
        self.stdout.write(f"Log in at {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/")
