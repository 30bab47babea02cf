"""The generic part of the rule on published figures (tools.disclosure): another tool's tallies
per month and group, without the citizenship test's models."""

from datetime import date

from tools.disclosure import Cells, groups_shown, month_counts, parts_shown_alone, reporting_blocks

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)
ROWS = [
    # A workshop of 20 in January, one of 3 in February, and residents on their own.
    {"month": JAN, "group": "workshop", "count": 20, "answered": 20, "band": ""},
    {"month": JAN, "group": None, "count": 5, "answered": 5, "band": "young"},
    {"month": FEB, "group": "small", "count": 3, "answered": 1, "band": "young"},
    {"month": FEB, "group": None, "count": 17, "answered": 17, "band": "old"},
    {"month": MAR, "group": None, "count": 20, "answered": 20, "band": "old"},
]


def test_a_group_of_k_in_one_month_is_a_part_its_block_waits_for():
    shown = parts_shown_alone(ROWS, "group", least=20)
    months, elsewhere = month_counts(ROWS, shown, "group")

    blocks = reporting_blocks(months, date(2026, 6, 1), least=20, shown_elsewhere=elsewhere)

    assert shown == {"workshop"}
    # January alone would be the workshop and 5 more: it waits for February.
    assert [(block.key, block.count) for block in blocks] == [("2026-01", 45), ("2026-03", 20)]


def test_cells_say_which_parts_and_sums_a_figure_may_show():
    shown = parts_shown_alone(ROWS, "group", least=20)
    months, elsewhere = month_counts(ROWS, shown, "group")
    blocks = reporting_blocks(months, date(2026, 6, 1), least=20, shown_elsewhere=elsewhere)

    cells = Cells(blocks, ROWS, shown, "group", sums=["answered"])

    assert cells.part_shown("workshop") and not cells.part_shown("small")
    assert [(cell.part, cell.count) for cell in cells.of()] == [
        ("workshop", 20),
        (None, 25),
        (None, 20),
    ]
    # The rest of January-February: 5 + 1 + 17 answered, 23.
    assert cells.withheld(["answered"], least=20) == set()
    assert cells.place(FEB, "small") == (blocks[0], None)
    # "old" is 20 of March but 17 of January-February: shown for March alone, not for both.
    assert groups_shown(blocks[1:], ROWS, "band", ["young", "old"], least=20) == {"old"}
    assert groups_shown(blocks, ROWS, "band", ["young", "old"], least=20) == set()
