"""Answers about when: today, tomorrow, a weekday, the next session, this week.

Dates come from the plan's own session dates and the person's today (their time zone), so
"today" on a plan started 15 days ago is that day's session, not the whole week. A plan with no
dates says so, offers to set a start date, and still shows where the plan begins.
"""

import datetime as dt
import re

from app.coach.answers.sessions import describe_session, describe_week
from app.coach.answers.words import long_date, relative_date, say, weekday
from app.coach.understanding import Language, Understanding
from app.coach.understanding.slots import LAST
from app.training.contract.plan_document import PlanData, Session, Week

Dated = tuple[Week, Session]
_NEXT = re.compile(r"\b(next|after today|comes after|following|proxima|siguiente)\b")


def session_on(plan: PlanData, day: dt.date) -> Dated | None:
    """The plan's session dated `day`, with its week."""
    return next(
        ((w, s) for w in plan.weeks for s in w.sessions if s.date == day),
        None,
    )


def next_after(plan: PlanData, day: dt.date) -> Dated | None:
    """The first session dated after `day`."""
    return next(
        ((w, s) for w in plan.weeks for s in w.sessions if s.date is not None and s.date > day),
        None,
    )


def week_of(plan: PlanData, day: dt.date) -> Week | None:
    """The plan week whose seven days include `day`."""
    if plan.start_date is None:
        return None
    number = (day - plan.start_date).days // 7 + 1
    return plan.weeks[number - 1] if 1 <= number <= plan.duration_weeks else None


def _by_number(plan: PlanData, week: int, day: int, language: Language) -> str:
    """A session named by week and day ("the first day of week one")."""
    if not 1 <= week <= plan.duration_weeks:
        return say(
            language,
            f"Your plan has {plan.duration_weeks} weeks, so there is no week {week}.",
            f"Tu plan tiene {plan.duration_weeks} semanas, así que no hay semana {week}.",
        )
    day = plan.days_per_week if day == LAST else day
    if not 1 <= day <= plan.days_per_week:
        return say(
            language,
            f"You train {plan.days_per_week} days a week, so week {week} has no day {day}.",
            f"Entrenas {plan.days_per_week} días a la semana: la semana {week} no tiene día {day}.",
        )
    chosen = plan.weeks[week - 1]
    return describe_session(chosen, plan.session(week, day), language)


def _undated(plan: PlanData, language: Language) -> str:
    """What to say when the plan has no dates to answer "today" from."""
    first = plan.weeks[0]
    return say(
        language,
        "Your plan has no dates yet, so I can't tell which session falls today: it needs a "
        'start date. Tell me when you want to begin ("start my plan on Monday") or set it on '
        "the plan page. Until then, here is where the plan starts:\n\n",
        "Tu plan todavía no tiene fechas, así que no sé qué sesión toca hoy: le falta una fecha "
        "de inicio. Dime cuándo quieres empezar o ponla en la página del plan. Mientras, así "
        "empieza:\n\n",
    ) + describe_session(first, first.sessions[0], language)


def _relative_name(day: dt.date, today: dt.date, language: Language) -> str:
    """Today, tomorrow or the date, capitalised to open a sentence."""
    when = relative_date(day, today, language)
    return when[:1].upper() + when[1:]


def _on_day(plan: PlanData, day: dt.date, today: dt.date, language: Language) -> str:
    """The session of one date, or that it is a rest day and what comes next."""
    name = _relative_name(day, today, language)
    found = session_on(plan, day)
    if found is not None:
        week, session = found
        head = say(
            language,
            f"{name} is week {week.week}, day {session.day}: **{session.title}**.",
            f"{name} te toca la semana {week.week}, día {session.day}: **{session.title}**.",
        )
        return f"{head}\n\n{describe_session(week, session, language)}"
    rest = say(language, f"{name} is a rest day.", f"{name} es día de descanso.")
    following = next_after(plan, day)
    if following is None:
        return rest + say(language, " Your plan ends before then.", " Tu plan termina antes.")
    week, session = following
    when = long_date(session.date or day, language)
    return rest + say(
        language,
        f" Your next session is **{session.title}** on {when} (week {week.week}, day "
        f"{session.day}).",
        f" Tu próxima sesión es **{session.title}** el {when} (semana {week.week}, día "
        f"{session.day}).",
    )


def _next(plan: PlanData, today: dt.date, language: Language) -> str:
    """The first session after today."""
    following = next_after(plan, today)
    if following is None:
        return say(language, "Your plan has no sessions left.", "Tu plan no tiene más sesiones.")
    week, session = following
    when = long_date(session.date or today, language)
    head = say(
        language,
        f"Your next session is **{session.title}** on {when} (week {week.week}, day "
        f"{session.day}).",
        f"Tu próxima sesión es **{session.title}** el {when} (semana {week.week}, día "
        f"{session.day}).",
    )
    return f"{head}\n\n{describe_session(week, session, language)}"


def answer_session(plan: PlanData, reading: Understanding, today: dt.date) -> str:
    """The session the person asked about: by number, by date, or the next one."""
    language, found = reading.language, reading.slots
    if found.week is not None and found.day is not None:
        return _by_number(plan, found.week, found.day, language)
    if plan.start_date is None:
        return _undated(plan, language)
    days = [span.start for span in found.dates if span.start == span.end]
    if days:
        return _on_day(plan, days[0], today, language)
    if _NEXT.search(reading.text):
        return _next(plan, today, language)
    return _on_day(plan, today, today, language)


def answer_week(plan: PlanData, reading: Understanding, today: dt.date) -> str:
    """A week of the plan: the one named, the one the dates fall in, or this week."""
    language = reading.language
    if reading.slots.week is not None:
        number = reading.slots.week
        if not 1 <= number <= plan.duration_weeks:
            return _by_number(plan, number, 1, language)
        return describe_week(plan, plan.weeks[number - 1], language)
    spans = reading.slots.dates
    asked = today if not spans or spans[0].start <= today <= spans[0].end else spans[0].start
    week = week_of(plan, asked)
    if week is None:
        return (
            _undated(plan, language)
            if plan.start_date is None
            else say(
                language,
                "That week is outside your plan.",
                "Esa semana queda fuera de tu plan.",
            )
        )
    return describe_week(plan, week, language)


__all__ = ["answer_session", "answer_week", "next_after", "session_on", "week_of", "weekday"]
