"""What the tools' cookieless wizards (django-formtools, `tools.wizard_storage`) share on POST.

`SignedWizardMixin` goes before `WizardView` in a wizard's bases; the wizard builds its
`SignedFieldStorage` in `dispatch()` and moves its own step handling from `post()` to
`post_step()`. Then every POST of the wizard:

- is counted by the rate limit (`tools.state.check_rate`; the framework's `ToolView` has counted
  it already and leaves the refusal to the wizard, since the tool sets
  `CityTool.shows_refusals_in_form`);
- is refused with 409 when its journey was completed already (any step, any old page);
- on a refusal the resident can recover from (sent too fast, expired, rate limited, database
  busy: `StateRefused.keeps_answers`) shows the same step again with the message, every answer
  in place and a fresh signed state, with the refusal's status code (and `Retry-After`);
- ends in `finish()`, which consumes the final page's code and the journey's code and stores the
  result in one transaction (`tools.state.submission_once`).
"""

from formtools.wizard.views import WizardView

from tools.state import StateRefused, check_rate, shown_again, submission_once

__all__ = ["SignedWizardMixin"]


class SignedWizardMixin:
    """Shared POST handling of a wizard whose storage is a `SignedFieldStorage`."""

    #: Part of the signed state's salt; the wizard sets it.
    state_purpose = "wizard"

    def post(self, *args, **kwargs):
        try:
            check_rate(self.request)
            self.storage.check_journey_open()
            if self.storage.refusal is not None:
                raise self.storage.refusal
            return self.post_step(*args, **kwargs)
        except StateRefused as refusal:
            if not refusal.keeps_answers:
                raise
            return self.render_refusal(refusal)

    def post_step(self, *args, **kwargs):
        """The wizard's own handling of a step's POST (formtools' by default)."""
        return WizardView.post(self, *args, **kwargs)

    def render_refusal(self, refusal):
        """The current step again, with what was posted on it, the message and a fresh state."""
        current = self.steps.current
        if self.request.POST.get(f"{self.prefix}-current_step") == current:
            form = self.get_form(step=current, data=self.request.POST, files=self.request.FILES)
        else:
            form = self.get_form(
                step=current,
                data=self.storage.get_step_data(current),
                files=self.storage.get_step_files(current),
            )
        return shown_again(self.render(form, refusal_message=refusal.message_with_answers), refusal)

    def finish(self):
        """`with self.finish() as state:` store the result of the journey, once."""
        return submission_once(
            self.request,
            self.customisation,
            purpose=self.state_purpose,
            journey=self.storage.journey,
        )
