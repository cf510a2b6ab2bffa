"""Shared builders and strategies for the training-engine tests (no conftest: it is shared)."""

from datetime import date

from hypothesis import strategies as st

from app.training import checks, planner
from app.training.catalogue import BY_ID
from app.training.contract import plan_document
from app.training.contract.plan_document import PlanData
from app.training.contract.vocabulary import Equipment, Level, Pattern, Sport

GOAL_TEXTS = (
    None,
    "",
    "my first amateur fight in spring",
    "run my first 5k",
    "sub-50 10K race",
    "half marathon in October",
    "marathon next year",
    "get my first muscle-up",
    "handstand and L-sit",
    "front lever and planche",
    "pistol squats",
    "first pull-up",
    "lose 5 kg of fat",
    "build muscle and get stronger",
    "more stamina and endurance",
    "compete in the CrossFit Open",
    "my first Hyrox race",
    "mobility and posture",
)

sports = st.sampled_from(list(Sport))
levels = st.sampled_from(list(Level))
ages = st.one_of(st.integers(13, 17), st.integers(18, 64), st.integers(65, 100))
kits = st.one_of(
    st.none(),
    st.lists(st.sampled_from(list(Equipment)), unique=True, max_size=8),
)
goal_texts = st.sampled_from(GOAL_TEXTS)
start_dates = st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2030, 12, 31)))


@st.composite
def requests(draw: st.DrawFn) -> tuple[plan_document.AthleteProfile, plan_document.PlanOptions]:
    """A random, valid plan request: every sport, level, day count, length, age band, kit."""
    profile = plan_document.AthleteProfile(
        age=draw(ages),
        sport=draw(sports),
        experience_level=draw(levels),
        days_per_week=draw(st.integers(1, 7)),
        goals=draw(goal_texts),
    )
    options = plan_document.PlanOptions(
        duration_weeks=draw(st.integers(1, 16)),
        equipment=draw(kits),
        start_date=draw(start_dates),
    )
    return profile, options


def profile(
    sport: str = "gym",
    level: str = "intermediate",
    days: int = 3,
    age: int = 30,
    goals: str | None = None,
) -> plan_document.AthleteProfile:
    """A profile with sensible defaults."""
    return plan_document.AthleteProfile(
        age=age, sport=sport, experience_level=level, days_per_week=days, goals=goals
    )


def build(
    sport: str = "gym",
    level: str = "intermediate",
    days: int = 3,
    weeks: int = 4,
    age: int = 30,
    goals: str | None = None,
    equipment: list[str] | None = None,
    start: date | None = None,
) -> PlanData:
    """Build a plan from plain arguments."""
    options = plan_document.PlanOptions(
        duration_weeks=weeks,
        equipment=[Equipment(e) for e in equipment] if equipment is not None else None,
        start_date=start,
    )
    return planner.build_plan(profile(sport, level, days, age, goals), options)


def volume(plan: PlanData) -> int:
    """The plan's total work: metres for running, work sets otherwise (see checks.week_work)."""
    return sum(checks.week_work(week, plan.sport) for week in plan.weeks)


def exercises(plan: PlanData) -> list[plan_document.Exercise]:
    """Every exercise of the plan."""
    return [e for week in plan.weeks for session in week.sessions for e in session.exercises()]


def pattern_of(exercise: plan_document.Exercise) -> Pattern:
    """The library pattern of a plan exercise."""
    return BY_ID[exercise.exercise_id].pattern
