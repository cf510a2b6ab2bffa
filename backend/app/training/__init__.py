"""The CoachX training engine: a profile and options in, a validated plan out.

The package is pure: no HTTP, no database, no clock (a plan's start date is an argument), so
the same rules serve the API, the chat coach and the tests. Callers use the public surface:

    from app.training import AthleteProfile, PlanOptions, build_plan

    plan = build_plan(AthleteProfile(...), PlanOptions(...))
    plan.model_dump(mode="json")  # what is stored as workout_plans.plan_data

`planner.build_plan` is the pipeline, one call per step; the folders are the steps, in order,
and each imports only the steps before it:

- `contract/`: the vocabulary (sports, levels, kit, phases, age bands, profile bounds) and the
  plan document with its request models (`plan_document.py`).
- `athlete/`: the profile and free-text goals resolved once into an `Athlete`.
- `calendar/`: phases, **deload weeks** and tapers (`periodization.py`); session dates.
- `catalogue/`: the exercises, as YAML data files checked at import, and their indexes.
- `programming/`: each sport's day templates and weekly splits, skill work and finishers
  (`add_ons.py`), and **exercise choice** for each slot (`exercise_choice.py`).
- `dosing/`: **doses** (sets, reps, load, effort, rest) by role and phase
  (`prescription.py` picks the rule: `lifts.py`, `skills.py`, `ring_rounds.py`,
  `conditioning.py`, `preparation.py`; the ceilings in `dose.py`; `tables.py`) and the
  running paces the engine assumes (`paces.py`).
- `assembly/`: a day's choices made into a session (`sessions.py`): **warm-ups**, ramp sets
  and cool-downs (`warm_ups.py`), CrossFit WODs, the lighter deload and taper weeks
  (`deload_weeks.py`), validated blocks and session timing (`plan_parts.py`).
- `running/`: the running week (`weekly_runs.py`), its sessions, and **running volume and
  paces** per run (`run_volume.py`: weekly distance, the 10% and 80/20 rules).
- `narrative.py`: title, summary, safety notes and week notes.
- `checks.py`: the coaching rules every stored plan must pass (`find_violations`).
- `memo.py`: the one registry of memoised steps (`clear_caches`).

The method is documented for coaches in docs/training.md.
"""

from app.training.contract.plan_document import AthleteProfile, PlanData, PlanOptions
from app.training.planner import build_plan

__all__ = ["AthleteProfile", "PlanData", "PlanOptions", "build_plan"]
