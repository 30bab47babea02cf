"""The one form of two-factor authentication: a code, checked as the form is cleaned."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class CodeForm(forms.Form):
    """A code from the authenticator app (or, with `recovery=True`, a recovery code).

    `check` is called with the code and returns a `two_factor.CodeCheck`; the device that
    accepted the code is then `form.device`.
    """

    code = forms.CharField(label=_("Code"), max_length=32, strip=True)

    def __init__(self, *args, check, recovery=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check
        self.device = None
        self.recovery = recovery
        field = self.fields["code"]
        field.widget.attrs.update(
            {
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
                # Recovery codes have letters: keep the full keyboard on phones for them.
                "inputmode": "text" if recovery else "numeric",
            }
        )
        if recovery:
            field.help_text = _(
                "The 6-digit code your authenticator app shows now, or one of your recovery codes."
            )
        else:
            field.help_text = _("The 6-digit code your authenticator app shows now.")

    def clean_code(self):
        code = self.cleaned_data["code"]
        result = self.check(code)
        if result.retry_at is not None:
            seconds = result.wait_seconds
            raise ValidationError(
                ngettext(
                    "Too many wrong codes. Wait %(seconds)d second, then try again.",
                    "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
                    seconds,
                )
                % {"seconds": seconds},
                code="throttled",
            )
        if not result.accepted:
            if self.recovery:
                message = _(
                    "This code is not right. Type the code your app shows now (check that "
                    "your phone's clock is right), or a recovery code you have not used yet."
                )
            else:
                message = _(
                    "This code is not right. Type the code your app shows now, and check "
                    "that your phone's clock is right."
                )
            raise ValidationError(message, code="invalid")
        self.device = result.device
        return code
