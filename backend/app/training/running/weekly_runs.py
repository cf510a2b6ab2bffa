"""Running weeks: easy runs, one or two quality sessions, a long run, strength and recovery.

Quality sessions follow the goal and the phase (Daniels' *Running Formula*; Pfitzinger's
*Advanced Marathoning*): hills and fartlek in the base phase; race-specific repeats in build
and peak (400-800 m for a 5 km, 1 km repeats for a 10 km, threshold for the half, tempo and
marathon pace for the marathon). Beginners start with run/walk and get their speed from strides
and gentle fartlek. A deload swaps the quality session for an easy run; a taper keeps the
quality with fewer repeats. Every running dose is in metres (see `run_volume.py`).
"""

import datetime as dt
import math

from app.training.assembly.drafts import AthleteWeek, Piece
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import WeekFrame
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import Goal, Level, Phase
from app.training.dosing.dose import Dose, rpe_cap, rpe_text
from app.training.dosing.paces import easy_pace, run_pace
from app.training.numbers import mileage
from app.training.programming import add_ons
from app.training.programming.exercise_choice import allowed
from app.training.running import run_volume
from app.training.running.run_sessions import RunDay, run_heading, run_session
from app.training.running.time_trial import needs_time_trial, trial_piece

LAYOUTS: dict[int, tuple[RunDay, ...]] = {
    1: (RunDay.LONG,),
    2: (RunDay.QUALITY, RunDay.LONG),
    3: (RunDay.EASY, RunDay.QUALITY, RunDay.LONG),
    4: (RunDay.EASY_STRENGTH, RunDay.QUALITY, RunDay.EASY, RunDay.LONG),
    5: (RunDay.EASY_STRENGTH, RunDay.QUALITY, RunDay.EASY, RunDay.QUALITY_2, RunDay.LONG),
    6: (
        RunDay.EASY_STRENGTH,
        RunDay.QUALITY,
        RunDay.RECOVERY,
        RunDay.EASY_STRENGTH,
        RunDay.QUALITY_2,
        RunDay.LONG,
    ),
    7: (
        RunDay.EASY_STRENGTH,
        RunDay.QUALITY,
        RunDay.RECOVERY,
        RunDay.EASY,
        RunDay.QUALITY_2,
        RunDay.LONG,
        RunDay.MOBILITY,
    ),
}
"""Hard days are never back to back; six and seven days include recovery."""
EASY_DAYS = (RunDay.EASY, RunDay.EASY_STRENGTH)
QUALITY_DAYS = (RunDay.QUALITY, RunDay.QUALITY_2)
EASY_WEIGHT = {RunDay.EASY: 1.0, RunDay.EASY_STRENGTH: 1.0, RunDay.RECOVERY: 0.6}

REPEAT_M = {
    "intervals_400m": 400,
    "intervals_800m": 800,
    "intervals_1km": 1000,
    "cruise_intervals": 1000,
    "hill_repeats": 200,
    "fartlek_surges": 300,
    "race_pace_run": 400,
    "strides": 100,
}
"""Repeat length of interval sessions; tempo and marathon-pace runs are continuous."""
RECOVERY_S = {"intervals_400m": 90, "cruise_intervals": 60, "strides": 60}
QUALITY_TEXT = {
    "tempo_run": ("Threshold: comfortably hard", 7.0),
    "cruise_intervals": ("Threshold pace", 7.0),
    "intervals_400m": ("3-5 km race pace", 8.0),
    "intervals_800m": ("5 km race pace", 8.0),
    "intervals_1km": ("5-10 km race pace", 7.5),
    "hill_repeats": ("Strong uphill effort, jog back down", 8.0),
    "fartlek_surges": ("10 km effort on the surges", 7.0),
    "marathon_pace_run": ("Goal marathon pace", 6.5),
    "race_pace_run": ("Goal race pace, relaxed", 7.0),
    "strides": ("Fast and relaxed, about 90% speed", 7.0),
}
QUALITY_BY_RACE: dict[Goal | None, tuple[str, str]] = {
    Goal.RACE_5K: ("intervals_800m", "intervals_400m"),
    Goal.RACE_10K: ("intervals_1km", "intervals_1km"),
    Goal.HALF_MARATHON: ("cruise_intervals", "tempo_run"),
    Goal.MARATHON: ("tempo_run", "marathon_pace_run"),
    None: ("tempo_run", "intervals_800m"),
}
"""The main quality session of the build and peak phases, by race distance."""
FALLBACK_QUALITY = ("fartlek_surges", "race_pace_run")
LONG_REPEAT_M = 800
MIN_TEMPO_M = 1000
"""A tempo shorter than 1 km is not a tempo: use repeats instead."""
MIN_REPEATS = 2
MIN_BALANCE_DAYS, BALANCE_DAYS = 2, 3
STRENGTH_DAYS = (RunDay.EASY_STRENGTH,)
QUALITY_CEILING = 0.2
QUALITY_SHARE = {
    "tempo_run": 0.15,
    "cruise_intervals": 0.15,
    "marathon_pace_run": 0.2,
    "race_pace_run": 0.08,
    "hill_repeats": 0.1,
    "fartlek_surges": 0.1,
}
"""Most of the week one session of each kind may take; interval repeats default to 10%."""
PACE_STEP_RPE = 0.25


def layout(athlete: Athlete, frame: WeekFrame, deload: bool = True) -> tuple[RunDay, ...]:
    """The week's days, adapted to the athlete and the phase.

    Beginners have no quality day in the base phase, only advanced runners have a second one,
    and a deload turns quality days into easy runs.
    """
    days = list(LAYOUTS[athlete.days])
    deloading = deload and frame.phase is Phase.DELOAD
    for index, day in enumerate(days):
        second = day is RunDay.QUALITY_2 and athlete.level is not Level.ADVANCED
        base_beginner = athlete.level is Level.BEGINNER and frame.load_phase is Phase.BASE
        if second or (day is RunDay.QUALITY and (base_beginner or deloading)):
            days[index] = RunDay.EASY
        if day is RunDay.QUALITY_2 and not second and deloading:
            days[index] = RunDay.EASY
    return tuple(days)


def quality_choices(athlete: Athlete, frame: WeekFrame, second: bool) -> tuple[str, ...]:
    """Quality sessions to try, best first, for the phase, the race and the day."""
    if frame.load_phase is Phase.BASE:
        return ("hill_repeats", *FALLBACK_QUALITY)
    if second:
        return ("tempo_run", "hill_repeats", *FALLBACK_QUALITY)
    build, peak = QUALITY_BY_RACE[athlete.race]
    first = peak if frame.load_phase is Phase.PEAK else build
    return (first, build, *FALLBACK_QUALITY)


def rpe_band(rpe: float) -> str:
    """RPE as a coach says it: 7.75 is "7.5-8", whole and half points stay as they are."""
    if (rpe * 2).is_integer():
        return rpe_text(rpe)
    return f"{rpe_text(math.floor(rpe * 2) / 2)}-{rpe_text(math.ceil(rpe * 2) / 2)}"


def _run(movement_id: str, metres: int, athlete: Athlete, repeats: int = 1, step: int = 0) -> Piece:
    """A dosed run: easy runs by zone, quality runs by pace and RPE within the age cap.

    Quality runs get a little faster each week of a block (+0.25 RPE, from at least 0.75 under
    the athlete's cap), so a week whose distance has reached its ceiling still progresses. With
    a known race time every zone run carries its pace range (`Exercise.pace`) and the pace in
    the words; a beginner's run/walk says how long to run and to walk (`step` is its stage).
    """
    movement = BY_ID[movement_id]
    paced = run_pace(athlete, movement_id)
    pace = paced[0] if paced else None
    if movement_id in QUALITY_TEXT:
        words, rpe = QUALITY_TEXT[movement_id]
        cap = rpe_cap(athlete)
        rpe = min(rpe, cap - 3 * PACE_STEP_RPE) + PACE_STEP_RPE * step
        words = f"{paced[1] if paced else words} (RPE {rpe_band(rpe)})"
        rest = RECOVERY_S.get(movement_id, 120 if metres >= LONG_REPEAT_M else 90)
        rest = rest if repeats > 1 else 0
        return Piece(movement, Dose(repeats, metres, rest, words, rpe=rpe, pace=pace))
    words, rpe = EASY_TEXT.get(movement_id, ("Zone 2: easy, conversational (RPE 3-4)", 3.5))
    if paced:
        words = f"{paced[1]}: conversational (RPE {rpe_band(rpe)})"
    if movement_id == "run_walk":
        minutes = round(metres * easy_pace(athlete) / 60)
        words = f"{mileage.run_walk(step, minutes).text}: talking pace, brisk walk (RPE 3-4)"
    return Piece(movement, Dose(1, metres, 0, words, rpe=rpe, pace=pace))


EASY_TEXT = {
    "recovery_run": ("Zone 1: very easy, slower than easy (RPE 2-3)", 2.5),
    "long_run": ("Zone 2: easy and steady (RPE 4)", 4.0),
    "run_walk": ("Easy: jog at a talking pace, walk briskly (RPE 3-4)", 3.5),
}


def quality_piece(
    athlete: Athlete,
    frame: WeekFrame,
    budgets: tuple[int, int],
    second: bool,
    start: tuple[int, int],
) -> Piece | None:
    """The quality session of the week: its kind fixed for the block, its dose for the week.

    The kind is the first choice that fits the block's first week (`start` holds its hard
    share and total; `budgets` holds this week's), so a block repeats
    one session and progresses it, rather than switching from fartlek to 800s half-way. Each
    kind also has its own ceiling as a share of the week, whatever the hard budget: interval
    pace 10% and threshold 15% (Daniels suggests 8% and 10%; a little more leaves low-mileage
    runners a real session).
    """
    budget, total = budgets
    choices = [m for m in quality_choices(athlete, frame, second) if allowed(BY_ID[m], athlete)]
    fitting = [m for m in choices if _dose_quality(m, *start, athlete, frame) is not None]
    for movement_id in fitting + choices:
        piece = _dose_quality(movement_id, budget, total, athlete, frame)
        if piece is not None:
            return piece
    return None


def _dose_quality(
    movement_id: str, budget: int, total: int, athlete: Athlete, frame: WeekFrame
) -> Piece | None:
    """The quality run within `budget` metres and its share of `total`, if it fits at all."""
    budget = min(budget, int(QUALITY_SHARE.get(movement_id, 0.1) * total))
    repeat = REPEAT_M.get(movement_id)
    if repeat is None:
        if budget < MIN_TEMPO_M:
            return None
        return _run(movement_id, run_volume.hundreds(budget), athlete, 1, frame.step)
    repeats = min(10, budget // repeat)
    if repeats < MIN_REPEATS:
        return None
    return _run(movement_id, repeat, athlete, repeats, frame.step)


def _easy_run_id(athlete: Athlete, frame: WeekFrame, day: RunDay) -> str:
    """Run/walk for beginners in the base phase; otherwise the run the day is named after."""
    if athlete.level is Level.BEGINNER and frame.load_phase is Phase.BASE:
        return "run_walk"
    return {RunDay.LONG: "long_run", RunDay.RECOVERY: "recovery_run"}.get(day, "easy_run")


def _strides(athlete: Athlete, frame: WeekFrame, hard_left: int) -> Piece | None:
    """4-6 strides after an easy run, within the hard budget (not for people over 65)."""
    strides = BY_ID["strides"]
    if not allowed(strides, athlete) or frame.phase is Phase.DELOAD:
        return None
    if athlete.level is Level.BEGINNER and frame.load_phase is Phase.BASE:
        return None
    count = min((4, 5, 6)[athlete.level.rank], hard_left // 100)
    return _run("strides", 100, athlete, count, frame.step) if count >= MIN_REPEATS else None


def _hard_pieces(
    whose: AthleteWeek,
    days: tuple[RunDay, ...],
    budget: run_volume.RunBudget,
    start: run_volume.RunBudget,
) -> dict[int, list[Piece]]:
    """Strides and quality sessions, by day index, within the week's hard budget.

    `start` is the budget of the block's first week, which fixes the kind of each session.
    """
    athlete, frame = whose.athlete, whose.frame
    pieces: dict[int, list[Piece]] = {}
    hard, total = budget.hard, budget.total
    start_hard = start.hard
    easy = [i for i, day in enumerate(days) if day in EASY_DAYS or day is RunDay.LONG]
    stride = _strides(athlete, frame, hard) if easy else None
    if stride is not None:
        pieces[easy[0]] = [stride]
        hard -= stride.dose.sets * stride.dose.amount
    quality = [i for i, day in enumerate(days) if day in QUALITY_DAYS]
    trial = trial_piece(athlete, hard) if quality and _trial_week(athlete, frame) else None
    if trial is not None:  # the week's one hard session: its other quality days run easy
        return {**pieces, quality[0]: [trial]}
    for count, index in enumerate(quality):
        left = len(quality) - count
        start_share = int(min(start_hard // left, QUALITY_CEILING * start.total))
        starting = (start_share, start.total)
        piece = quality_piece(athlete, frame, (hard // left, total), count > 0, starting)
        if piece is not None:
            pieces[index] = [piece]
            hard -= piece.dose.sets * piece.dose.amount
            start_hard -= piece.dose.sets * piece.dose.amount
    return pieces


def _balance_days(athlete: Athlete, days: tuple[RunDay, ...]) -> frozenset[int]:
    """Over 65, balance work on two or three days a week, quality days last.

    ACSM's position stand on older adults (Chodzko-Zajko et al. 2009) asks for balance
    training two to three days a week. The runner's strength circuit already holds it; the
    easy, long, recovery and mobility days add it until three days have it, and a quality day
    takes it (after the run) only when fewer than two days would otherwise.
    """
    if not athlete.older:
        return frozenset()
    held = sum(day in STRENGTH_DAYS for day in days)
    easy = [i for i, day in enumerate(days) if day not in QUALITY_DAYS and day not in STRENGTH_DAYS]
    chosen = easy[: max(0, BALANCE_DAYS - held)]
    quality = [i for i, day in enumerate(days) if day in QUALITY_DAYS]
    chosen += quality[: max(0, MIN_BALANCE_DAYS - held - len(chosen))]
    return frozenset(chosen)


def _trial_week(athlete: Athlete, frame: WeekFrame) -> bool:
    """Week 1 of a plan for a runner whose paces are not known yet (`time_trial.py`)."""
    return frame.week == 1 and needs_time_trial(athlete)


def _carriers(days: tuple[RunDay, ...]) -> dict[int, float]:
    """Days that carry easy distance besides the long run, with their weights.

    With no easy day in the week (two runs a week), the quality day carries an easy run before
    its repeats, so the long run does not have to hold the whole week.
    """
    easy = {i: EASY_WEIGHT[day] for i, day in enumerate(days) if day in EASY_WEIGHT}
    return easy or {i: 1.0 for i, day in enumerate(days) if day in QUALITY_DAYS}


def _easy_distances(
    athlete: Athlete, days: tuple[RunDay, ...], easy_total: int, budget: run_volume.RunBudget
) -> dict[int, int]:
    """Easy metres by day: the long run first (capped), the rest shared by the carriers."""
    carriers = _carriers(days)
    long_index = days.index(RunDay.LONG)
    floor = 1000 * len(carriers)
    long = run_volume.hundreds(run_volume.long_run_share(athlete, len(days)) * budget.total)
    goal = run_volume.long_run_goal_m(athlete)
    long = long if goal is None else min(long, goal)
    long = max(1000, min(budget.long_cap, long if carriers else easy_total, easy_total - floor))
    if carriers:  # the long run is the longest run of the week (every carrier weighs <= 1)
        even = math.ceil(easy_total / (1 + sum(carriers.values())) / 100) * 100
        long = max(long, min(budget.long_cap, even, easy_total - floor))
    shares = run_volume.share(easy_total - long, list(carriers.values()))
    return {long_index: long, **dict(zip(carriers, shares, strict=True))}


def _budgets(
    athlete: Athlete, frame: WeekFrame, days: tuple[RunDay, ...]
) -> tuple[run_volume.RunBudget, run_volume.RunBudget]:
    """This week's running budget and that of its block's first week (which fixes sessions).

    Both are sized on the loading layout, so a deload is a share of a normal week.
    """
    runs = sum(day is not RunDay.MOBILITY for day in days)
    easy = len(_carriers(layout(athlete, frame, deload=False)))
    first = WeekFrame(
        frame.week,
        frame.load_phase,
        frame.block,
        0,
        frame.loading_weeks - frame.step,
        1.0,
        frame.load_phase,
    )
    return (
        run_volume.budget(athlete, frame, runs, easy),
        run_volume.budget(athlete, first, runs, easy),
    )


def week(athlete: Athlete, frame: WeekFrame, dates: list[dt.date | None]) -> list[Session]:
    """All sessions of a running week."""
    days = layout(athlete, frame)
    budget, start = _budgets(athlete, frame, days)
    hard = _hard_pieces(AthleteWeek(athlete, frame), days, budget, start)
    days = tuple(
        RunDay.EASY if day in QUALITY_DAYS and i not in hard else day for i, day in enumerate(days)
    )
    hard_total = sum(p.dose.sets * p.dose.amount for ps in hard.values() for p in ps)
    easy = _easy_distances(athlete, days, budget.total - hard_total, budget)
    skills = tuple(
        slot for goal in add_ons.skill_goals(athlete) for slot in add_ons.SKILL_SLOTS[goal]
    )[: add_ons.MAX_SKILL_SLOTS[athlete.level.rank]]
    host = next((i for i, day in enumerate(days) if day in EASY_DAYS), 0)
    balance_days = _balance_days(athlete, days)
    sessions: list[Session] = []
    for index, day in enumerate(days):
        pieces = hard.get(index, [])
        if easy.get(index):
            run_id = _easy_run_id(athlete, frame, day)
            pieces = [_run(run_id, easy[index], athlete, step=frame.loading_weeks), *pieces]
        if not pieces:  # too little running this week to share over every day: a mobility day
            day = RunDay.MOBILITY
        extra = (skills if index == host else ()) + (
            (add_ons.BALANCE,) if index in balance_days else ()
        )
        heading = run_heading(day, index + 1, dates[index], pieces, frame)
        sessions.append(run_session(heading, day, pieces, AthleteWeek(athlete, frame), extra))
    return sessions
