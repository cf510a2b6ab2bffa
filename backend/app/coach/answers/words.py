"""The few words answers need in both languages: dates, weekdays, and picking a phrasing."""

import datetime as dt

from app.coach.understanding.language import Language

_WEEKDAYS = {
    Language.ENGLISH: (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    Language.SPANISH: ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    Language.ENGLISH: (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    Language.SPANISH: (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip


def say(language: Language, english: str, spanish: str) -> str:
    """The phrasing for the person's language."""
    return spanish if language is Language.SPANISH else english


def weekday(day: dt.date, language: Language) -> str:
    """The weekday's name ("Saturday", "sábado")."""
    return _WEEKDAYS[language][day.weekday()]


def long_date(day: dt.date, language: Language) -> str:
    """A date as people say it: "Saturday 5 December", "sábado 5 de diciembre"."""
    month = _MONTHS[language][day.month - 1]
    return say(
        language,
        f"{weekday(day, language)} {day.day} {month}",
        f"{weekday(day, language)} {day.day} de {month}",
    )


def relative_date(
    day: dt.date, today: dt.date | None, language: Language = Language.ENGLISH
) -> str:
    """A date with its name when it is near, e.g. "tomorrow (Wednesday 2 December)".

    Further dates, or any date without `today`, are just the date ("Saturday 5 December").
    """
    names = {
        -1: say(language, "yesterday", "ayer"),
        0: say(language, "today", "hoy"),
        1: say(language, "tomorrow", "mañana"),
    }
    name = names.get((day - today).days) if today else None
    written = long_date(day, language)
    return f"{name} ({written})" if name else written


def article(word: str) -> str:
    """The article before `word`: "an intermediate", "a beginner"."""
    return "an" if word[:1].lower() in "aeiou" else "a"
