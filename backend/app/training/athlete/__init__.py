"""Who the plan is for: the profile, options and free-text goals resolved once into an Athlete."""
