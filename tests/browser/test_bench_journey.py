"""`make bench` counts whole completions of the citizenship test: its wrk script
(bench/wrk/journey.lua) walks every step, from the first screen to the results, as a resident
does, and each completion it counts is one the site stored. Against the browser tests' live
server with the demo content (no browser is needed, only that server)."""

import shutil
import subprocess
from pathlib import Path

import pytest

from citizenship_test.models import Completion

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "wrk" / "journey.lua"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed"),
]


def wrk_journeys(url, seconds=2):
    """The counts that journey.lua reports after walking `url` for `seconds`."""
    command = ["wrk", "-t1", "-c1", f"-d{seconds}s", "--timeout", "10s", "-s", str(SCRIPT), url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("ICC-BENCH "))
    return {key: value for key, value in (part.split("=", 1) for part in line.split()[1:])}


def test_the_bench_script_completes_the_test_and_each_completion_is_stored(
    demo_site, django_db_blocker
):
    with django_db_blocker.unblock():
        before = Completion.objects.count()
    counts = wrk_journeys(f"{demo_site}/en/embed/citizenship-test/lisbon/")
    with django_db_blocker.unblock():
        stored = Completion.objects.count() - before
    assert int(counts["completions"]) >= 1, counts
    assert counts["failures"] == "0", counts
    assert counts["status_errors"] == "0", counts
    # A journey cut off by the end of the run may be stored without being counted.
    assert stored >= int(counts["completions"]), (stored, counts)
