"""The apps depend on each other one way (README, Layout): an app imports, and its templates
load the tags of, only the apps it sits on."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# app: the campaign apps it may name (README's list); reach sits on all of them.
SITS_ON = {
    "itac": set(),
    "partners": {"itac"},
    "stories": {"itac", "partners"},
    "events": {"itac", "partners"},
    "actions": {"itac"},
}
CAMPAIGN_APPS = {*SITS_ON, "reach"}
TAG_LIBRARIES = {
    "story_tags": "stories",
    "action_tags": "actions",
    "event_tags": "events",
    "reach_tags": "reach",
}


def imported_apps(path):
    """The campaign apps a module imports (at any depth: lazy imports count too)."""
    apps = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        apps.update(name.split(".")[0] for name in names)
    return apps & CAMPAIGN_APPS


@pytest.mark.parametrize("app", sorted(SITS_ON))
def test_an_app_imports_only_the_apps_it_sits_on(app):
    allowed = SITS_ON[app] | {app}
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) - allowed)
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and imported_apps(path) - allowed
    }
    assert wrong == {}


# The base's templates: its own folder, and the shared layout, components and blocks.
BASE_TEMPLATES = ["itac/**/*.html", "components/**/*.html", "blocks/**/*.html", "*.html"]


def templates_of(app):
    patterns = BASE_TEMPLATES if app == "itac" else [f"{app}/**/*.html"]
    return [path for pattern in patterns for path in (ROOT / "templates").glob(pattern)]


@pytest.mark.parametrize("app", sorted(SITS_ON))
def test_an_apps_templates_load_only_the_tags_of_apps_it_sits_on(app):
    allowed = SITS_ON[app] | {app}
    wrong = {}
    for path in templates_of(app):
        for load in re.findall(r"{%\s*load\s+([^%]+)%}", path.read_text()):
            apps = {TAG_LIBRARIES[name] for name in load.split() if name in TAG_LIBRARIES}
            if apps - allowed:
                wrong[str(path.relative_to(ROOT))] = sorted(apps - allowed)
    assert wrong == {}
