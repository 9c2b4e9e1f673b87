"""Wagtail's own tasks (search entries, the reference index) run in the request that queues
them, once its transaction has committed, and once per object and transaction.

Run inside the transaction (Django's immediate backend), a story sent through the form had
its draft page indexed twice while its transaction held the story library's row (every new
page updates its parent's count of children), so submissions queued behind each other's
indexing. After the commit the row is free, and a page saved twice is indexed once.
Outside a transaction a task runs at once, as with the immediate backend.
"""

from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

from django.db import transaction


class AfterCommitBackend(ImmediateBackend):
    def enqueue(self, task, args, kwargs):
        connection = transaction.get_connection()
        if not connection.in_atomic_block:
            return super().enqueue(task, args, kwargs)
        self.validate_task(task)
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        key = (task.module_path, repr(args), repr(sorted(kwargs.items())))
        # Django forgets the callbacks of a transaction rolled back, so a task waiting here is
        # one this transaction (or an enclosing one still open) will run.
        waiting = (
            getattr(callback, "task_key", None) for _, callback, _ in connection.run_on_commit
        )
        if key not in waiting:
            transaction.on_commit(AfterCommit(self, result, key), robust=True)
        return result


class AfterCommit:
    """Runs a queued task's result once the transaction commits (named, to be found again)."""

    def __init__(self, backend, result, key):
        self.backend, self.result, self.task_key = backend, result, key

    def __call__(self):
        self.backend._execute_task(self.result)
