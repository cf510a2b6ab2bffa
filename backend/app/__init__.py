"""CoachX: an AI personal training assistant that runs offline by default."""
