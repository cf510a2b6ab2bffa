"""Versions of a planned session for the day that is not ordinary, built from the session itself.

Shorter (short on time): the main block stays, sets trimmed evenly to fit, a five-minute warm-up,
conditioning and cool-down cut and named. Lighter (slept badly, exhausted): same exercises, a
set fewer each and effort capped at RPE 6. With other kit (travelling): each exercise that needs
equipment the person does not have is swapped for one of the same movement pattern that fits
what they have, from the catalogue. Nothing here stores anything: the answer shows the version,
and a change to the stored plan goes through the coach's actions.
"""

from dataclasses import dataclass

from app.training.catalogue import BY_ID, BY_PATTERN, Movement
from app.training.contract.plan_document import Block, Exercise, Session
from app.training.contract.vocabulary import BlockKind, Equipment

WARM_UP_MIN = 5
LIGHT_RPE = 6
MAIN_SHARE = 0.85
"""Of a short session, the share the main work may use once the warm-up is done."""


@dataclass(frozen=True)
class Version:
    """A version of a session and what it left out or changed."""

    session: Session
    changes: tuple[str, ...]


def _with_blocks(session: Session, blocks: list[Block], minutes: int) -> Session:
    """The session with other blocks and length (validated like any stored session)."""
    data = session.model_dump() | {"blocks": [b.model_dump() for b in blocks]}
    return Session.model_validate(data | {"duration_min": max(15, minutes)})


def shorter(session: Session, minutes: int) -> Version:
    """The session in `minutes`: main work kept, the rest cut, main sets trimmed to fit."""
    main = session.block(BlockKind.MAIN)
    if main is None:  # never for a stored session; nothing to shorten around
        return Version(session, ())
    cut = [b.kind.replace("_", "-") for b in session.blocks if b.kind is not BlockKind.MAIN]
    share = min(1.0, (minutes - WARM_UP_MIN) * MAIN_SHARE / max(session.duration_min * 0.6, 1))
    exercises = [_fewer_sets(e, share) for e in main.exercises]
    trimmed = [e.name for e, before in zip(exercises, main.exercises, strict=True) if e != before]
    blocks = [main.model_copy(update={"exercises": exercises})]
    changes = [f"cut: {', '.join(cut)}"] if cut else []
    if trimmed:
        changes.append(f"fewer sets: {', '.join(trimmed)}")
    return Version(_with_blocks(session, blocks, minutes), tuple(changes))


def _fewer_sets(exercise: Exercise, share: float) -> Exercise:
    """The exercise with its sets (or a single effort's length) scaled by `share`."""
    if share >= 1:
        return exercise
    if exercise.sets == 1 and exercise.duration_s:
        return exercise.model_copy(update={"duration_s": max(60, int(exercise.duration_s * share))})
    if exercise.sets == 1 and exercise.distance_m:
        distance = max(100, int(exercise.distance_m * share / 100) * 100)
        return exercise.model_copy(update={"distance_m": distance})
    return exercise.model_copy(update={"sets": max(1, round(exercise.sets * share))})


def lighter(session: Session) -> Version:
    """The same session, one set fewer per exercise and effort capped at an easy RPE."""
    blocks = [
        b.model_copy(update={"exercises": [_easier(e) for e in b.exercises]})
        for b in session.blocks
        if b.kind is not BlockKind.CONDITIONING
    ]
    dropped = session.block(BlockKind.CONDITIONING) is not None
    changes = ["one set fewer on each exercise", f"effort capped at RPE {LIGHT_RPE}"]
    if dropped:
        changes.append("conditioning cut")
    return Version(_with_blocks(session, blocks, int(session.duration_min * 0.75)), tuple(changes))


def _easier(exercise: Exercise) -> Exercise:
    """One set fewer (at least one) and an easy effort."""
    capped = exercise.target_rpe is not None and exercise.target_rpe > LIGHT_RPE
    update: dict[str, object] = {"sets": max(1, exercise.sets - 1)}
    if capped:
        update |= {
            "target_rpe": LIGHT_RPE,
            "intensity": f"RPE {LIGHT_RPE}, easy",
            "percent_1rm": None,
        }
    return exercise.model_copy(update=update)


def harder(session: Session) -> Session:
    """The same session with one more set on each main-block exercise (a single effort stays)."""
    blocks = [
        b.model_copy(
            update={
                "exercises": [
                    e if e.sets == 1 else e.model_copy(update={"sets": min(10, e.sets + 1)})
                    for e in b.exercises
                ]
            }
        )
        if b.kind is BlockKind.MAIN
        else b
        for b in session.blocks
    ]
    return _with_blocks(session, blocks, min(150, session.duration_min + 10))


def substitute(
    movement_id: str,
    available: frozenset[Equipment],
    prefer: frozenset[Equipment] = frozenset(),
    keep: bool = True,
) -> Movement | None:
    """A movement of the same pattern that needs only `available` kit.

    Movements using the `prefer` kit come first ("with dumbbells"), then the same kind of dose,
    then the most muscles in common. With `keep`, a movement that fits the kit stays itself.
    """
    original = BY_ID.get(movement_id)
    if original is None:
        return None
    if keep and original.equipment <= available:
        return original
    options = [
        m
        for m in BY_PATTERN[original.pattern]
        if m.equipment <= available and m.level.rank <= original.level.rank and m is not original
    ]
    options.sort(
        key=lambda m: (
            not (m.equipment & prefer) if prefer else False,
            m.dose != original.dose,
            original.loaded and not m.loaded,
            -len(set(m.muscles) & set(original.muscles)),
            m.id,
        )
    )
    return options[0] if options else None


def with_kit(session: Session, available: frozenset[Equipment]) -> Version:
    """The session with every exercise doable with `available` kit (bodyweight always is)."""
    swaps: list[str] = []
    blocks = []
    for block in session.blocks:
        exercises = []
        for exercise in block.exercises:
            replacement = substitute(exercise.exercise_id, available)
            if replacement is None or replacement.id == exercise.exercise_id:
                exercises.append(exercise)
                continue
            swaps.append(f"{exercise.name} → {replacement.name}")
            exercises.append(_replaced(exercise, replacement))
        blocks.append(block.model_copy(update={"exercises": exercises}))
    return Version(_with_blocks(session, blocks, session.duration_min), tuple(swaps))


def _replaced(exercise: Exercise, movement: Movement) -> Exercise:
    """The exercise's dose on another movement (no load: the new one has its own)."""
    return exercise.model_copy(
        update={
            "exercise_id": movement.id,
            "name": movement.name,
            "equipment": sorted(movement.equipment),
            "load_kg": None,
            "notes": movement.cues[:400],
        }
    )
