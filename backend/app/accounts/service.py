"""Onboarding, login, the own profile and account deletion.

Services flush but never commit: the request that calls them owns the transaction.
"""

import hmac
import secrets
from collections.abc import Mapping
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.accounts import passwords, repository, tokens
from app.accounts.errors import (
    EmailAlreadyRegisteredError,
    InvalidCredentialsError,
    NotAuthenticatedError,
    ProfileRuleError,
)
from app.database.models import Credentials, User
from app.ratelimit import SlidingWindowLimiter
from app.training.calendar import dates as schedule
from app.training.contract.vocabulary import Weekday


def normalise_email(email: str) -> str:
    """Emails are unique ignoring case, so they are stored and compared in lowercase."""
    return email.strip().lower()


def onboard(db: Session, profile: Mapping[str, Any], email: str, password: str) -> tuple[User, str]:
    """Create a person with their profile and credentials, and sign them in.

    Args:
        db: The request's session.
        profile: Validated profile fields (name, age, sport, ...).
        email: Their email; unique ignoring case.
        password: Their plain password; only its Argon2 hash is kept.

    Returns:
        The new user and an access token for them.

    Raises:
        EmailAlreadyRegisteredError: When the email is taken, whatever its case.
    """
    address = normalise_email(email)
    if repository.credentials_for_email(db, address) is not None:
        raise EmailAlreadyRegisteredError(address)
    user = User(**profile)
    user.training_days = [str(day) for day in _days_for(user.days_per_week, profile)]
    user.credentials = Credentials(
        email=address,
        password_hash=passwords.hash_password(password),
        token_key=secrets.token_urlsafe(24),
    )
    try:
        with db.begin_nested():
            db.add(user)
    except IntegrityError as error:  # another request took the email in between
        raise EmailAlreadyRegisteredError(address) from error
    assert user.credentials is not None  # noqa: S101 - set just above
    return user, tokens.issue_token(user.id, user.credentials.token_key)


def log_in(db: Session, throttle: SlidingWindowLimiter, email: str, password: str) -> str:
    """Exchange an email and password for an access token.

    Unknown emails and wrong passwords take the same time and raise the same error. A hash made
    with older Argon2 parameters is replaced on success.

    Raises:
        RateLimitedError: After too many recent failures for this email.
        InvalidCredentialsError: When the email is unknown or the password wrong.
    """
    address = normalise_email(email)
    throttle.check(address)
    if "\x00" in address:  # no account has one, and PostgreSQL text cannot hold it
        throttle.record(address)
        raise InvalidCredentialsError
    credentials = repository.credentials_for_email(db, address)
    valid, fresh_hash = passwords.verify_password(
        password, credentials.password_hash if credentials else None
    )
    if credentials is None or not valid:
        throttle.record(address)
        raise InvalidCredentialsError
    throttle.reset(address)
    if fresh_hash is not None:
        credentials.password_hash = fresh_hash
    return tokens.issue_token(credentials.user_id, credentials.token_key)


def user_for_token(db: Session, token: str) -> User:
    """The person a bearer token proves to be, if the token is still good.

    Raises:
        NotAuthenticatedError: When the token is invalid, expired, or its person or token key
            no longer exists (deleted account, rotated key).
    """
    claims = tokens.read_token(token)
    credentials = repository.credentials_for_user(db, claims.user_id)
    if credentials is None or not hmac.compare_digest(credentials.token_key, claims.token_key):
        raise NotAuthenticatedError("Invalid or expired token")
    return credentials.user


def update_profile(db: Session, user: User, changes: Mapping[str, Any]) -> User:
    """Apply validated profile changes; `updated_at` moves when anything changed.

    Args:
        db: The request's session.
        user: The person changing their own profile.
        changes: Only the fields they sent.

    Returns:
        The updated user.

    Raises:
        ProfileRuleError: When the training days do not match the days per week.
    """
    days_per_week = changes.get("days_per_week", user.days_per_week)
    if "training_days" in changes or days_per_week != user.days_per_week:
        # Changing days_per_week alone re-spreads the days; both together must agree.
        changes = {**changes, "training_days": [str(d) for d in _days_for(days_per_week, changes)]}
    for field, value in changes.items():
        setattr(user, field, value)
    db.flush()
    return user


def training_days_of(user: User) -> list[Weekday]:
    """The person's training days, Monday first; the default spread when they never chose."""
    if not user.training_days:
        return schedule.default_days(user.days_per_week)
    return schedule.in_week_order([Weekday(day) for day in user.training_days])


def _days_for(days_per_week: int, given: Mapping[str, Any]) -> list[Weekday]:
    """The training days given (checked against `days_per_week`), or the default spread."""
    days = given.get("training_days")
    if days is None:
        return schedule.default_days(days_per_week)
    if len(days) != days_per_week:
        raise ProfileRuleError(f"training_days must name exactly {days_per_week} days")
    return schedule.in_week_order([Weekday(day) for day in days])


def delete_account(db: Session, user: User) -> None:
    """Remove a person with their credentials, plans and messages; their tokens stop working."""
    db.delete(user)
    db.flush()
