"""Scheduled publishing happens: the companion command that `make run` and `make serve` start
publishes a page when its time comes, and stops with the server that started it."""

import contextlib
import datetime
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from cities.factories import CityIndexPageFactory, CityPageFactory

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_a_scheduled_page_goes_live_when_its_time_comes(client, home_page, locales):
    cities = CityIndexPageFactory(parent=home_page)
    page = CityPageFactory(parent=cities, title="Oslo", slug="oslo", live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=5)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert client.get("/en/cities/oslo/").status_code == 404

    # Five minutes later, the companion's next round:
    later = timezone.now() + datetime.timedelta(minutes=6)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled_every_minute", "--once")

    page.refresh_from_db()
    assert page.live
    assert client.get("/en/cities/oslo/").status_code == 200


def lines_of(stream):
    """A queue of the lines `stream` gives, then None at its end (when every process that
    writes to it has exited), so that the test can wait on them with a time limit."""
    lines = queue.Queue()

    def read():
        for line in stream:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def next_line(lines, seconds):
    """The next line of `lines` (None at their end), or a note that none came in time."""
    try:
        return lines.get(timeout=seconds)
    except queue.Empty:
        return f"(nothing within {seconds} seconds)"


def test_the_companion_stops_when_its_server_stops():
    # As in the Makefile: the companion in the background, told the shell's process id, and the
    # "server" (here a long sleep) in the shell's place. Both write to one pipe: the shell the
    # companion's process id, the companion (at verbosity 2) a line once it watches its server.
    script = (
        f"{sys.executable} manage.py publish_scheduled_every_minute -v 2 --interval 0.5 "
        "--parent $$ & echo $!; exec sleep 600"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "icc_site.settings.test"}
    server = subprocess.Popen(
        ["sh", "-c", script],
        cwd=REPOSITORY,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines = lines_of(server.stdout)
    companion = int(next_line(lines, 30))
    stopped = False
    try:
        # However long Django takes to start on a loaded machine, the server stops only once the
        # companion watches it; the time limits below are for a broken companion, not a slow one.
        ready = next_line(lines, 300)
        assert ready == f"Publishing scheduled pages while process {server.pid} runs."

        server.terminate()
        server.wait(timeout=30)
        # The pipe ends when its last writer, the companion, has exited.
        stopped = next_line(lines, 60) is None
        assert stopped, "the companion stopped with the server"
    finally:
        server.kill()
        server.wait()
        if not stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(companion, signal.SIGKILL)
        server.stdout.close()
