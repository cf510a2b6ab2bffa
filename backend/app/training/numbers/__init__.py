"""The athlete's numbers: strength estimates shared by plans, progress and adaptation."""
