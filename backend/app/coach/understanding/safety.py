"""The safety screen: the first thing every message meets, whoever writes the answer.

Each red flag is a small set of patterns over the normalised message (English and Spanish,
misspellings of key words corrected), read clause by clause: a flag in a clause that denies it
("no chest pain, just sore legs") or is about someone else ("my wife is pregnant") does not
count. When several flags are raised, the most urgent one answers.
"""

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from app.coach.understanding.text import about_someone_else, clauses, negated, normalise


class Flag(StrEnum):
    """A red flag the coach must answer with care instead of training advice."""

    CHEST = "chest"
    FAINTING = "fainting"
    HEAT = "heat"
    NUMBNESS = "numbness"
    SELF_HARM = "self_harm"
    RHABDO = "rhabdo"
    HEAD = "head"
    DIZZINESS = "dizziness"
    PALPITATIONS = "palpitations"
    BREATHLESS = "breathless"
    PREGNANCY = "pregnancy"
    EATING = "eating"
    TEEN_MAX = "teen_max"


class Urgency(IntEnum):
    """How soon someone other than a coach must be involved; higher is sooner."""

    GUIDANCE = 1  # train on with the right people involved
    SEE_DOCTOR = 2  # no training until a doctor has seen it; emergency if it is happening now
    SAME_DAY = 3  # medical care today
    EMERGENCY = 4  # stop now; call the emergency number if it is happening
    CRISIS = 5  # a crisis line, now


URGENCY = {
    Flag.CHEST: Urgency.EMERGENCY,
    Flag.FAINTING: Urgency.EMERGENCY,
    Flag.HEAT: Urgency.EMERGENCY,
    Flag.NUMBNESS: Urgency.SEE_DOCTOR,
    Flag.SELF_HARM: Urgency.CRISIS,
    Flag.RHABDO: Urgency.SAME_DAY,
    Flag.HEAD: Urgency.SAME_DAY,
    Flag.DIZZINESS: Urgency.SEE_DOCTOR,
    Flag.PALPITATIONS: Urgency.SEE_DOCTOR,
    Flag.BREATHLESS: Urgency.SEE_DOCTOR,
    Flag.PREGNANCY: Urgency.GUIDANCE,
    Flag.EATING: Urgency.GUIDANCE,
    Flag.TEEN_MAX: Urgency.GUIDANCE,
}

_W = r"(?:\w+\W+)"  # one word and what follows it, for "up to n words between"
_PATTERNS: dict[Flag, str] = {
    Flag.CHEST: (
        r"chest\W+(?:\w+\W+){0,2}?(?:really\W+|so\W+|very\W+)?"
        r"(?:pain|hurt|ache|aching|tight|pressure|burn|heav|squeez|crush)\w*|"
        r"(?:pain|pressure|tightness|squeez\w*|crush\w*|burning|heaviness|weight)\W+"
        + _W
        + r"{0,4}(?:in|on|from|across|of)\W+(?:my\W+|the\W+)?chest|"
        r"dolor\w* (?:de|en el) pecho|duele el pecho|presion en el pecho|pecho me duele|"
        r"opresion en el pecho"
    ),
    Flag.FAINTING: (
        r"\bfaint(?:ed|ing)?\b(?!-?ish)(?<!feel faint)(?<!felt faint)(?<!feeling faint)|"
        r"\bf[ae]inted\b (?:after|during|at|in|while|on|mid)|pass(?:ed|ing)? out|"
        r"black(?:ed)? out|\b(?:i|then|and|almost|nearly) collapsed|collapsed (?:after|during|at)|"
        r"lost consciousness|keel(?:ed|ing)? over|desmay\w*|perdi el conocimiento"
    ),
    Flag.HEAT: (
        r"heat ?stroke|heat exhaustion|heat illness|golpe de calor|stopped sweating|"
        r"(?:no|not) sweating|overheat\w*|hot and (?:dry|confused)|(?:hot|dry) skin"
    ),
    Flag.NUMBNESS: (
        r"\bnumb\w*|tingl\w*|pins and needles|slurr\w*|face (?:is |was |went )?droop\w*|"
        r"worst headache|sudden severe headache|entumec\w*|hormigue\w*|cough\w* (?:up )?blood"
    ),
    Flag.SELF_HARM: (
        r"(?:hurt|harm|cut|kill)(?:ing)? myself|suicid\w*|end(?:ing)? (?:it all|my life)|"
        r"(?:don'?t|do not) want to (?:be alive|live|wake up)|want to die|better off dead|"
        r"hacerme dano|quitarme la vida|quiero morir\w*|no quiero vivir|matarme|autolesi\w*"
    ),
    Flag.RHABDO: (
        r"(?:dark|brown|cola|tea|coke|red|black|coffee)\W+" + _W + r"{0,2}(?:urine|pee|piss|wee)\b|"
        r"(?:urine|pee|piss|wee)\b\W+" + _W + r"{0,4}"
        r"(?:dark|brown|cola|tea|coke|red|black|coffee|rust\w*|blood\w*)\b|"
        r"orina\W+(?:\w+\W+){0,2}(?:oscura|marron|roja|negra)|"
        r"(?:so|too|super|insanely|extremely) swollen (?:that )?i can'?t (?:straighten|bend)|"
        r"can'?t (?:straighten|bend) my (?:arms?|legs?) (?:after|since)"
    ),
    Flag.DIZZINESS: (
        r"\bdizz\w*|light\W?head\w*|woozy|(?:room|head|world) (?:was |is |keeps )?spinning|"
        r"vertigo|(?:feel|felt|feeling) (?:a bit |really |very |kind of )?faint\b|faint-?ish|"
        r"seeing stars|saw stars|(?:grey|gray)(?:ed|ing) out|tunnel vision|"
        r"vision (?:went |goes |going )?(?:black|dark|grey|gray|blurry)|"
        r"\bmare(?:o|os|ado|ada|e|ar)\b"
    ),
    Flag.PALPITATIONS: (
        r"heart\W+" + _W + r"{0,2}(?:racing|races|raced|pounding|pounds|flutter\w*|skipp\w*|"
        r"skips|irregular|stutter\w*|jumping)(?! with (?:excitement|nerves))|"
        r"(?:racing|pounding|irregular|fluttering|skipping) heart|"
        r"heart ?beat\w* (?:feels |is |was |felt )?(?:irregular|weird|strange|off)|"
        r"palpitat\w*|palpitacion\w*|skipp\w* (?:a )?beats?|"
        r"heart rate (?:shot|spiked|jumped) (?:up )?to 2\d\d|corazon se me acelera|late raro|"
        r"corazon (?:\w+ ){0,3}(?:acelerad|desbocad|irregular|salta|dispar)\w*|"
        r"late (?:muy )?(?:rapido|raro|fuerte|irregular)|"
        r"arritmi\w*"
    ),
    Flag.BREATHLESS: (
        r"can'?t (?:catch my breath|breathe?)|cannot (?:catch my breath|breathe)|"
        r"short(?:ness)? of breath|breathless\w*|gasping for (?:air|breath)|"
        r"hard to breathe?|trouble breathing|struggl\w* to breathe|me falta el aire|"
        r"falta de aire|no puedo respirar|me ahogo"
    ),
    Flag.PREGNANCY: r"pregnan\w*|we'?re expecting|embarazad\w*|embarazo",
    Flag.EATING: (
        r"\b(?:[2-9]\d\d|1[01]\d\d) ?(?:k?cals?|calories)|make myself (?:throw up|vomit|sick)|"
        r"throw(?:ing)? up after (?:i )?eat\w*|purg(?:e|ing)\b|barely eat\w*|hardly eat\w*|"
        r"stopped eating|(?:not|n't) eating (?:enough|anything|much)|skip\w* meals|"
        r"guilty (?:every time|when|after) i eat|burn it off|laxative\w*|starv\w* myself|"
        r"(?:haven'?t|no|missed|lost) (?:had )?(?:my )?periods?\b|como muy poco|dejo de comer|"
        r"no como nada"
    ),
}
_COMPILED = {flag: re.compile(pattern) for flag, pattern in _PATTERNS.items()}
_HEAD_IMPACT = re.compile(
    r"(?:hit|bang\w*|knock\w*|punch\w*|blow|knee|elbow|kick\w*|struck|smack\w*|bump\w*|"
    r"golpe\w*)\W+" + _W + r"{0,5}(?:head|cabeza)|knocked (?:down|out)|\bko'?d\b|"
    r"head (?:injur\w*|impact)|(?:got|get|been|was) (?:hit|punched|knocked|rocked|caught)|sparr\w*"
)
_HEAD_SYMPTOM = re.compile(
    r"headache|head (?:still )?(?:hurts|aches|pounding)|me duele|dolor de cabeza|confus\w*|"
    r"fog\w*|dizz\w*|seeing double|double vision|nause\w*|vomit\w*|memory|blurr\w*|"
    r"confundid\w*|mare\w*"
)
_CONCUSSION = re.compile(r"concuss\w*|conmocion")
_MAX_ATTEMPT = re.compile(
    r"\bmax(?:ing)? (?:out|my|lift)|\b1 ?rm\b|one[- ]rep max|rep max|test my max|\bmaximo\b|"
    r"repeticion maxima"
)
_STATED_TEEN = re.compile(r"\b(?:i'?m|i am|im|tengo) (1[0-7])\b")
ADULT_AGE = 18


@dataclass(frozen=True)
class RedFlag:
    """A red flag found in a message, and how urgent it is."""

    flag: Flag
    urgency: Urgency


def _found(pattern: re.Pattern[str], clause: str) -> bool:
    """Whether the pattern matches the clause somewhere it is not denied."""
    return any(not negated(clause, m.start()) for m in pattern.finditer(clause))


def _clause_flags(clause: str, age: int | None) -> set[Flag]:
    """Every flag one clause raises."""
    if about_someone_else(clause):
        return set()
    flags = {flag for flag, pattern in _COMPILED.items() if _found(pattern, clause)}
    if _found(_CONCUSSION, clause) or (
        _found(_HEAD_IMPACT, clause) and _HEAD_SYMPTOM.search(clause)
    ):
        flags.add(Flag.HEAD)
    return flags


def _teen_max(text: str, age: int | None) -> bool:
    """A teenager (by the profile or by what they say) asking to lift a maximum."""
    stated = _STATED_TEEN.search(text)
    young = (age is not None and age < ADULT_AGE) or stated is not None
    return young and bool(_MAX_ATTEMPT.search(text))


def screen(message: str, age: int | None = None) -> RedFlag | None:
    """The most urgent red flag in a message, or None.

    Args:
        message: The person's message, as typed.
        age: Their age from the profile, when known (a teen's max attempt is a flag).

    Returns:
        The red flag to answer, or None when the message raises none.
    """
    text = normalise(message)
    flags: set[Flag] = set()
    parts = clauses(text)
    for clause in parts:
        flags |= _clause_flags(clause, age)
    if Flag.HEAD not in flags and _HEAD_IMPACT.search(text) and _HEAD_SYMPTOM.search(text):
        flags.add(Flag.HEAD)  # the impact and the headache are often told in two clauses
    if _teen_max(text, age):
        flags.add(Flag.TEEN_MAX)
    if not flags:
        return None
    worst = max(flags, key=lambda flag: (URGENCY[flag], -list(Flag).index(flag)))
    return RedFlag(worst, URGENCY[worst])
