"""Life happens: a missed session, little time, travel, illness, a bad night.

Each answer opens with what to do, then shows the day's session as it should be done (shorter,
lighter or with other kit) from the plan itself, and says what changed.
"""

import datetime as dt

from app.coach.answers.adjust import Version, lighter, shorter, with_kit
from app.coach.answers.calendar import next_after, session_on
from app.coach.answers.sessions import describe_session
from app.coach.answers.words import long_date, say
from app.coach.understanding import Language, Understanding
from app.training.contract.plan_document import PlanData, Session, Week
from app.training.contract.vocabulary import Equipment

_ABOVE_NECK = ("cold", "runny", "nose", "sneez", "sore throat", "throat", "congested", "head cold")
_BELOW_NECK = ("fever", "flu", "chest cold", "cough", "body ache", "aches", "stomach", "vomit",
               "diarrh", "chills", "covid", "virus")  # fmt: skip
_HOTEL = frozenset({Equipment.BODYWEIGHT})


def _day_session(plan: PlanData, today: dt.date) -> tuple[Week, Session] | None:
    """Today's session, else the next one (an undated plan: its first session)."""
    if plan.start_date is None:
        return plan.weeks[0], plan.weeks[0].sessions[0]
    return session_on(plan, today) or next_after(plan, today)


def _show(week: Week, version: Version, language: Language) -> str:
    """A version of a session with what changed."""
    changed = "; ".join(version.changes) or say(language, "nothing to change", "nada que cambiar")
    return (
        f"{describe_session(week, version.session, language)}\n\n"
        + say(language, "What changed: ", "Qué cambia: ")
        + changed
        + "."
    )


def missed(plan: PlanData, reading: Understanding, today: dt.date) -> str:
    """Missed a session: don't double up, carry on with the next one."""
    whole_week = any(s.end > s.start for s in reading.slots.dates) or "week" in reading.text
    following = next_after(plan, today - dt.timedelta(1)) if plan.start_date else None
    if whole_week:
        head = (
            "A missed week is no problem and there's no need to make it up: pick up where the "
            "calendar is, and keep the first two sessions back at about RPE 6, a set fewer per "
            "exercise, before going back to the plan's loads."
        )
    else:
        head = (
            "Don't double up to make it up: skip the missed session and carry on with the plan. "
            "One session changes nothing; what counts is the next few weeks."
        )
    if following is None:
        return head
    week, session = following
    when = long_date(session.date or today, Language.ENGLISH)
    return head + (
        f" Your next session is **{session.title}** on {when} (week {week.week}, day "
        f"{session.day}). If the missed one was your key session of the week and you have a "
        "free day before then, you may do it there instead, but never two hard days in a row."
    )


def short_on_time(plan: PlanData, reading: Understanding, today: dt.date) -> str:
    """A shorter version of today's session that keeps the main work."""
    language = reading.language
    minutes = reading.slots.minutes or 30
    found = _day_session(plan, today)
    if found is None:
        return say(language, "Your plan has no session left.", "A tu plan no le quedan sesiones.")
    week, session = found
    version = shorter(session, minutes)
    head = say(
        language,
        f"With {minutes} min, do a short version of **{session.title}** that keeps the main "
        "work: a 5-minute warm-up, then the main block below.",
        f"Con {minutes} min, haz una versión corta de **{session.title}** que mantiene la parte "
        "principal: 5 minutos de calentamiento y después la parte principal.",
    )
    return f"{head}\n\n{_show(week, version, language)}"


def slept_badly(plan: PlanData, reading: Understanding, today: dt.date) -> str:
    """A lighter version of today's session after a bad night or a hard day."""
    found = _day_session(plan, today)
    head = (
        "Train, but lighter: a short night lowers what you can recover from, not whether moving "
        "helps. Keep it easy, stop at RPE 6, and if you still feel wrecked after the warm-up, "
        "make it a walk or mobility day instead."
    )
    if found is None:
        return head
    week, session = found
    return f"{head}\n\n{_show(week, lighter(session), reading.language)}"


def sick(reading: Understanding) -> str:
    """The above/below-the-neck rule."""
    text = reading.text
    below = [word for word in _BELOW_NECK if word in text]
    if below or "fever" in text:
        return (
            "Rest until you're better: with a fever, body aches, a chest cough or a stomach bug "
            "(symptoms below the neck), skip training entirely; exercising with a fever strains "
            "the heart. Once you've been symptom-free for a day or two, come back with two "
            "easy sessions before the plan's normal loads."
        )
    return (
        "Use the neck check: with symptoms only above the neck (runny nose, sneezing, a mild "
        "sore throat), an easy session at about half the usual volume and RPE 5-6 is fine if "
        "you feel up to it. If it spreads below the neck (fever, chest, body aches, stomach), "
        "rest instead. See a doctor if it lasts more than a week or you feel worse."
    )


def travelling(plan: PlanData, reading: Understanding, today: dt.date) -> str:
    """The sessions of the travel dates with substitutes for kit the person won't have."""
    spans = reading.slots.dates
    start = spans[0].start if spans else today
    end = spans[0].end if spans and spans[0].end > spans[0].start else start + dt.timedelta(6)
    kit = frozenset(reading.slots.equipment) | _HOTEL
    dated = [(w, s) for w in plan.weeks for s in w.sessions if s.date and start <= s.date <= end]
    kit_text = ", ".join(sorted(k.replace("_", " ") for k in kit if k is not Equipment.BODYWEIGHT))
    head = (
        f"For those days only ({long_date(start, Language.ENGLISH)} to "
        f"{long_date(end, Language.ENGLISH)}), here are your sessions with what you'll have "
        f"({kit_text + ' and ' if kit_text else ''}bodyweight, hotel-room friendly); the rest "
        "of your plan stays as it is."
    )
    if plan.start_date is None or not dated:
        week = plan.weeks[0]
        dated = [(week, week.sessions[0])]
    parts = [head]
    for week, session in dated[:4]:
        parts.append(_show(week, with_kit(session, kit), Language.ENGLISH))
    return "\n\n".join(parts)
