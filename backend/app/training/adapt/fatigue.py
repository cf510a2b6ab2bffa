"""Fatigue: two hard weeks in a row bring the deload forward or cut the volume.

A week is strained when its sessions felt clearly harder than planned (session RPE 1.5 or more
above what the session intends, Foster's CR-10 scale), when its mean session RPE is 8 or more,
or when its load rose more than 10% on the week before with a monotony of 2 or more (Foster
1998: high, unvarying load came before overtraining). Two strained weeks in a row:
- the deload is brought forward to next week (about half the sets, 40% less running, loads 10%
  lighter: a deload keeps ~60-80% of the load with about half the sets) when the plan's next
  deload is further away than the week after;
- otherwise next week's volume is cut by 25% (within the 15-30% the references give) and the
  planned deload follows.
"""

import datetime as dt

from app.training.adapt.load import WeekLoad, week_load
from app.training.adapt.records import Adjustment, History
from app.training.adapt.upcoming import LIGHT_PHASES, full_weeks_after
from app.training.adapt.volume import Cut, cut_session
from app.training.contract.plan_document import PlanData, Week

ELEVATED_BY = 1.5
HIGH_SESSION_RPE = 8.0
RISING_LOAD = 1.10
HIGH_MONOTONY = 2.0
MIN_SESSIONS = 2
DELOAD_FORWARD = Cut(sets=0.5, distance=0.6, load=0.9)
VOLUME_CUT = Cut(sets=0.75, distance=0.75)


def strained(week: WeekLoad, before: WeekLoad) -> str | None:
    """Why a week counts as strained, in words, or None when it does not."""
    if week.sessions < MIN_SESSIONS:
        return None
    if week.mean_elevation is not None and week.mean_elevation >= ELEVATED_BY:
        return f"sessions felt {week.mean_elevation:.1f} harder than planned"
    if week.mean_rpe is not None and week.mean_rpe >= HIGH_SESSION_RPE:
        return f"session RPE averaged {week.mean_rpe:.1f}"
    rising = before.load > 0 and week.load > RISING_LOAD * before.load
    if rising and week.monotony >= HIGH_MONOTONY:
        rise = round(100 * (week.load / before.load - 1))
        return f"load up {rise}% with little variation (monotony {week.monotony:.1f})"
    return None


def recent_weeks(history: History, count: int = 3) -> list[WeekLoad]:
    """The last `count` seven-day windows ending today, the latest first."""
    logs = history.by_date()
    return [
        week_load(logs, history.today - dt.timedelta(days=7 * back + 6)) for back in range(count)
    ]


def fatigue_signs(history: History) -> tuple[str, str] | None:
    """The reasons of the last two strained weeks, or None unless both were strained.

    Both weeks must lie wholly inside the logged history: nine days are not two weeks.
    """
    logs = history.by_date()
    this, last, before = recent_weeks(history)
    if not logs or last.start < logs[0].date:
        return None
    now, then = strained(this, last), strained(last, before)
    return (now, then) if now and then else None


def fatigue_adjustments(plan: PlanData, history: History) -> list[Adjustment]:
    """Bring the deload forward or cut next week's volume after two strained weeks."""
    signs = fatigue_signs(history)
    ahead = full_weeks_after(plan, history.today)
    if signs is None or not ahead or ahead[0].phase in LIGHT_PHASES:
        return []
    target = ahead[0]
    if any(a.rule == "fatigue" and a.week == target.week for a in history.applied):
        return []
    deload_soon = len(ahead) > 1 and ahead[1].phase in LIGHT_PHASES
    if deload_soon:
        cut, what = VOLUME_CUT, "volume cut 25%"
    else:
        cut, what = DELOAD_FORWARD, "deload brought forward"
    why = f"{what}: this week {signs[0]}, last week {signs[1]}"
    return _cut_week(target, cut, why)


def _cut_week(week: Week, cut: Cut, why: str) -> list[Adjustment]:
    """Every adjustment that cuts one week."""
    return [a for s in week.sessions for a in cut_session(week, s, cut, why, "fatigue")]
