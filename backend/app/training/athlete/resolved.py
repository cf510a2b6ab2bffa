"""The athlete as the planner sees them: profile, options and goals resolved once.

Everything the rules need (level, age band, kit, intents) is computed here a single time per
plan, so the rest of the engine reads plain attributes instead of re-deriving them.
"""

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from app.training import limitations as limitation_reading
from app.training.athlete import goals as goal_reading
from app.training.contract.plan_document import AthleteProfile, Event, PlanOptions
from app.training.contract.vocabulary import (
    AgeBand,
    Equipment,
    EventKind,
    Goal,
    Level,
    Sport,
    age_band,
)
from app.training.limitations import Limitation
from app.training.memo import memoised
from app.training.numbers.baselines import Baselines
from app.training.numbers.goals import GoalNumbers, read_goals

FULL_GYM = frozenset(Equipment) - {Equipment.BODYWEIGHT}
USUAL_KIT: dict[Sport, frozenset[Equipment]] = {
    Sport.GYM: FULL_GYM,
    Sport.CROSSFIT: FULL_GYM,
    Sport.BOXING: frozenset(
        {
            Equipment.JUMP_ROPE,
            Equipment.HEAVY_BAG,
            Equipment.PADS,
            Equipment.MEDICINE_BALL,
            Equipment.DUMBBELLS,
            Equipment.KETTLEBELL,
            Equipment.PULL_UP_BAR,
            Equipment.BANDS,
        }
    ),
    Sport.CALISTHENICS: frozenset(
        {
            Equipment.PULL_UP_BAR,
            Equipment.RINGS,
            Equipment.PARALLETTES,
            Equipment.DIP_STATION,
            Equipment.BANDS,
        }
    ),
    Sport.RUNNING: frozenset(),
}
"""What "the sport's usual kit" means when a request names no equipment."""

NO_NUMBERS = Baselines()
RACE_KM = {
    Goal.RACE_5K: 5.0,
    Goal.RACE_10K: 10.0,
    Goal.HALF_MARATHON: 21.0975,
    Goal.MARATHON: 42.195,
}
"""The distance of each race goal, in km."""
HYROX_SPORTS = frozenset({Sport.CROSSFIT, Sport.GYM, Sport.RUNNING})
"""Sports whose plans turn into Hyrox preparation when the goals name a Hyrox race."""
MIN_SPARRING_AGE = 16
MAX_SPARRING_AGE = 64


@dataclass(frozen=True, slots=True)
class Athlete:
    """A resolved profile: what every rule of the engine reads.

    Attributes:
        sport: The sport the plan serves.
        level: Training experience.
        age: Age in years.
        age_band: Teen (13-17), adult or older (65+), each with its own safety rules.
        days: Training days per week.
        goals: Intents read from the free-text goals.
        equipment: Equipment available; bodyweight is always available and not listed.
        event: Whether the goals name an event to taper for.
        race: The longest race distance named, if any.
        usual_kit: Whether the equipment is the sport's usual kit (none was named).
        numbers: The athlete's own numbers: stated baselines, gaps filled from the goals text.
        limitations: Injuries and conditions named in the profile or the goals.
        event_day: The dated event the plan leads to (an option, or read from the goals).
        race_km: The race distance the plan is for, in km (event, goal time or race goal).
        effort_cap: The lowest RPE cap the limitations set (pregnancy 7, heart 6), if any.
        goal_lifts: Lifts the goals name a target for ("bench 100 kg"): in every block.
        body_weight_kg: From the profile, when given.
        weight_to_lose_kg: "lose 10 kg", or body weight above the class to make ("make 71 kg").

    Two athletes are equal only when every field is: the engine's caches are keyed on the
    Athlete, so a rule that reads any field (the exact age, whether the kit was named) can never
    be answered from another athlete's entry. The planner resolves one shared Athlete per
    distinct request (`cached_athlete`), so comparisons are mostly by identity.
    """

    sport: Sport
    level: Level
    age: int
    age_band: AgeBand
    days: int
    goals: frozenset[Goal]
    equipment: frozenset[Equipment]
    event: bool
    race: Goal | None
    usual_kit: bool
    numbers: Baselines = NO_NUMBERS
    limitations: tuple[Limitation, ...] = ()
    event_day: Event | None = None
    race_km: float | None = None
    effort_cap: float | None = None
    goal_lifts: frozenset[str] = frozenset()
    body_weight_kg: float | None = None
    weight_to_lose_kg: float | None = None
    key: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Hash once: every memoised step is keyed on the athlete, numbers included."""
        fields = (self.sport, self.level, self.age, self.days, self.goals, self.equipment)
        more = (self.event, self.race, self.usual_kit, self.numbers, self.limitations)
        object.__setattr__(self, "key", hash((*fields, *more, self.event_day, self.race_km)))

    def __hash__(self) -> int:
        """The hash computed once at creation (equality still compares every field)."""
        return self.key

    @property
    def preparing_for_bout(self) -> bool:
        """A boxer with a fight ahead: the goals name one, or the plan's event is a fight.

        Bout preparation changes the rounds (fight intensity in build, sparring for
        intermediates), so the one question is asked here rather than in every rule.
        """
        fight_day = self.event_day is not None and self.event_day.kind is EventKind.FIGHT
        return self.sport is Sport.BOXING and (Goal.FIGHT in self.goals or fight_day)

    @property
    def may_spar(self) -> bool:
        """Sparring, always supervised: boxers aged 16-64, never beginners.

        Advanced boxers spar in every build; intermediates only when a bout is ahead: nobody
        should meet an opponent for the first time in the ring, and without a bout the head
        contact buys little. Beginners learn the skills first.
        """
        ready = self.level is Level.ADVANCED or (
            self.level is Level.INTERMEDIATE and self.preparing_for_bout
        )
        return ready and MIN_SPARRING_AGE <= self.age <= MAX_SPARRING_AGE

    @property
    def hyrox(self) -> bool:
        """A Hyrox racer: the goals name Hyrox and the sport can prepare for it.

        A Hyrox race is eight 1 km runs, each followed by a station (the HYROX rulebook), so
        its plan is neither a running plan nor a WOD plan: CrossFit, gym and running athletes
        get the Hyrox week (`running/hyrox_weeks.py`); boxers and calisthenics athletes keep
        their sport's plan.
        """
        return Goal.HYROX in self.goals and self.sport in HYROX_SPORTS

    @property
    def teen(self) -> bool:
        """13-17: technique first, capped intensity, supervised."""
        return self.age_band is AgeBand.TEEN

    @property
    def older(self) -> bool:
        """65+: balance, mobility, low impact and longer rests."""
        return self.age_band is AgeBand.OLDER


def resolve(
    profile: AthleteProfile,
    options: PlanOptions,
    baselines: Baselines | None = None,
    today: dt.date | None = None,
) -> Athlete:
    """Turn the request into an `Athlete`, filling in the sport's usual kit when none is given.

    The athlete's numbers are `baselines` (stated ones win) with gaps filled from the goals
    text; the event is the options' or, failing that, one the goals name with a day ("fight in
    8 weeks", counted from `today`, or the start date when no today is given).
    """
    kit = None if options.equipment is None else frozenset(options.equipment)
    base = cached_athlete(
        profile.sport,
        profile.experience_level,
        profile.age,
        profile.days_per_week,
        profile.goals,
        kit,
    )
    day = today or options.start_date
    text = Texts(profile.goals, profile.limitations, profile.body_weight_kg)
    return with_numbers(base, text, options.event, baselines or NO_NUMBERS, day)


class Texts(NamedTuple):
    """What the person typed that the engine reads numbers and limitations from."""

    goals: str | None
    limitations: str | None
    body_weight_kg: float | None = None


@memoised(1024)
def with_numbers(
    base: Athlete,
    text: Texts,
    chosen_event: Event | None,
    baselines: Baselines,
    day: dt.date | None,
) -> Athlete:
    """The athlete with their numbers, limitations and event; shared per distinct request."""
    read = read_goals(text.goals, day)
    numbers = baselines.merged(read.baselines)
    event = chosen_event or (read.event.value if read.event else None)
    named = limitation_reading.recognise(text.limitations)
    found = named + tuple(item for item in read.limitations if item not in named)
    race = numbers.target_race or numbers.race
    race_km = (event.distance_km if event else None) or (race.distance_km if race else None)
    race_km = race_km or (RACE_KM.get(base.race) if base.race else None)
    return replace(
        base,
        numbers=numbers,
        limitations=found,
        event_day=event,
        event=base.event or event is not None,
        race_km=race_km,
        effort_cap=limitation_reading.effort_cap(found),
        goal_lifts=frozenset(lift.lift for lift in numbers.target_lifts),
        body_weight_kg=text.body_weight_kg,
        weight_to_lose_kg=_to_lose(read, text.body_weight_kg),
    )


def _to_lose(read: GoalNumbers, body_weight_kg: float | None) -> float | None:
    """Kilos the goals ask to lose: stated, or the distance to a weight class."""
    if read.weight_change_kg is not None and read.weight_change_kg.value < 0:
        return -read.weight_change_kg.value
    if read.weight_class_kg is not None and body_weight_kg is not None:
        gap = body_weight_kg - read.weight_class_kg.value
        return round(gap, 1) if gap > 0 else None
    return None


@memoised(1024)
def cached_athlete(
    sport: Sport,
    level: Level,
    age: int,
    days: int,
    goals: str | None,
    equipment: frozenset[Equipment] | None,
) -> Athlete:
    """One shared `Athlete` per distinct request, so the planner's caches match by identity."""
    detected = goal_reading.detect(goals)
    kit = USUAL_KIT[sport] if equipment is None else equipment - {Equipment.BODYWEIGHT}
    return Athlete(
        sport=sport,
        level=level,
        age=age,
        age_band=age_band(age),
        days=days,
        goals=frozenset(detected),
        equipment=kit,
        event=goal_reading.has_event(detected),
        race=goal_reading.race_distance(detected),
        usual_kit=equipment is None,
    )
