"""`manage.py check --deploy` warnings about how the site sits behind (or without) a proxy."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_https_and_proxy(app_configs, **kwargs):
    warnings = []
    if not settings.SECURE_SSL_REDIRECT and not settings.SECURE_PROXY_SSL_HEADER:
        warnings.append(
            Warning(
                "Neither the HTTPS redirect nor a trusted proxy header is set: the site may be "
                "served over plain HTTP, and Django cannot tell a secure request from another.",
                hint=(
                    "Behind a TLS-terminating proxy, set PROXY_SSL_HEADER=X-Forwarded-Proto "
                    "(and have the proxy set it); otherwise leave SECURE_SSL_REDIRECT=1."
                ),
                id="itac.W001",
            )
        )
    if settings.SECURE_PROXY_SSL_HEADER and settings.RATELIMIT_IP_META_KEY == "REMOTE_ADDR":
        warnings.append(
            Warning(
                "A proxy is trusted for HTTPS but rate limits read REMOTE_ADDR: every visitor "
                "would share the proxy's address, and so one limit.",
                hint="Set PROXY_CLIENT_IP_HEADER=X-Real-IP (and have the proxy set it).",
                id="itac.W002",
            )
        )
    return warnings
