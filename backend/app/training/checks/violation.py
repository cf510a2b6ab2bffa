"""A broken coaching rule, as the checker reports it."""

from typing import NamedTuple


class Violation(NamedTuple):
    """A broken rule: a short code for programs and a sentence for people."""

    rule: str
    message: str
