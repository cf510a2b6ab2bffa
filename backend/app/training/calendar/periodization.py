"""Periodization: which phase each week is in, and how hard it may push.

The layout follows classic block periodization (Issurin 2010; Bompa & Haff, *Periodization*,
2009): a base phase that builds work capacity and technique, a build phase that raises load, and
a peak phase that sharpens. Three loading weeks are followed by a deload week (the common 3:1
step loading) in plans of 6 weeks or more, and plans aimed at an event end with a taper that
cuts volume by roughly 40-60% while keeping intensity (Mujika & Padilla 2003; Bosquet et al.
2007). Plans of 1-3 weeks are too short to need either.
"""

from dataclasses import dataclass, replace
from typing import NamedTuple

from app.training.contract.vocabulary import Phase

DELOAD_EVERY = 4
"""Every 4th week is a deload: three weeks of loading, one lighter (3:1)."""
DELOAD_VOLUME = 0.55
"""A deload keeps about 55% of the volume (45% fewer sets, rounds or metres)."""
TAPER_VOLUME = {1: (0.5,), 2: (0.65, 0.45), 3: (0.75, 0.6, 0.45)}
"""Share of peak volume kept in each taper week, by the length of the taper."""
MIN_WEEKS_FOR_DELOAD = 6
MIN_WEEKS_FOR_TAPER = 4
MIN_WEEKS_FOR_LONG_TAPER = 10
MIN_BLOCKS_FOR_PEAK = 3
MIN_RUN_FOR_PEAK_WEEK = 5


class Stage(NamedTuple):
    """Where a week's doses come from: the loading phase and the week within its block."""

    phase: Phase
    step: int
    test: bool = False


@dataclass(frozen=True, slots=True)
class WeekFrame:
    """What the planner needs to know about one week before writing its sessions.

    Attributes:
        week: 1-based week number.
        phase: base, build, peak, deload or taper.
        block: Index of the training block whose exercises the week uses; exercises stay the
            same within a block so progress is measurable, and change between blocks.
        step: 0-based week within the block; doses rise with it (progressive overload).
        loading_weeks: Full training weeks before this one; running volume grows with it.
        volume: Share of the training volume kept: 1.0, or less in deloads and tapers.
        load_phase: The loading phase whose doses the week uses (itself, or for a deload or
            taper the phase of the last loading week).
        test: The plan's last week, whose main lifts end on a test (`with_test_week`).
        retest_week: The plan's last full training week (no deload, no taper), where a
            benchmark workout of week 1 is done again; None in plans under 4 weeks.
    """

    week: int
    phase: Phase
    block: int
    step: int
    loading_weeks: int
    volume: float
    load_phase: Phase
    test: bool = False
    retest_week: int | None = None

    @property
    def stage(self) -> Stage:
        """The loading phase and step that set this week's doses."""
        return Stage(self.load_phase, self.step, self.test)

    @property
    def reduced(self) -> bool:
        """Deloads and tapers: less volume, no new exercises, no finishers."""
        return self.phase in (Phase.DELOAD, Phase.TAPER)


def taper_length(weeks: int, event: bool) -> int:
    """One taper week for an event in plans of 4-9 weeks, two from 10 weeks; none otherwise."""
    if not event or weeks < MIN_WEEKS_FOR_TAPER:
        return 0
    return 2 if weeks >= MIN_WEEKS_FOR_LONG_TAPER else 1


def deload_weeks(weeks: int, taper: int) -> frozenset[int]:
    """Every 4th week before the taper, leaving at least one loading week after each deload."""
    if weeks < MIN_WEEKS_FOR_DELOAD:
        return frozenset()
    return frozenset(range(DELOAD_EVERY, weeks - taper, DELOAD_EVERY))


def _segment_phases(length: int, index: int, count: int) -> list[Phase]:
    """Phases of one run of loading weeks between deloads.

    With several runs, the first is base, the last is peak (from three runs on) and the rest
    are build. A plan with a single run splits it: base for the first half, then build, and a
    peak week at the end of runs of five weeks or more.
    """
    if count > 1:
        if index == 0:
            return [Phase.BASE] * length
        last_is_peak = index == count - 1 and count >= MIN_BLOCKS_FOR_PEAK
        return [Phase.PEAK if last_is_peak else Phase.BUILD] * length
    base = (length + 1) // 2
    peak = 1 if length >= MIN_RUN_FOR_PEAK_WEEK else 0
    return [Phase.BASE] * base + [Phase.BUILD] * (length - base - peak) + [Phase.PEAK] * peak


def _loading_phases(weeks: int, taper: int, deloads: frozenset[int]) -> dict[int, Phase]:
    """Phase of every loading week (not deload, not taper), keyed by week number."""
    runs: list[list[int]] = [[]]
    for week in range(1, weeks - taper + 1):
        if week in deloads:
            runs.append([])
        else:
            runs[-1].append(week)
    runs = [run for run in runs if run]
    phases: dict[int, Phase] = {}
    for index, run in enumerate(runs):
        phases.update(zip(run, _segment_phases(len(run), index, len(runs)), strict=True))
    return phases


def with_test_week(frames: list[WeekFrame]) -> list[WeekFrame]:
    """The frames with the last week marked as the test week, in plans of 4 weeks or more.

    Shorter plans are too short to show progress worth testing. Every frame also names the
    last full training week, where benchmarks are retested (a deload or taper would shorten
    the workout and spoil the comparison).
    """
    if len(frames) < MIN_WEEKS_FOR_TAPER:
        return frames
    retest = max((f.week for f in frames if not f.reduced), default=None)
    marked = [replace(frame, retest_week=retest) for frame in frames]
    return [*marked[:-1], replace(marked[-1], test=True)]


def plan_weeks(
    weeks: int, event: bool, taper: int | None = None, event_week: int | None = None
) -> list[WeekFrame]:
    """The frame of every week of a plan of `weeks` weeks, with a taper when `event` is set.

    `taper` overrides the taper's length (a marathon tapers longer than a 5 km race). With an
    `event_week` before the last week the build and taper lead to it, and the weeks after it
    start a fresh base (the body recovers from the event before it builds again).
    """
    if event_week is not None and event_week < weeks:
        before = plan_weeks(event_week, event, taper)
        after = plan_weeks(weeks - event_week, event=False)
        shift = before[-1].block + 1
        return before + [
            replace(frame, week=frame.week + event_week, block=frame.block + shift)
            for frame in after
        ]
    if taper is None or weeks < MIN_WEEKS_FOR_TAPER or not event:
        taper = taper_length(weeks, event)
    deloads = deload_weeks(weeks, taper)
    loading = _loading_phases(weeks, taper, deloads)
    frames: list[WeekFrame] = []
    block, step, done = -1, 0, 0
    last_phase: Phase | None = None
    for week in range(1, weeks + 1):
        phase = loading.get(week)
        if phase is None:
            frames.append(_reduced_week(week, weeks, taper, deloads, frames[-1]))
            continue
        if phase is not last_phase or (week - 1) in deloads:
            block, step = block + 1, 0
        else:
            step += 1
        frames.append(WeekFrame(week, phase, block, step, done, 1.0, phase))
        last_phase, done = phase, done + 1
    return frames


def _reduced_week(
    week: int, weeks: int, taper: int, deloads: frozenset[int], previous: WeekFrame
) -> WeekFrame:
    """A deload or taper week: the last loading week's exercises and doses, less volume."""
    if week in deloads:
        return WeekFrame(
            week,
            Phase.DELOAD,
            previous.block,
            previous.step,
            previous.loading_weeks,
            DELOAD_VOLUME,
            previous.load_phase,
        )
    taper_index = week - (weeks - taper) - 1
    return WeekFrame(
        week,
        Phase.TAPER,
        previous.block,
        previous.step,
        previous.loading_weeks,
        TAPER_VOLUME[taper][taper_index],
        previous.load_phase,
    )
