"""How hard a boxing round may be: one ceiling for the engine, the checks and the adaptation.

Sparring stays technical (RPE 7.5 at most): hard sparring adds head contact without adding
skill (docs/training.md, "Boxing"). Other rounds reach 8.5 at most, and rounds above that
("fight pace") only when a bout is booked: they rehearse the fight and are fatigue otherwise.
The adaptation may make rounds harder after easy sessions, never past this ceiling.
"""

SPARRING_MAX_RPE = 7.5
ROUND_MAX_RPE = 8.5


def round_ceiling(*, contact: bool) -> float:
    """The highest planned RPE for a round of this kind (sparring or any other drill)."""
    return SPARRING_MAX_RPE if contact else ROUND_MAX_RPE
