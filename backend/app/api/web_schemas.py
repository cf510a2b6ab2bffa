"""What the web pages' JSON endpoints accept and return."""

from pydantic import BaseModel, ConfigDict, Field

from app.api.account_schemas import UserOut


class LoginBody(BaseModel):
    """Email and password typed into the log-in page."""

    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=1, max_length=254)
    password: str = Field(min_length=1, max_length=1024)


class BrowserSession(BaseModel):
    """Who is signed in, and the CSRF token the page must send back."""

    user: UserOut
    csrf_token: str
