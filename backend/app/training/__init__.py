"""The CoachX training engine: a profile and options in, a validated plan out.

The package is pure: it knows nothing of HTTP or the database, so the same rules serve the API,
the chat coach and the tests. Callers use it through two modules:

    from app.training import planner, schemas

    plan = planner.build_plan(schemas.AthleteProfile(...), schemas.PlanOptions(...))
    plan.model_dump(mode="json")  # what is stored as workout_plans.plan_data

`rules.find_violations` checks any plan (ours or an LLM's) against the coaching rules, and
`library` is the exercise catalogue the plans are written from. The method is documented for
coaches in docs/training.md.
"""
