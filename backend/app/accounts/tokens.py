"""Signed access tokens (JWT, HS256) naming the person, their token key and the session.

Each login starts a session with a random id (`sid`) carried in its token; logging out records
that id as ended (see `app.accounts.sessions`), which ends this one session and no other.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from app.accounts.errors import NotAuthenticatedError
from app.accounts.secret_key import signing_key
from app.config import settings

_ALGORITHM = "HS256"
_MAX_USER_ID = 2**31 - 1  # ids are 32-bit integers in every database CoachX runs on


@dataclass(frozen=True)
class TokenClaims:
    """What a valid token says: whose it is, its token key, its session and when it ends."""

    user_id: int
    token_key: str
    session_id: str
    expires_at: datetime


def issue_token(user_id: int, token_key: str) -> str:
    """Sign a token for `user_id` that expires after `ACCESS_TOKEN_EXPIRE_MINUTES`.

    Args:
        user_id: The subject.
        token_key: The credentials' current token key; rotating it revokes the token.

    Returns:
        The encoded JWT.
    """
    now = datetime.now(UTC)
    claims = {
        "sub": str(user_id),
        "tk": token_key,
        "sid": secrets.token_hex(16),
        "iat": now,
        "exp": now + timedelta(minutes=settings.ACCESS_TOKEN_EXPIRE_MINUTES),
    }
    return jwt.encode(claims, signing_key(), algorithm=_ALGORITHM)


def read_token(token: str) -> TokenClaims:
    """Verify a token's signature and expiry and return its claims.

    Args:
        token: The bearer token as the client sent it.

    Returns:
        The claims of a well-formed, correctly signed, unexpired token.

    Raises:
        NotAuthenticatedError: For any expired, forged, malformed or incomplete token, and for
            claims no token of ours holds (an id beyond 32 bits, a non-string key).
    """
    try:
        claims = jwt.decode(
            token,
            signing_key(),
            algorithms=[_ALGORITHM],
            options={"require": ["sub", "exp", "iat", "tk", "sid"]},
        )
        user_id, token_key, session_id = int(claims["sub"]), claims["tk"], claims["sid"]
        expires_at = datetime.fromtimestamp(claims["exp"], UTC)
    except (jwt.PyJWTError, ValueError, TypeError, OverflowError) as error:
        raise NotAuthenticatedError("Invalid or expired token") from error
    if not (1 <= user_id <= _MAX_USER_ID and _short_str(token_key) and _short_str(session_id)):
        raise NotAuthenticatedError("Invalid or expired token")
    return TokenClaims(user_id, token_key, session_id, expires_at)


def _short_str(value: object) -> bool:
    """Whether a claim is a string short enough to be one of ours (keys and ids are 64 max)."""
    return isinstance(value, str) and 0 < len(value) <= 64


def csrf_token_for(session_token: str) -> str:
    """The CSRF token that goes with a browser session.

    It is derived from the session token with the signing key (HMAC), so the server needs to
    store nothing, a cross-site page cannot know it, and it changes with every login.

    Args:
        session_token: The access token kept in the session cookie.

    Returns:
        A hex string the page sends back in the `X-CSRF-Token` header.
    """
    message = b"csrf:" + session_token.encode()
    return hmac.new(signing_key().encode(), message, hashlib.sha256).hexdigest()


def csrf_token_matches(session_token: str, presented: str | None) -> bool:
    """Whether `presented` is the CSRF token of `session_token` (constant-time)."""
    if presented is None:
        return False
    # Bytes, not str: compare_digest refuses non-ASCII strings, and a header may hold anything.
    return hmac.compare_digest(csrf_token_for(session_token).encode(), presented.encode())
