"""The test's results under the framework's rule on published figures (`tools.disclosure`):
the city's reporting blocks, the group sessions each block may show, and which scores,
questions and demographic groups a chosen figure may show.

A figure is one closed block or all of them, whole or narrowed to one group session. The
"cells" it is made of are, in each block, the group sessions shown there and the rest of the
block: every cell is empty or of `MIN_PUBLISHED_GROUP` residents, and a score, a question or an
age band is shown only when it is so in every cell of the figure. A group session is shown on
its own (on its facilitator's screen, and as a filter here) only once it is closed, with
`MIN_PUBLISHED_GROUP` tests all in one month (`session_withheld`); its block waits until the
rest of it is nothing or `MIN_PUBLISHED_GROUP` too. The screens, the exports and the residents'
comparisons all read their figures through `Readings` and `ResultsScope`, never from a free
date range.
"""

from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from citizenship_test.aggregates import SCORES, Breakdown, as_date, fold, score_sums
from citizenship_test.models import Completion
from tools.disclosure import (
    Cells,
    allowed,
    anchored_blocks,
    block_of,
    groups_shown,
    minimum,
    month_counts,
    parts_shown_alone,
    stored_blocks,
)

__all__ = [
    "WITHHELD_NOTHING_CLOSED",
    "WITHHELD_SESSION",
    "ResultsScope",
    "Readings",
    "city_blocks",
    "displayed_sessions",
    "keep_periods",
    "keep_periods_before_deleting",
    "purge_expired_tests",
    "network_summary",
    "period_scope",
    "session_withheld",
]

#: Why a figure is withheld: no block has closed yet; the group session (or the rest of its
#: block) is too small to be told apart.
WITHHELD_NOTHING_CLOSED = "nothing-closed"
WITHHELD_SESSION = "session"

#: The rows' field naming the part of a block a row is in: its group session.
SESSION = "event_session"

#: Why a group session's own screen shows no figures (`session_withheld`): it still accepts
#: answers; fewer than `MIN_PUBLISHED_GROUP` took part; its answers fall in two months.
SESSION_OPEN = "open"
SESSION_FEW = "few"
SESSION_MONTHS = "months"


def period_scope(city_key):
    """The series (`tools.models.ReportingPeriod.scope`) of a city's reporting periods."""
    return f"citizenship_test:{city_key}"


def session_withheld(is_open, count, months):
    """Why the facilitator's screen of a group session shows no figures ("" when it shows
    them), from whether it is open, its number of tests and of months they fall in.

    Figures that moved with each new test would give each participant's scores away to whoever
    watches the screen: they appear once, when the session no longer accepts answers. The
    session is then a part of its reporting period shown on its own (`displayed_sessions`),
    so it needs `MIN_PUBLISHED_GROUP` tests, all in one month: one across the end of a month
    would be a part of two periods, each share of it too small to be shown."""
    if is_open:
        return SESSION_OPEN
    if count < minimum():
        return SESSION_FEW
    if months != 1:
        return SESSION_MONTHS
    return ""


class Readings:
    """The completions of every city (or of `city`) per city, month and group session, with
    how many had each score and their sums, and then the blocks kept for each city
    (`tools.disclosure.stored_blocks`, read after the rows): all a figure is made of, in two
    queries. `blocks(key)` are a city's reporting blocks, `summary(key)` the figure of its
    closed ones (of every city's without a key)."""

    def __init__(self, city=None, today=None):
        completions = Completion.objects.all()
        if city is not None:
            completions = completions.for_city(city)
        self.today = today or timezone.localdate()
        self.rows = {}
        for row in (
            completions.order_by()
            .annotate(month=TruncMonth("completed_on"))
            .values("customisation__city__translation_key", "month", "event_session")
            .annotate(count=Count("pk"), **score_sums())
        ):
            row["month"] = as_date(row["month"])
            self.rows.setdefault(row["customisation__city__translation_key"], []).append(row)
        self.stored = stored_blocks([period_scope(key) for key in self.rows])
        self._blocks = {}

    def city(self, key):
        """The rows of the city of translation key `key`."""
        return self.rows.get(key, [])

    def blocks(self, key, keep=False):
        """The reporting blocks of the city `key`, the open one last; with `keep`, those that
        have closed are kept (`tools.disclosure.anchored_blocks`)."""
        if key not in self._blocks or keep:
            rows = self.city(key)
            months, elsewhere = month_counts(rows, displayed_sessions(rows), SESSION)
            self._blocks[key] = anchored_blocks(
                period_scope(key),
                months,
                self.today,
                shown_elsewhere=elsewhere,
                stored=self.stored.get(period_scope(key), []),
                keep=keep,
            )
        return self._blocks[key]

    def summary(self, key=None):
        """The `aggregates.Summary` of the closed blocks of the city `key`, or of every city."""
        kept = []
        for city in self.rows if key is None else [key]:
            closed = [block for block in self.blocks(city) if block.closed]
            kept.extend(row for row in self.city(city) if block_of(closed, row["month"]))
        return fold(kept)


def city_blocks(customisation, today=None, readings=None):
    """The reporting blocks of the city of `customisation`, the open one last (from
    `readings`, else two queries)."""
    readings = Readings(customisation.city, today) if readings is None else readings
    return readings.blocks(customisation.city.translation_key)


def displayed_sessions(rows):
    """The group sessions of a city's `rows` (`Readings.city`) whose facilitator's screen shows
    their figures once closed (`session_withheld`): of `MIN_PUBLISHED_GROUP` tests at least,
    all in one month (`tools.disclosure.parts_shown_alone`). Shown there, they are parts of
    their block shown on their own everywhere."""
    return parts_shown_alone(rows, SESSION)


def _within(blocks, name):
    """A filter on the date field `name` for the days of `blocks` (which may leave gaps)."""
    return reduce(or_, (Q(**{f"{name}__range": (block.first, block.last)}) for block in blocks))


class ResultsScope:
    """The figure a results screen or export may show for the city of `customisation`:
    `block_key` names one closed block ("YYYY-MM", else all of them), `session` one of the
    city's group sessions (else none), from `readings` (else two queries)."""

    def __init__(self, customisation, block_key=None, session=None, readings=None):
        self.customisation = customisation
        self.readings = Readings() if readings is None else readings
        key = customisation.city.translation_key
        self._completions = Completion.objects.for_city(customisation.city)
        self._rows = self.readings.city(key)
        self.blocks = self.readings.blocks(key)
        self.closed = [block for block in self.blocks if block.closed]
        self.open = next((block for block in self.blocks if not block.closed), None)
        self.chosen = next((block for block in self.closed if block.key == block_key), None)
        self.selected = [self.chosen] if self.chosen else self.closed
        self.session = session
        # In each chosen block, the sessions shown on their own and the rest.
        self.cells = Cells(
            self.selected,
            self._rows,
            displayed_sessions(self._rows),
            SESSION,
            sums=[f"n_{score}" for score in SCORES],
        )

    def network(self):
        """The network's figure: every city's closed blocks (`network_summary`)."""
        return network_summary(self.readings)

    # --- Which figure ---
    @property
    def open_count(self):
        """Tests of the open block: counted, never shown."""
        return self.open.count if self.open else 0

    @property
    def withheld(self):
        """ "" when the figure may be shown, else why not (`WITHHELD_*`)."""
        if not self.selected:
            return WITHHELD_NOTHING_CLOSED
        if self.session is not None and not self.session_shown:
            return WITHHELD_SESSION
        return ""

    def completions(self):
        """The completions of the figure (none when it is withheld)."""
        if self.withheld:
            return self._completions.none()
        rows = self._completions.filter(_within(self.selected, "completed_on"))
        if self.session is not None:
            rows = rows.filter(event_session=self.session)
        return rows

    def answer_counts(self, counts):
        """`counts` (answer counters of the city) narrowed to the figure."""
        if self.withheld:
            return counts.none()
        counts = counts.filter(_within(self.selected, "day"))
        if self.session is not None:
            counts = counts.filter(event_session=self.session)
        return counts

    # --- The cells ---
    @property
    def session_shown(self):
        """Whether the chosen session may be shown: it is in each chosen block it has tests in."""
        return self.cells.part_shown(self.session.pk)

    def withheld_scores(self):
        """The scores whose average would rest on too few residents in some cell."""
        key = None if self.session is None else self.session.pk
        withheld = self.cells.withheld([f"n_{score}" for score in SCORES], key)
        return {score for score in SCORES if f"n_{score}" in withheld}

    def withheld_questions(self, counts):
        """The question keys of `counts` (the city's counters) answered by too few residents
        in some cell of the figure. One query."""
        if self.withheld:
            return set()
        totals, withheld = {}, set()
        for key, month, session, number in (
            self.answer_counts(counts)
            .order_by()
            .annotate(month=TruncMonth("day"))
            .values("question_key", "month", "event_session")
            .annotate(number=Sum("count"))
            .values_list("question_key", "month", "event_session", "number")
        ):
            block, cell = self.cells.place(as_date(month), session)
            if block is None or (self.session is not None and cell is None):
                # Counters the cells do not account for: shown nowhere.
                withheld.add(key)
                continue
            place = (key, block, cell)
            totals[place] = totals.get(place, 0) + number
        per_question = {}
        for (key, _block, _cell), number in totals.items():
            per_question.setdefault(key, []).append(number)
        return withheld | {key for key, numbers in per_question.items() if not allowed(numbers)}

    def breakdowns(self, questions):
        """{field name: Breakdown} of the demographic questions ([(field name, choices)]) for
        the figure, or None when it is a group session's (its age bands would be the bands
        of the whole block minus the rest). One query."""
        if self.session is not None or self.withheld or not questions:
            return None if self.session is not None else {}
        names = [name for name, _choices in questions]
        sums = {}
        for score in SCORES:
            sums[f"n_{score}"] = Count(f"{score}_score")
            sums[f"s_{score}"] = Sum(f"{score}_score")
        rows = list(
            self.completions()
            .order_by()
            .annotate(month=TruncMonth("completed_on"))
            .values("month", *names)
            .annotate(count=Count("pk"), **sums)
        )
        for row in rows:
            row["month"] = as_date(row["month"])
        total = sum(block.count for block in self.selected)
        result = {}
        for name, choices in questions:
            known = [value for value, _label in choices]
            shown = groups_shown(self.selected, rows, name, known)
            shown_rows = []
            for value, label in choices:
                if value not in shown:
                    continue
                group = [row for row in rows if row[name] == value]
                count = sum(row["count"] for row in group)
                averages = {}
                for score in SCORES:
                    answered = sum(row[f"n_{score}"] for row in group)
                    summed = sum(row[f"s_{score}"] or 0 for row in group)
                    averages[score] = round(summed / answered, 1) if answered else None
                shown_rows.append(
                    {"value": value, "label": label, "count": count, "averages": averages}
                )
            not_said = sum(row["count"] for row in rows if row[name] == "")
            hidden = total - not_said - sum(row["count"] for row in shown_rows)
            result[name] = Breakdown(rows=shown_rows, hidden=hidden, not_said=not_said)
        return result


def keep_periods(city=None):
    """Keep the closed reporting blocks of `city` (of every city by default) as they are now
    (`tools.models.ReportingPeriod`). Whatever deletes tests, or a group session shown on its
    own, does so first: the retention purge, and deleting a session or a language version of
    the test (`keep_periods_before_deleting`). The blocks shown so far then stay as they were,
    or go whole."""
    readings = Readings(city)
    for key in readings.rows:
        readings.blocks(key, keep=True)


def purge_expired_tests(before):
    """The retention purge of tests (`tools.privacy`): the reporting periods shown so far are
    kept first, so that deleting their oldest tests does not move them. Returns the number
    deleted."""
    keep_periods()
    return Completion.purge_expired(before)


def keep_periods_before_deleting(sender, instance, **kwargs):
    """pre_delete of a `CitizenshipTest` or an `EventSession`: `keep_periods` of its city."""
    customisation = getattr(instance, "customisation", instance)
    keep_periods(customisation.city)


#: How long the network's figure is kept before it is counted again (seconds). It changes only
#: when a city's block closes, so a few minutes' delay costs nothing.
NETWORK_KEPT = 300


def network_summary(readings=None):
    """The `aggregates.Summary` of every city's closed blocks, from the cache when it can,
    else from `readings` (or two queries)."""
    key = "citizenship_test:published-network"
    found = cache.get(key)
    if found is None:
        found = (Readings() if readings is None else readings).summary()
        cache.set(key, found, NETWORK_KEPT)
    return found
