"""What each day trains: day templates, weekly splits, skill work, finishers, exercise choice."""
