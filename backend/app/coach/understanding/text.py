"""Plain text for matching: lowercase, accents folded, obvious misspellings of key words fixed.

Patterns are written once against this form, so "Mareé", "mareé" and "maree" read alike, and
"chset pain" or "palpatations" still reach the safety screen. Only key words are corrected, and
only by a swap of two neighbouring letters or, for long words, one letter more, less or
different: a short real word ("paint") is never turned into a key word ("faint").
"""

import re
import unicodedata
from functools import lru_cache

KEY_WORDS = (
    "chest",
    "faint",
    "fainted",
    "fainting",
    "dizzy",
    "dizziness",
    "lightheaded",
    "heart",
    "palpitations",
    "pregnant",
    "concussion",
    "concussed",
    "breathless",
    "breathe",
    "headache",
    "swollen",
    "urine",
    "tomorrow",
    "yesterday",
    "session",
    "workout",
    "exercise",
)
_LONG_ENOUGH = 8
"""Key words this long may be reached by one inserted, dropped or changed letter."""
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NEGATION = re.compile(
    r"\b(no|not|never|without|nor|none|neither|sin|ni|nunca|nada)\b|n't\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,.;!?¿¡\n]+|\b(but|just|only|though|although|pero|solo|aunque)\b")
_CLAUSE_SPLIT = re.compile(r"[,.;!?¿¡\n]+|\b(?=but\b|just\b|only\b|pero\b|solo\b)", re.IGNORECASE)
_DENIES = re.compile(
    r"^(?:\w+\W+){0,2}?(no|not|never|without|sin|ni|nunca)\b|^(?:\w+\W+){0,2}?\w+n't\b",
    re.IGNORECASE,
)
_SOMEONE_ELSE = re.compile(
    r"\b(my|our) (dad|father|mom|mum|mother|wife|husband|partner|girlfriend|boyfriend|brother|"
    r"sister|friend|son|daughter|kid|child|client|teammate|training partner)\b|"
    r"\b(he|she) (is|was|had|has|got)\b|"
    r"\bmi (padre|madre|mujer|esposa|marido|pareja|hermano|hermana|amigo|amiga|hijo|hija)\b"
)


def fold(text: str) -> str:
    """Lowercase with accents removed ("Mañana" → "manana") and curly quotes made straight."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'").lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` is `b` with one letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _swapped(a: str, b: str) -> bool:
    """Whether `a` is `b` with two neighbouring letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


@lru_cache(maxsize=4096)
def correct(token: str) -> str:
    """The key word a misspelt token stands for, or the token itself."""
    if len(token) < 4 or token in KEY_WORDS:
        return token
    for key in KEY_WORDS:
        if _swapped(token, key) or (len(key) >= _LONG_ENOUGH and _one_edit(token, key)):
            return key
    return token


def normalise(text: str) -> str:
    """The matching form of a message: folded, with key-word misspellings corrected."""
    folded = fold(text)
    return _TOKEN.sub(lambda m: correct(m.group(0)), folded)


def clauses(text: str) -> list[str]:
    """The message cut where a new thought starts ("no chest pain, just sore legs")."""
    return [part.strip() for part in _CLAUSE_BREAK.split(text) if part and part.strip()]


def negated(clause: str, start: int) -> bool:
    """Whether the words before position `start` of `clause` deny what follows ("no", "not")."""
    return bool(_NEGATION.search(clause[:start]))


def affirmed(text: str) -> str:
    """The message without the clauses that deny something, to search what the person has.

    "no chest pain, just sore legs" → "just sore legs"; all of it when every clause denies.
    """
    kept = [part for part in _CLAUSE_SPLIT.split(text) if not _DENIES.match(part.strip())]
    return " ".join(" ".join(kept).split()) or text


def about_someone_else(clause: str) -> bool:
    """Whether the clause is about another person ("my wife is pregnant")."""
    return bool(_SOMEONE_ELSE.search(clause))
