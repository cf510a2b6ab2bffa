"""The progress page's charts, drawn on the server as SVG geometry the template fills in.

Pure layout: values in, coordinates out, so the charts work without JavaScript, read the same
on a phone (the SVGs scale with their `viewBox`) and carry their numbers as text alternatives.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.logbook.calendar import CalendarDay
from app.logbook.progress import LiftPoint, Progress, WeekSummary

WIDTH, HEIGHT, PAD = 320, 160, 24
"""The charts' drawing box (viewBox units) and the room kept for axis labels."""
WEEKS_SHOWN = 16
MAX_BAR = 28
"""The widest a bar is drawn, so a first week does not fill the chart."""
ADHERENCE_WEEKS = 12
CELL = 20
"""The adherence calendar's cell size: 12 week columns by 7 weekday rows."""


@dataclass(frozen=True)
class Bar:
    """One bar: its box, the value it shows and its label."""

    x: float
    y: float
    width: float
    height: float
    value: float
    label: str


@dataclass(frozen=True)
class Line:
    """A line chart of one series: polyline points, dots, and the axis range."""

    name: str
    points: str
    dots: tuple[tuple[float, float, str], ...]
    low: float
    high: float


@dataclass(frozen=True)
class Cell:
    """A day of the adherence calendar: grid position and what happened."""

    x: float
    y: float
    date: dt.date
    status: str


@dataclass(frozen=True)
class Charts:
    """Everything the progress page draws."""

    measure: str
    unit: str
    bars: tuple[Bar, ...]
    bar_max: float
    lines: tuple[Line, ...]
    cells: tuple[Cell, ...]


def charts_for(progress: Progress, days: Sequence[CalendarDay], today: dt.date) -> Charts:
    """The charts for a person's progress and the calendar of the last weeks."""
    weeks = progress.weeks[-WEEKS_SHOWN:]
    by_km = any(week.km for week in weeks)
    values = [week.km if by_km else float(week.hard_sets) for week in weeks]
    top = max(values, default=0.0) or 1.0
    return Charts(
        measure="Kilometres per week" if by_km else "Hard sets per week",
        unit="km" if by_km else "sets",
        bars=_bars(weeks, values, top),
        bar_max=top,
        lines=tuple(_line(lift, points) for lift, points in progress.lifts.items()),
        cells=_cells(days, today),
    )


def _bars(weeks: Sequence[WeekSummary], values: list[float], top: float) -> tuple[Bar, ...]:
    """Bars side by side, scaled to the tallest."""
    if not weeks:
        return ()
    slot = (WIDTH - PAD) / len(weeks)
    bars = []
    for index, (week, value) in enumerate(zip(weeks, values, strict=True)):
        height = (HEIGHT - 2 * PAD) * value / top
        width = min(slot * 0.7, MAX_BAR)
        bars.append(
            Bar(
                x=PAD + index * slot + (slot - width) / 2,
                y=HEIGHT - PAD - height,
                width=width,
                height=height,
                value=round(value, 1),
                label=f"{week.week_start:%d %b}",
            )
        )
    return tuple(bars)


def _line(lift: str, points: Sequence[LiftPoint]) -> Line:
    """A lift's e1RM over time, its dates spread evenly along the x axis."""
    low = min(point.e1rm_kg for point in points)
    high = max(point.e1rm_kg for point in points)
    span = (high - low) or 1.0
    step = (WIDTH - 2 * PAD) / max(len(points) - 1, 1)
    dots = tuple(
        (
            round(PAD + index * step, 1),
            round(HEIGHT - PAD - (HEIGHT - 2 * PAD) * (point.e1rm_kg - low) / span, 1),
            f"{point.date:%d %b %Y}: {point.e1rm_kg:g} kg",
        )
        for index, point in enumerate(points)
    )
    return Line(
        name=lift.replace("_", " "),
        points=" ".join(f"{x},{y}" for x, y, _ in dots),
        dots=dots,
        low=low,
        high=high,
    )


def _cells(days: Sequence[CalendarDay], today: dt.date) -> tuple[Cell, ...]:
    """The last weeks as a grid: a column per week (Monday on top), a cell per session day."""
    first, _ = adherence_window(today)
    return tuple(
        Cell(
            x=PAD + (day.date - first).days // 7 * CELL,
            y=day.date.weekday() * CELL,
            date=day.date,
            status=day.status,
        )
        for day in days
        if first <= day.date <= today
    )


def adherence_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The dates the adherence calendar covers: the last twelve ISO weeks up to today."""
    first = today - dt.timedelta(days=today.weekday(), weeks=ADHERENCE_WEEKS - 1)
    return first, today
