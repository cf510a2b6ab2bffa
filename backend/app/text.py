"""The rules for text people type, each written once.

No control characters in free text (goals, chat messages): new lines, carriage returns and tabs
are what people type; NUL and the other control characters are not, and PostgreSQL cannot even
store NUL. Both the profile and the chat validate with this. Names chosen from a list (a sport,
a level) are read case-insensitively, and blank free text means none.
"""

from typing import Any

_ALLOWED_CONTROLS = frozenset("\n\r\t")


def refuse_control_characters(text: str) -> str:
    """Return `text` unchanged, or refuse it when it holds a control character.

    Raises:
        ValueError: Naming the problem; pydantic turns it into a 422 for the field.
    """
    if any((ord(c) < 32 and c not in _ALLOWED_CONTROLS) or ord(c) == 127 for c in text):
        raise ValueError("must not contain control characters")
    return text


def case_insensitive(value: Any) -> Any:
    """Read a name from a list in any case and spacing ("Boxing " -> "boxing").

    Non-strings are left alone, to fail the field's own validation.
    """
    return value.strip().lower() if isinstance(value, str) else value


def blank_to_none(value: Any) -> Any:
    """Treat blank free text as none, so "" and None mean the same."""
    return None if isinstance(value, str) and not value.strip() else value
