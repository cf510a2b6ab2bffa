"""The main-lift tables, by phase and level (beginner, intermediate, advanced).

Each `Scheme` is the first week of a block; `dosage.progress` raises it week by week. Beginners
have no %1RM: they work by effort. Sources are named in `dosage.py` and docs/training.md.
"""

from typing import NamedTuple

from app.training.contract.vocabulary import Phase


class Scheme(NamedTuple):
    """Sets x reps at a load (%1RM, if any) and effort (RPE), with rest between sets."""

    sets: int
    reps: int
    percent: int | None
    rpe: float
    rest_s: int


Levels = tuple[Scheme, Scheme, Scheme]

PRIMARY: dict[Phase, Levels] = {
    # Base: hypertrophy and technique (8-10 reps, 67-72%).
    Phase.BASE: (
        Scheme(2, 10, None, 6.0, 120),
        Scheme(3, 10, 67, 6.5, 120),
        Scheme(4, 8, 72, 7.0, 150),
    ),
    # Build: heavier, fewer reps (5-8 reps, 77-80%).
    Phase.BUILD: (
        Scheme(3, 8, None, 6.5, 120),
        Scheme(4, 6, 77, 7.5, 150),
        Scheme(5, 5, 80, 7.5, 180),
    ),
    # Peak: strength (3-6 reps, >= 85% for intermediate and advanced).
    Phase.PEAK: (
        Scheme(3, 6, None, 7.0, 150),
        Scheme(4, 4, 85, 8.0, 180),
        Scheme(5, 3, 87, 8.5, 210),
    ),
}

PRIMARY_FOR_STRENGTH: dict[Phase, Levels] = {
    Phase.BUILD: (
        Scheme(3, 8, None, 6.5, 120),
        Scheme(4, 5, 80, 8.0, 180),
        Scheme(5, 4, 83, 8.0, 180),
    ),
    Phase.PEAK: (
        Scheme(2, 5, None, 7.0, 150),
        Scheme(3, 3, 87, 8.5, 210),
        Scheme(4, 2, 90, 8.5, 240),
    ),
}
"""A strength goal moves the build and peak phases into the 2-5 rep, 80-90% range sooner.

The peak has fewer sets than the build at every level: as intensity rises, volume falls, so
the lifter reaches the heaviest weeks strong rather than tired (NSCA, Haff & Triplett 2016,
ch. 21; Issurin 2010)."""

PRIMARY_FOR_MUSCLE: dict[Phase, Levels] = {
    Phase.BASE: (
        Scheme(2, 12, None, 6.0, 90),
        Scheme(3, 12, 67, 7.0, 90),
        Scheme(4, 12, 67, 7.0, 90),
    ),
    Phase.BUILD: (
        Scheme(3, 10, None, 6.5, 90),
        Scheme(4, 10, 70, 7.5, 90),
        Scheme(5, 10, 72, 7.5, 90),
    ),
    Phase.PEAK: (
        Scheme(3, 8, None, 7.0, 90),
        Scheme(4, 8, 75, 8.0, 120),
        Scheme(5, 8, 77, 8.0, 120),
    ),
}
"""A muscle goal keeps the main lifts in the 8-12 rep hypertrophy range all plan long."""

OLYMPIC: dict[Phase, Levels] = {
    Phase.BASE: (
        Scheme(3, 5, None, 6.0, 120),
        Scheme(4, 3, 65, 6.5, 120),
        Scheme(5, 3, 70, 7.0, 120),
    ),
    Phase.BUILD: (
        Scheme(3, 4, None, 6.5, 120),
        Scheme(4, 3, 70, 7.0, 120),
        Scheme(5, 2, 77, 7.5, 150),
    ),
    Phase.PEAK: (
        Scheme(3, 3, None, 7.0, 120),
        Scheme(5, 2, 75, 7.5, 150),
        Scheme(5, 2, 82, 8.0, 150),
    ),
}
"""Olympic lifts stay at low reps and moderate loads: speed and technique, never grinding."""
