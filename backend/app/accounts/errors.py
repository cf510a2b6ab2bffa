"""What can go wrong with accounts, in the domain's words; `app.api.errors` maps these to HTTP."""


class AccountError(Exception):
    """Base class for account failures."""


class EmailAlreadyRegisteredError(AccountError):
    """Someone already onboarded with this email (compared ignoring case)."""


class InvalidCredentialsError(AccountError):
    """The email is unknown or the password is wrong; deliberately not saying which."""


class NotAuthenticatedError(AccountError):
    """The request carries no usable proof of identity (missing, expired, forged, revoked)."""


class LoginThrottledError(AccountError):
    """Too many failed logins for one email; try again after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        """Remember how long the caller must wait.

        Args:
            retry_after: Whole seconds until the next attempt is accepted.
        """
        super().__init__(f"Too many failed logins; retry after {retry_after} s")
        self.retry_after = retry_after
