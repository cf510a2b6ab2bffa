"""What can go wrong with the training log, in the domain's words."""


class LogNotFoundError(Exception):
    """No log (or planned session) with that id belongs to this person."""


class LogConflictError(Exception):
    """The planned session already has its log: change that one instead."""


class LogRuleError(Exception):
    """A log breaks a rule between its fields or with its plan; the message says which."""


class ImportFormatError(Exception):
    """The uploaded file is none of the formats an import reads; nothing was stored."""
