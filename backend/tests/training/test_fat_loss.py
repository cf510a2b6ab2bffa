"""Fat loss, as a coach would check it: real conditioning volume and the energy-balance talk."""

import pytest

from app.training.contract import plan_document
from app.training.contract.vocabulary import BlockKind
from tests.training.training_helpers import build

SECONDS_PER_REP, METRES_PER_SECOND = 3, 4


def _minutes(block: plan_document.Block) -> float:
    """A coach's estimate of a block's length: work plus rests, every set."""
    total = 0.0
    for e in block.exercises:
        work = e.duration_s or (e.reps or 0) * SECONDS_PER_REP or (e.distance_m or 0) / 4
        total += e.sets * (work + e.rest_s)
    return total / 60


def _conditioning(week: plan_document.Week) -> list[plan_document.Block]:
    """The week's conditioning blocks."""
    return [b for s in week.sessions for b in s.blocks if b.kind is BlockKind.CONDITIONING]


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_fat_loss_gets_real_conditioning_volume(level: str) -> None:
    plan = build("gym", level, 3, 8, goals="lose fat")
    blocks = _conditioning(plan.weeks[0])
    assert len(blocks) == 3, "every lifting day ends with conditioning"
    assert all(_minutes(b) >= 10 for b in blocks), [round(_minutes(b)) for b in blocks]
    assert sum(_minutes(b) for b in blocks) >= 40
    assert any(b.format.value == "continuous" for b in blocks), "steady work, not only circuits"
    assert any(b.format.value == "circuit" for b in blocks), "and intervals"


def test_a_fat_loss_plan_talks_about_energy_balance() -> None:
    plan = build("gym", "intermediate", 3, 8, goals="lose 5 kg")
    note = " ".join(plan.safety_notes)
    assert "energy balance" in note
    assert "deficit" in note
    assert "protein" in note
    assert "energy balance" not in " ".join(build("gym", "intermediate", 3, 8).safety_notes)
