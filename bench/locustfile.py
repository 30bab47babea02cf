"""Locust: residents completing citizenship tests, checklists and heritage contributions.

Run by `bench/load.py` (the library API) or by hand:
`.venv/bin/locust -f bench/locustfile.py --host http://127.0.0.1:8212 --headless -u 50 -r 10`.
Each simulated resident sends its own X-Real-IP (the server reads it with
TOOLS_CLIENT_IP_META=HTTP_X_REAL_IP), so the per-client rate limit counts each on its own, and
waits `THINK_SECONDS` on each step like a person (the minimum fill time applies).
"""

import itertools
import os
import random
from collections import Counter

from locust import HttpUser, between, task

from bench.journeys import JOURNEYS, walk

THINK_SECONDS = float(os.environ.get("ICC_LOAD_THINK_SECONDS", "2.1"))
#: Journeys the server accepted, by name (read by bench/load.py in the same process).
ACCEPTED = Counter()
REFUSED = Counter()
_addresses = itertools.count(1)


class Resident(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        number = next(_addresses)
        self.address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"

    @task
    def complete_a_tool(self):
        name, path = random.choice(JOURNEYS)
        journey = walk(
            self.client,
            self.host,
            path,
            name=name,
            think=THINK_SECONDS,
            headers={"X-Real-IP": self.address},
        )
        (ACCEPTED if journey.accepted else REFUSED)[name] += 1
