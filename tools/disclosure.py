"""Which figures about residents may leave the server: each one an aggregate of at least
`MIN_PUBLISHED_GROUP` residents, and none that can be subtracted from another to single one
resident out.

Showing only groups of K is not enough: with free dates, "1 to 31 May" minus "1 to 30 May" is
whoever answered on 31 May; "everything" minus "one group session" is whoever was not there.
So every tool that publishes results follows two rules, and publishes only what they allow:

- Reporting blocks. Dates are never chosen freely. Calendar months are merged in order, each
  block from its first month with an answer, into blocks of at least K answers; a block
  closes only once its last month is over, so it never changes afterwards. The trailing
  block (under K, or with a month still running) is withheld. A screen shows one closed
  block or all of them: two choices differ by whole blocks, each of K at least
  (`reporting_blocks`).
- Parts of a block (a group session, an age band). Inside a block, a part is shown only when
  it holds K answers and what the shown parts leave of the block is empty or holds K too
  (`shown_parts`). A figure over several blocks shows a part only when each block that has it
  shows it (`shown_in_every_block`). Any figure is then a sum of such cells of K at least, and
  so is any difference of two of them. For a tool's tallies per month and part (a group
  session shown on its own screen, `parts_shown_alone`; an age band), `Cells` and
  `groups_shown` say which parts, and which sums in them, a figure may show.

Closed blocks are kept (`tools.models.ReportingPeriod`, `anchored_blocks`) before answers are
deleted: merged from the first month with answers, blocks would otherwise move when the
retention purge deletes old answers, or deleting a language version of a tool deletes its
tallies, and the new ones would overlap the ones already shown. Every figure is therefore of a
named series (`closed_block_rows`' `series`), and whatever deletes answers keeps its blocks
first (a `pre_delete` receiver: `checklists.periods`, `antirumours.checker`,
`citizenship_test.published`). A
kept block is shown only while its answers are all there; once the purge has taken some, it is
withheld whole, and the blocks after it stay as they were.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import formats, timezone

from tools.comparison import MIN_COMPARISON_GROUP

__all__ = [
    "MIN_PUBLISHED_GROUP",
    "Block",
    "Cell",
    "Cells",
    "allowed",
    "anchored_blocks",
    "block_of",
    "block_rows",
    "closed_block_rows",
    "groups_shown",
    "month_counts",
    "month_start",
    "open_count",
    "parts_shown_alone",
    "reporting_blocks",
    "shown_in_every_block",
    "shown_parts",
    "stored_blocks",
]

#: The smallest number of residents behind any published figure: the same threshold as the
#: residents' comparisons with their city and the network.
MIN_PUBLISHED_GROUP = MIN_COMPARISON_GROUP


def minimum():
    """The threshold in force (read at call time, so a test may lower it)."""
    return MIN_PUBLISHED_GROUP


def month_start(day):
    return day.replace(day=1)


def _next_month(month):
    return month.replace(year=month.year + month.month // 12, month=month.month % 12 + 1, day=1)


@dataclass(frozen=True)
class Block:
    """A reporting block: whole months from `first` to `last` (included), `count` answers.
    An open block (`closed` False) is withheld; its `last` is None."""

    first: date
    last: date | None
    count: int
    closed: bool

    @property
    def key(self):
        """Its first month as "YYYY-MM": stable, as a block never changes once closed."""
        return self.first.strftime("%Y-%m")

    def contains(self, day):
        """Whether `day` (a date, or the first day of a month) falls in the block."""
        return self.first <= day and (self.last is None or day <= self.last)

    @property
    def label(self):
        start = formats.date_format(self.first, "YEAR_MONTH_FORMAT")
        if self.last is None or month_start(self.last) == self.first:
            return start
        return f"{start} – {formats.date_format(self.last, 'YEAR_MONTH_FORMAT')}"


def reporting_blocks(month_counts, today, least=None, shown_elsewhere=None):
    """[Block] of `month_counts` ({first day of a month: answers}), oldest first; the last one
    is open (withheld) when answers are left over that do not make a closed block yet.

    `shown_elsewhere` ({month: answers}) counts the answers of parts another screen already
    shows on their own (a group session's own screen): a block closes only when what they
    leave of it is nothing or at least `least` too, so that the block minus them is no one."""
    least = minimum() if least is None else least
    shown_elsewhere = shown_elsewhere or {}
    if not month_counts:
        return []
    current = month_start(today)
    blocks, start, count, elsewhere = [], None, 0, 0
    month = min(month_counts)
    while month < current:
        if start is None and month_counts.get(month):
            start = month  # a block begins with its first month of answers
        count += month_counts.get(month, 0)
        elsewhere += shown_elsewhere.get(month, 0)
        if count >= least and (count == elsewhere or count - elsewhere >= least):
            blocks.append(Block(start, _next_month(month) - timedelta(days=1), count, True))
            start, count, elsewhere = None, 0, 0
        month = _next_month(month)
    count += sum(number for month, number in month_counts.items() if month >= current)
    if count:
        blocks.append(Block(start or current, None, count, False))
    return blocks


def block_of(blocks, day):
    """The block of `blocks` that `day` falls in, or None."""
    return next((block for block in blocks if block.contains(day)), None)


def stored_blocks(scopes):
    """{scope: [Block]} of the closed blocks kept for each of `scopes`, oldest first. One
    query. Read it after the answers, never before: a purge keeps the blocks before it deletes
    anything, so answers read first are never older than the blocks read after them."""
    from tools.models import ReportingPeriod

    found = {scope: [] for scope in scopes}
    for period in ReportingPeriod.objects.filter(scope__in=list(found)).order_by("first"):
        found[period.scope].append(Block(period.first, period.last, period.count, True))
    return found


def _keep(scope, blocks):
    """Keep the closed `blocks` of `scope` whose months are over by the real date (not a test's
    `today`); a block already kept by a concurrent request is left as it is."""
    from tools.models import ReportingPeriod

    current = month_start(timezone.localdate())
    new = [
        ReportingPeriod(scope=scope, first=block.first, last=block.last, count=block.count)
        for block in blocks
        if block.closed and block.last < current
    ]
    ReportingPeriod.objects.bulk_create(new, ignore_conflicts=True)


def anchored_blocks(
    scope, month_counts, today, shown_elsewhere=None, least=None, stored=None, keep=False
):
    """`reporting_blocks` of the series `scope`, after the closed blocks already kept for it
    (`stored`, from `stored_blocks`, else one query); with `keep`, those that have closed
    since are kept too. Whatever deletes answers must keep the blocks first (the retention
    purge does): the blocks computed between two deletions are the same each time.

    A kept block is given while `month_counts` still holds exactly its answers, and left out
    once some are gone (deleted under the retention rule): never shown again, never merged
    into another. Months up to the end of the last kept block belong to the kept blocks;
    the blocks after it are merged from the months after it, as `reporting_blocks` does."""
    stored = stored_blocks([scope])[scope] if stored is None else stored
    kept, end = [], None
    for block in stored:
        if end is not None and block.first <= end:
            # Overlaps one before it (two purges at once, each keeping what it read): its
            # months are shown in neither this nor a new block.
            end = max(end, block.last)
            continue
        if sum(count for month, count in month_counts.items() if block.contains(month)) == (
            block.count
        ):
            kept.append(block)
        end = block.last
    later = {month: count for month, count in month_counts.items() if end is None or month > end}
    elsewhere = {
        month: count
        for month, count in (shown_elsewhere or {}).items()
        if end is None or month > end
    }
    blocks = reporting_blocks(later, today, least, elsewhere)
    if keep:
        _keep(scope, blocks)
    return kept + blocks


def shown_parts(total, parts, least=None):
    """The keys of `parts` ({key: answers}, disjoint parts of a block of `total` answers) that
    may be shown: each of at least `least` answers, leaving nothing or at least `least` of the
    block to the parts not shown. The smallest shown part joins the rest when it must."""
    least = minimum() if least is None else least
    shown = {key: count for key, count in parts.items() if count >= least}
    while shown and 0 < total - sum(shown.values()) < least:
        del shown[min(shown, key=lambda key: (shown[key], str(key)))]
    return set(shown)


def shown_in_every_block(blocks, least=None):
    """The parts that may be shown over several blocks, each given as (total, {key: answers}):
    those shown in each block where they have answers."""
    present, hidden = set(), set()
    for total, parts in blocks:
        here = {key for key, count in parts.items() if count}
        present |= here
        hidden |= here - shown_parts(total, parts, least)
    return present - hidden


def allowed(cells, least=None):
    """Whether a figure made of `cells` (answers in each cell of the finest partition it is made
    of) may be shown: every cell empty or of at least `least`."""
    least = minimum() if least is None else least
    return all(count == 0 or count >= least for count in cells)


def parts_shown_alone(rows, part, month="month", count="count", least=None):
    """The parts (`row[part]`: a group session; None for a row in none) that a screen of their
    own may show: of at least `least` answers, all in one month, so that each is whole in one
    block. `rows` are tallies per month (`month`, a first day) and part, of `count` answers."""
    least = minimum() if least is None else least
    totals, months = {}, {}
    for row in rows:
        key = row[part]
        if key is not None:
            totals[key] = totals.get(key, 0) + row[count]
            months.setdefault(key, set()).add(row[month])
    return {key for key, number in totals.items() if number >= least and len(months[key]) == 1}


def month_counts(rows, shown=(), part=None, month="month", count="count"):
    """({month: answers}, {month: answers of the parts in `shown`}) of `rows`, as
    `reporting_blocks` takes them (its `month_counts` and `shown_elsewhere`)."""
    months, elsewhere = {}, {}
    for row in rows:
        months[row[month]] = months.get(row[month], 0) + row[count]
        if part is not None and row[part] in shown:
            elsewhere[row[month]] = elsewhere.get(row[month], 0) + row[count]
    return months, elsewhere


@dataclass
class Cell:
    """The answers of one block in one part shown on its own (`part`), or in none of the
    shown parts (`part` None): how many, and the sum of each of the rows' `sums` fields."""

    block: Block
    part: object
    count: int = 0
    sums: dict = field(default_factory=dict)


class Cells:
    """The cells of a figure over `blocks` (closed, chosen ones): in each block, each part of
    `shown` (`parts_shown_alone`) it holds, and the rest of it. The blocks waited until that
    rest was nothing or `least` (`reporting_blocks`' `shown_elsewhere`), so a figure whose
    every cell is empty or of `least` answers (`withheld`) differs from any other by such
    cells only. `rows` as for `parts_shown_alone`; `sums` the fields of a row added up in
    each cell (how many answered each question, for example)."""

    def __init__(self, blocks, rows, shown, part, sums=(), month="month", count="count"):
        self.blocks = list(blocks)
        self.present, self.shown, self.all = {}, {}, []
        for block in self.blocks:
            found = [row for row in rows if block.contains(row[month])]
            present = {}
            for row in found:
                if row[part] is not None:
                    present[row[part]] = present.get(row[part], 0) + row[count]
            self.present[block] = present
            self.shown[block] = {key for key in present if key in shown}
            by_key = {key: Cell(block, key) for key in self.shown[block]}
            rest = Cell(block, None)
            for row in found:
                cell = by_key.get(row[part], rest)
                cell.count += row[count]
                for name in sums:
                    cell.sums[name] = cell.sums.get(name, 0) + (row[name] or 0)
            self.all.extend([*by_key.values(), rest])

    def part_shown(self, key):
        """Whether the part `key` may be shown alone: in each block it has answers in."""
        return all(
            key in self.shown[block] for block in self.blocks if self.present[block].get(key)
        )

    def of(self, key=None):
        """The cells of the figure: every cell, or those of the part `key`."""
        return self.all if key is None else [cell for cell in self.all if cell.part == key]

    def withheld(self, names, key=None, least=None):
        """The fields of `names` summed too small in some cell of the figure (of the part
        `key`, or whole)."""
        cells = self.of(key)
        return {
            name for name in names if not allowed((cell.sums.get(name, 0) for cell in cells), least)
        }

    def place(self, day, key):
        """(block, part or None for the rest) of other counts of the day `day` in the part
        `key`: the cell they belong to, or (None, None) outside the blocks."""
        block = block_of(self.blocks, day)
        if block is None:
            return None, None
        return block, key if key in self.shown[block] else None


def groups_shown(blocks, rows, name, values, month="month", count="count", least=None):
    """The values of `values` (age bands, for example) whose group (`row[name]`) a figure over
    `blocks` may show (`shown_in_every_block`), from `rows` tallied per month and value. A
    value outside `values` (not said) is never a group of its own."""
    known = set(values)
    per_block = []
    for block in blocks:
        parts = {}
        for row in rows:
            if row[name] in known and block.contains(row[month]):
                parts[row[name]] = parts.get(row[name], 0) + row[count]
        per_block.append((block.count, parts))
    return shown_in_every_block(per_block, least)


def block_rows(
    rows, today, group=lambda row: None, count="count", least=None, *, series, keep=False
):
    """[(group, Block, [row])] of `rows` (dicts with a first-of-month `month` and a `count`),
    each group (a city, a tool: `group(row)`) with its own reporting blocks, closed and open,
    oldest first within a group. For figures stored as monthly tallies.

    The blocks of the group `key` are the series "`series`:`key`", anchored on the blocks kept
    for it (`anchored_blocks`, one more query); with `keep`, those closed since are kept too.
    Whatever deletes some of a group's tallies (a language version of a tool, with its own)
    keeps them first, so that no block shown so far moves. A kept block that lost some of its
    answers under the retention rule is in none: never shown again, and not waiting either."""
    per_group = {}
    for row in rows:
        per_group.setdefault(group(row), []).append(row)
    scopes = {key: f"{series}:{key}" for key in per_group}
    stored = stored_blocks(scopes.values()) if scopes else {}
    found = []
    for key, members in per_group.items():
        months = {}
        for row in members:
            months[row["month"]] = months.get(row["month"], 0) + (row[count] or 0)
        blocks = anchored_blocks(
            scopes[key], months, today, least=least, stored=stored[scopes[key]], keep=keep
        )
        for block in blocks:
            inside = [row for row in members if block.contains(row["month"])]
            found.append((key, block, inside))
    return found


def closed_block_rows(
    rows, today, group=lambda row: None, count="count", least=None, *, series, keep=False
):
    """The closed blocks of `block_rows`: [(group, Block, [row])], oldest first within a
    group."""
    found = block_rows(rows, today, group, count, least, series=series, keep=keep)
    return [(key, block, inside) for key, block, inside in found if block.closed]


def open_count(found):
    """How many answers of `found` (`block_rows`) are in an open block: counted, not shown
    yet, and shown once their block closes."""
    return sum(block.count for _key, block, _inside in found if not block.closed)
