"""A session and a week written out as a person trains from them, in their language.

Exercise names and cues stay as the catalogue writes them; the framing (week, day, block names,
why a week is lighter) follows the person's language.
"""

from app.coach.answers.words import say
from app.coach.understanding import Language
from app.training.contract.plan_document import Exercise, PlanData, Session, Week

_BLOCKS_ES = {
    "warm_up": "calentamiento",
    "main": "parte principal",
    "conditioning": "acondicionamiento",
    "cool_down": "vuelta a la calma",
}


def clock(seconds: int) -> str:
    """Rest as a coach writes it: 45 s, 2:00."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}" if minutes else f"{rest} s"


def describe_exercise(exercise: Exercise) -> str:
    """One line a person can train from: name, dose, load or pace, intensity, rest, cue."""
    load = f" at {exercise.load_kg:g} kg" if exercise.load_kg else ""
    rest = f", rest {clock(exercise.rest_s)}" if exercise.rest_s else ""
    cue = f" — {exercise.notes}" if exercise.notes else ""
    return f"- {exercise.name}: {exercise.dose_text}{load} @ {exercise.intensity}{rest}{cue}"


def _block_name(kind: str, language: Language) -> str:
    """A block's name ("warm-up", "calentamiento")."""
    return say(language, kind.replace("_", "-"), _BLOCKS_ES.get(kind, kind))


def describe_session(week: Week, session: Session, language: Language = Language.ENGLISH) -> str:
    """A session written out block by block."""
    header = say(
        language,
        f"**Week {week.week}, day {session.day} — {session.title}** "
        f"({session.duration_min} min, {session.intensity}; {week.phase} phase)",
        f"**Semana {week.week}, día {session.day} — {session.title}** "
        f"({session.duration_min} min, {session.intensity}; fase {week.phase})",
    )
    lines = [header, say(language, "Focus: ", "Objetivo: ") + session.focus]
    for block in session.blocks:
        fmt = f" ({block.format})" if block.format != "straight" else ""
        lines.append(f"*{_block_name(block.kind, language)}*{fmt}")
        lines.extend(describe_exercise(exercise) for exercise in block.exercises)
    return "\n".join(lines)


def lighter_reason(plan: PlanData, week: Week, language: Language) -> str | None:
    """Why a week has fewer work sets than the one before, when it does."""
    if week.week == 1:
        return None
    volume, before = plan.total_volume(week.week), plan.total_volume(week.week - 1)
    if volume.sets >= before.sets:
        return None
    return say(
        language,
        f"Week {week.week} is lighter than week {week.week - 1} on purpose: {volume.sets} work "
        f"sets instead of {before.sets}, so your body absorbs the training before the next push.",
        f"La semana {week.week} es más suave que la {week.week - 1} a propósito: {volume.sets} "
        f"series efectivas en vez de {before.sets}, para que asimiles el entrenamiento.",
    )


def describe_week(plan: PlanData, week: Week, language: Language = Language.ENGLISH) -> str:
    """A week's phase, why it is built that way, and its sessions in one line each."""
    lines = [
        say(
            language,
            f"**Week {week.week}: {week.phase} phase — {week.focus}.** {week.notes}",
            f"**Semana {week.week}: fase {week.phase} — {week.focus}.** {week.notes}",
        )
    ]
    reason = lighter_reason(plan, week, language)
    if reason:
        lines.append(reason)
    day = say(language, "Day", "Día")
    lines.extend(
        f"- {day} {s.day}{f' ({s.date.isoformat()})' if s.date else ''}: {s.title} "
        f"({s.duration_min} min, {s.intensity})"
        for s in week.sessions
    )
    return "\n".join(lines)
