"""`make bench`: throughput and latency of the site's pages side by side, against `make serve`.

One run, on loopback, with a simple threaded HTTP client (`CONCURRENCY` clients for `SECONDS`
per target): the home page, the practice list with two filters, a practice page, a manual
chapter, each tool's embed page, a full citizenship test completion, and a static file from
the same server as the physical-limit control. For each: requests per second, p50 and p95,
and throughput as a ratio of the static file's; pages twice, as served (cached, when part A's
cache holds them) and with a unique query string on each request (uncached). Writes the
results, with the date and the machine, to docs/benchmarks.md.

    .venv/bin/python bench/run.py                     # starts `make serve` on port 8213
    .venv/bin/python bench/run.py --url http://127.0.0.1:8000   # an already running server
"""

import argparse
import datetime
import itertools
import os
import platform
import re
import sys
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.journeys import walk  # noqa: E402
from bench.server import REPO, Server  # noqa: E402

TOOLS = [
    ("citizenship-test", "lisbon"),
    ("council-checklist", "lisbon"),
    ("project-checklist", "lisbon"),
    ("heritage-map", "lisbon"),
    ("anti-rumours", "bilbao"),
]


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(action, concurrency, seconds):
    """Run `action(session, n)` from `concurrency` threads for `seconds`. Returns
    (requests per second, p50 ms, p95 ms, errors)."""
    latencies, errors = [], []
    lock = threading.Lock()
    counter = itertools.count()
    stop_at = time.perf_counter() + seconds

    def client():
        session = requests.Session()
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                ok = action(session, next(counter))
            except requests.RequestException as error:
                ok = repr(error)
            elapsed = time.perf_counter() - started
            with lock:
                if ok is True:
                    latencies.append(elapsed)
                else:
                    errors.append(ok)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - began
    return (
        len(latencies) / duration,
        percentile(latencies, 0.5) * 1000,
        percentile(latencies, 0.95) * 1000,
        len(errors),
    )


def get(url, bust=False):
    def action(session, number):
        target = url
        if bust:
            target += ("&" if "?" in url else "?") + f"bench={os.getpid()}-{number}"
        response = session.get(target, timeout=30)
        response.content  # noqa: B018 (read the whole body)
        return True if response.status_code == 200 else f"HTTP {response.status_code}"

    return action


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
    for tool, city_slug in TOOLS:
        path = f"/en/embed/{tool}/{city_slug}/"
        if requests.get(base + path, timeout=30).status_code == 200:
            targets.append((f"embed: {tool}", path))
    return targets, static


def machine():
    cores = os.cpu_count()
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = match.group(1).strip() if match else ""
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {cores} cores {model}, Python {platform.python_version()}"


def run(base, concurrency, seconds, database):
    targets, static = discover(base)
    rows = []
    control = measure(get(base + static), concurrency, seconds)
    rows.append(("static file (control)", static, control, None))
    for name, path in targets:
        cached = measure(get(base + path), concurrency, seconds)
        uncached = measure(get(base + path, bust=True), concurrency, seconds)
        rows.append((name, path, cached, uncached))

    def completion(session, number):
        journey = walk(
            session,
            base,
            "/en/embed/citizenship-test/lisbon/",
            headers={"X-Real-IP": f"10.9.{number // 256 % 256}.{number % 256}"},
            timeout=30,
        )
        return True if journey.accepted else f"refused {journey.statuses}"

    rows.append(
        (
            "citizenship test, full completion",
            "/en/embed/citizenship-test/lisbon/ (all steps)",
            measure(completion, concurrency, seconds),
            None,
        )
    )
    return rows, control[0]


def table(rows, control_rps):
    lines = [
        "| target | cached req/s | p50 ms | p95 ms | × static | uncached req/s | p50 ms | p95 ms "
        "| × static | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, _path, cached, uncached in rows:
        cells = [name]
        for result in (cached, uncached):
            if result is None:
                cells += ["–"] * 4
            else:
                rps, p50, p95, _errors = result
                cells += [f"{rps:.1f}", f"{p50:.1f}", f"{p95:.1f}", f"{rps / control_rps:.2f}"]
        errors = cached[3] + (uncached[3] if uncached else 0)
        cells.append(str(errors))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an already running server (default: start make serve)")
    parser.add_argument("--port", type=int, default=8213)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "sqlite:////tmp/icc-bench.sqlite3"),
    )
    parser.add_argument("--output", default=str(REPO / "docs" / "benchmarks.md"))
    args = parser.parse_args()

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
        rows, control_rps = run(base, args.concurrency, args.seconds, args.database_url)
    finally:
        if server:
            server.stop()
    database = args.database_url.split(":", 1)[0]
    result = table(rows, control_rps)
    print(result)
    write_report(args, result, database, bool(server))


def write_report(args, result, database, started):
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    server = (
        f"`make serve` (gunicorn, {args.workers} workers, production settings)"
        if started
        else args.url
    )
    text = f"""# Benchmarks

Written by `make bench` (`bench/run.py`); the latest run replaces this file.

- Date: {now}
- Machine: {machine()}
- Server: {server} on loopback, database: {database}
- Client: {args.concurrency} concurrent threads (Python `requests`), {args.seconds:g} s per
  target, on the same machine as the server (so the client's CPU use counts against the
  server's).

"Cached" requests the page as it is; "uncached" adds a unique query string to each request,
so no page cache can answer. "× static" is the throughput as a share of the static file's,
served by the same server (whitenoise): the physical limit of this set-up. The citizenship
test row is a whole completion (every step, one stored result) per request.
Targets (issue 7): cached public pages at least 0.5 × static; uncached pages p95 under 100 ms
at 8 concurrent clients on 2 cores.

{result}

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
