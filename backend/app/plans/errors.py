"""What can go wrong with stored plans, in the domain's words."""


class PlanNotFoundError(Exception):
    """No plan with that id belongs to this person (whether or not it exists for someone else)."""


class NothingToUndoError(Exception):
    """The plan has no adaptation left to take back."""


class PlanBreaksRulesError(Exception):
    """A plan the engine wrote breaks a coaching rule, so it was not stored.

    This is a bug in the engine, never the person's fault: the request was valid. The broken
    rules' codes are kept for the log; they say nothing about the person.
    """

    def __init__(self, rules: list[str]) -> None:
        """Keep the codes of the broken rules."""
        super().__init__(", ".join(rules))
        self.rules = rules


class PlanOptionsError(Exception):
    """The plan options contradict the profile (e.g. more training days than days per week)."""
