"""Scheduled publishing happens: the companion command that `make run` and `make serve` start
publishes a page when its time comes, and stops with the server that started it."""

import datetime
import os
import subprocess
import sys
import time
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


def running(pid):
    """Whether `pid` is a process that has not exited (a zombie has)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def test_the_companion_stops_when_its_server_stops():
    # As in the Makefile: the companion in the background, told the shell's process id, and the
    # "server" (here a short sleep) in the shell's place.
    python = sys.executable
    script = (
        f"{python} manage.py publish_scheduled_every_minute --interval 0.5 --parent $$ & "
        "echo $!; exec sleep 4"
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
    companion = int(server.stdout.readline())
    try:
        time.sleep(1)
        assert running(companion), "the companion runs while the server runs"

        server.wait(timeout=20)
        # Generous: on a loaded machine the companion may still be starting Django when the
        # server is gone, and only then looks at its parent. It must stop, not stop quickly.
        deadline = time.monotonic() + 60
        while running(companion) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not running(companion), "the companion stopped with the server"
    finally:
        if running(companion):
            os.kill(companion, 9)
        server.stdout.close()
