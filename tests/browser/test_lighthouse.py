"""Lighthouse (Google's audit of a page, mobile preset, simulated throttling) on the pages a
city links to: the home page, a city profile, a tool's landing page and a city's tool page
score 100 in performance, accessibility, best practices and SEO; an embedded tool scores 100
in the first three (an embed is `noindex` on purpose, so SEO does not apply).

Lighthouse is the npm package pinned in tests/browser/lighthouse/ (`make lighthouse-deps`,
which the fixture runs), driving Debian's Chromium through tests/browser/lighthouse/audit.mjs:
Lighthouse's own Node.js API with the settings of its command, every page's first audit in one
Node.js process and one Chromium (five audits took 35 s of wall time and 14 CPU-seconds there,
against 60 s and 28 for five runs of the `lighthouse` command); a page measured again gets a
run of its own.

Performance is measured by Lighthouse's simulation from one real load; on a busy machine the
load itself can be slow, so a page whose only miss is performance is measured again, up to three
times in all, unless Lighthouse's own measure of the machine (`benchmarkIndex`, about 1,500 and
more on an idle laptop) says the CPU is starved: an audit costs 6 to 20 CPU-seconds, which a
starved machine would only spend on a figure that is expected to fail again. When that measure
says the CPU was starved, or when the only miss is total blocking time (the site sends no script
a page needs; that figure is the machine's), a performance below 100 is reported as an expected
failure with its figures, not as a pass: accessibility, best practices and SEO, and
the network-bound metrics on an idle machine, are asserted in every case.

Lighthouse itself sometimes fails to record the trace of a load (its runtime error NO_NAVSTART,
here about one audit in four or five, with the command as with audit.mjs). Such a run is
measured again like a slow one; when no attempt records a trace, the three categories that need
none are audited on their own and asserted, and performance is reported as an expected failure
with Lighthouse's error.

The full-page screenshot Lighthouse adds to its report is left out: no category's score uses
it, and a long page's costs CPU to render and encode.
"""

import json
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM

pytestmark = [pytest.mark.browser, pytest.mark.frontend]

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "tests" / "browser" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
AUDIT_SCRIPT = ROOT / "tests" / "browser" / "lighthouse" / "audit.mjs"
ALL = ("performance", "accessibility", "best-practices", "seo")
PAGES = {
    "home page": ("/en/", ALL),
    "city profile": ("/en/cities/lisbon/", ALL),
    "tool landing page": ("/en/tools/citizenship-test/", ALL),
    "tool page": ("/en/tools/citizenship-test/lisbon/", ALL),
    "embed": ("/en/embed/citizenship-test/lisbon/", ALL[:3]),
}
ATTEMPTS = 3
#: Below this benchmark index the machine is too busy for Lighthouse's performance figures.
BUSY_MACHINE = 800
#: Total blocking time is the one metric the simulation takes from this machine's own CPU
#: (its main-thread tasks, times four): on a shared machine it measures the neighbours. A
#: page whose only miss is this one is an expected failure, reported with its figure.
CPU_BOUND = "performance: total-blocking-time"


@pytest.fixture(scope="module")
def lighthouse():
    """The pinned Lighthouse, installed by the project's make target when missing."""
    subprocess.run(["make", "--no-print-directory", "lighthouse-deps"], cwd=ROOT, check=True)
    return LIGHTHOUSE


class TraceNotRecorded(Exception):
    """Lighthouse ran but could not record the page load (its "Runtime error encountered")."""


class AuditFailed(AssertionError):
    """The audit of one page stopped with an error: that page's test fails with it."""


def audit_pages(jobs):
    """Lighthouse's reports (JSON; mobile preset, simulated throttling) of `jobs`, a list of
    (url, categories), in order; a load Lighthouse could not record is a TraceNotRecorded in
    its place, an audit that stopped with an error an AuditFailed. Made by audit.mjs, in one
    Node.js process and one Chromium."""
    pages = [{"url": url, "categories": list(categories)} for url, categories in jobs]
    result = subprocess.run(
        ["node", str(AUDIT_SCRIPT), CHROMIUM, json.dumps(pages)],
        capture_output=True,
        text=True,
        timeout=120 * len(pages),
        cwd=AUDIT_SCRIPT.parent,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["url"] for line in lines] == [url for url, _ in jobs], result.stderr[-2000:]
    return [_outcome(line) for line in lines]


def _outcome(line):
    """The report of one line of audit.mjs, or the exception that stands for it."""
    if "report" in line:
        return line["report"]
    if "runtimeError" in line:
        return TraceNotRecorded(line["runtimeError"])
    return AuditFailed(line["failure"][-2000:])


def audit(url, categories):
    """One page's report; raises TraceNotRecorded when Lighthouse could not record the load,
    AuditFailed when the audit stopped with an error."""
    (report,) = audit_pages([(url, categories)])
    if isinstance(report, Exception):
        raise report
    return report


@pytest.fixture(scope="module")
def first_audits(lighthouse, demo_site):
    """Each page's first audit, {name: report, TraceNotRecorded or AuditFailed}, all in one
    run of audit.mjs."""
    jobs = [(demo_site + path, categories) for path, categories in PAGES.values()]
    return dict(zip(PAGES, audit_pages(jobs), strict=True))


def scores(report):
    return {name: round(category["score"] * 100) for name, category in report["categories"].items()}


def misses(report):
    """The audits that cost points, for the failure message."""
    found = []
    for name, category in report["categories"].items():
        for reference in category["auditRefs"]:
            result = report["audits"][reference["id"]]
            if reference["weight"] and result["score"] is not None and result["score"] < 1:
                found.append(f"{name}: {reference['id']} ({result.get('displayValue', '')})")
    return found


@pytest.mark.parametrize("name", PAGES)
def test_lighthouse_scores_every_category_100(first_audits, demo_site, name):
    path, categories = PAGES[name]
    report = error = None
    for attempt in range(ATTEMPTS):
        try:
            if attempt == 0:
                measured = first_audits[name]
            else:
                measured = audit(demo_site + path, categories)
            if isinstance(measured, Exception):
                raise measured
        except TraceNotRecorded as failure:
            error = failure
            continue
        report = measured
        found = scores(report)
        others = {category: score for category, score in found.items() if category != "performance"}
        if found.get("performance", 100) == 100 or set(others.values()) != {100}:
            break
        if report["environment"]["benchmarkIndex"] < BUSY_MACHINE:
            break  # starved: the same expected failure, another audit's CPU later
    if report is None:
        report = audit(demo_site + path, categories[1:])
        assert set(scores(report).values()) == {100}, misses(report)
        pytest.xfail(f"performance not measured, Lighthouse recorded no trace: {error}")
    others = {category: score for category, score in found.items() if category != "performance"}
    assert others == dict.fromkeys(categories[1:], 100), misses(report)
    benchmark = report["environment"]["benchmarkIndex"]
    missed = misses(report)
    cpu_bound = all(miss.startswith(CPU_BOUND) for miss in missed)
    if found["performance"] < 100 and (benchmark < BUSY_MACHINE or cpu_bound):
        pytest.xfail(
            f"performance {found['performance']} (benchmark index "
            f"{benchmark:.0f}): {misses(report)}"
        )
    assert found["performance"] == 100, missed
