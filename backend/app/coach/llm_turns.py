"""A language model's turn with the coach's tools, and the check on the numbers it quotes.

The model may call the coach's actions (see `llm_tools`) for a few rounds before it answers.
Whatever it says about the person's own numbers (a week or day of the plan, kilograms,
kilometres, days a week, a pace) must appear in what it was given; otherwise the built-in
coach answers instead, because a wrong number about someone's own plan is worse than a plainer
reply.
"""

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.coach import llm_tools
from app.coach.context import CoachContext
from app.coach.llm_writer import turns_for
from app.coach.understanding import Understanding
from app.database.models import User
from app.llm.client import LLMClient, LLMError, ToolAnswer, Turn

MAX_TOOL_ROUNDS = 3
_PERSONAL_NUMBER = re.compile(
    r"\b(?:week|day|semana|d[ií]a)\s+(\d+)\b|\b(\d+(?:\.\d+)?)\s*(?:kg|km|days? a week|"
    r"years? old|x\s*\d+)\b|\b(\d{1,2}:\d{2})\b",
    re.IGNORECASE,
)


def grounded(reply: str, turns: list[Turn]) -> bool:
    """Whether every number the reply quotes about the person appears so in what it was given.

    "week 15" must appear as "week 15" (any case, any spacing), "80 kg" as "80 kg", a pace as
    itself: a bare 15 elsewhere in the context (a date, a duration) does not count.
    """
    known = " ".join(" ".join(turn.content.lower().split()) for turn in turns)
    return all(
        " ".join(match.group(0).lower().split()) in known
        for match in _PERSONAL_NUMBER.finditer(reply)
    )


@dataclass
class ToolTurn:
    """The model's final text and what its tool calls changed."""

    text: str = ""
    changes: list[str] = field(default_factory=list)


def _assistant(answer: ToolAnswer) -> dict[str, Any]:
    """The model's tool-calling turn as it goes back into the conversation."""
    return {
        "role": "assistant",
        "content": answer.text or None,
        "tool_calls": [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in answer.calls
        ],
    }


def with_tools(
    llm: LLMClient, db: Session, user: User, context: CoachContext, reading: Understanding
) -> ToolTurn:
    """Let the model call tools for a few rounds, then answer.

    Raises:
        LLMError: When the model fails, or answers with a number it was not given, before any
            tool changed the plan (after a change, the change's own summary is the answer).
    """
    turns = turns_for(context, reading)
    messages: list[dict[str, Any]] = [{"role": t.role, "content": t.content} for t in turns]
    done = ToolTurn()
    try:
        for _ in range(MAX_TOOL_ROUNDS):
            answer = llm.complete_tools(messages, llm_tools.definitions())
            if not answer.calls:
                if not grounded(answer.text, turns + _results(messages)):
                    raise LLMError("the reply quotes a number about the person it was not given")
                done.text = answer.text
                return done
            messages.append(_assistant(answer))
            for call in answer.calls:
                result, changed = llm_tools.run(db, user, call)
                if changed:
                    done.changes.append(str(result.get("done", "")))
                messages.append(
                    {"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)}
                )
        raise LLMError("the model kept calling tools")
    except LLMError:
        if not done.changes:
            raise
        done.text = "Done: " + "; ".join(done.changes) + "."
        return done


def _results(messages: list[dict[str, Any]]) -> list[Turn]:
    """The tool results, as text the reply's numbers may come from."""
    return [Turn("user", str(m["content"])) for m in messages if m["role"] == "tool"]
