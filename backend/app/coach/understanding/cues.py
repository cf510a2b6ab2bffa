"""Words that give an intent away, as exact patterns: the guard beside the encoder.

MiniLM places "make it harder" and "make it easier" side by side, and "I missed yesterday's
session" next to "what's my session today": the sentence is about the same things. A few words
decide which: a cue adds weight to its intent's similarity, so meaning and wording vote
together. Patterns run on the folded text (lowercase, no accents).
"""

import re

from app.coach.understanding.intents_vocabulary import Intent

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
CUES: dict[Intent, re.Pattern[str]] = {
    intent: re.compile(pattern)
    for intent, pattern in {
        Intent.SESSION: (
            r"\b(?:today|tonight|tomorrow|right now|(?:heading|going|off) to the (?:gym|track)|"
            r"next (?:session|workout|run|training)|"
            r"what'?s next|what'?s on|what am i (?:doing|running|lifting)|rest day|"
            rf"(?:on|this) {_WEEKDAY}|do i (?:train|run|lift)|day \d|first day|last session)\b"
        ),
        Intent.WEEK: r"\b(?:this|next) week\b|\bmy week\b|\bphase\b",
        Intent.PLAN: r"\b(?:my|the) (?:plan|program|programme)\b",
        Intent.EXPLAIN: r"^why\b|\bwhy (?:is|are|do|does|am|hill|so)\b|\bthe point of\b|"
        r"\bwhat'?s .* mean in my\b",
        Intent.KNOWLEDGE: (
            r"^(?:how|what|what'?s|is|are|does|do|should|can|when)\b"
            r"(?!.*\b(?:my (?:plan|program|week|session|workout|profile|goals?|level)|am i|i'?m)\b)"
        ),
        Intent.MISSED: (
            r"\b(?:missed|skipped|skip(?:ped)? (?:my|the|yesterday)|couldn'?t make it|"
            r"didn'?t (?:train|make it|go|get to))\b"
        ),
        Intent.SHORT_TIME: (
            r"(?<!\bin )\b\d+\s*(?:min|mins|minutes)\b|\bhalf an hour\b|\bshort on time\b|"
            r"\bquick version\b|\bno time\b|\brunning late\b|\bin a hurry\b"
        ),
        Intent.TRAVEL: (
            r"\btravel\w*|\btrip\b|\bholiday\b|\bvacation\b|\bhotel\b|\baway (?:for|this|until)\b|"
            r"\bvisiting\b|\bconference\b|\bno gym\b|\bgym is closed\b"
        ),
        Intent.SICK: (
            r"\b(?:a cold|chest cold|head cold|fever|flu|sick|ill|stomach bug|sore throat|runny|"
            r"under the weather|cough\w*|congested|virus|covid)\b"
        ),
        Intent.SLEPT_BADLY: (
            r"\b(?:slept|(?:bad|poor|terrible|no|little) sleep|sleep (?:last night|badly)|"
            r"(?:didn'?t|couldn'?t|can'?t) sleep|exhausted|wrecked|no energy|stressed|zombie|"
            r"knackered|drained|burnt out|tired)\b"
        ),
        Intent.MOVE: (
            r"\b(?:move|moving|reschedule|push (?:today'?s|it|my|the)|postpone)\b|"
            rf"\bswitch day \d and day \d\b|\b(?:do it|instead) (?:on )?{_WEEKDAY}\b|"
            rf"\bcan'?t (?:train|make it|run|lift) (?:on )?{_WEEKDAY}|\bon {_WEEKDAY} instead\b"
        ),
        Intent.SWAP: (
            r"\b(?:swap|replace|substitute|alternative|instead of|something else|"
            r"different (?:exercise|hinge|squat|push|pull))\b|\bhate\b"
        ),
        Intent.HARDER: (
            r"\b(?:harder|too easy|more challenging|bump it up|more volume|step it up|i want more|"
            r"breezing)\b"
        ),
        Intent.EASIER: (
            r"\b(?:easier|too hard|tone it down|too much|less volume|struggling|lighter|"
            r"dial it back|scale (?:it )?back)\b"
        ),
        Intent.CHANGE: (
            r"\b(?:\d|one|two|three|four|five|six|seven) days? (?:a|per) week\b|\bswitch me to\b|"
            r"\b(?:make|change) (?:it|my plan|the plan)\b|\bfrom now on\b|\bnew plan\b|"
            r"\b\d+ weeks\b(?!.*\b(?:fight|race|marathon|meet|competition)\b)"
        ),
        Intent.GOAL: (
            r"\b(?:fight|bout|race|marathon|half marathon|10k|5k|meet|competition|comp|"
            r"triathlon)\b.*\bin \d+ weeks?\b|\bsigned up\b|\bmy (?:new )?goal is\b|\bentered\b"
        ),
        Intent.PROFILE: (
            r"\bwhich sport\b|\bhow many days (?:a|per) week do i\b|\bmy goals?\b|"
            r"\bwhat level am i\b|\bhow old\b|\bmy (?:age|profile|level)\b"
        ),
        Intent.LOG: (
            r"\b\d+\s*x\s*\d+\b.*(?:@|\bat\b)\s*\d|\b(?:did|ran|finished|completed)\b.*\b\d+\s*"
            r"(?:k|km|kg|reps|x)\b|\bjust (?:did|finished)\b"
        ),
        Intent.HISTORY: (
            r"\bwhat did i (?:do|train|log|lift|run)\b|\bmy last (?:session|workout|run)\b|"
            r"\bmy (?:\w+ )?(?:e1rm|1rm|one[- ]rep max|max)\b|"
            r"\bhow did (?:last|this) week go\b"
        ),
        Intent.OFF_TOPIC: (
            r"\b(?:capital of|poem|election|python|code|weather|movie|film|joke|recipe|"
            r"brakes|stock|bitcoin|homework|song)\b|\b\d+ times \d+\b"
        ),
    }.items()
}
