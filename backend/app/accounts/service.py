"""Onboarding, login, the own profile and account deletion.

Services flush but never commit: the request that calls them owns the transaction.
"""

import hmac
import secrets
import unicodedata
from collections.abc import Mapping
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.accounts import passwords, repository, tokens
from app.accounts.errors import (
    EmailAlreadyRegisteredError,
    InvalidCredentialsError,
    NotAuthenticatedError,
    ProfileRuleError,
)
from app.accounts.throttle import LoginThrottle
from app.database.models import Credentials, User
from app.training.calendar import dates as schedule
from app.training.contract.vocabulary import Weekday

MAX_EMAIL_CHARS = 254  # RFC 5321's limit on a forward path
MAX_PASSWORD_CHARS = 1024  # what onboarding accepts


def normalise_email(email: str) -> str:
    """The one form of an email that is stored and compared, whichever way it was typed.

    Sign-up and login both come through here, so "jose\u0301@bücher.example" typed at either
    matches "josé@xn--bcher-kva.example" typed at the other: email-validator composes the local
    part (Unicode NFC) and gives the domain in its Unicode form (IDNA), then case is dropped,
    since emails are unique ignoring case. Text that is not an email is only trimmed, composed
    and lowercased; no account has such an address, so it fails to log in as it should.
    """
    text = email.strip()
    try:
        text = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        text = unicodedata.normalize("NFC", text)
    return text.lower()


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
        passwords.spend_hash_time(password)  # a taken email answers as slowly as a new one
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


def log_in(db: Session, throttle: LoginThrottle, email: str, password: str, client: str) -> str:
    """Exchange an email and password for an access token.

    The attempt is counted before the password is checked, atomically, so parallel guesses
    cannot outrun the limit. Unknown emails and wrong passwords take the same time and raise the
    same error. A hash made with older Argon2 parameters is replaced on success.

    Args:
        db: The request's session.
        throttle: The login limits (per client and account, and per account).
        email: The email as typed.
        password: The password as typed.
        client: The client's network address.

    Returns:
        A new access token.

    Raises:
        RateLimitedError: After too many recent attempts from this client for this email, or
            for this email from anywhere.
        InvalidCredentialsError: When the email is unknown or the password wrong.
    """
    if len(email) > MAX_EMAIL_CHARS or len(password) > MAX_PASSWORD_CHARS or "\x00" in email:
        raise InvalidCredentialsError  # no account has such an email or password
    address = normalise_email(email)
    throttle.attempt(client, address)
    credentials = repository.credentials_for_email(db, address)
    valid, fresh_hash = passwords.verify_password(
        password, credentials.password_hash if credentials else None
    )
    if credentials is None or not valid:
        raise InvalidCredentialsError
    throttle.succeeded(client, address)
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
    # Bytes, not str: compare_digest refuses non-ASCII strings, and a claim may hold anything.
    if credentials is None or not hmac.compare_digest(
        credentials.token_key.encode(), claims.token_key.encode()
    ):
        raise NotAuthenticatedError("Invalid or expired token")
    if repository.session_ended(db, claims.session_id):
        raise NotAuthenticatedError("Invalid or expired token")
    return credentials.user


def log_out(db: Session, token: str) -> None:
    """End the session of `token` on the server; the person's other sessions go on.

    A token that is no longer valid has nothing left to end, so it is ignored.
    """
    try:
        claims = tokens.read_token(token)
    except NotAuthenticatedError:
        return
    repository.end_session(db, claims.user_id, claims.session_id, claims.expires_at)


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
