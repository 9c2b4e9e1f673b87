"""A flood of story forms from one address, sent from a process of its own so that the test
timing a visitor's home page meanwhile shares no interpreter lock with the senders (as a real
flood comes from another machine).

    python -m tests.stack.flood BASE_URL PATH SENDERS POSTS_EACH

Each sender gets the form (its own cookies and token), then the process prints "ready" and
waits for a line on its input; then every sender posts POSTS_EACH forms carrying a large
photo cut short, and the process prints one JSON list: [status, X-Backend or null] per post,
or {"errors": [...]} if a sender failed.
"""

import json
import os
import sys
import threading

from bs4 import BeautifulSoup


def main(base, path, senders, posts_each):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "itac.settings.test")
    from tests.stack.visitors import Visitor, post_story_form
    from tests.submissions.photo_files import large_truncated_jpeg

    photo = large_truncated_jpeg(3000)
    forms = []
    for _sender in range(senders):
        visitor = Visitor(base)
        page = BeautifulSoup(visitor.get(path).text, "html.parser")
        forms.append((visitor, page.find("input", {"name": "csrfmiddlewaretoken"})["value"]))
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()

    answers, errors = [], []

    def send(visitor, token):
        try:
            for _post in range(posts_each):
                answer = post_story_form(visitor, path, token, photo)
                answers.append((answer.status, answer.headers.get("X-Backend")))
        except Exception as error:  # noqa: BLE001 (reported to the test)
            errors.append(repr(error))

    threads = [threading.Thread(target=send, args=form) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sys.stdout.write(json.dumps({"errors": errors} if errors else answers) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
