"""Hyrox: the race as fact, the days of a Hyrox week, and the movement for each station.

The race (the official HYROX rulebook, the same at every event): eight rounds of a 1 km run
followed by a station, in this order: SkiErg 1000 m, sled push 50 m, sled pull 50 m, burpee
broad jumps 80 m, rowing 1000 m, farmers carry 200 m, sandbag lunges 100 m, wall balls 100
reps. Open division weights (women / men; sleds include the sled's own weight): sled push 102
/ 152 kg, sled pull 78 / 103 kg, farmers carry 2 x 16 / 2 x 24 kg, sandbag 10 / 20 kg, wall
ball 4 / 6 kg.

Each station lists its own movement first, then stand-ins for missing kit: no sled, loaded
walking lunges or bear crawls for the push and rows for the pull; no erg, the air bike, then
mountain climbers. The catalogue has no sandbag, so the lunges are dumbbell walking lunges.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.training.athlete.resolved import Athlete
from app.training.catalogue import BY_ID, Movement
from app.training.contract.vocabulary import DoseUnit, Pattern, Quality
from app.training.programming.exercise_choice import Slot, allowed, candidates
from app.training.programming.roles import Role


@dataclass(frozen=True, slots=True)
class Station:
    """One station of the race.

    Attributes:
        name: As the rulebook names it.
        race: Its race dose (metres, or reps for the wall balls).
        unit: Metres or reps.
        per_set: One set of station strength work (a share of the race dose).
        options: Catalogue ids, the station's own movement first, then stand-ins.
    """

    name: str
    race: int
    unit: DoseUnit
    per_set: int
    options: tuple[str, ...]

    @property
    def own(self) -> str:
        """The station's own movement (the checker wants it whenever the athlete can do it)."""
        return self.options[0]


M, REPS = DoseUnit.DISTANCE, DoseUnit.REPS
SKI = Station("SkiErg", 1000, M, 250, ("ski_erg", "bike_erg", "mountain_climber"))
PUSH = Station("Sled push", 50, M, 25, ("sled_push", "walking_lunge", "bear_crawl"))
PULL = Station(
    "Sled pull", 50, M, 25, ("sled_pull", "one_arm_dumbbell_row", "band_row", "doorframe_row")
)
BURPEES = Station(
    "Burpee broad jumps", 80, M, 20, ("burpee_broad_jump", "burpee", "mountain_climber")
)
ROW = Station("Rowing", 1000, M, 250, ("row_erg", "bike_erg", "mountain_climber"))
CARRY = Station(
    "Farmers carry",
    200,
    M,
    50,
    ("kettlebell_farmer_carry", "farmer_carry", "suitcase_carry", "bear_crawl"),
)
LUNGES = Station(
    "Sandbag lunges", 100, M, 25, ("walking_lunge", "dumbbell_reverse_lunge", "reverse_lunge")
)
WALL_BALLS = Station("Wall balls", 100, REPS, 20, ("wall_ball", "dumbbell_thruster", "air_squat"))
RACE_ORDER: tuple[Station, ...] = (SKI, PUSH, PULL, BURPEES, ROW, CARRY, LUNGES, WALL_BALLS)
"""The eight stations in race order (HYROX rulebook)."""
STRENGTH_STATIONS: tuple[Station, ...] = (PUSH, PULL, CARRY, LUNGES, WALL_BALLS)
"""Trained as station strength: legs, grip and pulling under load."""
ENGINE_STATIONS: tuple[Station, ...] = (SKI, BURPEES, ROW, WALL_BALLS)
"""Trained after 1 km runs: the ergs, the burpees and the last station of the race."""
OPEN_WEIGHTS = (
    "Open race weights (women / men): sled push 102 / 152 kg and sled pull 78 / 103 kg with "
    "the sled, farmers carry 2 x 16 / 2 x 24 kg, sandbag 10 / 20 kg, wall ball 4 / 6 kg."
)
TRAVELLING = frozenset({"walking_lunge", "bear_crawl"})
"""Stand-ins that cover ground, so they keep the station's metres."""


class HyroxDay(StrEnum):
    """The kinds of day in a Hyrox week."""

    INTERVALS = "intervals"
    STATIONS = "stations"
    COMPROMISED = "compromised"
    EASY = "easy"
    LONG = "long"
    RECOVERY = "recovery"


D = HyroxDay
LAYOUTS: dict[int, tuple[HyroxDay, ...]] = {
    1: (D.COMPROMISED,),
    2: (D.COMPROMISED, D.STATIONS),
    3: (D.INTERVALS, D.STATIONS, D.COMPROMISED),
    4: (D.INTERVALS, D.STATIONS, D.COMPROMISED, D.LONG),
    5: (D.INTERVALS, D.STATIONS, D.EASY, D.COMPROMISED, D.LONG),
    6: (D.INTERVALS, D.STATIONS, D.EASY, D.COMPROMISED, D.LONG, D.RECOVERY),
    7: (D.INTERVALS, D.STATIONS, D.EASY, D.COMPROMISED, D.STATIONS, D.LONG, D.RECOVERY),
}
"""The two hard days (1 km repeats, compromised running) fall three days apart on the
default spread (calendar/dates.py), so the hard-day rule holds without easing."""
WORDS = {
    D.INTERVALS: ("1 km repeats", "Running speed for the eight 1 km runs"),
    D.STATIONS: ("Station strength", "Sled, carries, lunges and wall balls under load"),
    D.COMPROMISED: ("Compromised running", "Run 1 km, then a station: running on tired legs"),
    D.EASY: ("Easy run", "Aerobic base at a conversational pace"),
    D.LONG: ("Long run", "Endurance and time on feet at an easy, steady pace"),
    D.RECOVERY: ("Recovery run", "Very easy running between the hard days"),
}
TECHNIQUE_WORDS = ("Easy run + station technique", "Aerobic running, then smooth station work")
SIMULATION_WORDS = ("Race simulation", "Race order and race doses: pacing and transitions")


def station_slot(station: Station) -> Slot:
    """The slot for a station: its own movement first, then its stand-ins (any sport)."""
    patterns = tuple(dict.fromkeys(BY_ID[i].pattern for i in station.options))
    return Slot(Role.FINISHER, patterns, station.options, frozenset(Quality), any_sport=True)


def station_movement(station: Station, athlete: Athlete, used: set[str]) -> Movement | None:
    """The first movement the athlete can do for the station, not already in the session.

    No rotation between blocks: the race's own movement is the one to practise.
    """
    options = candidates(station_slot(station), athlete)
    return next((m for m in options if m.id not in used), None)


def can_do_own(station: Station, athlete: Athlete) -> bool:
    """Whether the athlete has the kit, level and health for the station's own movement."""
    return allowed(BY_ID[station.own], athlete, any_sport=True)


def keeps_metres(movement: Movement) -> bool:
    """A stand-in dosed in metres like the station: distance movements, carries, lunges."""
    return (
        movement.dose is DoseUnit.DISTANCE
        or movement.pattern is Pattern.CARRY
        or movement.id in TRAVELLING
    )
