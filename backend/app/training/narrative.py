"""The words of a plan: its title, the summary a person reads first, and each week's notes.

Every week says why it looks the way it does (why a deload is lighter, why the taper cuts
volume but not intensity), because people follow a plan better when they understand it.
"""

import math
from itertools import groupby

from app.training import limitations
from app.training.athlete.resolved import FULL_GYM, Athlete
from app.training.calendar.event_days import EventPlacement
from app.training.calendar.periodization import WeekFrame
from app.training.contract.plan_document import Week
from app.training.contract.vocabulary import Equipment, Goal, Phase, Sport
from app.training.numbers.mileage import race_readiness
from app.training.numbers.prescriptions import time_trial_note
from app.training.programming import hyrox_days
from app.training.programming.add_ons import SKILL_SLOTS, skill_goals
from app.training.programming.exercise_choice import candidates
from app.training.running.run_volume import longest_run_m, start_km
from app.training.running.time_trial import needs_time_trial

GOAL_WORDS = {
    Goal.FIGHT: "fight preparation",
    Goal.COMPETITION: "competition preparation",
    Goal.MARATHON: "marathon",
    Goal.HALF_MARATHON: "half marathon",
    Goal.RACE_10K: "10 km race",
    Goal.RACE_5K: "5 km race",
    Goal.HYROX: "Hyrox race",
    Goal.RACE: "race preparation",
    Goal.MUSCLE_UP: "muscle-up",
    Goal.HANDSTAND: "handstand",
    Goal.FRONT_LEVER: "front lever",
    Goal.PLANCHE: "planche",
    Goal.PULL_UP: "pull-ups",
    Goal.PISTOL_SQUAT: "pistol squat",
    Goal.L_SIT: "L-sit",
    Goal.STRENGTH: "strength",
    Goal.MUSCLE: "muscle",
    Goal.FAT_LOSS: "fat loss",
    Goal.ENDURANCE: "endurance",
    Goal.MOBILITY: "mobility",
}
"""Most specific first: the title names the first two goals found in this order."""
KIT_WORDS = {
    Equipment.PULL_UP_BAR: "a pull-up bar",
    Equipment.JUMP_ROPE: "a jump rope",
    Equipment.AB_WHEEL: "an ab wheel",
}
EVENT_WORDS = {Goal.FIGHT: "fight", Goal.COMPETITION: "competition"}
PHASE_FOCUS = {
    Phase.BASE: "Base: technique and work capacity",
    Phase.BUILD: "Build: more load, fewer reps",
    Phase.PEAK: "Peak: the hardest, sharpest work",
    Phase.DELOAD: "Deload: recover and absorb",
    Phase.TAPER: "Taper: arrive fresh",
}
PHASE_NOTES = {
    Phase.BASE: "Base phase: moderate loads and more reps to groove technique and build work "
    "capacity. Each week adds a little load, effort or volume; finish sets with reps in reserve.",
    Phase.BUILD: "Build phase: loads rise and reps drop, and each week adds load, a rep or a set. "
    "Keep easy days easy so the hard days can be hard.",
    Phase.PEAK: "Peak phase: the heaviest or fastest work of the plan at a lower volume, so you "
    "are strong and sharp rather than tired.",
    Phase.DELOAD: "Deload week: about 45% fewer sets, rounds and kilometres at a moderate "
    "effort (RPE 6.5 at most). The fatigue of the last three weeks clears so the fitness you "
    "built can show (supercompensation). Keep moving, but add nothing extra.",
    Phase.TAPER: "Taper: volume drops by roughly 35-55% while intensity stays, so you arrive "
    "at your {event} fresh and sharp (Mujika & Padilla 2003). Sleep well, eat well and try "
    "nothing new this week.",
}


def goal_phrase(athlete: Athlete) -> str:
    """Up to two goals in words, most specific first; "general fitness" when there are none."""
    goals = athlete.goals - {Goal.RACE} if athlete.race else athlete.goals
    named = [words for goal, words in GOAL_WORDS.items() if goal in goals]
    return " & ".join(named[:2]) if named else "general fitness"


def title(athlete: Athlete, weeks: int) -> str:
    """E.g. "8-week boxing plan: fight preparation"."""
    return f"{weeks}-week {athlete.sport.value} plan: {goal_phrase(athlete)}"


def _event(athlete: Athlete) -> str:
    """What the taper is for, in words."""
    for goal, words in EVENT_WORDS.items():
        if goal in athlete.goals:
            return words
    return "race"


def _phase_line(frames: list[WeekFrame]) -> str:
    """'base (weeks 1-3), deload (week 4), build (weeks 5-7)' - the shape of the plan."""
    parts: list[str] = []
    for phase, group in groupby(frames, key=lambda frame: frame.phase):
        numbers = [frame.week for frame in group]
        span = f"week {numbers[0]}" if len(numbers) == 1 else f"weeks {numbers[0]}-{numbers[-1]}"
        parts.append(f"{phase.value} ({span})")
    return ", ".join(parts)


def _kit(athlete: Athlete) -> str:
    """The equipment in words: "dumbbells, a pull-up bar and your bodyweight"."""
    if athlete.usual_kit and athlete.equipment == FULL_GYM:
        return "a full gym"
    names = sorted(KIT_WORDS.get(e, e.value.replace("_", " ")) for e in athlete.equipment)
    return f"{', '.join(names)} and your bodyweight" if names else "only your bodyweight"


def summary(athlete: Athlete, frames: list[WeekFrame]) -> str:
    """The paragraph a person reads first: who it is for, its shape, its kit and its cautions."""
    weeks, days = len(frames), athlete.days
    article = "An" if weeks in (8, 11) else "A"
    text = (
        f"{article} {weeks}-week {athlete.sport.value} plan for a {athlete.age}-year-old "
        f"{athlete.level.value} training {days} day{'s' if days > 1 else ''} a week. "
        f"Goal: {goal_phrase(athlete)}. The plan runs {_phase_line(frames)}. "
    )
    if any(frame.phase is Phase.DELOAD for frame in frames):
        text += "Deload weeks are deliberately lighter so you absorb the work. "
    if any(frame.phase is Phase.TAPER for frame in frames):
        text += "The taper cuts volume but keeps intensity, "
        text += f"so you reach your {_event(athlete)} fresh. "
    text += f"It uses {_kit(athlete)}. "
    return (text + _cautions(athlete)).strip()


def _cautions(athlete: Athlete) -> str:
    """Age notes, and skill goals the kit cannot train yet."""
    text = ""
    if athlete.teen:
        text += "As a teen athlete you train technique first, well short of your limits. "
    if athlete.older:
        text += (
            "Over 65, the plan favours balance, mobility and low-impact work, with longer rests. "
        )
    missing = [
        GOAL_WORDS[goal]
        for goal in skill_goals(athlete)
        if not any(candidates(slot, athlete) for slot in SKILL_SLOTS[goal])
    ]
    if missing:
        text += (
            f"Your kit or level cannot train the {', '.join(missing)} yet: a pull-up bar, rings "
        )
        text += "or parallettes would open those progressions. "
    return text


ENERGY_BALANCE_NOTE = (
    "Fat loss comes from energy balance: eat a little less than you burn (a deficit of about "
    "300-500 kcal a day, losing 0.5-1% of body weight a week), with protein of about 1.6-2.2 g "
    "per kg of body weight and enough sleep; the training keeps your muscle while you lose fat. "
    "Walk briskly for 20-30 minutes on most days: with the plan's conditioning that makes the "
    "150-250 minutes of activity a week that weight loss needs."
)
"""Helms et al. 2014 (0.5-1% a week, protein while dieting); Jäger et al. 2017 (ISSN protein);
Donnelly et al. 2009 (ACSM: 150-250 minutes a week; the plan's sessions hold at least half)."""


def safety_notes(athlete: Athlete) -> list[str]:
    """Cautions stored with the plan and shown with it."""
    notes = ["Stop and get advice if something hurts (sharp or joint pain, not effort)."]
    if athlete.teen:
        notes.append(
            "Teen athlete: a qualified coach should supervise lifting and any contact work; "
            "no maximal attempts."
        )
    if athlete.older:
        notes.append(
            "Over 65: check with your doctor before starting, and keep a wall or chair "
            "within reach for balance work."
        )
    if Goal.FAT_LOSS in athlete.goals:
        notes.append(ENERGY_BALANCE_NOTE)
    if athlete.sport is Sport.BOXING and athlete.may_spar:
        notes.append(
            "Sparring only under a qualified coach, with headgear, gum shield and 14-16 oz gloves."
        )
    return notes


RUNNING_NOTES = {
    Phase.BASE: "Base phase: easy running, with hills or fartlek for strength and rhythm. The "
    "distance grows a little each week, never more than 10%.",
    Phase.BUILD: "Build phase: the quality session turns to race-specific pace while easy runs "
    "stay easy; the distance keeps growing gently.",
    Phase.PEAK: "Peak phase: the most race-like sessions of the plan, at the highest weekly "
    "distance; easy days protect them.",
}


def week_notes(
    athlete: Athlete, frame: WeekFrame, run_km: float | None, trial_km: float | None = None
) -> tuple[str, str]:
    """A week's focus line and notes, with the running distance for runners.

    `trial_km`: the week's planned time trial; a runner who needs one but whose first week had
    no room for it is asked for a 5 km trial on their own (beginners go by the talk test).
    """
    notes = PHASE_NOTES[frame.phase].format(event=_event(athlete))
    if run_km is not None:
        notes = RUNNING_NOTES.get(frame.phase, notes)
        notes += f" Running this week: {run_km:.1f} km, about 80% of it easy."
        if trial_km is not None:
            notes += " " + time_trial_note(trial_km, planned=True)
        elif frame.week == 1 and needs_time_trial(athlete):
            notes += " " + time_trial_note(TIME_TRIAL_KM, planned=False)
    return PHASE_FOCUS[frame.phase], notes


MAX_WARNINGS = 20
TIME_TRIAL_KM = 5.0


def _race_readiness(athlete: Athlete, weeks: list[Week]) -> str | None:
    """Whether the plan's long runs reach what the race needs (runners with a race only)."""
    if athlete.sport is not Sport.RUNNING or athlete.race_km is None or not athlete.event:
        return None
    longest = max(
        (longest_run_m(session) for week in weeks for session in week.sessions), default=0
    )
    weekly = start_km(athlete)
    stated = athlete.numbers.longest_run_km
    return race_readiness(
        athlete.race_km, longest / 1000, weekly, stated.value if stated else weekly * 0.3
    )


def plan_warnings(
    athlete: Athlete, weeks: list[Week], placement: EventPlacement | None
) -> list[str]:
    """What the person must know before they start, as plain sentences.

    The calendar (an event outside or inside the plan), their limitations with referrals, and
    a timeline too short for the goal: each says why and what would work.
    """
    found = list(placement.warnings) if placement else []
    found += limitations.warnings(athlete.limitations)
    checked = (_race_readiness(athlete, weeks), _weight_loss_rate(athlete, len(weeks)))
    for warning in (*checked, _hyrox_stand_ins(athlete)):
        if warning is not None:
            found.append(warning)
    return found[:MAX_WARNINGS]


def _hyrox_stand_ins(athlete: Athlete) -> str | None:
    """A warning when a Hyrox racer's kit cannot train some stations as they are raced."""
    missing = [
        s.name.lower() for s in hyrox_days.RACE_ORDER if not hyrox_days.can_do_own(s, athlete)
    ]
    if not athlete.hyrox or not missing:
        return None
    return (
        f"Without the kit for the {', '.join(missing)}, the plan trains those stations with "
        "stand-ins (named in each exercise's notes); do each station on the real kit a few "
        "times before race day, at the race's weights."
    )


SAFE_LOSS_SHARE, DEFAULT_SAFE_LOSS_KG = 0.01, 0.75
"""About 0.5-1 % of body weight a week keeps muscle (Helms et al. 2014); without a body weight
0.75 kg a week stands in."""


def _weight_loss_rate(athlete: Athlete, weeks: int) -> str | None:
    """A warning when the goal asks to lose weight faster than about 1 % of body weight a week."""
    if athlete.weight_to_lose_kg is None:
        return None
    per_week = athlete.weight_to_lose_kg / weeks
    weight = athlete.body_weight_kg
    safe = weight * SAFE_LOSS_SHARE if weight is not None else DEFAULT_SAFE_LOSS_KG
    if per_week <= safe:
        return None
    needed = math.ceil(athlete.weight_to_lose_kg / safe)
    return (
        f"Losing {athlete.weight_to_lose_kg:g} kg in {weeks} weeks is {per_week:.1f} kg a week: "
        f"faster than about {safe:.1f} kg a week costs muscle and rarely lasts. Allow about "
        f"{needed} weeks, with a modest calorie deficit (300-500 kcal a day) and protein of "
        "about 1.6 g per kg of body weight."
    )
