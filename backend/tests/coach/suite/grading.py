"""Grading the coach's replies against the suite's rubrics.

A rubric is data (see README.md); grading is plain string checks so a failure says exactly which
rule a reply broke. The shared rules apply to every reply: no source cited twice, no boilerplate
closer, no "a intermediate", and no first sentence opening on a pronoun with nothing before it.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
BOILERPLATE = ("start at the conservative end", "build from there")
_BAD_ARTICLE = re.compile(r"\ba (intermediate|advanced|easy|hour)\b", re.IGNORECASE)
_PRONOUN_OPENER = re.compile(r"^(they|it|this|these|those|that)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s|\n")


def load(name: str) -> list[dict[str, Any]]:
    """One of the suite's YAML files."""
    cases: list[dict[str, Any]] = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    return cases


def first_sentence(text: str) -> str:
    """The reply's first sentence, markdown emphasis removed."""
    plain = text.replace("*", "").strip()
    return _SENTENCE_END.split(plain, maxsplit=1)[0]


def _any_of(option: str, text: str) -> bool:
    """Whether one of the `a|b` alternatives appears in `text` (case-insensitive)."""
    return any(part.lower() in text.lower() for part in option.split("|"))


@dataclass(frozen=True)
class Grade:
    """The outcome of one case: passed, and the broken rules when not."""

    passed: bool
    problems: tuple[str, ...]


def grade(
    case: Mapping[str, Any],
    reply: str,
    cited: list[str],
    intent: str | None,
    fill: Mapping[str, str],
) -> Grade:
    """Grade one reply.

    Args:
        case: The case and its rubric.
        reply: The coach's reply text.
        cited: The document ids the reply cites, in order.
        intent: The intent the understanding read, or None when it cannot be asked.
        fill: Values for the rubric's placeholders ({today}, {name}, ...).
    """
    problems: list[str] = []
    if intent is not None and "intent" in case and intent not in str(case["intent"]).split("|"):
        problems.append(f"intent {intent!r}, wanted {case['intent']!r}")
    for wanted in case.get("contains", []):
        if not _any_of(wanted.format_map(fill), reply):
            problems.append(f"missing {wanted.format_map(fill)!r}")
    for unwanted in case.get("absent", []):
        if _any_of(unwanted, reply):
            problems.append(f"contains {unwanted!r}")
    opener = first_sentence(reply)
    if "first" in case and not any(_any_of(f, opener) for f in case["first"]):
        problems.append(f"first sentence {opener!r} does not address it")
    problems.extend(shared_problems(reply, cited))
    return Grade(not problems, tuple(problems))


def shared_problems(reply: str, cited: list[str]) -> list[str]:
    """The rules every reply is held to."""
    problems = []
    if len(set(cited)) < len(cited):
        problems.append("a source is cited twice")
    if any(phrase in reply.lower() for phrase in BOILERPLATE):
        problems.append("boilerplate closer")
    if _BAD_ARTICLE.search(reply):
        problems.append("wrong article")
    if _PRONOUN_OPENER.match(first_sentence(reply)):
        problems.append("first sentence leans on missing context")
    return problems
