"""The task worker in tests: production's database queue, run once through."""

from unittest import mock

from django.core.management import call_command


def run_task_worker(queues="email,impact"):
    """Run `db_worker --batch` over `queues` of the "worker" backend until they are empty.

    The worker closes connections between tasks, as a long-running process should; inside a
    test's transaction that would close the test's own connection (as Django's TestCase keeps
    requests from doing), so here it leaves the connection alone."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            "--batch",
            "--queue-name",
            queues,
            "--backend",
            "worker",
            "--no-startup-delay",
            verbosity=0,
        )
