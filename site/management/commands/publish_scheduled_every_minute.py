"""Run Wagtail's `publish_scheduled` every minute for as long as the server that started it.

`make run` and `make serve` start it in the background next to the web server: it stops by
itself when that server stops (its parent process goes away), so no publishing loop is left
behind. A production server runs `manage.py publish_scheduled` from cron or a systemd timer
instead (docs/deploy.md).
"""

import io
import logging
import os
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)


def publish_due_pages():
    """Publish (and unpublish) what is due now; an error is logged, never raised, so that the
    next minute tries again. Returns Wagtail's report."""
    out = io.StringIO()
    try:
        call_command("publish_scheduled", stdout=out)
    except Exception:  # a locked database, a broken page: the next round tries again
        logger.exception("Scheduled publishing failed; trying again in a minute.")
    return out.getvalue()


class Command(BaseCommand):
    help = (
        "Publish scheduled pages every minute until the parent process (the web server that "
        "started this) stops."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60.0, help="seconds between runs")
        parser.add_argument("--once", action="store_true", help="run once and stop")
        parser.add_argument(
            "--parent",
            type=int,
            default=None,
            help="the server's process id (the shell's $$ before it execs the server): stop as "
            "soon as this is no longer the parent, even if it stopped while this was starting",
        )

    def handle(self, *args, interval, once, parent, **options):
        parent = parent or os.getppid()
        if options["verbosity"] >= 2:  # a readiness signal, for whoever started us to wait on
            self.stdout.write(f"Publishing scheduled pages while process {parent} runs.")
            self.stdout.flush()
        while True:
            if os.getppid() != parent:  # the server that started us has stopped
                return
            report = publish_due_pages()
            if report.strip() and "No objects found" not in report:
                self.stdout.write(report.strip())
            if once:
                return
            close_old_connections()  # no connection held open between rounds
            deadline = time.monotonic() + interval
            while time.monotonic() < deadline:
                if os.getppid() != parent:  # the server that started us has stopped
                    return
                time.sleep(min(1.0, interval))
