"""Login limits a stranger cannot turn against the owner of an account.

Counting failures per email alone lets anyone lock anyone out: five wrong passwords for a
victim's email, and the victim's own correct password is refused everywhere. So attempts are
counted per client address and email (tight: `LOGIN_MAX_FAILURES`), and per email from
anywhere (loose: `LOGIN_MAX_FAILURES_PER_ACCOUNT`, a cap on guessing spread over many
addresses). The owner, from their own address, is limited only by the loose cap.

Each attempt is counted before the password is checked, in one atomic step, so that twenty
parallel guesses get five checks. A successful login forgets that client's own attempts, never
the per-email count that other clients' failures built up.
"""

from dataclasses import dataclass

from app.ratelimit import SlidingWindowLimiter


@dataclass(frozen=True)
class LoginThrottle:
    """The two login limits."""

    per_client: SlidingWindowLimiter
    per_account: SlidingWindowLimiter

    def attempt(self, client: str, email: str) -> None:
        """Count one login attempt, or refuse it when either limit is used up.

        An attempt refused by the per-client limit is not counted against the account, so a
        single client cannot use up the looser cap.

        Args:
            client: The client's network address.
            email: The normalised email.

        Raises:
            RateLimitedError: When this client or this email has no attempts left.
        """
        self.per_client.hit(f"{client} {email}")
        self.per_account.hit(email)

    def succeeded(self, client: str, email: str) -> None:
        """Forget this client's attempts for this email after it logged in."""
        self.per_client.reset(f"{client} {email}")
