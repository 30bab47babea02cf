"""`make load`: 50 residents at once (locust) completing citizenship tests, checklists and
heritage contributions against `make serve`, then a count: every accepted submission stored,
no 5xx. `--restart-at S` kills the server (SIGKILL) S seconds in and starts it again.

    .venv/bin/python bench/load.py                      # SQLite (WAL, busy timeout)
    .ci/with-postgres.sh .venv/bin/python bench/load.py # PostgreSQL (DATABASE_URL set)
"""

# locust patches the standard library with gevent on import: import it first.
import locust  # noqa: F401, I001

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import gevent
from locust.env import Environment

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import locustfile  # noqa: E402
from bench.server import Server  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--port", type=int, default=8214)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--restart-at", type=float, default=None)
    parser.add_argument(
        "--report", help="a Markdown file (docs/benchmarks.md) to append this run's results to"
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "sqlite:////tmp/icc-load.sqlite3"),
    )
    args = parser.parse_args()

    server = Server(args.port, args.database_url, workers=args.workers).start()
    statuses = Counter()
    try:
        before = server.count_stored()
        environment = Environment(user_classes=[locustfile.Resident], host=server.url)

        def on_request(response=None, exception=None, **_kwargs):
            statuses[response.status_code if response is not None else repr(exception)[:60]] += 1

        environment.events.request.add_listener(on_request)
        runner = environment.create_local_runner()
        runner.start(args.users, spawn_rate=max(1, args.users // 5))
        if args.restart_at is not None:

            def restart():
                print(f"-- killing the server at {args.restart_at:g} s, then starting it again")
                server.stop(sig=9)
                server.start()

            gevent.spawn_later(args.restart_at, restart)
        gevent.spawn_later(args.seconds, runner.quit)
        runner.greenlet.join()
        after = server.count_stored()
    finally:
        server.stop()

    accepted, refused = locustfile.ACCEPTED, locustfile.REFUSED
    total = environment.stats.total
    database = args.database_url.split(":")[0]
    restart = f", server killed and restarted at {args.restart_at:g} s" if args.restart_at else ""
    lines = [
        f"{args.users} residents, {args.seconds:g} s, database {database}{restart}",
        f"requests: {total.num_requests}, p50 {total.get_response_time_percentile(0.5):.0f} ms,"
        f" p95 {total.get_response_time_percentile(0.95):.0f} ms",
        f"statuses: {dict(sorted(statuses.items(), key=str))}",
    ]
    failures = []
    for name in sorted(set(before) | set(accepted)):
        stored = after[name] - before[name]
        lines.append(
            f"{name}: accepted {accepted[name]}, not finished {refused[name]}, stored {stored}"
        )
        if stored < accepted[name]:
            failures.append(f"{name}: {accepted[name] - stored} accepted submissions lost")
        if args.restart_at is None and stored != accepted[name]:
            failures.append(f"{name}: stored {stored} != accepted {accepted[name]}")
    server_errors = sum(
        n for status, n in statuses.items() if isinstance(status, int) and status >= 500
    )
    if server_errors:
        failures.append(f"{server_errors} responses with a 5xx status")
    if failures:
        lines.append("FAILED:\n  " + "\n  ".join(failures))
    else:
        lines.append("OK: every accepted submission is stored, no 5xx.")
    print("\n" + "\n".join(lines))
    if args.report:
        append_report(args.report, lines)
    if failures:
        sys.exit(1)


def append_report(path, lines):
    """Add this run to the benchmark's results file, as a section of its own."""
    title, *rest = lines
    with open(path, "a", encoding="utf-8") as report:
        report.write(f"\n### Load test: {title}\n\n")
        report.write("".join(f"- {line}\n" for line in rest))


if __name__ == "__main__":
    main()
