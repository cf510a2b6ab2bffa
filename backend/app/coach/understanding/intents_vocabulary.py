"""The kinds of message the coach tells apart."""

from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    """What a message is about."""

    RED_FLAG = "red_flag"
    PAIN = "pain"
    GREETING = "greeting"
    SESSION = "session"
    WEEK = "week"
    PLAN = "plan"
    EXPLAIN = "explain"
    KNOWLEDGE = "knowledge"
    MISSED = "missed"
    SHORT_TIME = "short_time"
    TRAVEL = "travel"
    SICK = "sick"
    SLEPT_BADLY = "slept_badly"
    MOVE = "move"
    SWAP = "swap"
    HARDER = "harder"
    EASIER = "easier"
    CHANGE = "change"
    GOAL = "goal"
    START = "start"
    PROFILE = "profile"
    LOG = "log"
    HISTORY = "history"
    PROGRESS = "progress"
    OFF_TOPIC = "off_topic"
    CLARIFY = "clarify"


@dataclass(frozen=True)
class IntentReading:
    """An intent, how sure the reading is (0..1), and the next best reading."""

    intent: Intent
    confidence: float
    runner_up: Intent | None = None
