"""Security headers that Django's own middleware does not send.

`SecurityMiddleware` already sends `X-Content-Type-Options: nosniff`, `Referrer-Policy`,
`Cross-Origin-Opener-Policy` and, in production, `Strict-Transport-Security`; django-csp sends
the content policy and `tools/framing.py` opens framing to a city's origins on embed routes.
What is left is `Permissions-Policy`: the browser features no page of ours uses are switched off,
so a script injected into a page (or a city's page framing a tool) cannot ask for them.
"""

from django.conf import settings

__all__ = ["PermissionsPolicyMiddleware", "permissions_policy_header"]


def permissions_policy_header(policy):
    """The header value for `policy`, a mapping of feature to allowed origins.

    An empty list switches the feature off everywhere (`camera=()`); `"self"` is written bare and
    other origins quoted, as the header's structured-field syntax wants.
    """
    parts = []
    for feature, origins in policy.items():
        sources = " ".join(
            origin if origin in ("self", "*") else f'"{origin}"' for origin in origins
        )
        parts.append(f"{feature}=({sources})")
    return ", ".join(parts)


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` (settings.PERMISSIONS_POLICY) on every response.

    It sits above WhiteNoise in MIDDLEWARE so static files get it too; a view that sets its own
    header keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
