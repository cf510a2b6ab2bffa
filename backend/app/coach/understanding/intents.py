"""Deciding what a message asks, with a confidence: meaning and wording vote together.

Each intent scores the encoder's similarity of the message to its closest exemplar, plus a
fixed weight when one of its cue words appears. Exact patterns guard the cases wording settles
alone (a greeting, pain in a body part). A weak best score falls back to a knowledge question
when the message is about training and to off-topic when it is not; two change requests
scoring alike ask the person which one they meant. Spanish messages are read by patterns only,
because the shipped MiniLM is English-only.
"""

import re

from app.coach.understanding import spanish
from app.coach.understanding.cues import CUES
from app.coach.understanding.exemplars import EXEMPLARS
from app.coach.understanding.intents_vocabulary import Intent, IntentReading
from app.coach.understanding.language import Language
from app.coach.understanding.meaning import rank
from app.coach.understanding.text import clauses, negated

CUE_WEIGHT = 0.3
"""What one cue adds to a cosine similarity (typically 0.3 to 0.8 for a match)."""
UNSURE = 0.45
"""Below this best score the message is not confidently any one intent."""
TIE = 0.04
"""Two change requests closer than this are ambiguous: ask rather than guess."""
ACTIONS = frozenset(
    {Intent.MOVE, Intent.SWAP, Intent.HARDER, Intent.EASIER, Intent.CHANGE, Intent.TRAVEL}
)
"""Intents that change the plan: a wrong guess costs the person a plan they did not ask for."""
GUARDED = (Intent.PROFILE,)
"""Intents whose cue words are exact enough to decide alone."""
OPPOSITES = {Intent.HARDER: Intent.EASIER, Intent.EASIER: Intent.HARDER}
"""Intents the encoder places together although they mean the opposite: a cue for one counts
against the other."""

_GREETING = re.compile(
    r"^\s*(hi|hey|hello|hiya|yo|good (morning|afternoon|evening)|morning|evening|thanks?|"
    r"thank you|cheers|ok(ay)?|cool|great|nice|got it)\b[\s\w!.,?']{0,30}$"
)
_GREETING_WORDS = re.compile(
    r"^(?:(?:hi|hey|hello|hiya|yo|good|morning|afternoon|evening|thanks?|thank|you|so|much|"
    r"cheers|ok|okay|cool|great|nice|got|it|coach|there|what'?s|up|for|that|i'?m|new|here|"
    r"all|a|lot)\W*)+$"
)
_PAIN = re.compile(
    r"\b(hurts?|hurting|pain(ful)?|aches?|aching|injur(y|ed|ies)|sprain(ed)?|strain(ed)?|"
    r"tendinitis|tendonitis|swollen|swelling|twinge|tweaked|pulled)\b"
)
TRAINING = re.compile(
    r"train|workout|exercise|\brun|lift|squat|deadlift|bench|press|pull-?up|push-?up|\brep|"
    r"\bsets?\b|rest|recover|sleep|protein|\beat|diet|nutrition|calorie|\bfat\b|muscle|strength|"
    r"strong|cardio|endurance|stretch|warm|mobility|box|punch|spar|crossfit|wod|amrap|emom|"
    r"tabata|calisthenics|handstand|plank|core|heart rate|zone|pace|race|marathon|\d+k\b|sore|"
    r"tired|fatigue|weight|gym|hydrat|water|drink|coach|plan|week|session|sprint|interval|tempo|"
    r"deload|taper|rpe|1rm|volume|\bkg\b|creatine|caffeine|doms|jab|wrap|percent rule|mile"
)


def _has_pain(text: str) -> bool:
    """Pain is mentioned somewhere it is not denied ("no pain, just tired" is not pain)."""
    return any(
        not negated(clause, m.start()) for clause in clauses(text) for m in _PAIN.finditer(clause)
    )


def _guard(text: str) -> Intent | None:
    """An intent the wording settles alone, before any scoring."""
    if _GREETING.match(text) and _GREETING_WORDS.match(text):
        return Intent.GREETING
    if _has_pain(text) and not _cue(Intent.SICK, text):
        return Intent.PAIN
    for intent in GUARDED:
        if _cue(intent, text):
            return intent
    if _cue(Intent.OFF_TOPIC, text) and not TRAINING.search(text):
        return Intent.OFF_TOPIC
    return None


def _cue(intent: Intent, text: str) -> bool:
    """Whether one of the intent's cue words appears."""
    cue = CUES.get(intent)
    return cue is not None and cue.search(text) is not None


def _scores(message: str, text: str) -> list[tuple[Intent, float]]:
    """Every intent's similarity plus its cue weight, best first."""
    similarity = dict(rank(message))
    scores = {
        intent: similarity.get(intent, 0.0) + (CUE_WEIGHT if _cue(intent, text) else 0.0)
        for intent in EXEMPLARS
    }
    for intent, opposite in OPPOSITES.items():
        if _cue(intent, text) and not _cue(opposite, text):
            scores[opposite] -= CUE_WEIGHT
    return sorted(scores.items(), key=lambda item: -item[1])


def classify(message: str, text: str, language: Language) -> IntentReading:
    """What the message asks.

    Args:
        message: The message as typed (encoded for meaning).
        text: Its normalised form (matched by the patterns).
        language: Its language; Spanish is read by patterns alone.

    Returns:
        The reading; `Intent.CLARIFY` when two plan changes are equally likely.
    """
    if language is Language.SPANISH:
        return spanish.classify(text)
    guarded = _guard(text)
    if guarded is not None:
        return IntentReading(guarded, 1.0)
    (best, score), (second, second_score) = _scores(message, text)[:2]
    if score < UNSURE:
        fallback = Intent.KNOWLEDGE if TRAINING.search(text) else Intent.OFF_TOPIC
        return IntentReading(fallback, score, best)
    if best in ACTIONS and second in ACTIONS and score - second_score < TIE:
        return IntentReading(Intent.CLARIFY, score, best)
    if best is Intent.OFF_TOPIC and TRAINING.search(text) and not _cue(best, text):
        return IntentReading(second, second_score, best)
    return IntentReading(best, min(score, 1.0), second)
