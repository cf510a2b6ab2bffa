"""The athlete's numbers as the engine reads them, each saying where it came from.

A number is `stated` (the person put it in their baselines), read from their `goals` text, or
taken from the `log` of what they did. When the same number comes from several places the one
the person stated wins: they typed it on purpose, while the goals text is read by rules that can
misread. `Baselines.merged` is that rule, the one place it is applied.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

__all__ = ["Baselines", "Hold", "Lift", "RaceTime", "RepMax", "Source", "Sourced"]


class Source(StrEnum):
    """Where a number came from."""

    STATED = "stated"
    GOALS = "goals"
    LOG = "log"


T = TypeVar("T")
_Item = TypeVar("_Item", "Lift", "RepMax", "Hold")


@dataclass(frozen=True, slots=True)
class Sourced(Generic[T]):
    """One value (weekly km, an event, a weight class) and where it came from."""

    value: T
    source: Source


@dataclass(frozen=True, slots=True)
class RaceTime:
    """A race distance and time: a result the person ran, or the time they aim for."""

    distance_km: float
    time_s: int
    source: Source
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Lift:
    """A set the person did: `weight_kg` for `reps` (an all-out set unless rated)."""

    lift: str
    weight_kg: float
    reps: int
    source: Source
    rpe: float | None = None


@dataclass(frozen=True, slots=True)
class RepMax:
    """The most strict reps of a bodyweight exercise in one set."""

    exercise: str
    reps: int
    source: Source


@dataclass(frozen=True, slots=True)
class Hold:
    """The longest hold of a static position, in seconds."""

    exercise: str
    seconds: int
    source: Source


def _by_key(preferred: tuple[_Item, ...], other: tuple[_Item, ...], key: str) -> tuple[_Item, ...]:
    """Entries of `preferred`, then those of `other` whose key `preferred` does not have."""
    taken = {getattr(item, key) for item in preferred}
    return preferred + tuple(item for item in other if getattr(item, key) not in taken)


@dataclass(frozen=True, slots=True)
class Baselines:
    """Everything the engine may know of a person's current fitness and targets."""

    weekly_km: Sourced[float] | None = None
    longest_run_km: Sourced[float] | None = None
    race: RaceTime | None = None
    target_race: RaceTime | None = None
    lifts: tuple[Lift, ...] = ()
    max_reps: tuple[RepMax, ...] = ()
    holds: tuple[Hold, ...] = ()
    target_lifts: tuple[Lift, ...] = ()
    """Lifts the person aims for ("bench 100 kg"): goals, never a measured baseline."""

    def merged(self, other: "Baselines") -> "Baselines":
        """These numbers, with gaps filled from `other` (self wins where both have one)."""
        return Baselines(
            weekly_km=self.weekly_km or other.weekly_km,
            longest_run_km=self.longest_run_km or other.longest_run_km,
            race=self.race or other.race,
            target_race=self.target_race or other.target_race,
            lifts=_by_key(self.lifts, other.lifts, "lift"),
            max_reps=_by_key(self.max_reps, other.max_reps, "exercise"),
            holds=_by_key(self.holds, other.holds, "exercise"),
            target_lifts=_by_key(self.target_lifts, other.target_lifts, "lift"),
        )

    def lift(self, lift_id: str) -> Lift | None:
        """The person's set of that lift, if they have one."""
        return next((item for item in self.lifts if item.lift == lift_id), None)

    def is_empty(self) -> bool:
        """True when no number at all is known."""
        return self == Baselines()

    def as_document(self) -> dict[str, Any]:
        """The numbers as JSON-ready values (for `PlanData.baselines_used`), gaps left out."""
        document: dict[str, Any] = {}
        for name in ("weekly_km", "longest_run_km", "race", "target_race"):
            value = getattr(self, name)
            if value is not None:
                document[name] = _plain(value)
        for name in ("lifts", "max_reps", "holds", "target_lifts"):
            if items := getattr(self, name):
                document[name] = [_plain(item) for item in items]
        return document


def _plain(value: Sourced[float] | RaceTime | Lift | RepMax | Hold) -> dict[str, Any]:
    """A value as a JSON-ready dict: enums as their text, dates in ISO form, None left out."""
    values = {name: getattr(value, name) for name in value.__slots__}
    return {
        name: item.isoformat()
        if isinstance(item, dt.date)
        else str(item)
        if isinstance(item, StrEnum)
        else item
        for name, item in values.items()
        if item is not None
    }
