"""The one rule for text people type (names, goals, chat messages): no control characters.

New lines, carriage returns and tabs are what people type in a text box; NUL and the other C0
controls, DEL and the C1 controls (U+0080-U+009F) are not, and PostgreSQL cannot even store NUL.
Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are refused
too: they make text display in an order other than the one it is stored in, the "Trojan
Source" trick, so a name or message could show one thing and say another. One-line fields
(names) refuse line breaks and tabs as well.
"""

from typing import Any

_BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_LINE_BREAKS = frozenset("\n\r\t")


def _is_control(character: str) -> bool:
    """Whether `character` is a C0/C1 control, DEL or a bidirectional control."""
    code = ord(character)
    return code < 32 or 0x7F <= code <= 0x9F or character in _BIDI_CONTROLS


def refuse_control_characters(text: str) -> str:
    """Return `text` unchanged, or refuse it when it holds a control character.

    Raises:
        ValueError: Naming the problem; pydantic turns it into a 422 for the field.
    """
    if any(_is_control(c) and c not in _LINE_BREAKS for c in text):
        raise ValueError("must not contain control characters")
    return text


def refuse_control_characters_in_line(text: str) -> str:
    """The same rule for one-line fields: line breaks and tabs are refused as well.

    Raises:
        ValueError: Naming the problem; pydantic turns it into a 422 for the field.
    """
    if any(_is_control(c) for c in text):
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
