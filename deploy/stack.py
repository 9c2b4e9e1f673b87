"""The layered stack on one machine (`make stack`): Varnish in front of two gunicorn
instances and the task worker, sharing PostgreSQL, Redis and the media folder, on loopback.

    .venv/bin/python deploy/stack.py              # prepare, start, serve until Ctrl-C
    .venv/bin/python deploy/stack.py --help       # ports, database, Redis, folder

The same layout on several machines is described in the README ("Production layout").
tests/stack/ and bench/viral_day.py start their own stack through `Stack`.
"""

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
VCL = BASE_DIR / "deploy" / "varnish" / "itac.vcl"
PYTHON = BASE_DIR / ".venv" / "bin" / "python"
GUNICORN = BASE_DIR / ".venv" / "bin" / "gunicorn"
XKEY_VMOD = Path("/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so")

BACKENDS_VCL = """# Written by deploy/stack.py: the app servers and who may purge.
vcl 4.1;

{backends}

acl purgers {{
    "127.0.0.1";
    "::1";
}}

sub vcl_init {{
    new app = directors.round_robin();
{members}
}}
"""
BACKEND_VCL = """backend {name} {{
    .host = "127.0.0.1";
    .port = "{port}";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .probe = {{
        .url = "/healthz";
        .interval = 1s;
        .timeout = 2s;
        # Healthy while 2 of the last 5 probes answered: a dead server is out after about
        # 4 s, a busy one is not dropped for one slow answer.
        .window = 5;
        .threshold = 2;
        .initial = 2;
    }}
}}"""


def say(message):
    print(f"[stack] {message}", flush=True)


def varnish_installed():
    return shutil.which("varnishd") is not None and XKEY_VMOD.exists()


def install_varnish():
    """Debian's varnish and varnish-modules (xkey), when missing."""
    if varnish_installed():
        return
    say("installing Debian's varnish and varnish-modules (apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "varnish", "varnish-modules"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def create_database(url):
    """Create the PostgreSQL database `url` names, unless it exists."""
    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    connection = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                say(f"creating the database {name}")
                cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        connection.close()


def copy_database(source_url, target_url):
    """Create the PostgreSQL database `target_url` names as a copy of `source_url`'s."""
    parts = urlsplit(target_url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    name = parts.path.lstrip("/")
    subprocess.run(["psql", "-q", admin, "-c", f'CREATE DATABASE "{name}"'], check=True)
    dump = subprocess.run(["pg_dump", "--no-owner", source_url], check=True, capture_output=True)
    subprocess.run(
        ["psql", "-q", "-v", "ON_ERROR_STOP=1", target_url],
        input=dump.stdout,
        check=True,
        capture_output=True,
    )


# For `Stack.shell`: the newest featured story (on its page, on the home page, and on a page of
# the library) and that library page's number; the publish checks of tests/stack/ and
# bench/viral_day.py watch those pages.
NEWEST_STORY = (
    "from stories.models import StoryPage; from stories.queries import newest_first; "
    "english = newest_first(StoryPage.objects.live().filter(locale__language_code='en')); "
    "story = english.filter(featured=True).first(); "
    "library_page = list(english.values_list('pk', flat=True)).index(story.pk) // 12 + 1; "
)


@dataclass
class Stack:
    """Varnish on `proxy_port`, gunicorn on each of `app_ports`, one task worker (emails and
    the impact dashboard's counts)."""

    workdir: Path
    database_url: str
    redis_url: str
    proxy_port: int = 6081
    app_ports: tuple = (8101, 8102)
    workers_per_app: int = 2
    processes: dict = field(default_factory=dict)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.proxy_port}"

    def app_url(self, index):
        return f"http://127.0.0.1:{self.app_ports[index]}"

    def environment(self):
        secret_file = self.workdir / "secret_key"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(50))
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "itac.settings.stack",
            "SECRET_KEY": secret_file.read_text(),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": self.url,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "MEDIA_ROOT": str(self.workdir / "media"),
            "STATIC_ROOT": str(self.workdir / "static"),
            "HTTP_CACHE_PURGE_URLS": self.url + "/",
            # Varnish overwrites X-Real-IP with the client's address (deploy/varnish/itac.vcl).
            "PROXY_CLIENT_IP_HEADER": "X-Real-IP",
            "EMAIL_BACKEND": "itac.mail.QueuedEmailBackend",
            "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.workdir / "mail"),
            "PUBLIC_BASE_URL": self.url,
            "WAGTAILADMIN_BASE_URL": self.url,
            "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
            "PORT": str(self.proxy_port),
        }

    def manage(self, *args, settings=None):
        env = self.environment()
        # Nothing is cached before the proxy starts: no purges while preparing.
        del env["HTTP_CACHE_PURGE_URLS"]
        if settings:
            env["DJANGO_SETTINGS_MODULE"] = settings
        subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)

    def shell(self, code):
        """Run Python in the app's environment (as an editor's request would); the last line it
        prints."""
        output = subprocess.run(
            [PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=BASE_DIR,
            env=self.environment(),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return output.splitlines()[-1] if output else ""

    def prepare(self, demo=True):
        """Database, migrations, static files, and the demo site and accounts when missing.

        demo=False: the database is already migrated and holds the demo site (tests copy it).
        """
        self.workdir.mkdir(parents=True, exist_ok=True)
        for folder in ("media", "mail"):
            (self.workdir / folder).mkdir(exist_ok=True)
        install_varnish()
        say("collecting static files")
        self.manage("collectstatic", "--noinput", "-v", "0")
        if demo:
            create_database(self.database_url)
            say("migrating the database")
            self.manage("migrate", "--noinput", "-v", "0")
            say("loading the demo site (once)")
            self.manage("load_demo_content")
        # Demo accounts are a development tool: created with the development settings.
        self.manage("create_demo_accounts", settings="itac.settings.dev")
        # As after any deploy: the worker counts the dashboard's weeks before staff look.
        self.manage("count_impact_weeks", "--in-background")

    def write_backends(self):
        names = [f"app{index + 1}" for index in range(len(self.app_ports))]
        backends = "\n\n".join(
            BACKEND_VCL.format(name=name, port=port)
            for name, port in zip(names, self.app_ports, strict=True)
        )
        members = "\n".join(f"    app.add_backend({name});" for name in names)
        (self.workdir / "backends.vcl").write_text(
            BACKENDS_VCL.format(backends=backends, members=members)
        )

    def spawn(self, name, command, env):
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 (lives with the process)
        # A session of its own: a crash can be staged by killing the whole group (bench/).
        self.processes[name] = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_app(self, index):
        port = self.app_ports[index]
        self.spawn(
            f"app{index + 1}",
            [
                GUNICORN,
                "itac.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.workers_per_app),
                # Threads: the health probe is answered while slow requests run.
                "--threads",
                "4",
                # Longer than Varnish keeps an idle connection to a backend (backend_idle_timeout,
                # 60 s): gunicorn's default (2 s) closes connections Varnish may reuse, and a
                # POST sent on one that was just closed has to be sent again (only the public
                # forms' posts are, their bodies kept by Varnish; an admin post gets a 503).
                "--keep-alive",
                "75",
                "--no-control-socket",
                "--graceful-timeout",
                "5",
            ],
            self.environment(),
        )

    def start(self):
        self.write_backends()
        env = self.environment()
        for index in range(len(self.app_ports)):
            self.start_app(index)
        self.spawn(
            "worker",
            [
                PYTHON,
                "manage.py",
                "db_worker",
                "--backend",
                "worker",
                "--queue-name",
                "email,impact",
            ],
            env,
        )
        varnish_dir = self.workdir / "varnish"
        self.spawn(
            "varnish",
            [
                "varnishd",
                "-F",
                "-j",
                "none",
                "-n",
                str(varnish_dir),
                "-a",
                f"127.0.0.1:{self.proxy_port}",
                "-f",
                str(VCL),
                "-p",
                f"vcl_path={self.workdir}:{VCL.parent}:/usr/share/varnish/vcl",
                "-s",
                "malloc,256m",
                "-T",
                "none",
            ],
            env,
        )
        self.wait_until_serving()

    def wait_until_serving(self, timeout=90):
        deadline = time.monotonic() + timeout
        for url in [*(self.app_url(i) for i in range(len(self.app_ports))), self.url]:
            while not self.answers(url + "/healthz"):
                for name, process in self.processes.items():
                    if process.poll() is not None:
                        raise RuntimeError(f"{name} stopped; see {self.workdir / name}.log")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{url} did not answer within {timeout} s")
                time.sleep(0.3)
        # Varnish's probes mark the app servers healthy after two good answers.
        time.sleep(2.5)

    @staticmethod
    def answers(url):
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def stop_process(self, name, sig=signal.SIGTERM):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(sig)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop(self):
        for name in list(self.processes):
            self.stop_process(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", default=str(BASE_DIR / "var" / "stack"))
    parser.add_argument(
        "--database",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/itac_stack"),
    )
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"))
    parser.add_argument("--proxy-port", type=int, default=6081)
    parser.add_argument("--app-ports", default="8101,8102")
    options = parser.parse_args()
    stack = Stack(
        workdir=Path(options.workdir).resolve(),
        database_url=options.database,
        redis_url=options.redis,
        proxy_port=options.proxy_port,
        app_ports=tuple(int(port) for port in options.app_ports.split(",")),
    )
    stack.prepare()
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))
    try:
        stack.start()
        say(f"serving on {stack.url}/ (Varnish) -> app servers on ports {options.app_ports}")
        say(f"admin: {stack.url}/admin/ ; logs in {stack.workdir}; Ctrl-C stops everything")
        while all(process.poll() is None for process in stack.processes.values()):
            time.sleep(1)
        say("a process stopped; stopping the stack")
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
        say("stopped")


if __name__ == "__main__":
    main()
