"""Stored plan documents read back as `PlanData`, without validating the same document twice.

Every log write reads the current plan to adapt it. Validating a 16 x 7 document costs more than
all the rules together, and it is almost always the document this process validated (or wrote)
a moment ago. So each process keeps the last validated plans, keyed by plan id, and reuses one
only when the stored document is *equal* to the one it was made from: a changed document, from
whatever path, is simply validated again.
"""

from collections import OrderedDict
from threading import Lock
from typing import Any

from app.database.models import WorkoutPlan
from app.training.contract.plan_document import PlanData

KEPT = 32
"""Plans kept per process: the people logging right now."""
_kept: OrderedDict[int, tuple[dict[str, Any], PlanData]] = OrderedDict()
_lock = Lock()


def plan_of(row: WorkoutPlan) -> PlanData:
    """The stored plan as a `PlanData`: reused when the document is unchanged, else validated."""
    with _lock:
        kept = _kept.get(row.id)
    if kept is not None and kept[0] == row.plan_data:
        return kept[1]
    plan = PlanData.model_validate(row.plan_data)
    remember(row.id, plan)
    return plan


def remember(plan_id: int, plan: PlanData) -> None:
    """Keep a validated plan, with the document it stands for, for the next read."""
    document = plan.model_dump(mode="json")
    with _lock:
        _kept[plan_id] = (document, plan)
        _kept.move_to_end(plan_id)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
