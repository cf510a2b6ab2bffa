"""The engine's folders are the steps of a plan, and each imports only the steps before it."""

import ast
from pathlib import Path

import app.training

ROOT = Path(app.training.__file__).parent
STEPS = (
    "memo",
    "contract",
    "limitations",
    "numbers",
    "athlete",
    "calendar",
    "catalogue",
    "programming",
    "dosing",
    "assembly",
    "running",
    "narrative",
    "checks",
    "planner",
    "adapt",
)
"""The pipeline's order; `memo` (the cache registry) serves every step. The athlete's own
numbers and limitations are read before the athlete is resolved; `adapt` comes after the plan
is written: it changes a stored plan after each log."""


def _step(module: str) -> str:
    return module.removeprefix("app.training.").split(".")[0]


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("app.training.")
        ):
            found.add(_step(node.module))
        elif isinstance(node, ast.ImportFrom) and node.module == "app.training":
            found.update(alias.name for alias in node.names)
    return found


def test_every_module_belongs_to_a_step() -> None:
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.name != "__init__.py" or relative.parent != Path():
            assert relative.parts[0].removesuffix(".py") in STEPS, relative


def test_no_step_imports_a_later_step() -> None:
    backwards = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative == Path("__init__.py"):
            continue
        own = STEPS.index(relative.parts[0].removesuffix(".py"))
        backwards += [
            f"{relative} imports {step}" for step in _imports(path) if STEPS.index(step) > own
        ]
    assert backwards == []


def test_the_old_flat_modules_are_gone() -> None:
    flat = {path.stem for path in ROOT.glob("*.py")}
    assert flat == {"__init__", "memo", "narrative", "planner"}
