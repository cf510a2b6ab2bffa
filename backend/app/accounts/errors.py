"""What can go wrong with accounts, in the domain's words; `app.api.errors` maps these to HTTP."""


class AccountError(Exception):
    """Base class for account failures."""


class EmailAlreadyRegisteredError(AccountError):
    """Someone already onboarded with this email (compared ignoring case)."""


class InvalidCredentialsError(AccountError):
    """The email is unknown or the password is wrong; deliberately not saying which."""


class NotAuthenticatedError(AccountError):
    """The request carries no usable proof of identity (missing, expired, forged, revoked)."""


class CsrfError(AccountError):
    """A state-changing browser request came without the session's CSRF token."""


class ProfileRuleError(AccountError):
    """A profile change breaks a rule between fields (training days vs days per week)."""
