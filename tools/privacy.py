"""What the tools store about residents, for how long, and the purge of what has expired.

Each tool declares what it stores as `stored_data` on its `CityTool` subclass, a tuple of
`StoredData`; the framework declares its own (`FRAMEWORK_STORED_DATA`). The same declarations
build the privacy page of each city (`tools.views.privacy`) and drive
`manage.py purge_expired_data`, so a tool cannot store something its privacy page omits
without a reviewer seeing the declaration.

A declaration purges through `purge` (a dotted path to a function taking the cut-off
datetime and returning the number deleted) or, without one, the model's
`purge_expired(before)` classmethod.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tools.models import RateCounter
from tools.registry import get_tool_types
from tools.state import longest_form_age

__all__ = [
    "AGGREGATE",
    "FRAMEWORK_STORED_DATA",
    "KEPT_ON_PURPOSE",
    "RESIDENT_DATA",
    "StoredData",
    "all_stored_data",
    "purge_expired_data",
    "retention_days",
]

#: Kept for `RESIDENT_DATA_RETENTION_DAYS`, then deleted.
RESIDENT_DATA = "resident"
#: Counts without anything about a person: kept.
AGGREGATE = "aggregate"
#: Kept on purpose (published with the resident's consent, or needed to verify something)
#: until the city deletes it on request.
KEPT_ON_PURPOSE = "kept"


def retention_days():
    return int(getattr(settings, "RESIDENT_DATA_RETENTION_DAYS", 730))


@dataclass(frozen=True)
class StoredData:
    """One kind of record a tool keeps about what residents send.

    `what` says, for residents, what one record holds (translatable); `model` is its
    "app_label.ModelName" (or None for files); `retention` is `RESIDENT_DATA`, `AGGREGATE` or a
    `KEPT_ON_PURPOSE` or a `timedelta` of its own (short-lived technical records), or a
    function returning one (when it follows a setting or other declarations); `purge` an
    optional dotted path.
    """

    what: str
    model: str | None = None
    retention: object = RESIDENT_DATA
    purge: str | None = None

    @property
    def key(self):
        return (self.model, self.purge, str(self.retention))

    def kept_for(self):
        """The retention as a timedelta, or None when nothing is deleted."""
        if self.retention in (AGGREGATE, KEPT_ON_PURPOSE):
            return None
        if self.retention == RESIDENT_DATA:
            return timedelta(days=retention_days())
        if callable(self.retention):
            return self.retention()
        return self.retention

    def describe_retention(self):
        """How long it is kept, in words for the privacy page."""
        if self.retention == AGGREGATE:
            return _("Kept: counts only, nothing about a person.")
        if self.retention == KEPT_ON_PURPOSE:
            return _("Kept; ask the city's contact to have it deleted.")
        kept = self.kept_for()
        if kept >= timedelta(days=1):
            days = kept.days
            return ngettext(
                "Deleted after %(count)d day.", "Deleted after %(count)d days.", days
            ) % {"count": days}
        hours = max(1, round(kept.total_seconds() / 3600))
        return ngettext(
            "Deleted after %(count)d hour.", "Deleted after %(count)d hours.", hours
        ) % {"count": hours}

    def run_purge(self, now):
        """Delete what is older than its retention. Returns the number deleted (None: kept)."""
        kept = self.kept_for()
        if kept is None:
            return None
        before = now - kept
        if self.purge:
            return import_string(self.purge)(before)
        return apps.get_model(self.model).purge_expired(before)


def _replay_memory():
    """As long as the longest-lived form of any tool (tools.state.longest_form_age)."""
    return timedelta(seconds=longest_form_age())


#: Rate counters go as soon as their window has ended (as new ones are written); on a quiet site
#: the daily purge takes the last ones, hence a day at most.
RATE_COUNTERS_KEPT = timedelta(days=1)


def purge_rate_counters(before):
    """Delete the rate counters whose window had ended by the purge's time."""
    return RateCounter.purge_expired(before + RATE_COUNTERS_KEPT)


#: What the framework itself keeps: the one-time codes of accepted forms, for as long as the
#: longest-lived form can live, and the per-client counters of the rate limit.
FRAMEWORK_STORED_DATA = (
    StoredData(
        what=_(
            "A random one-time code of each form you send, and of each series of steps you "
            "complete, so that the same form cannot be sent twice. It says nothing about you "
            "or your answers. Kept in the site's database, or in its Redis server when it has "
            "one."
        ),
        model="tools.UsedFormNonce",
        retention=_replay_memory,
    ),
    StoredData(
        what=_(
            "How many forms were sent from your connection in the current minute, to stop "
            "floods. Your connection is known only by a code computed from its address with a "
            "secret key that changes every day and is never stored, so the code cannot be "
            "turned back into the address, nor linked to the next day's. Your address itself "
            "is not kept. Kept in the site's database, or in its Redis server when it has one."
        ),
        model="tools.RateCounter",
        retention=RATE_COUNTERS_KEPT,
        purge="tools.privacy.purge_rate_counters",
    ),
)


def all_stored_data():
    """Every declaration of the framework and the installed tools, each model once."""
    seen = set()
    found = []
    for declaration in (
        *FRAMEWORK_STORED_DATA,
        *(item for model in get_tool_types() for item in model.stored_data),
    ):
        if declaration.key not in seen:
            seen.add(declaration.key)
            found.append(declaration)
    return found


def purge_expired_data(now=None):
    """Run every declaration's purge. Returns [(declaration, number deleted)], kept ones left
    out."""
    now = now or timezone.now()
    results = []
    for declaration in all_stored_data():
        deleted = declaration.run_purge(now)
        if deleted is not None:
            results.append((declaration, deleted))
    return results
