"""A day's choices made into a session: warm-up, main work, WODs, cool-down, deloads, timing."""
