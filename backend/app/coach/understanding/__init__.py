"""Understanding a chat message: the safety screen, its language, what it asks and its details.

`understand` is the one entry point the chat uses; the parts (safety, language, intents, slots,
dates) are separate modules so each can be tested on its own.
"""

from app.coach.understanding.intents_vocabulary import Intent
from app.coach.understanding.language import Language
from app.coach.understanding.reading import Slots, Understanding, understand
from app.coach.understanding.safety import Flag, RedFlag, Urgency

__all__ = [
    "Flag",
    "Intent",
    "Language",
    "RedFlag",
    "Slots",
    "Understanding",
    "Urgency",
    "understand",
]
