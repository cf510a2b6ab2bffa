"""Dosing boxing rounds: ring-length rounds, and fight-pace rounds before a bout."""

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue.model import Movement
from app.training.contract.rounds import ROUND_MAX_RPE, SPARRING_MAX_RPE
from app.training.contract.vocabulary import Level, Pattern, Phase
from app.training.dosing.dose import RPE_STEP, Dose, rpe_cap, rpe_text

ROUND_CUES = {Pattern.FOOTWORK: "light, quick feet; stay in your stance"}


def round_seconds(athlete: Athlete) -> int:
    """Three-minute rounds as in the ring; two for beginners and over-65s, learning to pace."""
    return 120 if athlete.level is Level.BEGINNER or athlete.older else 180


def rounds(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Boxing rounds: 3 minutes with 1 minute of rest (2-minute rounds for beginners).

    Round length and rest follow the amateur ring (IBA rules: 3 x 3 min, 1 min rest). Each
    drill gets 2-5 rounds, more in build and peak; effort rises half a point a week from 1.5
    under the athlete's ceiling. Sparring stays short and technical.
    """
    level = athlete.level.rank
    seconds = round_seconds(athlete)
    cap = min(rpe_cap(athlete), ROUND_MAX_RPE)
    rpe = min((6.0, 6.5, 7.0)[level], cap - 3 * RPE_STEP) + RPE_STEP * stage.step
    if movement.contact:
        count = min(6, 2 + stage.step // 2)
        sparring = min(rpe, SPARRING_MAX_RPE)
        text = f"RPE {rpe_text(sparring)}: technical, controlled sparring"
        note = "Supervised by a qualified coach, full protective gear."
        return Dose(count, seconds, 60, text, rpe=sparring, note=note)
    phase_bonus = 0 if stage.phase is Phase.BASE else 1
    count = (2, 3, 3)[level] + phase_bonus + stage.step // 2
    cue = ROUND_CUES.get(movement.pattern, "sharp, relaxed punches; breathe out on every shot")
    text = f"RPE {rpe_text(rpe)}: {cue}"
    return Dose(count, seconds, 90 if athlete.older else 60, text, rpe=rpe)


FIGHT_PACE_PHASES = frozenset({Phase.BUILD, Phase.PEAK})
FIGHT_PACE_RPE = (8.0, 9.0)


def fight_rounds(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """The fight-pace drill: rounds at fight intensity, RPE 8-9, in build and peak before a bout.

    Without a bout ahead, or in base weeks, it is dosed as any other round (`rounds`).

    A bout is three rounds near maximal effort (Chaabene et al. 2015, *Sports Med*: heart
    rate above 90% of maximum in amateur bouts), so fight camp rehearses that pace; technique
    rounds at RPE 6-7 alone never do. The rounds match the bout (3, one more from the second
    week of a block) with the ring's minute of rest; effort starts at 8 and rises half a point a
    week to 9, under the athlete's ceiling (teens and limitations keep theirs).
    """
    if not (athlete.preparing_for_bout and stage.phase in FIGHT_PACE_PHASES):
        return rounds(movement, athlete, stage)
    seconds = round_seconds(athlete)
    low, high = FIGHT_PACE_RPE
    rpe = min(rpe_cap(athlete), high, low + RPE_STEP * stage.step)
    text = f"RPE {rpe_text(rpe)}: fight pace, as hard as the bout itself; stop if form goes"
    return Dose(3 + min(1, stage.step), seconds, 60, text, rpe=rpe)
