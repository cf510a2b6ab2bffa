"""Request and response bodies of onboarding, login and the own profile."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, model_validator

from app.accounts.profile import (
    Age,
    BodyWeight,
    DaysPerWeek,
    ExperienceLevel,
    Goals,
    Level,
    Limitations,
    PersonName,
    Sport,
    SportName,
    TimeZoneName,
    TrainingDays,
    Weekday,
)

Password = str
_FORBID = ConfigDict(extra="forbid")
_CLEARABLE = frozenset({"goals", "body_weight_kg", "limitations"})


class Onboarding(BaseModel):
    """Who a person is, and the email and password they will sign in with."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Alex",
                    "age": 29,
                    "sport": "running",
                    "experience_level": "beginner",
                    "days_per_week": 3,
                    "goals": "Run my first 10k in spring",
                    "email": "alex@example.com",
                    "password": "a long passphrase",
                }
            ]
        },
    )

    name: PersonName
    age: Age
    sport: SportName
    experience_level: Level
    days_per_week: DaysPerWeek
    goals: Goals = None
    body_weight_kg: BodyWeight = None
    limitations: Limitations = None
    timezone: TimeZoneName = "UTC"
    training_days: TrainingDays | None = None
    email: EmailStr = Field(max_length=254)
    password: Password = Field(min_length=8, max_length=1024, description="At least 8 characters")

    @model_validator(mode="after")
    def _one_training_day_per_session(self) -> "Onboarding":
        """Training days, when given, name exactly `days_per_week` days."""
        if self.training_days is not None and len(self.training_days) != self.days_per_week:
            raise ValueError("training_days must name exactly days_per_week days")
        return self


class ProfileUpdate(BaseModel):
    """Any subset of the profile; fields left out stay as they are."""

    model_config = _FORBID

    name: PersonName | None = None
    age: Age | None = None
    sport: SportName | None = None
    experience_level: Level | None = None
    days_per_week: DaysPerWeek | None = None
    goals: Goals = None
    body_weight_kg: BodyWeight = None
    limitations: Limitations = None
    timezone: TimeZoneName | None = None
    training_days: TrainingDays | None = None

    @model_validator(mode="after")
    def _required_fields_stay_set(self) -> "ProfileUpdate":
        """Only the optional fields may be cleared with null; the rest is always there."""
        cleared = sorted(f for f in self.model_fields_set - _CLEARABLE if getattr(self, f) is None)
        if cleared:
            raise ValueError(f"{', '.join(cleared)} cannot be null")
        return self


class UserOut(BaseModel):
    """A person's profile as the API shows it to that person."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    age: int
    sport: Sport
    experience_level: ExperienceLevel
    days_per_week: int
    goals: str | None
    body_weight_kg: float | None = None
    limitations: str | None = None
    timezone: str
    training_days: list[Weekday]
    email: str
    created_at: datetime
    updated_at: datetime


class Token(BaseModel):
    """An access token for the `Authorization: Bearer` header."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret


class OnboardingResult(Token):
    """The new person's profile and their first access token."""

    user: UserOut
