"""The load test, small: residents completing tools at once against a real threaded server,
and a server killed and restarted in the middle of their submissions. Every submission the
server accepted is stored, whole; no 5xx. (The full run, 50 residents with locust against
`make serve`, is `make load`.)"""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connection
from django.test.testcases import LiveServerThread

from bench.journeys import walk
from tests.conftest import reset_database

REPO = Path(__file__).resolve().parents[2]
JOURNEYS = [
    ("citizenship-test", "/en/embed/citizenship-test/lisbon/"),
    ("council-checklist", "/en/embed/council-checklist/lisbon/"),
    ("heritage-contribution", "/en/embed/heritage-map/lisbon/mouraria/contribute/"),
]


@pytest.fixture
def restored_afterwards(django_db_blocker):
    """Put the database back as the migrations left it, after pytest-django's flush (a
    transactional test's flush removes the root page and the site too)."""
    yield
    with django_db_blocker.unblock():
        reset_database()


@pytest.fixture
def tools_committed(
    restored_afterwards,
    transactional_db,
    lisbon_citizenship_customisation,
    lisbon_checklist_customisation,
    mouraria,
):
    """The three tools of Lisbon, committed so that another thread or process sees them."""


def stored():
    from bench.journeys import stored_submissions

    return stored_submissions()


def run_residents(base_url, residents, seconds, journeys=JOURNEYS, on_tick=None):
    """`residents` threads walking the journeys in turn for `seconds`; returns
    (accepted per journey, every status seen, errors)."""
    accepted = {name: 0 for name, _path in journeys}
    statuses, errors = [], []
    lock = threading.Lock()
    stop_at = time.time() + seconds

    def resident(number):
        session = requests.Session()
        turn = number
        while time.time() < stop_at:
            name, path = journeys[turn % len(journeys)]
            turn += 1
            try:
                journey = walk(session, base_url, path, name=name, timeout=30)
            except requests.RequestException as error:
                with lock:
                    errors.append(repr(error))
                time.sleep(0.2)
                continue
            with lock:
                statuses.extend(journey.statuses)
                accepted[name] += journey.accepted

    threads = [threading.Thread(target=resident, args=(n,)) for n in range(residents)]
    for thread in threads:
        thread.start()
    if on_tick:
        on_tick()
    for thread in threads:
        thread.join()
    return accepted, statuses, errors


def test_five_residents_at_once_lose_nothing(tools_committed):
    server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    try:
        before = stored()
        accepted, statuses, errors = run_residents(f"http://127.0.0.1:{server.port}", 5, 4)
    finally:
        server.terminate()
    after = stored()

    assert not errors
    assert not [status for status in statuses if status >= 500]
    assert sum(accepted.values()) >= 3
    for name, count in accepted.items():
        assert after[name] - before[name] == count, name


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    auth = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    return f"postgres://{auth}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def start_gunicorn(port):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "icc_site.settings.test",
        "DATABASE_URL": database_url(),
    }
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "icc_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--no-control-socket",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/en/embed/citizenship-test/lisbon/", timeout=2)
            return process
        except requests.RequestException:
            time.sleep(0.3)
    os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError("gunicorn did not start")


def test_a_server_killed_mid_run_loses_no_accepted_submission(tools_committed):
    from citizenship_test.models import Completion
    from heritage_mapping.models import HeritageItem

    port = free_port()
    server = {"process": start_gunicorn(port)}

    def kill_and_restart():
        time.sleep(2)
        os.killpg(server["process"].pid, signal.SIGKILL)  # no chance to finish anything
        server["process"].wait()
        server["process"] = start_gunicorn(port)

    before = stored()
    try:
        accepted, statuses, errors = run_residents(
            f"http://127.0.0.1:{port}", 4, 7, on_tick=kill_and_restart
        )
    finally:
        os.killpg(server["process"].pid, signal.SIGTERM)
        server["process"].wait(timeout=30)
    after = stored()

    assert errors, "the kill interrupted some residents"
    assert not [status for status in statuses if status >= 500]
    for name, count in accepted.items():
        # Every accepted submission is there; one cut off mid-flight may be there too.
        assert count <= after[name] - before[name] <= count + len(errors), name
    assert sum(accepted.values()) >= 2
    # No half-written row: each stored result is complete.
    assert not Completion.objects.filter(questions_asked=0).exists()
    assert not HeritageItem.objects.filter(communities__isnull=True).exists()
