"""Start and stop the site's production server (`make serve`, gunicorn) for the load test and
the benchmark, on a loopback port with a database of their own."""

import json
import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

__all__ = ["REPO", "Server"]

REPO = Path(__file__).resolve().parent.parent


class Server:
    """`make serve` in its own process group; `stop()` ends that group (and only it)."""

    def __init__(self, port, database_url, workers=4, log_path=None, **env):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "TOOLS_CLIENT_IP_META": "HTTP_X_REAL_IP",  # each simulated resident has its own
            **{key: str(value) for key, value in env.items()},
        }
        self.workers = workers
        self.log_path = Path(log_path or f"/tmp/icc-bench-{port}.log")
        self.process = None

    def start(self, timeout=300):
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                "make",
                "--no-print-directory",
                "serve",
                f"PORT={self.port}",
                f"WORKERS={self.workers}",
            ],
            cwd=REPO,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped; see {self.log_path}")
            try:
                urllib.request.urlopen(self.url + "/en/", timeout=2)
                return self
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"the server did not answer in {timeout} s; see {self.log_path}")

    def stop(self, sig=signal.SIGTERM):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def count_stored(self):
        """{journey: rows stored} read through manage.py with the server's database."""
        output = subprocess.run(
            [
                str(REPO / ".venv/bin/python"),
                "manage.py",
                "shell",
                "-c",
                "import json; from bench.journeys import stored_submissions; "
                "print(json.dumps(stored_submissions()))",
            ],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return json.loads(output.strip().splitlines()[-1])
