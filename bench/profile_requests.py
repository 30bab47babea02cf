"""The site's own cost per request: CPU time and queries of the common request paths, in process.

Django's test client against a demo database, with the production settings (the page cache on,
a cache folder of its own), so that what is measured is the application's work and nothing of
a server or a load generator: each tool's first screen (embed), each tool's whole form (a walk
from the first screen to the results or the thanks page, as bench/journeys.py walks it), the
home page, a city profile and a tool's landing page (each with a unique query string, so that
the page cache does not answer), and a coordinator's admin listings.

For each path: the median CPU milliseconds the site spent on one request (or on the requests
of one whole walk, without the walk's own reading of the pages) over `--repeat` runs after one
warm-up, and the queries of one run. `--profile DIR` also writes a
cProfile (pstats) file per path to DIR.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py load_demo_content
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/profile_requests.py

The environment's DATABASE_URL names the database (never the default one: the walks store
completions); the cache folder is a fresh temporary one unless CACHE_DIR is set.
"""

import argparse
import cProfile
import itertools
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EMBEDS = [
    "/en/embed/citizenship-test/lisbon/",
    "/en/embed/council-checklist/lisbon/",
    "/en/embed/project-checklist/lisbon/",
    "/en/embed/heritage-map/lisbon/",
    "/en/embed/anti-rumours/bilbao/",
    "/en/embed/intercultural-index/lisbon/",
]
WALKS = [
    "/en/embed/citizenship-test/lisbon/",
    "/en/embed/council-checklist/lisbon/",
    "/en/embed/project-checklist/lisbon/",
    "/en/embed/heritage-map/lisbon/mouraria/contribute/",
]
PAGES = ["/en/", "/en/cities/lisbon/", "/en/tools/citizenship-test/", "/fr/cities/lisbon/"]
COORDINATOR = "coordinator-lisbon"
_addresses = itertools.count(1)
_bust = itertools.count(1)
_client = None


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "icc_site.settings.production")
    os.environ.setdefault("SECRET_KEY", "profile-requests-only-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("SECURE_COOKIES", "false")
    os.environ.setdefault("TOOLS_MIN_FILL_SECONDS", "0")
    os.environ.setdefault("TOOLS_CLIENT_IP_META", "HTTP_X_REAL_IP")
    os.environ.setdefault("CACHE_DIR", tempfile.mkdtemp(prefix="icc-profile-cache-"))
    if not os.environ.get("DATABASE_URL"):
        sys.exit("Set DATABASE_URL to a demo database of your own (the walks write to it).")
    import django

    django.setup()


def timed_client():
    """Django's test client, adding the CPU time of each request (only: not the walk's parsing
    of the pages) to `spent`, and profiling it into `profiler` when one is set."""
    from django.test import Client

    class TimedClient(Client):
        spent = 0.0
        profiler = None

        def request(self, **request):
            start = time.process_time()
            if TimedClient.profiler:
                TimedClient.profiler.enable()
            try:
                return super().request(**request)
            finally:
                if TimedClient.profiler:
                    TimedClient.profiler.disable()
                TimedClient.spent += time.process_time() - start

    return TimedClient


class ClientSession:
    """What bench/journeys.walk needs of a `requests` session, on Django's test client."""

    def __init__(self, client):
        self.client = client

    def get(self, url, headers=None, **_options):
        return self.client.get(url, headers=headers or {}, follow=True)

    def post(self, url, data=None, headers=None, **_options):
        return self.client.post(url, data=data, headers=headers or {}, follow=True)


def targets(client, admin_client):
    from bench.journeys import walk

    found = []
    for path in EMBEDS:
        found.append((f"embed {path}", lambda path=path: _ok(client.get(path))))
    for path in WALKS:

        def one_walk(path=path):
            address = next(_addresses)
            journey = walk(
                ClientSession(client),
                "http://testserver",
                path,
                max_steps=40,
                headers={"X-Real-IP": f"10.9.{address // 256 % 256}.{address % 256}"},
            )
            if not journey.accepted:
                raise SystemExit(f"walk of {path} refused: {journey.statuses}")

        found.append((f"walk {path}", one_walk))
    for path in PAGES:
        # A unique query string: the page cache cannot answer.
        def uncached(path=path):
            _ok(client.get(f"{path}?b={next(_bust)}"))

        found.append((f"page {path} (uncached)", uncached))
    for path in admin_listings(admin_client):
        found.append((f"admin {path}", lambda path=path: _ok(admin_client.get(path))))
    return found


def admin_listings(admin_client):
    """The listings in the coordinator's admin menu (snippets and viewsets of the tools)."""
    home = _ok(admin_client.get("/admin/")).content.decode()
    paths = sorted(set(re.findall(r'"(?:url|href)":\s*"(/admin/[a-z0-9_/-]+/)"', home)))
    links = r'href="(/admin/(?:snippets|tools|citizenship)[^"?#]*/)"'
    paths += sorted(set(re.findall(links, home)))
    keep = []
    for path in dict.fromkeys(paths):
        if any(skip in path for skip in ("logout", "account", "login", "reports", "search")):
            continue
        if admin_client.get(path).status_code == 200:
            keep.append(path)
    return keep[:12]


def _ok(response):
    if response.status_code != 200:
        raise SystemExit(f"{response.request['PATH_INFO']}: {response.status_code}")
    return response


def measure(name, action, repeat, profile_dir):
    from django.db import connection

    action()  # warm-up: caches, compiled templates
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        action()
    times = []
    client_class = type(_client)
    client_class.profiler = cProfile.Profile() if profile_dir else None
    for _ in range(repeat):
        client_class.spent = 0.0
        action()
        times.append(client_class.spent * 1000)
    if client_class.profiler:
        safe = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        client_class.profiler.dump_stats(Path(profile_dir) / f"{safe}.prof")
        client_class.profiler = None
    return statistics.median(times), len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", metavar="DIR", help="write one pstats file per path here")
    parser.add_argument("--only", help="only the paths whose name contains this")
    args = parser.parse_args()
    setup()
    from django.contrib.auth import get_user_model

    global _client
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    client_class = timed_client()
    client = _client = client_class()
    admin_client = client_class()
    admin_client.force_login(get_user_model().objects.get(username=COORDINATOR))
    total = 0.0
    print(f"{'path':72} {'CPU ms':>8} {'queries':>8}")
    for name, action in targets(client, admin_client):
        if args.only and args.only not in name:
            continue
        cpu, queries = measure(name, action, args.repeat, args.profile)
        total += cpu
        print(f"{name:72} {cpu:8.1f} {queries:8d}", flush=True)
    print(f"{'total':72} {total:8.1f}")


if __name__ == "__main__":
    main()
