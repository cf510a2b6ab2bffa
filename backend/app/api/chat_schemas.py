"""Request and response bodies of the chat."""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from app.text import refuse_control_characters

MessageText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
    AfterValidator(refuse_control_characters),
]


class NewMessage(BaseModel):
    """What the person says to the coach: 1 to 4,000 characters once trimmed."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"message": "What's my workout on day 1 of week 2?"}]},
    )

    message: MessageText = Field(strict=True)


class SourceOut(BaseModel):
    """A knowledge passage a reply drew on (`id` is the passage's chunk id)."""

    model_config = ConfigDict(from_attributes=True)

    id: str = Field(validation_alias=AliasChoices("id", "chunk_id"))
    title: str
    section: str
    sport: str
    source: str


class ChatMessageOut(BaseModel):
    """One stored message of the conversation; a coach reply lists the passages it cited."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    role: Literal["user", "assistant"]
    message: str
    created_at: datetime
    sources: list[SourceOut] = []


class ChatReply(BaseModel):
    """The coach's stored reply and the passages it cites."""

    reply: ChatMessageOut
    sources: list[SourceOut]


class HistoryPage(BaseModel):
    """A page of the conversation, oldest to newest; `next_before` fetches the older page."""

    messages: list[ChatMessageOut]
    next_before: int | None
