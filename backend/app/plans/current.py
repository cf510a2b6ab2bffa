"""The current plan (the person's newest), validated once and then served from memory.

The chat, the calendar and the feed all read it, often several times a second for one person;
parsing and validating a 16-week document each time would cost more than everything else they
do. A stored plan is keyed by its identity (id, owner, creation time) and its revision, so a new
plan, a deleted one whose id SQLite hands out again, or one the adaptation changed (in any
worker) is never mistaken for the cached one.
"""

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from threading import Lock

from sqlalchemy.orm import Session

from app.database.models import WorkoutPlan
from app.plans import repository as plans
from app.training.contract.plan_document import PlanData

PlanKey = tuple[int, int, datetime, int]
"""A stored plan's identity (id, owner, creation time: SQLite may reuse a deleted id) and its
revision (bumped by every adaptation and undo)."""


@dataclass(frozen=True)
class CurrentPlan:
    """The newest plan's id and its validated document."""

    id: int
    document: PlanData


class _PlanCache:
    """Validated plan documents by plan identity, the least recently used dropped first."""

    def __init__(self, size: int = 256) -> None:
        self._plans: OrderedDict[PlanKey, PlanData] = OrderedDict()
        self._size = size
        self._lock = Lock()

    def get(self, key: PlanKey) -> PlanData | None:
        with self._lock:
            plan = self._plans.get(key)
            if plan is not None:
                self._plans.move_to_end(key)
            return plan

    def forget(self, plan_id: int) -> None:
        """Drop every cached version of a plan whose stored document was edited in place."""
        with self._lock:
            for key in [key for key in self._plans if key[0] == plan_id]:
                del self._plans[key]

    def put(self, key: PlanKey, plan: PlanData) -> None:
        with self._lock:
            self._plans[key] = plan
            while len(self._plans) > self._size:
                self._plans.popitem(last=False)


_plan_cache = _PlanCache()


def current_plan(db: Session, user_id: int) -> CurrentPlan | None:
    """The person's newest plan, validated once and then served from memory."""
    latest = plans.latest_plan_stamp(db, user_id)
    if latest is None:
        return None
    document = _document(db, (latest[0], user_id, latest[1], latest[2]))
    return CurrentPlan(latest[0], document) if document else None


def current_document(db: Session, user_id: int) -> PlanData | None:
    """The newest plan's validated document, or None when the person has no plan."""
    found = current_plan(db, user_id)
    return found.document if found else None


def forget(plan_id: int) -> None:
    """Forget the cached document of a plan that was just edited in place."""
    _plan_cache.forget(plan_id)


def plan_document(db: Session, user_id: int, plan_id: int) -> PlanData | None:
    """One of the person's plans, validated once; None when it is not theirs."""
    stamp = plans.plan_stamp(db, user_id, plan_id)
    return _document(db, (plan_id, user_id, *stamp)) if stamp else None


def remember(row: WorkoutPlan, plan: PlanData) -> None:
    """Keep a plan just changed (its row's revision already bumped) for the next read."""
    _plan_cache.put((row.id, row.user_id, row.created_at, row.revision), plan)


def _document(db: Session, key: PlanKey) -> PlanData | None:
    """The plan with this identity, from memory or read and validated once."""
    plan = _plan_cache.get(key)
    if plan is None:
        row = plans.owned_plan(db, key[1], key[0])
        if row is None:  # deleted in between
            return None
        plan = PlanData.model_validate(row.plan_data)
        _plan_cache.put(key, plan)
    return plan
