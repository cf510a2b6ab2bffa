"""The athlete as the planner sees them: profile, options and goals resolved once.

Everything the rules need (level, age band, kit, intents) is computed here a single time per
plan, so the rest of the engine reads plain attributes instead of re-deriving them.
"""

from dataclasses import dataclass

from app.training.athlete import goals as goal_reading
from app.training.contract.plan_document import AthleteProfile, PlanOptions
from app.training.contract.vocabulary import AgeBand, Equipment, Goal, Level, Sport, age_band
from app.training.memo import memoised

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

    @property
    def may_spar(self) -> bool:
        """Sparring: advanced boxers aged 16-64 only (and always supervised)."""
        return self.level is Level.ADVANCED and MIN_SPARRING_AGE <= self.age <= MAX_SPARRING_AGE

    @property
    def teen(self) -> bool:
        """13-17: technique first, capped intensity, supervised."""
        return self.age_band is AgeBand.TEEN

    @property
    def older(self) -> bool:
        """65+: balance, mobility, low impact and longer rests."""
        return self.age_band is AgeBand.OLDER


def resolve(profile: AthleteProfile, options: PlanOptions) -> Athlete:
    """Turn the request into an `Athlete`, filling in the sport's usual kit when none is given."""
    kit = None if options.equipment is None else frozenset(options.equipment)
    return cached_athlete(
        profile.sport,
        profile.experience_level,
        profile.age,
        profile.days_per_week,
        profile.goals,
        kit,
    )


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
