"""Signed access tokens (JWT, HS256) naming the person and their current token key."""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from app.accounts.errors import NotAuthenticatedError
from app.accounts.secret_key import signing_key
from app.config import settings

_ALGORITHM = "HS256"


@dataclass(frozen=True)
class TokenClaims:
    """What a valid token says: whose it is and which token key it was issued under."""

    user_id: int
    token_key: str


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
        NotAuthenticatedError: For any expired, forged, malformed or incomplete token.
    """
    try:
        claims = jwt.decode(
            token,
            signing_key(),
            algorithms=[_ALGORITHM],
            options={"require": ["sub", "exp", "iat", "tk"]},
        )
        return TokenClaims(user_id=int(claims["sub"]), token_key=str(claims["tk"]))
    except (jwt.PyJWTError, ValueError, TypeError) as error:
        raise NotAuthenticatedError("Invalid or expired token") from error


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
