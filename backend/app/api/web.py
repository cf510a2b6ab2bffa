"""The web app at /app: server-rendered pages and the browser's session endpoints.

Pages are Jinja2 templates with small hand-written JavaScript that calls the JSON API. A browser
session is an HttpOnly, SameSite=Lax cookie holding the access token (never `localStorage`);
the page receives the session's CSRF token in a `<meta>` tag and sends it back on every request
that changes anything (see `app.api.deps`).
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from app.accounts import service as accounts
from app.accounts import tokens
from app.accounts.errors import AccountError
from app.api.account_schemas import Onboarding
from app.api.accounts import user_out
from app.api.deps import (
    SESSION_COOKIE,
    ClientAddress,
    LoginThrottleDep,
    SessionDep,
    SignupLimiterDep,
)
from app.api.web_schemas import BrowserSession, LoginBody
from app.config import Environment, settings
from app.database.models import User
from app.database.types import utcnow
from app.logbook import calendar, progress
from app.web import STATIC_DIR, TEMPLATES_DIR, charts

router = APIRouter(prefix="/app", include_in_schema=False)
templates = Jinja2Templates(directory=TEMPLATES_DIR)
static_files = StaticFiles(directory=STATIC_DIR)

PRIVATE_PAGES = {
    "today": "Today",
    "log": "Training log",
    "progress": "Progress",
    "plan": "Your plan",
    "coach": "Coach",
    "profile": "Profile",
}
PUBLIC_PAGES = {"login": "Log in", "signup": "Sign up"}


def _start_session(response: Response, user: User, token: str) -> BrowserSession:
    """Set the session cookie and hand the page its CSRF token."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.ACCESS_TOKEN_EXPIRE_MINUTES * 60,
        httponly=True,
        samesite="lax",
        secure=settings.ENVIRONMENT is Environment.PRODUCTION,
        path="/",
    )
    return BrowserSession(user=user_out(user), csrf_token=tokens.csrf_token_for(token))


@router.post("/session/signup", status_code=status.HTTP_201_CREATED)
def sign_up(
    body: Onboarding,
    db: SessionDep,
    response: Response,
    limiter: SignupLimiterDep,
    client: ClientAddress,
) -> BrowserSession:
    """Onboard from the sign-up page and sign the browser in."""
    limiter.hit(client)
    profile = body.model_dump(exclude={"email", "password"})
    user, token = accounts.onboard(db, profile, body.email, body.password)
    db.commit()
    return _start_session(response, user, token)


@router.post("/session/login")
def log_in(
    body: LoginBody,
    db: SessionDep,
    throttle: LoginThrottleDep,
    response: Response,
    client: ClientAddress,
) -> BrowserSession:
    """Sign the browser in with email and password."""
    token = accounts.log_in(db, throttle, body.email, body.password, client)
    db.commit()
    user = accounts.user_for_token(db, token)
    return _start_session(response, user, token)


@router.post("/session/logout", status_code=status.HTTP_204_NO_CONTENT)
def log_out(request: Request, db: SessionDep) -> Response:
    """End the browser session on the server, and clear the cookie whatever its state.

    Logging out needs no CSRF token: the worst a cross-site page can do with it is sign the
    person out.
    """
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        accounts.log_out(db, cookie)
        db.commit()
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
    return response


def _signed_in(request: Request, db: SessionDep) -> tuple[User, str] | None:
    """The person and their session token, if the browser holds a valid session."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        return accounts.user_for_token(db, token), token
    except AccountError:
        return None


SignedIn = Annotated[tuple[User, str] | None, Depends(_signed_in)]


def _page(
    request: Request, page: str, title: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render one page of the app."""
    return templates.TemplateResponse(
        request,
        f"{page}.html",
        {"page": page, "title": title, **context},
        status_code=status_code,
    )


@router.get("", response_class=HTMLResponse)
def home(signed_in: SignedIn) -> RedirectResponse:
    """Send people to today's training, or to the log-in page."""
    return RedirectResponse("/app/today" if signed_in else "/app/login", status_code=303)


@router.get("/{page}", response_class=HTMLResponse, response_model=None)
def show_page(page: str, request: Request, signed_in: SignedIn, db: SessionDep) -> Response:
    """A page of the app; private pages need a session and say so when it has expired."""
    if page in PUBLIC_PAGES:
        if signed_in:
            return RedirectResponse("/app/today", status_code=303)
        return _page(request, page, PUBLIC_PAGES[page], {"user": None, "csrf_token": ""})
    if page not in PRIVATE_PAGES:
        return _page(request, "not_found", "Not found", {"user": None, "csrf_token": ""}, 404)
    if signed_in is None:
        expired = "?expired=1" if request.cookies.get(SESSION_COOKIE) else ""
        return RedirectResponse(f"/app/login{expired}", status_code=303)
    user, token = signed_in
    extra = _progress_context(db, user) if page == "progress" else {}
    return _page(
        request,
        page,
        PRIVATE_PAGES[page],
        {"user": user_out(user), "csrf_token": tokens.csrf_token_for(token), **extra},
    )


def _progress_context(db: SessionDep, user: User) -> dict[str, Any]:
    """The progress page's numbers and charts, drawn on the server."""
    now = utcnow()
    today = calendar.local_today(user, now)
    summary = progress.progress_for(db, user, today)
    days = calendar.days_between(db, user, charts.adherence_window(today), now)
    return {"progress": summary, "charts": charts.charts_for(summary, days, today)}
