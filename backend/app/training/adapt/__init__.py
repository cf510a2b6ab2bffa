"""Adaptive coaching: the next sessions change because of the last ones.

Pure rules (no database, no clock: today is an argument) that read a plan, the person's logs and
the log just written, and return `Adjustment`s to the sessions dated after today, each with its
reason in plain words. The rules and their sources are in docs/training.md ("Adaptation").

    from app.training import adapt

    changes = adapt.adapt(plan, logs, trigger=log, today=today)
    plan = adapt.apply_adjustments(plan, changes)

Modules: `records` (the values), `lifts`, `running`, `missed`, `fatigue`, `skills` (the rules),
`load` (session load, monotony, strain, fitness and fatigue), `volume` (how work is cut),
`limits` (ramps and deloads kept), `apply` (a new validated plan), `engine` (the order).
"""

from app.training.adapt.apply import apply_adjustments
from app.training.adapt.engine import Adaptation, adapt, adapt_plan, merge
from app.training.adapt.records import (
    Adjustment,
    History,
    LoggedEntry,
    LoggedSet,
    LogStatus,
    SessionLog,
)
from app.training.adapt.running import PaceTable

__all__ = [
    "Adaptation",
    "Adjustment",
    "History",
    "LogStatus",
    "LoggedEntry",
    "LoggedSet",
    "PaceTable",
    "SessionLog",
    "adapt",
    "adapt_plan",
    "apply_adjustments",
    "merge",
]
