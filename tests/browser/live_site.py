"""The live campaign site the browser tests drive: its own database, media folder and server.

Independent of pytest-django's test database on purpose: transactional tests flush that one,
which would wipe the site's content under a running browser journey.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parents[2]
SETTINGS_MODULE = "tests.browser.settings"
START_TIMEOUT = 60


@dataclass
class Database:
    """A database made for one test session: a SQLite file, or a PostgreSQL database."""

    url: str
    postgres_admin_url: str | None = None
    name: str | None = None

    @classmethod
    def create(cls, workdir, base_url=None):
        """A fresh database next to `base_url` (a PostgreSQL DATABASE_URL), or a SQLite file."""
        if not base_url or not base_url.startswith(("postgres://", "postgresql://")):
            return cls(url=f"sqlite:///{workdir / 'site.sqlite3'}")
        parts = urlsplit(base_url)
        base_name = parts.path.lstrip("/") or "itac"
        # The process id keeps runs of several people on one PostgreSQL server apart.
        name = f"test_{base_name}_browser_{os.getpid()}"
        admin_url = urlunsplit(parts._replace(path="/postgres"))
        database = cls(
            url=urlunsplit(parts._replace(path=f"/{name}")),
            postgres_admin_url=admin_url,
            name=name,
        )
        database._execute(f'DROP DATABASE IF EXISTS "{name}"')
        database._execute(f'CREATE DATABASE "{name}"')
        return database

    def _execute(self, statement):
        import psycopg2

        connection = psycopg2.connect(self.postgres_admin_url)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
        finally:
            connection.close()

    def drop(self):
        if self.name:
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@dataclass
class LiveSite:
    """A gunicorn server on a free localhost port, serving the campaign site with DEBUG off."""

    workdir: Path
    database: Database
    url: str = ""
    process: subprocess.Popen | None = None
    preparing: subprocess.Popen | None = None
    listener: socket.socket | None = None
    log_path: Path = field(init=False)
    prepare_log_path: Path = field(init=False)

    def __post_init__(self):
        self.log_path = self.workdir / "server.log"
        self.prepare_log_path = self.workdir / "prepare.log"
        # The port is bound before the site is built, as `make run` knows PORT before it loads:
        # the Site and every absolute link then name the port really served (never 80).
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    @property
    def environment(self):
        environment = dict(os.environ)
        environment.update(
            DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
            DATABASE_URL=self.database.url,
            ITAC_BROWSER_MEDIA_ROOT=str(self.workdir / "media"),
            ITAC_BROWSER_BASE_URL=self.url,
            PUBLIC_BASE_URL=self.url,
            PYTHONPATH=os.pathsep.join(filter(None, [str(BASE_DIR), os.environ.get("PYTHONPATH")])),
        )
        # The live site keeps its cache in its own memory, never a shared Redis.
        environment.pop("REDIS_URL", None)
        return environment

    def begin_preparing(self):
        """Migrate the empty database, load the skeleton and build the site's content and
        accounts (prepare_site.py), in the background.

        Started as soon as pytest knows browser tests will run, so that it overlaps the
        other tests; `start` waits for it.
        """
        (self.workdir / "media").mkdir(exist_ok=True)
        with open(self.prepare_log_path, "w") as log:
            self.preparing = subprocess.Popen(
                [sys.executable, "-m", "tests.browser.prepare_site"],
                cwd=BASE_DIR,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def _wait_until_prepared(self):
        if self.preparing is None:
            self.begin_preparing()
        if self.preparing.wait():
            log = self.prepare_log_path.read_text(errors="replace")
            raise RuntimeError(f"Preparing the live site failed:\n{log}")

    def start(self):
        """Serve the prepared site; returns when it answers its health check."""
        self._wait_until_prepared()
        # The socket bound at creation goes to gunicorn: no race for a "free" port.
        listener = self.listener
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "itac.wsgi",
            f"--bind=fd://{listener.fileno()}",
            # One process keeps the local-memory cache (rate limits, counters) consistent.
            "--workers=1",
            "--threads=4",
            "--no-control-socket",
            "--timeout=60",
        ]
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(  # noqa: S603
                command,
                cwd=BASE_DIR,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=[listener.fileno()],
            )
        listener.close()
        self.listener = None
        self._wait_until_ready()

    def _wait_until_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The live site stopped at start:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"The live site did not answer within {START_TIMEOUT} s:\n{self.log()}")

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self):
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        for process in (self.preparing, self.process):
            if process and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def create_live_site(database_url=None):
    """A live site with its own database and folder, being prepared in the background.

    Call `site.start()` to serve it, and `remove_live_site(site)` after, in every case.
    """
    workdir = Path(tempfile.mkdtemp(prefix="itac-browser-"))
    try:
        database = Database.create(workdir, database_url)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    site = LiveSite(workdir=workdir, database=database)
    try:
        site.begin_preparing()
    except BaseException:
        remove_live_site(site)
        raise
    return site


def remove_live_site(site):
    """Stop the server (and any preparation), drop its database and remove its files."""
    try:
        site.stop()
    finally:
        try:
            site.database.drop()
        finally:
            shutil.rmtree(site.workdir, ignore_errors=True)
