"""What the health routes return."""

from typing import Literal

from pydantic import BaseModel


class Health(BaseModel):
    """The process is up and answering."""

    status: Literal["healthy"] = "healthy"


class Readiness(BaseModel):
    """Whether the server can do real work: here, whether the database answers."""

    status: Literal["ready", "unavailable"]
    database: Literal["ok", "unreachable"]


class Welcome(BaseModel):
    """The seed's welcome document at `/`."""

    message: str
    version: str
    docs: str
