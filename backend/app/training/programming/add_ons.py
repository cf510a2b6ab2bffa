"""What goals and age add to a session: skill progressions, finishers and balance work.

- A skill goal puts its progression at the start of every session that trains the same side of
  the body (a muscle-up: a pulling progression and a transition drill on every pull day),
  because skills are learned fresh and often (practice before fatigue).
- Fat loss adds real conditioning after strength work (an interval circuit and steady zone-2
  work on alternate strength days); endurance and race goals
  add an easy aerobic flush once or twice a week.
- Bout preparation (and fat loss) below five days a week runs inside a boxing session (easy runs in
  the base, interval roadwork in build and peak); from five days roadwork has its own day.
- People over 65 get balance work in every session that is not a run (ACSM/AHA 2007 older-adult
  guidance: balance training two or more days a week to prevent falls); teens get landing and
  sprint drills at the start of every strength day.
"""

from app.training.athlete.resolved import Athlete
from app.training.contract.vocabulary import Goal, Level, Pattern, Phase, Quality, Sport
from app.training.memo import memoised
from app.training.programming.boxing_days import ROADWORK_RUN, ROADWORK_SPEED
from app.training.programming.day_templates import HARD_PHASES, DayKind, DayPlan
from app.training.programming.exercise_choice import Slot
from app.training.programming.roles import Role

P = Pattern
SKILL_QUALITIES = frozenset({Quality.SKILL, Quality.STRENGTH, Quality.POWER, Quality.STABILITY})
MAX_SKILL_SLOTS = (2, 3, 3)
"""Skill progressions per session by level: beginners absorb less skill practice at once."""


def _skill(
    goal: Goal, *patterns: Pattern, prefer: tuple[str, ...], only_skill: bool = False
) -> Slot:
    """A progression slot for a skill goal; skill goals may cross sports."""
    qualities = frozenset({Quality.SKILL}) if only_skill else SKILL_QUALITIES
    return Slot(Role.SKILL, patterns, prefer, qualities, goal, any_sport=True)


MUSCLE_UP_PULL = _skill(
    Goal.MUSCLE_UP,
    P.VERTICAL_PULL,
    prefer=("explosive_pull_up", "chest_to_bar_pull_up", "scapular_pull_up"),
)
MUSCLE_UP_TRANSITION = _skill(
    Goal.MUSCLE_UP,
    P.VERTICAL_PULL,
    P.VERTICAL_PUSH,
    prefer=(
        "bar_muscle_up",
        "ring_muscle_up",
        "band_assisted_muscle_up",
        "negative_muscle_up",
        "jumping_muscle_up",
        "false_grip_hang",
        "low_bar_transition",
    ),
    only_skill=True,
)
SKILL_SLOTS: dict[Goal, tuple[Slot, ...]] = {
    Goal.MUSCLE_UP: (MUSCLE_UP_PULL, MUSCLE_UP_TRANSITION),
    Goal.PULL_UP: (
        _skill(
            Goal.PULL_UP,
            P.VERTICAL_PULL,
            prefer=("pull_up", "negative_pull_up", "band_assisted_pull_up", "scapular_pull_up"),
        ),
    ),
    Goal.FRONT_LEVER: (
        _skill(
            Goal.FRONT_LEVER,
            P.HORIZONTAL_PULL,
            P.COMPRESSION,
            prefer=("advanced_tuck_front_lever", "front_lever_negative", "tuck_front_lever"),
        ),
    ),
    Goal.HANDSTAND: (
        _skill(
            Goal.HANDSTAND,
            P.INVERSION,
            P.VERTICAL_PUSH,
            prefer=(
                "freestanding_handstand",
                "handstand_shoulder_tap",
                "chest_to_wall_handstand",
                "handstand_kick_up",
                "wall_plank_hold",
                "frog_stand",
            ),
        ),
    ),
    Goal.PLANCHE: (
        _skill(
            Goal.PLANCHE,
            P.HORIZONTAL_PUSH,
            P.INVERSION,
            prefer=("tuck_planche", "planche_lean", "frog_stand", "parallette_support_hold"),
        ),
    ),
    Goal.PISTOL_SQUAT: (
        _skill(
            Goal.PISTOL_SQUAT,
            P.SQUAT,
            prefer=("pistol_squat", "box_pistol_squat", "assisted_pistol_squat"),
        ),
    ),
    Goal.L_SIT: (
        _skill(
            Goal.L_SIT,
            P.COMPRESSION,
            P.INVERSION,
            prefer=("l_sit", "tuck_l_sit", "parallette_support_hold", "seated_leg_lift"),
        ),
    ),
}
SIDE_OF_SKILL = {
    Goal.MUSCLE_UP: "pull",
    Goal.PULL_UP: "pull",
    Goal.FRONT_LEVER: "pull",
    Goal.HANDSTAND: "push",
    Goal.PLANCHE: "push",
    Goal.PISTOL_SQUAT: "legs",
    Goal.L_SIT: "core",
}
SIDES = {
    P.VERTICAL_PULL: "pull",
    P.HORIZONTAL_PULL: "pull",
    P.VERTICAL_PUSH: "push",
    P.HORIZONTAL_PUSH: "push",
    P.SQUAT: "legs",
    P.HINGE: "legs",
    P.LUNGE: "legs",
    P.COMPRESSION: "core",
    P.ANTI_EXTENSION: "core",
    P.ANTI_ROTATION: "core",
    P.INVERSION: "push",
}
HANG = Slot(Role.SKILL, (P.VERTICAL_PULL,), ("dead_hang",), frozenset({Quality.STABILITY}))
"""A beginner's pull-day skill: grip and shoulders, not more pull-ups on top of the pull-ups."""
DEFAULT_CALISTHENICS_SKILLS: dict[str, tuple[tuple[Slot, ...], ...]] = {
    "pull": ((HANG,), SKILL_SLOTS[Goal.FRONT_LEVER], SKILL_SLOTS[Goal.FRONT_LEVER]),
    "push": (SKILL_SLOTS[Goal.HANDSTAND],) * 3,
}
"""Calisthenics practises a skill on pull and push days even without a skill goal (by level)."""


def sides(day: DayPlan) -> frozenset[str]:
    """The sides of the body a strength day trains: pull, push, legs, core."""
    if day.kind is not DayKind.STRENGTH:
        return frozenset()
    return frozenset(SIDES[s.patterns[0]] for s in day.main if s.patterns[0] in SIDES)


def skill_goals(athlete: Athlete) -> list[Goal]:
    """The athlete's skill goals, in a stable order."""
    return [goal for goal in Goal if goal in athlete.goals and goal in SKILL_SLOTS]


def skill_slots(athlete: Athlete, week: tuple[DayPlan, ...]) -> list[tuple[Slot, ...]]:
    """Skill progressions for each day of the week, at most two or three per session.

    A skill goes on every day that trains its side of the body; when no day does (a runner who
    wants a handstand), it goes on the first day that is not a recovery day.
    """
    hosted: list[list[Goal]] = [[] for _ in week]
    wanted = skill_goals(athlete)
    for goal in wanted:
        hosts = [i for i, day in enumerate(week) if SIDE_OF_SKILL[goal] in sides(day)]
        if not hosts:
            hosts = [next(i for i, d in enumerate(week) if d.kind is not DayKind.RECOVERY)]
        for index in hosts:
            hosted[index].append(goal)
    extra = [_interleave(goals) for goals in hosted]
    if athlete.sport is Sport.CALISTHENICS:
        _default_skills(athlete, week, extra, wanted)
    cap = MAX_SKILL_SLOTS[athlete.level.rank]
    return [tuple(slots[:cap]) for slots in extra]


def room_for_skills(skills: tuple[Slot, ...], main: tuple[Slot, ...]) -> tuple[Slot, ...]:
    """The day's lunge gives way to pistol practice: both are single-leg squatting.

    Pistol practice on every legs day plus the day's lunge counts the same quads twice; without
    the lunge a beginner stays at the low end of ~10-20 weekly hard sets per muscle (Schoenfeld
    et al. 2017), and the practice keeps the single-leg work the lunge was there for.
    """
    if not any(slot.skill is Goal.PISTOL_SQUAT for slot in skills):
        return main
    lunge = next((slot for slot in main if slot.patterns[0] is P.LUNGE), None)
    return tuple(slot for slot in main if slot is not lunge)


def tested_today(athlete: Athlete, week: tuple[DayPlan, ...], index: int) -> frozenset[Slot]:
    """The skills day `index` tests in a test week: those no earlier day of the week practises.

    A skill test is two fresh attempts at the best clean set (`dosing/strength_test.py`):
    once a week tells the athlete their rung; four tests on four days would be four hard
    sessions of the same muscles in the week meant to show what the block built.
    """
    days = skill_slots(athlete, week)
    earlier = {slot for slots in days[:index] for slot in slots}
    return frozenset(slot for slot in days[index] if slot not in earlier)


def _interleave(goals: list[Goal]) -> list[Slot]:
    """Each goal's first progression, then their second ones: a capped day serves every goal."""
    ladders = [SKILL_SLOTS[goal] for goal in goals]
    depth = max((len(ladder) for ladder in ladders), default=0)
    return [ladder[i] for i in range(depth) for ladder in ladders if i < len(ladder)]


def _default_skills(
    athlete: Athlete, week: tuple[DayPlan, ...], extra: list[list[Slot]], wanted: list[Goal]
) -> None:
    """Calisthenics without a goal for a side still practises that side's classic skill."""
    covered = {SIDE_OF_SKILL[goal] for goal in wanted}
    for index, day in enumerate(week):
        for side, by_level in DEFAULT_CALISTHENICS_SKILLS.items():
            if side in sides(day) and side not in covered and not extra[index]:
                extra[index].extend(by_level[athlete.level.rank])


FAT_LOSS_CIRCUIT = (
    Slot(
        Role.FINISHER,
        (P.CONDITIONING,),
        ("row_erg", "bike_erg", "ski_erg", "burpee", "mountain_climber"),
    ),
    Slot(
        Role.FINISHER,
        (P.HINGE, P.SQUAT, P.THROW),
        ("kettlebell_swing", "wall_ball", "dumbbell_thruster", "med_ball_slam"),
        frozenset({Quality.CONDITIONING, Quality.POWER}),
    ),
    Slot(
        Role.FINISHER,
        (P.CONDITIONING, P.PLYOMETRIC),
        ("mountain_climber", "jumping_jacks", "skater_hop"),
        min_level=Level.INTERMEDIATE,
    ),
)
AEROBIC_FLUSH = (
    Slot(Role.AEROBIC, (P.AEROBIC, P.RUN), ("easy_bike", "easy_row", "easy_run", "brisk_walk")),
)
BALANCE = Slot(Role.CORE, (P.BALANCE,), ("single_leg_balance", "clock_reach", "tandem_walk"))
YOUTH_ATHLETICISM = (
    Slot(Role.POWER, (P.PLYOMETRIC,), ("landing_drill",), any_sport=True),
    Slot(Role.POWER, (P.PLYOMETRIC,), ("acceleration_sprint",), any_sport=True),
)
"""Teens learn to land and to sprint at the start of every strength day, while fresh.

Landing mechanics and sprinting are the foundations of youth athletic development and landing
training lowers knee-injury risk (Lloyd & Oliver, Youth Physical Development model, JSCR 2012;
Faigenbaum et al. 2009); a few fast reps with full rest, never to fatigue.
"""


def extra_main(athlete: Athlete, kind: DayKind) -> tuple[Slot, ...]:
    """What age adds to a day's main work: balance for over-65s, landings and sprints for teens."""
    if athlete.older:
        return (BALANCE,)
    if athlete.teen and kind is DayKind.STRENGTH:
        return YOUTH_ATHLETICISM
    return ()


def _fat_loss_conditioning(strength_days: list[int], index: int) -> tuple[Slot, ...]:
    """Real conditioning for fat loss: intervals and steady zone-2 work on alternate days.

    A few minutes of finisher burn little: the ACSM position stand puts modest weight loss at
    150-250 minutes of activity a week and more than 250 for clear loss (Donnelly et al. 2009).
    Steady work (20-40 minutes) is easy to recover from, so it can follow lifting; the circuit
    days (5-6 rounds) add intervals without stacking two hard finishes in a row.
    """
    return FAT_LOSS_CIRCUIT if strength_days.index(index) % 2 == 0 else AEROBIC_FLUSH


@memoised(4096)
def finisher(athlete: Athlete, week: tuple[DayPlan, ...], index: int) -> tuple[Slot, ...]:
    """Conditioning added by goals to a strength day (not CrossFit, which has its WOD)."""
    day = week[index]
    if day.kind is not DayKind.STRENGTH or day.wod:
        return ()
    strength_days = [i for i, d in enumerate(week) if d.kind is DayKind.STRENGTH and not d.wod]
    if Goal.FAT_LOSS in athlete.goals:
        return _fat_loss_conditioning(strength_days, index)
    aerobic_goal = athlete.goals & {Goal.ENDURANCE, Goal.RACE}
    if aerobic_goal and index in (strength_days[-1], strength_days[0]):
        return AEROBIC_FLUSH
    return ()


def bout_roadwork(
    athlete: Athlete, week: tuple[DayPlan, ...], index: int, phase: Phase
) -> tuple[Slot, ...]:
    """Roadwork as the conditioning block of the week's first boxing session.

    Fight camps get it, and so do boxers training for fat loss.

    Roadwork is the boxer's aerobic base and, as intervals, the rehearsal of a bout's rounds
    (a bout keeps heart rate above ~90% of maximum: Chaabene et al. 2015). Below five days a
    week there is no running day (`weekly_splits.BOXING`), so the run joins a boxing day:
    an easy run in the base, repeats in build and peak, never on more than one day, so the
    hard days stay as the shared rule spaces them. Fat loss needs the minutes too (Donnelly et
    al. 2009; `checks/practice.py`).
    """
    runs = athlete.preparing_for_bout or Goal.FAT_LOSS in athlete.goals
    if not runs or any(d.kind is DayKind.ROADWORK for d in week):
        return ()
    first_boxing = next((i for i, d in enumerate(week) if d.kind is DayKind.BOXING), None)
    if index != first_boxing:
        return ()
    return (ROADWORK_SPEED,) if phase in HARD_PHASES else (ROADWORK_RUN,)
