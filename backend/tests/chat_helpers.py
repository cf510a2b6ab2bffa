"""Reading Server-Sent Events from the chat stream in tests."""

import json
from collections.abc import Iterable
from typing import Any


def parse_sse(lines: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    """The (event, data) pairs of an SSE body, in order."""
    events: list[tuple[str, dict[str, Any]]] = []
    name, data = "message", ""
    for line in lines:
        if line.startswith("event:"):
            name = line.removeprefix("event:").strip()
        elif line.startswith("data:"):
            data += line.removeprefix("data:").strip()
        elif not line.strip() and data:
            events.append((name, json.loads(data)))
            name, data = "message", ""
    return events
