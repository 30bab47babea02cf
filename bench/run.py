"""`make bench`: throughput and latency of the site's pages side by side, against `make serve`.

One run, on loopback, measured with Debian's `wrk` (a load generator written in C that costs
little next to the server; a Python client tops out near 850 requests a second here and so
flattered every ratio): the home page, the practice list with two filters, a practice page, a
manual chapter, every tool's first screen (embed), a full citizenship test completion, and a
static file from the same server as the physical-limit control, measured around each of them.

For each: requests per second, p50 and p95, and throughput as a ratio of the static file's
(the mean of its measurements just before and just after); pages twice, as served (cached,
when the page cache holds them) and with a unique query string on each request (uncached).
The completion is walked by `bench/wrk/journey.lua`: each wrk connection goes through every
step of the wizard, reading the signed state from each response, and the row counts whole
completions a second. Writes the
results, with the date, the commit and the machine, to docs/benchmarks.md.

    .venv/bin/python bench/run.py                     # starts `make serve` on port 8213
    .venv/bin/python bench/run.py --url http://127.0.0.1:8000   # an already running server
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.server import REPO, Server  # noqa: E402

WRK_SCRIPTS = Path(__file__).resolve().parent / "wrk"
#: (tool, cities to try in turn): the first city whose embed answers 200 is measured.
TOOLS = [
    ("citizenship-test", ("lisbon",)),
    ("council-checklist", ("lisbon",)),
    ("project-checklist", ("lisbon",)),
    ("heritage-map", ("lisbon",)),
    ("anti-rumours", ("bilbao", "lisbon")),
    ("intercultural-index", ("lisbon", "rijeka", "oslo", "bilbao")),
]
COMPLETION_PATH = "/en/embed/citizenship-test/lisbon/"
#: Before this work (2026-12-06, docs/benchmarks.md of that day): 12.8 completions a second,
#: and a static file at about 5,000 requests a second with wrk on an idle machine.
OLD_COMPLETIONS = 12.8
IDLE_STATIC = 5000
#: What issue 15 asks: completions at least 3 times the old rate; every embed's first screen
#: at least 0.1 of the static file's throughput.
COMPLETION_TARGET = 3 * OLD_COMPLETIONS
EMBED_TARGET = 0.1


class Result:
    """One wrk measurement: requests (or completions) a second, p50 and p95 in ms, errors."""

    def __init__(self, fields):
        self.fields = fields
        seconds = float(fields["seconds"]) or 1.0
        self.rps = int(fields["requests"]) / seconds
        self.p50 = float(fields["p50"])
        self.p95 = float(fields["p95"])
        self.errors = int(fields["errors"]) + int(fields["status_errors"])
        self.completions = int(fields.get("completions", 0)) / seconds
        self.failures = int(fields.get("failures", 0))


def wrk(url, script, seconds, connections, threads, *script_args):
    """Run wrk with one of bench/wrk/'s scripts and return its `Result`."""
    command = [
        shutil.which("wrk") or "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(WRK_SCRIPTS / script),
        url,
    ]
    if script_args:
        command += ["--", *script_args]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("ICC-BENCH "))
    return Result(dict(part.split("=", 1) for part in line.split()[1:]))


def discover(base):
    """The URLs to measure, found on the demo content through the API and the pages."""
    api = requests.get(f"{base}/api/v2/pages/", timeout=30, params={"limit": 1, "locale": "en"})
    api.raise_for_status()

    def first_page(page_type):
        found = requests.get(
            f"{base}/api/v2/pages/",
            params={"type": page_type, "limit": 1, "locale": "en"},
            timeout=30,
        ).json()["items"]
        return re.sub(r"^https?://[^/]+", "", found[0]["meta"]["html_url"])

    practices = first_page("practices.PracticeIndexPage")
    listing = requests.get(base + practices, timeout=30).text
    topic = re.search(r'name="topic" value="([^"]+)"', listing).group(1)
    city = re.search(r'<option value="([a-z][^"]*)"', listing).group(1)
    home = requests.get(f"{base}/en/", timeout=30).text
    static = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    targets = [
        ("home page", "/en/"),
        ("practice list, 2 filters", f"{practices}?topic={topic}&city={city}"),
        ("practice page", first_page("practices.PracticePage")),
        ("manual chapter", first_page("publications.ManualChapterPage")),
    ]
    embeds = []
    for tool, cities in TOOLS:
        for city_slug in cities:
            path = f"/en/embed/{tool}/{city_slug}/"
            if requests.get(base + path, timeout=30).status_code == 200:
                embeds.append((f"embed: {tool}", path))
                break
    return targets, embeds, static


def machine():
    cores = os.cpu_count()
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = match.group(1).strip() if match else ""
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {cores} cores {model}, Python {platform.python_version()}"


def commit():
    try:
        return subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run(base, args):
    """Every measurement of one run; returns (rows, completion, static req/s).

    The static file is measured before the first target, between every two and after the
    last, and each measurement is divided by the mean of the static file's just before and
    just after it (its `control`): the other users of this shared machine come and go within
    one run, and a ratio to a control taken minutes away reflects them more than the site.
    """
    targets, embeds, static = discover(base)
    controls = []

    def control():
        # Half as long as a target: the control is only ever the denominator.
        result = wrk(base + static, "get.lua", max(3, args.seconds // 2), args.connections, 2)
        controls.append(result)
        return result

    def measured(measure):
        before = controls[-1] if controls else control()
        result = measure()
        after = control()
        result.control = (before.rps + after.rps) / 2
        return result

    def get(path, bust=False):
        extra = ("bust",) if bust else ()
        return measured(
            lambda: wrk(
                base + path, "get.lua", args.seconds, args.connections, args.threads, *extra
            )
        )

    rows = []
    for name, path in targets:
        rows.append((name, get(path), get(path, bust=True)))
    for name, path in embeds:
        rows.append((name, get(path), None))
    # One connection per wrk thread: each walks its own journeys (see journey.lua).
    completion = measured(
        lambda: wrk(
            base + COMPLETION_PATH,
            "journey.lua",
            2 * args.seconds,  # a journey is many requests: a longer run counts more whole ones
            args.connections,
            args.connections,
        )
    )
    first, last = controls[0], controls[-1]
    first.control = last.control = sum(result.rps for result in controls) / len(controls)
    rows.insert(0, ("static file (control), first", first, None))
    rows.append(("static file (control), last", last, None))
    return rows, completion, first.control


def table(rows, completion, control):
    lines = [
        "| target | req/s | p50 ms | p95 ms | × static | uncached req/s | p50 ms | p95 ms "
        "| × static | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, cached, uncached in rows:
        cells = [name]
        for result in (cached, uncached):
            if result is None:
                cells += ["–"] * 4
            else:
                cells += [
                    f"{result.rps:.1f}",
                    f"{result.p50:.1f}",
                    f"{result.p95:.1f}",
                    f"{result.rps / result.control:.3f}",
                ]
        cells.append(str(cached.errors + (uncached.errors if uncached else 0)))
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "| citizenship test, full completion | completions/s | requests/s | p50 ms (a step) "
        "| p95 ms (a step) | completions per 1,000 static | at 5,000 static | failed | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        "| every step, first screen to results | "
        + " | ".join(
            [
                f"{completion.completions:.1f}",
                f"{completion.rps:.1f}",
                f"{completion.p50:.1f}",
                f"{completion.p95:.1f}",
                f"{completion.completions / completion.control * 1000:.2f}",
                f"{completion.completions / completion.control * IDLE_STATIC:.1f}",
                str(completion.failures),
                str(completion.errors),
            ]
        )
        + " |",
    ]
    return "\n".join(lines)


def verdict(rows, completion, control):
    """The two targets of issue 15, judged on this run's ratios."""
    embeds = [
        (name, cached.rps / cached.control) for name, cached, _u in rows if name.startswith("embed")
    ]
    lowest = min(embeds, key=lambda item: item[1]) if embeds else ("–", 0)
    normalised = completion.completions / completion.control * IDLE_STATIC
    return [
        f"- Completions: {completion.completions:.1f} a second against a static file at "
        f"{completion.control:.0f} requests a second around them, i.e. {normalised:.1f} a "
        f"second at the 5,000 requests a second the static file reaches on an idle machine: "
        f"{normalised / OLD_COMPLETIONS:.1f} × the old {OLD_COMPLETIONS} (target 3 ×, "
        f"{'met' if normalised >= COMPLETION_TARGET else 'not met'}).",
        f"- Embeds' first screens: the lowest is {lowest[0]} at {lowest[1]:.3f} × static "
        f"(target {EMBED_TARGET} ×, "
        f"{'met' if all(ratio >= EMBED_TARGET for _n, ratio in embeds) else 'not met'}).",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an already running server (default: start make serve)")
    parser.add_argument("--port", type=int, default=8213)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads for single URLs")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "sqlite:////tmp/icc-bench.sqlite3"),
    )
    parser.add_argument("--output", default=str(REPO / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk: apt-get install -y wrk")

    server = None
    base = args.url
    if not base:
        # Residents post quickly here: the bot traps stay on but do not slow the clients.
        server = Server(
            args.port,
            args.database_url,
            workers=args.workers,
            TOOLS_MIN_FILL_SECONDS=0,
        ).start()
        base = server.url
    try:
        rows, completion, control = run(base, args)
    finally:
        if server:
            server.stop()
    database = args.database_url.split(":", 1)[0]
    result = table(rows, completion, control)
    summary = verdict(rows, completion, control)
    print(result)
    print("\n".join(summary))
    write_report(args, result, summary, database, bool(server))


def write_report(args, result, summary, database, started):
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    server = (
        f"`make serve` (gunicorn, {args.workers} workers, production settings)"
        if started
        else args.url
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    summary = "\n".join(summary)
    text = f"""# Benchmarks

Written by `make bench` (`bench/run.py`); the latest run replaces the table and the load test
sections below it. How it measures, and why, is in [the method](#method) below.

- Date: {now}; commit `{commit()}`; command: `make bench`
- Machine: {machine()}; load average {load:.1f} when the run ended (the machine is shared:
  compare the ratios of one run, not requests a second across runs)
- Server: {server} on loopback, database: {database}
- Client: `wrk`, {args.connections} connections ({args.threads} threads) per URL,
  {args.seconds} s per target; the completion {2 * args.seconds} s with {args.connections}
  connections, one per thread

{summary}

{result}

## Method

- **Why `wrk`.** The load generator runs on the same 2 cores as the server, so what it costs is
  taken from the server. A Python client (`requests`, then parsing each page with
  BeautifulSoup) topped out near 850 requests a second, so the static file, which the server
  answers in well under a millisecond, looked only a few times faster than a page, and every
  ratio was flattered. `wrk` (C, an event loop) answers the same static file at about 5,000
  requests a second here on an idle machine.
- **The control.** The static file is measured before the first target, between every two
  targets and after the last (half as long as a target); each target's "× static" divides by
  the mean of the static file's measurements just before and just after it. The other users of
  this shared machine come and go within one run (the static file has gone from 500 to 2,500
  requests a second in one run), so a control taken minutes away from a target says more about
  them than about the site. The first and last rows show two of these controls; their "×
  static" is against the mean of all of them. Only ratios are compared, never requests a
  second across runs.
- **"Uncached"** adds a unique query string to each request, so no page cache can answer.
  Tool screens are never page-cached (they carry per-request signed state), so they are
  measured once.
- **The completion** is walked by `bench/wrk/journey.lua`, not by a Python client: a wrk
  script cannot tell its connections apart, so it runs one connection per wrk thread, and each
  thread walks one journey at a time, request by request: the first screen, then for each step
  the form that carries the signed state (`tool_state`) read with Lua patterns (its hidden
  fields, one random answer per question, the forward button), posted with the site's Origin;
  the redirect after the last step is followed to the results. Each journey has a client
  address of its own (`X-Real-IP`, read by the server through `TOOLS_CLIENT_IP_META`), so the
  rate limit counts each resident separately, as it would in the field. Parsing with patterns
  costs a fraction of a millisecond a page, where BeautifulSoup cost tens. The alternatives
  were worse: replaying recorded requests fails (every step's signed state and one-time code
  are single use), and a Python client costs as much as the server.
- **The site's own cost.** `bench/profile_requests.py` measures, in one process with Django's
  test client and the production settings, the CPU milliseconds and queries the site spends on
  each common request (every tool's first screen, every tool's whole form, the home page, a
  city profile, a tool's landing page, a coordinator's admin listings), with no server and no
  load generator in the way; `--profile DIR` writes a cProfile file per request path.
- **The targets** (issue 15): a whole completion at least 3 × the 12.8 a second measured before
  this work, and every embed's first screen at least 0.1 × static (it was about 0.03: 160
  against 5,000 requests a second). Because the machine is shared, the completion rate is also
  given per 1,000 static requests and scaled to the 5,000 static requests a second of an idle
  machine; that scaled figure is the one held against 3 × 12.8.

## Before this work

The same script on 2026-12-06 at 21:03 UTC, commit `70ccc5c` (before the tools' screens were
cached), on the same shared machine (static file at 204 requests a second): every embed's first
screen between 0.021 (intercultural-index) and 0.054 (heritage-map) × static, the citizenship
test 0.039; whole completions 0.6 a second, i.e. 13.7 at 5,000 static (1.1 × the 12.8 measured
with the Python client).

## Load test

`make bench` then runs `make load` (bench/load.py, locust): residents at once completing
citizenship tests, checklists and heritage contributions, on SQLite, on PostgreSQL, and on
SQLite with the server killed and restarted mid-run; afterwards the stored rows are counted.
Each run adds its section below.
"""
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text)
    print(f"\nWritten to {args.output}")


if __name__ == "__main__":
    main()
