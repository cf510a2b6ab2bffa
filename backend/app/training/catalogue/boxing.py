"""Boxing: shadowboxing, bag and pad rounds, footwork, defence, sparring and boxing conditioning.

Rounds are dosed in seconds: 3-minute rounds with 1 minute of rest, as in the amateur and pro ring,
and 2-minute rounds for beginners (see `dosage.py`). Pad and partner drills need a coach or a
partner; sparring is for advanced boxers only, aged 16-64, and always supervised.
"""

from app.training.catalogue.shorthand import (
    ADV,
    BAG,
    BEG,
    BOXING,
    CALVES,
    CARDIO,
    CORE,
    DELTS,
    EVERYONE,
    HIGH,
    INT,
    NECK,
    OBLIQUES,
    PADS,
    ROPE,
    TIME,
    move,
)
from app.training.contract.vocabulary import Pattern, Quality

SKILL, CONDITIONING = Quality.SKILL, Quality.CONDITIONING
PUNCHING = [DELTS, OBLIQUES, CARDIO]

# fmt: off
SHADOW_AND_BAG = (
    move(
        "shadowboxing", "Shadowboxing", Pattern.BOXING_SKILL, level=BEG, quality=SKILL,
        dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Stance first: chin down, hands up, weight on the balls of the feet. Throw clean "
        "jabs and crosses and return the hands to the face every time.",
    ),
    move(
        "shadowboxing_combinations", "Shadowboxing: combinations", Pattern.BOXING_SKILL,
        level=INT, quality=SKILL, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Picture an opponent; throw 3-5 punch combinations, finish each with a step or pivot "
        "off the line, and mix in feints.",
    ),
    move(
        "shadow_defence", "Shadowboxing: defence", Pattern.BOXING_SKILL, level=BEG,
        quality=SKILL, dose=TIME, muscles=[CORE, OBLIQUES, CALVES], sports=BOXING,
        cues="Slip, roll under, parry and block imaginary punches, and answer every defensive "
        "move with a counter; eyes always forward.",
    ),
    move(
        "heavy_bag", "Heavy bag rounds", Pattern.BOXING_SKILL, level=BEG, equipment=[BAG],
        quality=SKILL, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Wraps and gloves on. Punch through the bag, not at it; move around it and never "
        "stand square in front. Quality over quantity.",
    ),
    move(
        "heavy_bag_power", "Heavy bag: power shots", Pattern.BOXING_SKILL, level=INT,
        equipment=[BAG], quality=SKILL, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Set your feet and turn the hips through short power punches in twos and threes; "
        "reset your stance after each burst.",
    ),
    move(
        "heavy_bag_counters", "Heavy bag: counters and angles", Pattern.BOXING_SKILL, level=INT,
        equipment=[BAG], quality=SKILL, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Push the bag, slip or roll as it swings back and counter; step to an angle after "
        "each combination.",
    ),
    move(
        "fight_simulation", "Fight-pace bag rounds", Pattern.BOXING_SKILL, level=INT,
        equipment=[BAG], quality=SKILL, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Box the bag at the pace you plan to fight: busy first minute, a steady middle, a "
        "strong last 30 seconds.",
    ),
    move(
        "pad_work", "Pad rounds", Pattern.BOXING_SKILL, level=BEG, equipment=[PADS],
        quality=SKILL, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="With a coach or partner holding pads: hit the combinations called, snap the "
        "punches back and keep the feet moving between calls.",
    ),
    move(
        "pad_work_counters", "Pad rounds: defence and counters", Pattern.BOXING_SKILL,
        level=INT, equipment=[PADS], quality=SKILL, dose=TIME, muscles=PUNCHING,
        sports=BOXING,
        cues="The pad holder throws back with the pads; slip, block or roll, then counter "
        "straight away. Eyes open, chin tucked.",
    ),
    move(
        "sparring", "Sparring", Pattern.BOXING_SKILL, level=ADV, quality=SKILL, dose=TIME,
        muscles=PUNCHING, sports=BOXING, contact=True,
        cues="Only under a qualified coach, with headgear, gum shield and 14-16 oz gloves, "
        "against a partner of similar size; technical, controlled pace.",
    ),
)

FOOTWORK = (
    move(
        "footwork_drill", "Footwork drill: step and drag", Pattern.FOOTWORK, level=BEG,
        quality=SKILL, dose=TIME, muscles=[CALVES, CORE], sports=BOXING,
        cues="Move forward, back and to both sides with the lead foot stepping and the back foot "
        "following; never cross the feet, stay on the balls of the feet.",
    ),
    move(
        "footwork_angles", "Footwork drill: pivots and angles", Pattern.FOOTWORK, level=INT,
        quality=SKILL, dose=TIME, muscles=[CALVES, CORE], sports=BOXING,
        cues="Jab, then pivot on the lead foot to take a new angle; practise stepping off the "
        "centre line after every exchange.",
    ),
    move(
        "ring_cutting", "Footwork drill: cutting the ring", Pattern.FOOTWORK, level=ADV,
        quality=SKILL, dose=TIME, muscles=[CALVES, CORE], sports=BOXING,
        cues="Follow an imaginary opponent round the ring with lateral steps that cut off the "
        "exits, instead of following them.",
    ),
    move(
        "jump_rope", "Jump rope rounds", Pattern.FOOTWORK, level=BEG, equipment=[ROPE],
        quality=CONDITIONING, dose=TIME, impact=HIGH, muscles=[CALVES, CARDIO],
        sports=EVERYONE,
        cues="Light bounces on the balls of the feet, elbows close; alternate two-foot jumps "
        "with the boxer skip.",
    ),
    move(
        "jump_rope_footwork", "Jump rope: footwork patterns", Pattern.FOOTWORK, level=INT,
        equipment=[ROPE], quality=CONDITIONING, dose=TIME, impact=HIGH,
        muscles=[CALVES, CARDIO], sports=BOXING,
        cues="High knees, side-to-side and forward-back steps, crossovers; change pattern every "
        "30 seconds and stay relaxed.",
    ),
)

BOXING_CONDITIONING = (
    move(
        "bag_sprints", "Heavy bag sprints", Pattern.CONDITIONING, level=INT, equipment=[BAG],
        quality=CONDITIONING, dose=TIME, muscles=PUNCHING, sports=BOXING,
        cues="Non-stop fast straight punches for the work period, hands back to the face each "
        "time; then recover by moving around the bag.",
    ),
    move(
        "shoulder_burnout", "Shoulder burnout punches", Pattern.CONDITIONING, level=INT,
        quality=CONDITIONING, dose=TIME, muscles=[DELTS, CARDIO], sports=BOXING,
        cues="Fast, short straight punches with the hands never dropping below the chin; builds "
        "the shoulder endurance to keep the guard up late.",
    ),
    move(
        "sprawl", "Sprawls", Pattern.CONDITIONING, level=INT, quality=CONDITIONING,
        impact=HIGH, muscles=[CORE, CARDIO], sports=BOXING,
        cues="From stance, drop the hips and shoot the legs back to the floor, then snap back "
        "up into stance with the hands high.",
    ),
    move(
        "boxer_sit_up_punch", "Sit-up with punches", Pattern.COMPRESSION, level=BEG,
        quality=CONDITIONING, muscles=[CORE, DELTS], sports=BOXING,
        cues="Sit up and throw a one-two at the top, then roll down under control.",
    ),
    move(
        "neck_bridge_prep", "Neck strength: lying raises", Pattern.NECK, level=BEG,
        quality=Quality.STABILITY, muscles=[NECK], sports=BOXING,
        cues="Lying on your back, then your front and each side, lift the head a few "
        "centimetres and hold two seconds; slow, no jerking.",
    ),
)
# fmt: on

MOVEMENTS = SHADOW_AND_BAG + FOOTWORK + BOXING_CONDITIONING
