"""The tools' one cookieless wizard: django-formtools with its state in a signed form field.

A multi-step tool subclasses `CityToolWizard` and declares its steps as formtools does
(`form_list`, or `get_form_list()`), with `customisation` and `mode` given by its screen view
(`as_view(customisation=..., mode=...)`). The base builds the `tools.wizard_storage` storage
(no session, no cookie), keeps a step's answers when the resident goes back or leaves it
incomplete, refuses a step that is not in the form, and gives the template the signed state,
the form's address and where the resident stands (`wizard_context()`). Then every POST of the
wizard (`SignedWizardMixin`):

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

from django.http import HttpResponseRedirect
from django.utils import translation
from django.views.generic import TemplateView
from formtools.wizard.views import StepsHelper, WizardView

from tools.screen_cache import render_shared
from tools.state import (
    STATE_FIELD,
    ForgedState,
    SignedFormState,
    StateRefused,
    check_rate,
    shown_again,
    submission_once,
)
from tools.wizard_storage import SignedFieldStorage

__all__ = ["CityToolWizard", "SignedWizardMixin", "see_other"]


def see_other(url):
    """A 303 to `url`: the browser fetches it with GET, so a reload does not send again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


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
            state=self.storage.state,
        )


class CityToolWizard(SignedWizardMixin, WizardView):
    """A multi-step form of one city's tool, its state signed into the page (no cookie).

    Set `template_name`, `state_purpose` (part of the signed state's salt) and `prefix_name`;
    `storage_class` when the state carries more (`SignedFieldStorage.load_extra`), with
    `get_file_storage()` for pending uploads. `form_action()` is the address every step posts
    to; `review_step` is the last step, which is only ever sent whole.
    """

    customisation = None
    mode = "embed"
    prefix_name = "wizard"
    storage_class = SignedFieldStorage
    review_step = "review"

    def get_prefix(self, request, *args, **kwargs):
        return self.prefix_name

    def get_file_storage(self):
        """Where uploads wait between steps; None for a wizard without files."""
        return None

    def prepare(self, request):
        """Hook: set up what the steps need, once the storage is read (before any step)."""

    def dispatch(self, request, *args, **kwargs):
        # WizardView.dispatch() builds its storage from a dotted path with the request only;
        # ours needs the city's signer, so build it here and skip to TemplateView.dispatch().
        self.prefix = self.get_prefix(request)
        self.file_storage = self.get_file_storage()
        signer = SignedFormState(self.customisation, purpose=self.state_purpose)
        self.storage = self.storage_class(
            self.prefix, request, file_storage=self.file_storage, signer=signer
        )
        self.prepare(request)
        self.steps = StepsHelper(self)
        response = TemplateView.dispatch(self, request, *args, **kwargs)
        self.storage.update_response(response)
        return response

    def get_form_step_data(self, form):
        """Only this step's own fields: the raw POST also holds the previous signed state,
        which must not be nested into the next one."""
        return {
            form.add_prefix(name): form.data.getlist(form.add_prefix(name))
            for name in form.fields
            if form.add_prefix(name) in form.data
        }

    def keep_step_files(self, step, form):
        """Hook: keep a step's valid uploads when the resident leaves it for another step."""

    def post_step(self, *args, **kwargs):
        current = self.request.POST.get(f"{self.prefix}-current_step")
        form_list = self.get_form_list()
        if current is not None and current not in form_list:
            raise ForgedState  # formtools would fail on an unknown step (KeyError, a 500)
        if current in form_list and current != self.review_step:
            form = self.get_form(step=current, data=self.request.POST, files=self.request.FILES)
            going_elsewhere = self.request.POST.get("wizard_goto_step")
            valid = form.is_valid()
            if going_elsewhere or not valid:
                # Keep what was given on this page, complete or not, when going back or when
                # something is missing: nothing the resident did is lost.
                self.storage.set_step_data(current, self.get_form_step_data(form))
            if going_elsewhere and valid:
                self.keep_step_files(current, form)
        return super().post_step(*args, **kwargs)

    def form_action(self):
        """The address every step of the wizard posts to."""
        raise NotImplementedError

    # --- A step shown for the first time is the same page for everyone but its state ---
    def shared_page_variant(self):
        """What else the pages of this wizard depend on, as a string, or None when this
        request's page must be rendered for it alone. The default: nothing else."""
        return ""

    def get(self, request, *args, **kwargs):
        """The first step, from the start (formtools' `get()`, but the step's form is built
        only when its page is not the shared one: see `render()`)."""
        self.storage.reset()
        self.storage.current_step = self.steps.first
        return self.render()

    def render(self, form=None, **kwargs):
        current = self.steps.current
        variant = self.shared_page_variant()
        if kwargs or current == self.review_step or variant is None:
            return super().render(form or self.get_form(), **kwargs)
        if form is None:
            # A step shown afresh (a GET): its form would be unbound, with the step's initial
            # values; the form is built only if the page is not the one kept for everyone.
            if self.get_form_initial(current):
                return super().render(self.get_form(), **kwargs)
        elif form.is_bound or form.initial:
            return super().render(form, **kwargs)
        key = (
            f"wizard:{self.state_purpose}:{self.customisation.pk}:{translation.get_language()}:"
            f"{self.mode}:{current}:{variant}"
        )
        return render_shared(
            self.request,
            self.get_template_names(),
            lambda: self.get_context_data(form=form or self.get_form()),
            key,
            {"state_token": self.storage.signed_token()},
        )

    def step_title(self, step):
        return step

    def wizard_context(self):
        """What every step's template needs: the signed state, the form's address, the step
        and the progress through the steps."""
        steps = list(self.get_form_list())
        current = self.steps.current
        return {
            "state_field": STATE_FIELD,
            "state_token": self.storage.signed_token(),
            "form_action": self.form_action(),
            "step_name": current,
            "step_number": steps.index(current) + 1,
            "step_count": len(steps),
            "step_title": self.step_title(current),
            "progress_steps": [
                {"name": name, "title": self.step_title(name), "current": name == current}
                for name in steps
            ],
        }
