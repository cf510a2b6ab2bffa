"""What can go wrong with stored plans, in the domain's words."""


class PlanNotFoundError(Exception):
    """No plan with that id belongs to this person (whether or not it exists for someone else)."""


class PlanOptionsError(Exception):
    """The plan options contradict the profile (e.g. more training days than days per week)."""


class NothingToUndoError(Exception):
    """The plan has no adaptation left to take back."""
