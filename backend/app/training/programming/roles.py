"""The role an exercise plays in its session: it decides how the slot is filled and dosed."""

from enum import StrEnum


class Role(StrEnum):
    """What an exercise is doing in its session; each role has its own dosage rule."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    ACCESSORY = "accessory"
    CORE = "core"
    POWER = "power"
    SKILL = "skill"
    ROUNDS = "rounds"
    FIGHT_ROUNDS = "fight_rounds"
    AEROBIC = "aerobic"
    RECOVERY = "recovery"
    SPEED = "speed"
    FINISHER = "finisher"
    MOBILITY = "mobility"
