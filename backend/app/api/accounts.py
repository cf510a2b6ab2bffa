"""Onboarding, login and the own profile: `/api/v1/users`, `/auth/token`, `/me`."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, status
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordRequestForm

from app.accounts import service as accounts
from app.accounts import takeout
from app.api.account_schemas import Onboarding, OnboardingResult, ProfileUpdate, Token, UserOut
from app.api.deps import (
    ClientAddress,
    CurrentUser,
    LoginThrottleDep,
    SessionDep,
    SignupLimiterDep,
    bearer_token,
)
from app.database.models import User

router = APIRouter(prefix="/api/v1", tags=["accounts"])

_UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"}
}


def user_out(user: User) -> UserOut:
    """The API's view of a person, email included."""
    assert user.credentials is not None  # noqa: S101 - every account has credentials
    return UserOut.model_validate(
        {
            **{c: getattr(user, c) for c in UserOut.model_fields if c != "email"},
            "email": user.credentials.email,
            "training_days": accounts.training_days_of(user),
        }
    )


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    responses={
        409: {"description": "The email is already registered"},
        429: {"description": "Too many sign-ups from this address"},
    },
)
def onboard(
    body: Onboarding, db: SessionDep, limiter: SignupLimiterDep, client: ClientAddress
) -> OnboardingResult:
    """Create an account with its training profile, and sign the person in."""
    limiter.hit(client)
    profile = body.model_dump(exclude={"email", "password"})
    user, token = accounts.onboard(db, profile, body.email, body.password)
    db.commit()
    return OnboardingResult(user=user_out(user), access_token=token)


@router.post(
    "/auth/token",
    responses={
        401: {"description": "Wrong email or password"},
        429: {"description": "Too many failed logins"},
        503: {"description": "Too many logins at once; see Retry-After"},
    },
)
def log_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: SessionDep,
    throttle: LoginThrottleDep,
    client: ClientAddress,
) -> Token:
    """Exchange email (as `username`) and password for a bearer token (OAuth2 password flow)."""
    token = accounts.log_in(db, throttle, form.username, form.password, client)
    db.commit()
    return Token(access_token=token)


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
def log_out(db: SessionDep, token: Annotated[str | None, Depends(bearer_token)]) -> Response:
    """End the session of the bearer token on the server; other devices stay signed in."""
    if token:
        accounts.log_out(db, token)
        db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", responses=_UNAUTHORIZED)
def read_me(user: CurrentUser) -> UserOut:
    """The signed-in person's profile."""
    return user_out(user)


@router.patch("/me", responses=_UNAUTHORIZED)
def update_me(body: ProfileUpdate, user: CurrentUser, db: SessionDep) -> UserOut:
    """Change any part of the profile; fields left out stay as they are."""
    changes = body.model_dump(exclude_unset=True)
    accounts.update_profile(db, user, changes)
    db.commit()
    return user_out(user)


@router.get(
    "/me/export",
    responses={**_UNAUTHORIZED, 200: {"description": "Every table of the person's data"}},
)
def export_me(user: CurrentUser, db: SessionDep) -> JSONResponse:
    """Everything of the person's as one JSON document: profile, plans, chat, logs and more."""
    tables = takeout.everything_of(db, user)
    return JSONResponse(
        jsonable_encoder({"profile": user_out(user), "tables": tables}),
        headers={"Content-Disposition": 'attachment; filename="coachx-export.json"'},
    )


@router.delete("/me", status_code=status.HTTP_204_NO_CONTENT, responses=_UNAUTHORIZED)
def delete_me(user: CurrentUser, db: SessionDep) -> Response:
    """Delete the account with everything of theirs: profile, credentials, plans, messages."""
    accounts.delete_account(db, user)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
