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


# Demo second factors (development only, published like the passwords): the authenticator key
# of each account that must use one, and its recovery codes (each works once; running this
# command again restores them).
DEMO_TOTP_KEYS = {
    "admin": b"itac-admin-totp-demo".hex(),
    "moderator": b"itac-moder-totp-demo".hex(),
}
DEMO_RECOVERY_CODES = {
    username: [f"{username[:5]}-demo-{n}" for n in range(1, 6)] for username in DEMO_TOTP_KEYS
}


def demo_second_factor(user):
    """A confirmed authenticator with the demo key, and the demo recovery codes."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from itac.two_factor import TOTP_DEVICE_NAME, new_recovery_codes, secret_for_display

    key = DEMO_TOTP_KEYS[user.username]
    device, _created = TOTPDevice.objects.update_or_create(
        user=user, name=TOTP_DEVICE_NAME, defaults={"key": key, "confirmed": True}
    )
    new_recovery_codes(user, DEMO_RECOVERY_CODES[user.username])
    return secret_for_display(device)


def attach_to_app_content(user, group_name):
    """Let each app's demo tie the account to its content (the partner account to a partner
    organisation): `attach_demo_account` of itac.demo.app_demo_modules."""
    from itac.demo import app_demo_modules

    for module in app_demo_modules():
        if hasattr(module, "attach_demo_account"):
            module.attach_demo_account(user, group_name)


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
            attach_to_app_content(user, group_name)
            role = group_name or "Administrator"
            self.stdout.write(f"  {role:<14} username: {username:<10} password: {password}")
            if username in DEMO_TOTP_KEYS:
                secret = demo_second_factor(user)
                codes = " ".join(DEMO_RECOVERY_CODES[username])
                self.stdout.write(
                    f"  {'':<14} second step: a code from an authenticator app given the key "
                    f"{secret} (or `oathtool --totp -b {secret}`), or a recovery code: {codes}"
                )
        self.stdout.write(f"Log in at {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/")
