"""Group sessions: open one with a code and a QR code, project the facilitator's screen,
watch the group's anonymous aggregate arrive, close it."""

import django_filters
from django import forms
from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column

from citizenship_test.models import CitizenshipTest, EventSession
from citizenship_test.qr import qr_svg
from citizenship_test.reports import session_report
from citizenship_test.views.admin.scoping import (
    URL_NAMESPACE,
    admin_url,
    customisations_for,
    one_customisation_per_city,
    session_rows,
)
from tools.listings import CityScopedIndexView, RowTitleColumn
from tools.scoping import visible_or_404
from tools.views.admin import AdminScreenMixin, customisation_or_404

__all__ = [
    "CloseSessionView",
    "FacilitatorView",
    "LiveResultsView",
    "NewSessionView",
    "SessionIndexView",
]

#: How often the facilitator's screen asks for new answers (seconds); the fallback without
#: JavaScript reloads the whole page a little less often.
REFRESH_SECONDS = 5
FALLBACK_REFRESH_SECONDS = 15
DURATIONS = [1, 2, 3, 4, 8, 24]


class SessionIndexView(CityScopedIndexView):
    """Group sessions of one city's test (or of every city the user manages), newest first,
    sortable, searchable by code and event, filtered by city and date; the links to open one.

    `<pk>/sessions/` (one test) and `sessions/` (every city) are both this listing; each has its
    results URL (`…_results`) for the search and filters to refresh it.
    """

    model = EventSession
    template_name = "citizenship_test/admin/sessions.html"
    page_title = _("Group sessions")
    header_icon = "group"
    index_url_name = f"{URL_NAMESPACE}:all_sessions"
    index_results_url_name = f"{URL_NAMESPACE}:all_sessions_results"
    default_ordering = "-opened_at"
    search_fields = ["code", "title"]
    extra_filters = {
        "opened_at": django_filters.DateFromToRangeFilter(
            label=_("Opened"), widget=DateRangePickerWidget
        )
    }
    list_display = [
        RowTitleColumn(
            "code", label=_("Code"), get_url=lambda session: admin_url("session", session.pk)
        ),
        Column(
            "city",
            label=_("City"),
            accessor="customisation.city.title",
            sort_key="customisation__city__title",
        ),
        Column("title", label=_("Event"), sort_key="title"),
        Column(
            "opened_at",
            label=_("Opened"),
            accessor=lambda session: formats.date_format(
                timezone.localtime(session.opened_at), "DATETIME_FORMAT"
            ),
            sort_key="opened_at",
        ),
        Column(
            "status",
            label=_("Status"),
            accessor=lambda session: _("Open") if session.is_open() else _("Closed"),
        ),
    ]
    list_export = ["code", "customisation.city", "title", "language", "opened_at", "closed_at"]
    export_filename = "group-sessions"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        pk = kwargs.get("pk")
        self.customisation = (
            customisation_or_404(request.user, CitizenshipTest, pk) if pk is not None else None
        )

    def get_page_subtitle(self):
        return self.customisation.city.title if self.customisation else ""

    def get_base_queryset(self):
        sessions = super().get_base_queryset().select_related("customisation__city")
        if self.customisation:
            sessions = sessions.for_city(self.customisation.city)
        return sessions

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        customisations = (
            [self.customisation]
            if self.customisation
            else one_customisation_per_city(customisations_for(self.request.user))
        )
        context["new_links"] = [
            (customisation, admin_url("new_session", customisation.pk))
            for customisation in customisations
        ]
        context["results_index_url"] = admin_url("index")
        return context


class NewSessionForm(forms.Form):
    title = forms.CharField(
        label=_("Name of the event"),
        max_length=200,
        required=False,
        help_text=_("Optional, for example “Welcome evening, 12 June”. Shown to participants."),
    )
    language = forms.ChoiceField(
        label=_("Language"), help_text=_("The QR code opens the test in this language.")
    )
    hours = forms.TypedChoiceField(
        label=_("Open for"),
        coerce=int,
        initial=3,
        choices=[
            (hours, ngettext_lazy("%(hours)s hour", "%(hours)s hours", "hours") % {"hours": hours})
            for hours in DURATIONS
        ],
        help_text=_("The session closes by itself after this time; you can close it earlier."),
    )

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [(code, names.get(code, code)) for code in languages]


class NewSessionView(AdminScreenMixin, FormView):
    """Open a group session of the city's test, then show its facilitator's screen."""

    template_name = "citizenship_test/admin/new_session.html"
    form_class = NewSessionForm
    page_title = _("Open a group session")
    header_icon = "group"

    def dispatch(self, request, pk):
        self.customisation = customisation_or_404(request.user, CitizenshipTest, pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.customisation.city.title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "languages": self.customisation.offered_languages()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sessions_url"] = admin_url("sessions", self.customisation.pk)
        return context

    def form_valid(self, form):
        session = EventSession.open_for(
            self.customisation,
            form.cleaned_data["language"],
            title=form.cleaned_data["title"],
            hours=form.cleaned_data["hours"],
        )
        return HttpResponseRedirect(admin_url("session", session.pk))


class SessionMixin:
    """Loads `self.session` from the URL; 404 for a session of a city the user does not
    manage."""

    def dispatch(self, request, pk):
        self.session = visible_or_404(request.user, session_rows(), pk)
        return super().dispatch(request, pk)


class FacilitatorView(SessionMixin, TemplateView):
    """The screen to project: code, QR code, join link, and the group's aggregate, refreshed
    every few seconds (a small script; a meta refresh without JavaScript)."""

    template_name = "citizenship_test/admin/facilitator.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.session
        join_url = self.request.build_absolute_uri(session.join_path())
        join_page_url = self.request.build_absolute_uri(
            session.join_path().removesuffix(f"{session.code}/")
        )
        context.update(
            {
                "session": session,
                "customisation": session.customisation,
                "is_open": session.is_open(),
                "join_url": join_url,
                "join_page_url": join_page_url,
                "qr": qr_svg(join_url, _("QR code: opens the test for this session")),
                "live_url": admin_url("session_live", session.pk),
                "close_url": admin_url("session_close", session.pk),
                "sessions_url": admin_url("sessions", session.customisation.pk),
                "refresh_seconds": REFRESH_SECONDS,
                "fallback_refresh_seconds": FALLBACK_REFRESH_SECONDS,
                **session_report(session),
            }
        )
        return context


class LiveResultsView(SessionMixin, View):
    """The aggregate part of the facilitator's screen alone, for the polling script."""

    def get(self, request, pk):
        context = {"session": self.session, "is_open": self.session.is_open()}
        context.update(session_report(self.session))
        return TemplateResponse(request, "citizenship_test/admin/includes/live.html", context)


class CloseSessionView(SessionMixin, View):
    """Stop accepting answers (POST only)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        self.session.close()
        return HttpResponseRedirect(admin_url("session", self.session.pk))
