"""The test's results under the framework's rule on published figures (`tools.disclosure`):
the city's reporting blocks, the group sessions each block may show, and which scores,
questions and demographic groups a chosen figure may show.

A figure is one closed block or all of them, whole or narrowed to one group session. The
"cells" it is made of are, in each block, the group sessions shown there and the rest of the
block: every cell is empty or of `MIN_PUBLISHED_GROUP` residents, and a score, a question or an
age band is shown only when it is so in every cell of the figure. The screens, the exports and
the residents' comparisons all read their figures through `ResultsScope` or
`published_summary`, never from a free date range.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from citizenship_test.aggregates import (
    MIN_EVENT_GROUP,
    SCORES,
    Breakdown,
    as_date,
    fold,
    score_sums,
)
from citizenship_test.models import Completion
from tools.disclosure import (
    allowed,
    minimum,
    reporting_blocks,
    shown_in_every_block,
    shown_parts,
)

__all__ = [
    "WITHHELD_NOTHING_CLOSED",
    "WITHHELD_SESSION",
    "ResultsScope",
    "city_blocks",
    "city_rows",
    "network_summary",
    "published_summary",
]

#: Why a figure is withheld: no block has closed yet; the group session (or the rest of its
#: block) is too small to be told apart.
WITHHELD_NOTHING_CLOSED = "nothing-closed"
WITHHELD_SESSION = "session"


def _block_of(blocks, day):
    for block in blocks:
        if block.first <= day and (block.last is None or day <= block.last):
            return block
    return None


def city_rows(customisation):
    """The city's completions counted per month and group session, with how many had each
    score: what its blocks and their cells are made of. One query."""
    return list(
        Completion.objects.for_city(customisation.city)
        .order_by()
        .annotate(month=TruncMonth("completed_on"))
        .values("month", "event_session")
        .annotate(count=Count("pk"), **{f"n_{score}": Count(f"{score}_score") for score in SCORES})
    )


def city_blocks(customisation, today=None, rows=None):
    """The reporting blocks of the city of `customisation`, the open one last; from `rows`
    (`city_rows`) when given, else one query."""
    rows = city_rows(customisation) if rows is None else rows
    live = live_sessions(rows)
    months, elsewhere = {}, {}
    for row in rows:
        month = as_date(row["month"])
        months[month] = months.get(month, 0) + row["count"]
        if row["event_session"] in live:
            elsewhere[month] = elsewhere.get(month, 0) + row["count"]
    return reporting_blocks(months, today or timezone.localdate(), shown_elsewhere=elsewhere)


def live_sessions(rows):
    """The group sessions of `rows` (`city_rows`) whose facilitator's screen shows their
    aggregate (from `aggregates.MIN_EVENT_GROUP` tests, `reports.session_report`): published
    there, they count as shown parts of their block everywhere else."""
    totals = {}
    for row in rows:
        if row["event_session"] is not None:
            key = row["event_session"]
            totals[key] = totals.get(key, 0) + row["count"]
    return {key for key, count in totals.items() if count >= MIN_EVENT_GROUP}


@dataclass
class Cell:
    """The residents of one block in one shown group session (`session`), or in none of the
    shown ones (`session` None): how many, and how many had each score."""

    block: object
    session: int | None
    elsewhere: bool = False
    count: int = 0
    answered: dict = field(default_factory=dict)


class ResultsScope:
    """The figure a results screen or export may show for the city of `customisation`:
    `block_key` names one closed block ("YYYY-MM", else all of them), `session` one of the
    city's group sessions (else none); `rows` are the city's `city_rows` (else one query)."""

    def __init__(self, customisation, block_key=None, session=None, rows=None):
        self.customisation = customisation
        self._completions = Completion.objects.for_city(customisation.city)
        self._rows = city_rows(customisation) if rows is None else rows
        self.blocks = city_blocks(customisation, rows=self._rows)
        self.closed = [block for block in self.blocks if block.closed]
        self.open = next((block for block in self.blocks if not block.closed), None)
        self.chosen = next((block for block in self.closed if block.key == block_key), None)
        self.selected = [self.chosen] if self.chosen else self.closed
        self.session = session
        self.shown_sessions, self.sessions_in = {}, {}
        self.cells = self._cells() if self.selected else []

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

    def _range(self):
        return self.selected[0].first, self.selected[-1].last

    def completions(self):
        """The completions of the figure (none when it is withheld)."""
        if self.withheld:
            return self._completions.none()
        rows = self._completions.filter(completed_on__range=self._range())
        if self.session is not None:
            rows = rows.filter(event_session=self.session)
        return rows

    def answer_counts(self, counts):
        """`counts` (answer counters of the city) narrowed to the figure."""
        if self.withheld:
            return counts.none()
        counts = counts.filter(day__range=self._range())
        if self.session is not None:
            counts = counts.filter(event_session=self.session)
        return counts

    # --- The cells ---
    def _cells(self):
        rows = self._rows
        per_block = {}
        for row in rows:
            block = _block_of(self.selected, as_date(row["month"]))
            if block is not None:
                per_block.setdefault(block, []).append(row)
        live = live_sessions(rows)
        cells = []
        for block in self.selected:
            found = per_block.get(block, [])
            sessions = {}
            for row in found:
                if row["event_session"] is not None:
                    sessions[row["event_session"]] = (
                        sessions.get(row["event_session"], 0) + row["count"]
                    )
            # Sessions whose live screen shows them are parts of the block already; the
            # others are shown when they and what is left reach K.
            held = {key: count for key, count in sessions.items() if key in live}
            others = {key: count for key, count in sessions.items() if key not in live}
            shown = shown_parts(block.count - sum(held.values()), others)
            shown |= {key for key, count in held.items() if count >= minimum()}
            self.shown_sessions[block] = shown
            self.sessions_in[block] = sessions
            by_key = {key: Cell(block, key) for key in shown}
            # A live session too small to be shown here is still a cell of its own for the
            # scores (its screen gave them), never for the questions (it gave none).
            aside = {key: Cell(block, key, elsewhere=True) for key in held if key not in shown}
            rest = Cell(block, None)
            for row in found:
                key = row["event_session"]
                cell = by_key.get(key) or aside.get(key) or rest
                cell.count += row["count"]
                for score in SCORES:
                    cell.answered[score] = cell.answered.get(score, 0) + row[f"n_{score}"]
            cells.extend([*by_key.values(), *aside.values(), rest])
        return cells

    @property
    def session_shown(self):
        """Whether the chosen session may be shown: it is in each chosen block it has tests in."""
        key = self.session.pk
        return all(
            key in self.shown_sessions[block]
            for block in self.selected
            if self.sessions_in[block].get(key)
        )

    def figure_cells(self):
        """The cells the figure is made of."""
        if self.session is None:
            return self.cells
        return [
            cell for cell in self.cells if cell.session == self.session.pk and not cell.elsewhere
        ]

    def withheld_scores(self):
        """The scores whose average would rest on too few residents in some cell."""
        cells = [cell for cell in self.figure_cells() if not cell.elsewhere]
        return {
            score for score in SCORES if not allowed(cell.answered.get(score, 0) for cell in cells)
        }

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
            block = _block_of(self.selected, as_date(month))
            cell = session if block and session in self.shown_sessions[block] else None
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
            row["block"] = _block_of(self.selected, as_date(row["month"]))
        total = sum(block.count for block in self.selected)
        result = {}
        for name, choices in questions:
            known = {value for value, _label in choices}
            per_block = []
            for block in self.selected:
                parts = {}
                for row in rows:
                    if row["block"] == block and row[name] in known:
                        parts[row[name]] = parts.get(row[name], 0) + row["count"]
                per_block.append((block.count, parts))
            shown = shown_in_every_block(per_block)
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


def published_summary(completions=None, today=None):
    """The `aggregates.Summary` of `completions` (every city's by default) in each city's
    closed reporting blocks only: the network's figure, and a city's, as residents see them.
    One query grouped by city, month and group session, folded here."""
    completions = Completion.objects.all() if completions is None else completions
    today = today or timezone.localdate()
    per_city = {}
    for row in (
        completions.order_by()
        .annotate(month=TruncMonth("completed_on"))
        .values("customisation__city__translation_key", "month", "event_session")
        .annotate(count=Count("pk"), **score_sums())
    ):
        row["month"] = as_date(row["month"])
        per_city.setdefault(row["customisation__city__translation_key"], []).append(row)
    kept = []
    for rows in per_city.values():
        # The same blocks as the city's results screens (`city_blocks`).
        closed = [block for block in city_blocks(None, today, rows) if block.closed]
        if closed:
            first, last = closed[0].first, closed[-1].last
            kept.extend(row for row in rows if first <= row["month"] <= last)
    return fold(kept)


#: How long the network's figure is kept before it is counted again (seconds). It changes only
#: when a city's block closes, so a few minutes' delay costs nothing.
NETWORK_KEPT = 300


def network_summary():
    """The `aggregates.Summary` of every city's closed blocks, from the cache when it can."""
    key = "citizenship_test:published-network"
    found = cache.get(key)
    if found is None:
        found = published_summary()
        cache.set(key, found, NETWORK_KEPT)
    return found
