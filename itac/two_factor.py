"""Two-step sign-in for the admin: a time-based code (TOTP) after the password.

Required for administrators and for the groups in settings.SECOND_FACTOR_GROUPS (moderators,
who read storytellers' private records); anyone else may turn it on from their account. Each
account that sets it up also gets ten one-time recovery codes, for a lost phone.
Built on django-otp: its middleware says whether this session passed a second factor.
"""

import base64

import django_otp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, path, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

RECOVERY_CODES = 10
TOTP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
# What an account may open between its password and its second factor.
OPEN_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "itac_two_factor_verify",
    "itac_two_factor_setup",
}


def client_address(request):
    """The address django-axes counts failures for: read as the rate limits read it."""
    return request.META.get(settings.RATELIMIT_IP_META_KEY) or request.META.get("REMOTE_ADDR")


def must_use_second_factor(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = getattr(settings, "SECOND_FACTOR_GROUPS", [])
    return user.groups.filter(name__in=groups).exists()


def has_second_factor(user):
    return django_otp.user_has_device(user, confirmed=True)


class SecondFactorGate:
    """After the password, an admin session that has not passed its second factor is sent to
    enter its code, or, for an account that must have one and has none, to set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path_info.startswith("/admin/")
            and user.is_authenticated
            and not user.is_verified()
        ):
            try:
                view_name = resolve(request.path_info).view_name
            except Resolver404:
                view_name = ""
            if view_name not in OPEN_BEFORE_SECOND_FACTOR:
                if has_second_factor(user):
                    return redirect_keeping_next("itac_two_factor_verify", request)
                if must_use_second_factor(user):
                    return redirect_keeping_next("itac_two_factor_setup", request)
        return self.get_response(request)


def redirect_keeping_next(view_name, request):
    return redirect(f"{reverse(view_name)}?next={request.get_full_path()}")


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        self.device = django_otp.match_token(self.user, code)
        if self.device is None:
            raise forms.ValidationError(_("That code is not right, or has been used. Try again."))
        return code


def verify_view(request):
    """The second step of signing in."""
    if not has_second_factor(request.user):
        return redirect("itac_two_factor_setup")
    form = CodeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        return redirect(next_url(request))
    return TemplateResponse(
        request,
        "itac/admin/two_factor_verify.html",
        {"form": form, "next": next_url(request)},
    )


def secret_for_display(device):
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def setup_view(request):
    """Add an authenticator app: show its key, confirm it with a first code, then show the
    recovery codes once."""
    user = request.user
    if has_second_factor(user) and not user.is_verified():
        raise PermissionDenied  # a new device only from a session that passed the old one
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    form = CodeForm(user, request.POST or None)
    form.device = None
    if request.method == "POST":
        code = "".join(request.POST.get("code", "").split())
        if device.verify_token(code):
            device.confirmed = True
            device.save()
            django_otp.login(request, device)
            codes = new_recovery_codes(user)
            return TemplateResponse(
                request,
                "itac/admin/two_factor_recovery_codes.html",
                {"codes": codes, "next": next_url(request)},
            )
        form.add_error("code", _("That code is not right. Check the key and try again."))
    return TemplateResponse(
        request,
        "itac/admin/two_factor_setup.html",
        {
            "form": form,
            "secret": secret_for_display(device),
            "config_url": device.config_url,
            "required": must_use_second_factor(user),
            "next": next_url(request),
        },
    )


def new_recovery_codes(user, codes=None):
    """Replace the account's recovery codes; returns them (shown once, stored as used-once)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = codes or [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    for code in codes:
        device.token_set.create(token=code)
    return codes


urlpatterns = [
    path("two-factor/", verify_view, name="itac_two_factor_verify"),
    path("two-factor/set-up/", setup_view, name="itac_two_factor_setup"),
]
