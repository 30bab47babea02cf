"""Stop at the code step: an admin user who owns a confirmed authenticator app and has only
given their password reaches no admin page but the code step (and sign-out), and is not signed
in anywhere else on the site."""

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from accounts import two_factor

__all__ = ["AdminTwoFactorMiddleware"]

#: Admin URLs open to a user who has not given their code yet: what the code step itself needs
#: (the admin's icons and JavaScript translations), and signing in and out.
OPEN_BEFORE_CODE = {
    "accounts:verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
#: What a user whom the site obliges to turn it on may reach before they have.
OPEN_BEFORE_SET_UP = OPEN_BEFORE_CODE | {"accounts:set_up", "accounts:recovery_codes"}


class AdminTwoFactorMiddleware:
    """Redirect an unverified user of the Wagtail admin to the code step (or, when the site
    requires it of them, to turning two-factor authentication on).

    Needs `django_otp.middleware.OTPMiddleware` before it. Only paths under the admin are
    concerned; whether a session owes a code was decided at sign-in (`accounts.signals`), so a
    user without an app costs no query here.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:  # reversed on first use, once the URLconf is loaded
            self.admin_prefix = reverse("wagtailadmin_home")
        if not request.path.startswith(self.admin_prefix):
            if owes_code(request):
                # Outside the admin as well (the checklists' assessment screens, the userbar on
                # public pages), the password alone does not sign anyone in.
                request.user = AnonymousUser()
            return self.get_response(request)
        return self.redirect_for(request) or self.get_response(request)

    def redirect_for(self, request):
        user = request.user
        if not user.is_authenticated:
            return None
        owes_code = request.session.get(two_factor.CODE_STEP_SESSION_KEY, False)
        must_set_up = two_factor.required_for(user)
        if not (owes_code or must_set_up) or user.is_verified():
            return None
        view_name = _view_name(request)
        if view_name in OPEN_BEFORE_CODE:
            return None
        if two_factor.has_two_factor(user):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:verify')}?{query}")
        # Turned off from another session since this one signed in: nothing is owed any more.
        request.session.pop(two_factor.CODE_STEP_SESSION_KEY, None)
        if must_set_up and view_name not in OPEN_BEFORE_SET_UP:
            return redirect(reverse("accounts:set_up"))
        return None


def owes_code(request):
    """Whether this session signed in with a password and still owes its code."""
    return (
        request.session.get(two_factor.CODE_STEP_SESSION_KEY, False)
        and request.user.is_authenticated
        and not request.user.is_verified()
    )


def _view_name(request):
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return ""
