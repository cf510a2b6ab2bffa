"""The one rule for free text people type (goals, chat messages): no control characters.

New lines, carriage returns and tabs are what people type; NUL and the other control characters
are not, and PostgreSQL cannot even store NUL. Both the profile and the chat validate with this.
"""

_ALLOWED_CONTROLS = frozenset("\n\r\t")


def refuse_control_characters(text: str) -> str:
    """Return `text` unchanged, or refuse it when it holds a control character.

    Raises:
        ValueError: Naming the problem; pydantic turns it into a 422 for the field.
    """
    if any((ord(c) < 32 and c not in _ALLOWED_CONTROLS) or ord(c) == 127 for c in text):
        raise ValueError("must not contain control characters")
    return text
