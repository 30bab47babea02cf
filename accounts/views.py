"""The screens of two-factor authentication: its status, turning it on and off, and the code
step of signing in. The checks themselves live in `accounts.two_factor`."""

from functools import partial

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts import two_factor
from accounts.forms import CodeForm

__all__ = ["RecoveryCodesView", "SetUpView", "StatusView", "TurnOffView", "VerifyView"]

#: New recovery codes wait here between turning two-factor on and the page that shows them once.
NEW_RECOVERY_CODES_SESSION_KEY = "accounts_new_recovery_codes"


def _warn_if_few_recovery_codes(request, device):
    if isinstance(device, StaticDevice):
        left = device.token_set.count()
        messages.warning(
            request,
            ngettext(
                "You used a recovery code. You have %(count)d left.",
                "You used a recovery code. You have %(count)d left.",
                left,
            )
            % {"count": left},
        )


class TwoFactorPage(WagtailAdminTemplateMixin):
    """Admin furniture shared by the screens reached from the user's account page."""

    page_title = _("Two-factor authentication")
    header_icon = "key"

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]


class StatusView(TwoFactorPage, TemplateView):
    """Whether two-factor authentication is on, with the way to turn it on or off."""

    template_name = "accounts/two_factor_status.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enabled=two_factor.has_two_factor(user),
            required=two_factor.required_for(user),
            recovery_codes_left=two_factor.remaining_recovery_codes(user),
            **kwargs,
        )


class SetUpView(TwoFactorPage, FormView):
    """Scan the QR code (or type the secret) into an app, then confirm with its first code."""

    template_name = "accounts/two_factor_set_up.html"
    page_subtitle = _("Turn on")
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if two_factor.has_two_factor(request.user):
            return redirect("accounts:two_factor")
        self.device = two_factor.pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "check": partial(two_factor.check_setup_code, self.device),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            qr_code=two_factor.qr_code_svg(
                self.device, _("QR code to scan with your authenticator app")
            ),
            secret=two_factor.readable_secret(self.device),
            required=two_factor.required_for(self.request.user),
            **kwargs,
        )

    def form_valid(self, form):
        codes = two_factor.confirm_device(form.device)
        # This session has just proved the code: it does not need to give one again.
        otp_login(self.request, form.device)
        self.request.session[NEW_RECOVERY_CODES_SESSION_KEY] = codes
        messages.success(self.request, _("Two-factor authentication is on."))
        return redirect("accounts:recovery_codes")


class RecoveryCodesView(TwoFactorPage, TemplateView):
    """The new recovery codes, shown once: a reload finds them gone."""

    template_name = "accounts/two_factor_recovery_codes.html"
    page_subtitle = _("Recovery codes")

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(NEW_RECOVERY_CODES_SESSION_KEY, None)
        if not codes:
            return redirect("accounts:two_factor")
        return self.render_to_response(self.get_context_data(codes=codes))


class AppOrRecoveryCodeForm:
    """A form view asking for the app's current code or one of the recovery codes."""

    form_class = CodeForm

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "check": partial(two_factor.check_code, self.request.user),
            "recovery": True,
        }


class TurnOffView(AppOrRecoveryCodeForm, TwoFactorPage, FormView):
    """Turn two-factor authentication off, after a current code (or a recovery code)."""

    template_name = "accounts/two_factor_turn_off.html"
    page_subtitle = _("Turn off")

    def dispatch(self, request, *args, **kwargs):
        if not two_factor.has_two_factor(request.user):
            return redirect("accounts:two_factor")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            required=two_factor.required_for(self.request.user), **kwargs
        )

    def form_valid(self, form):
        two_factor.turn_off(self.request.user)
        self.request.session.pop(two_factor.CODE_STEP_SESSION_KEY, None)
        messages.success(
            self.request,
            _("Two-factor authentication is off. Your password alone signs you in."),
        )
        return redirect("accounts:two_factor")


@method_decorator(never_cache, name="dispatch")
class VerifyView(AppOrRecoveryCodeForm, FormView):
    """The code step of signing in, between the password and any other admin page."""

    template_name = "accounts/two_factor_verify.html"
    success_url = reverse_lazy("wagtailadmin_home")

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_verified() or not two_factor.has_two_factor(user):
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        next_url = self.request.POST.get("next") or self.request.GET.get("next")
        if next_url and url_has_allowed_host_and_scheme(
            next_url,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return next_url
        return str(self.success_url)

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.get_success_url(), **kwargs)

    def form_valid(self, form):
        otp_login(self.request, form.device)
        # A new session key for the fully signed-in session.
        self.request.session.cycle_key()
        _warn_if_few_recovery_codes(self.request, form.device)
        return redirect(self.get_success_url())
