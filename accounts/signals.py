"""At sign-in, note in the session whether it must give a code (accounts.middleware)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from accounts.two_factor import CODE_STEP_SESSION_KEY, has_two_factor


@receiver(user_logged_in, dispatch_uid="accounts_mark_code_step")
def mark_code_step(sender, request, user, **kwargs):
    if request is not None and has_two_factor(user):
        request.session[CODE_STEP_SESSION_KEY] = True
