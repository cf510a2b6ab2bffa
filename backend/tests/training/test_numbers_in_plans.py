"""Property tests with the athlete's numbers: every plan built from baselines, limitations and
events passes the rules checker, and the checker catches numbers that are not the athlete's."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.training import checks, planner
from app.training.contract import plan_document
from app.training.contract.plan_document import PlanData, SessionKind
from app.training.numbers.baselines import Baselines, Lift, RaceTime, Source, Sourced
from tests.training.training_helpers import ages, kits, levels, sports

SOME = settings(
    max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
TODAY = dt.date(2027, 1, 4)
STATED = Source.STATED
LIMITATIONS = (None, "bad lower back", "bad knees", "sore shoulder", "sprained ankle",
               "20 weeks pregnant", "high blood pressure", "type 1 diabetes", "heart condition",
               "carpal tunnel, hip replacement")  # fmt: skip
GOALS = (None, "10k in 45 min", "my 5k best is 25:00", "half marathon on 2027-03-07",
         "fight in 8 weeks", "bench 100 kg", "I run 15 km a week, marathon",
         "powerlifting meet in 12 weeks", "lose 10 kg")  # fmt: skip

lifts = st.lists(
    st.builds(
        Lift,
        st.sampled_from(["back_squat", "bench_press", "deadlift", "overhead_press"]),
        st.floats(20, 250).map(lambda kg: round(kg, 1)),
        st.integers(1, 12),
        st.just(Source.STATED),
    ),
    max_size=3,
    unique_by=lambda lift: lift.lift,
)
numbers = st.builds(
    Baselines,
    weekly_km=st.none() | st.floats(3, 90).map(lambda km: Sourced(round(km, 1), Source.STATED)),
    race=st.none() | st.sampled_from([RaceTime(5, 1500, STATED), RaceTime(21.0975, 6000, STATED)]),
    lifts=lifts.map(tuple),
)  # fmt: skip


@st.composite
def requests(draw: st.DrawFn) -> tuple[plan_document.AthleteProfile, plan_document.PlanOptions]:
    """A request with numbers, limitations and an event, across sports, levels, days and kit."""
    profile = plan_document.AthleteProfile(
        age=draw(ages),
        sport=draw(sports),
        experience_level=draw(levels),
        days_per_week=draw(st.integers(1, 7)),
        goals=draw(st.sampled_from(GOALS)),
        limitations=draw(st.sampled_from(LIMITATIONS)),
    )
    event = draw(
        st.none()
        | st.builds(
            plan_document.Event,
            kind=st.sampled_from(["race", "fight", "meet", "test"]),
            date=st.dates(TODAY, TODAY + dt.timedelta(weeks=20)),
            distance_km=st.none() | st.sampled_from([5.0, 10.0, 21.0975, 42.195]),
        )
    )
    options = plan_document.PlanOptions(
        duration_weeks=draw(st.integers(1, 16)),
        equipment=draw(kits),
        start_date=draw(st.none() | st.just(TODAY)),
        event=event,
    )
    return profile, options


@SOME
@given(requests(), numbers)
def test_plans_from_numbers_pass_every_rule(
    request: tuple[plan_document.AthleteProfile, plan_document.PlanOptions], stated: Baselines
) -> None:
    profile, options = request
    plan = planner.build_plan(profile, options, stated, TODAY)
    assert PlanData.model_validate(plan.model_dump(mode="json")) == plan
    assert checks.find_violations(plan, profile, options, baselines=stated, today=TODAY) == []
    events = [s for w in plan.weeks for s in w.sessions if s.kind is SessionKind.EVENT]
    assert len(events) <= 1
    if events:
        assert plan.event is not None
        assert events[0].date == plan.event.date


def test_the_checker_catches_a_load_that_is_not_the_athletes() -> None:
    profile = plan_document.AthleteProfile(
        age=30, sport="gym", experience_level="intermediate", days_per_week=4, goals=None
    )
    options = plan_document.PlanOptions(duration_weeks=4)
    stated = Baselines(lifts=(Lift("bench_press", 100, 5, Source.STATED),))
    plan = planner.build_plan(profile, options, stated)
    assert checks.find_violations(plan, profile, options, baselines=stated) == []
    other = Baselines(lifts=(Lift("bench_press", 60, 5, Source.STATED),))
    rules = {v.rule for v in checks.find_violations(plan, profile, options, baselines=other)}
    assert "load" in rules


def test_the_checker_catches_what_a_limitation_rules_out() -> None:
    profile = plan_document.AthleteProfile(
        age=30, sport="gym", experience_level="intermediate", days_per_week=4, goals=None
    )
    options = plan_document.PlanOptions(duration_weeks=4)
    plan = planner.build_plan(profile, options)
    hurt = profile.model_copy(update={"limitations": "bad lower back, bad knees"})
    rules = {v.rule for v in checks.find_violations(plan, hurt, options)}
    assert "limitation" in rules


def test_a_week_with_too_little_running_for_every_day_gets_mobility_days() -> None:
    # Found by the property above: 3 km a week cannot be shared over five runs.
    profile = plan_document.AthleteProfile(
        age=13, sport="running", experience_level="beginner", days_per_week=5,
        goals="10k in 45 min",
    )  # fmt: skip
    options = plan_document.PlanOptions(duration_weeks=5, start_date=TODAY)
    stated = Baselines(weekly_km=Sourced(3.0, Source.STATED))
    plan = planner.build_plan(profile, options, stated, TODAY)
    assert all(len(week.sessions) == 5 for week in plan.weeks)
    assert checks.find_violations(plan, profile, options, baselines=stated, today=TODAY) == []
    titles = {session.title for week in plan.weeks for session in week.sessions}
    assert any("obility" in title for title in titles)
