"""From an athlete's question to the words a full-text search should look for.

Athletes ask long, chatty questions ("my legs are still killing me two days after squats, is
that normal?"). Two things make those work with a keyword index:

- Stop words go: with OR semantics every "is", "my" or "how" would match nearly every chunk
  (and on 100k chunks, make the query slow) while adding nothing to the ranking.
- Gym slang gets the words the documents use: "gassed" also searches "conditioning",
  "sore" also searches "DOMS". The map below is general coaching vocabulary, not tuned to any
  evaluation question; the dense model covers paraphrases the map does not.
"""

import re

MAX_TERMS = 48

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_STOP_WORDS = """
a about above actually after again all also am an and any anything are as at be been being
but by can could did do does doing done don during each even ever every for from get gets
getting go going got had has have having he her here him his how i if im in into is it its
just know like me might more most much my myself need no not now of off on once one only or
other our out over really right should so some something still such than that thats the
their them then there these they thing things this those to too try trying up us very want
was way we well were what whats when where which while who why will with would you your
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())

# Athlete slang and shorthand → the words the documents use. Keys are matched as whole words or
# phrases in the lowercased question; values are added to the search, never substituted.
SYNONYMS: dict[str, str] = {
    "gassed": "conditioning fatigue stamina endurance",
    "winded": "conditioning breathing stamina aerobic",
    "out of breath": "conditioning breathing aerobic",
    "stamina": "conditioning endurance aerobic",
    "sore": "soreness doms",
    "ache": "soreness doms",
    "aches": "soreness doms",
    "achy": "soreness doms",
    "aching": "soreness doms",
    "killing me": "soreness pain",
    "gains": "muscle hypertrophy strength",
    "get big": "muscle hypertrophy",
    "size": "hypertrophy muscle",
    "grow": "hypertrophy muscle growth",
    "toned": "muscle fat loss",
    "bulk": "muscle gain calorie surplus",
    "bulking": "muscle gain calorie surplus",
    "cut": "fat loss calorie deficit",
    "cutting": "fat loss calorie deficit",
    "shred": "fat loss calorie deficit",
    "lose weight": "fat loss calorie deficit",
    "belly": "fat loss",
    "pr": "personal record max",
    "pb": "personal best record",
    "1rm": "one rep max",
    "max": "maximum 1rm",
    "hammy": "hamstring",
    "hammies": "hamstrings",
    "quads": "quadriceps",
    "glutes": "gluteal hip",
    "abs": "core abdominal",
    "six pack": "core abdominal fat loss",
    "midsection": "core abdominal",
    "cardio": "conditioning aerobic endurance",
    "jog": "run easy",
    "jogging": "running easy",
    "miles": "distance mileage",
    "mileage": "weekly volume distance",
    "pace": "speed tempo",
    "wod": "workout crossfit",
    "metcon": "conditioning workout",
    "amrap": "as many rounds as possible",
    "as many rounds as possible": "amrap",
    "emom": "every minute on the minute",
    "every minute on the minute": "emom",
    "rx": "prescribed weight scaling",
    "ppl": "push pull legs split",
    "bro split": "body part split",
    "split": "training split frequency",
    "spotter": "spot safety",
    "mitts": "pads",
    "bag": "heavy bag",
    "tagged": "hit punched defence",
    "gloves": "boxing gloves hand wraps",
    "knuckles": "hands hand wraps",
    "fight": "bout",
    "sparring": "spar",
    "jump rope": "skipping rope",
    "skipping": "jump rope",
    "shake": "protein supplement",
    "coffee": "caffeine",
    "preworkout": "caffeine",
    "pre workout": "caffeine",
    "water": "hydration fluid",
    "salt": "sodium electrolytes",
    "pee": "urine",
    "drained": "fatigue overtraining",
    "burnt out": "overtraining fatigue",
    "burned out": "overtraining fatigue",
    "exhausted": "fatigue overtraining recovery",
    "stuck": "plateau stall progress",
    "plateau": "stall progress",
    "stalled": "plateau progress",
    "easy week": "deload",
    "rest day": "recovery rest",
    "day off": "recovery rest",
    "stretch": "stretching flexibility mobility",
    "stretching": "flexibility mobility",
    "tight": "flexibility mobility",
    "warm up": "warm-up",
    "sleep": "recovery",
    "heart rate": "hr zones",
    "bpm": "heart rate",
    "shin": "shin splints",
    "shins": "shin splints",
    "hurt": "pain injury",
    "hurts": "pain injury",
    "injured": "injury pain",
    "pulled": "strain injury",
    "dizzy": "warning signs",
    "weight room": "gym",
    "weights": "resistance training strength",
    "lifting": "resistance training strength",
    "bodyweight": "calisthenics",
    "kid": "youth children",
    "son": "youth children",
    "daughter": "youth children",
    "teen": "youth adolescents",
    "teenager": "youth adolescents",
    "grandma": "older adults",
    "grandpa": "older adults",
    "elderly": "older adults",
    "senior": "older adults",
}

_PHRASES = sorted(SYNONYMS, key=len, reverse=True)


def words(text: str) -> list[str]:
    """The lowercase words of `text` (letters and digits, any script), in order."""
    return _WORD.findall(text.lower())


def expand(question: str) -> str:
    """The question followed by the document vocabulary its slang stands for.

    Args:
        question: The athlete's question as typed.

    Returns:
        The question, lowercased, with each matched phrase's expansion appended once.
    """
    spaced = f" {' '.join(words(question))} "
    extra = [SYNONYMS[phrase] for phrase in _PHRASES if f" {phrase} " in spaced]
    return " ".join([spaced.strip(), *extra])


def search_terms(question: str) -> list[str]:
    """The distinct content words to search for, slang expanded, at most `MAX_TERMS`.

    Args:
        question: The athlete's question as typed; any characters at all.

    Returns:
        Lowercase words without stop words, first occurrence first. Only letters and digits
        survive, so nothing in the result can be full-text query syntax.
    """
    content = (word for word in words(expand(question)) if word not in STOP_WORDS)
    return list(dict.fromkeys(content))[:MAX_TERMS]
