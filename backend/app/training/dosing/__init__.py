"""How much of each exercise: sets, reps, rest and effort by role and phase, and running paces."""
