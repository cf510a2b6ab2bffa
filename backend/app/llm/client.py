"""An OpenAI-compatible chat client (OpenAI, Ollama, vLLM, llama.cpp server, Gemini...).

It uses the official `openai` SDK, whose client already retries connection errors, 408, 409,
429 and 5xx answers with exponential back-off; CoachX bounds those retries and the time a reply
may take, and treats an empty or malformed answer as a failure like any other.
"""

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import openai
from openai.types.chat import ChatCompletionMessageParam

logger = logging.getLogger(__name__)

Role = Literal["system", "user", "assistant"]


class LLMError(Exception):
    """The model gave no usable reply: error status, timeout, junk, or a stream cut short."""


@dataclass(frozen=True)
class Turn:
    """One message of the conversation sent to the model."""

    role: Role
    content: str


@dataclass(frozen=True)
class ToolCall:
    """A function the model asked to call: its call id, name and raw JSON arguments."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class ToolAnswer:
    """One model turn when tools are offered: text, tool calls, or both."""

    text: str
    calls: tuple[ToolCall, ...]


@dataclass(frozen=True)
class LLMConfig:
    """Where the model lives and how long to wait for it."""

    base_url: str | None
    api_key: str | None
    model: str
    timeout_s: float
    max_retries: int = 2
    max_tokens: int = 600


class LLMClient:
    """Chat completions, whole or streamed, from one OpenAI-compatible endpoint."""

    def __init__(self, config: LLMConfig) -> None:
        """Prepare the SDK client; nothing is sent until the first reply is asked for.

        Args:
            config: Endpoint, model, timeout and retry bound.
        """
        self.config = config
        self._client = openai.OpenAI(
            base_url=config.base_url,
            # Local servers (llama.cpp, Ollama) need no key, but the SDK insists on one.
            api_key=config.api_key or "no-key-needed",
            timeout=config.timeout_s,
            max_retries=config.max_retries,
        )

    def complete(self, turns: Sequence[Turn]) -> str:
        """The model's whole reply to `turns`.

        Raises:
            LLMError: On any failure, including an empty or malformed answer.
        """
        try:
            response = self._client.chat.completions.create(
                model=self.config.model,
                messages=_as_messages(turns),
                max_tokens=self.config.max_tokens,
            )
            text = response.choices[0].message.content if response.choices else None
        except (openai.OpenAIError, ValueError, AttributeError, IndexError) as error:
            raise LLMError(_describe(error)) from error
        if not text or not text.strip():
            raise LLMError("the model returned an empty reply")
        return _printable(text).strip()

    def complete_tools(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]
    ) -> ToolAnswer:
        """One model turn with `tools` offered (OpenAI function calling).

        Args:
            messages: The conversation so far as the API's message dictionaries, tool calls
                and tool results included.
            tools: The function definitions the model may call.

        Raises:
            LLMError: On any failure, or a turn with neither text nor a tool call.
        """
        try:
            response = self._client.chat.completions.create(
                model=self.config.model,
                messages=messages,  # type: ignore[arg-type]
                tools=tools,  # type: ignore[arg-type]
                max_tokens=self.config.max_tokens,
            )
            message = response.choices[0].message
            calls = tuple(
                ToolCall(call.id, call.function.name, call.function.arguments or "")
                for call in message.tool_calls or ()
                if call.type == "function"
            )
        except (openai.OpenAIError, ValueError, AttributeError, IndexError) as error:
            raise LLMError(_describe(error)) from error
        text = _printable(message.content or "").strip()
        if not text and not calls:
            raise LLMError("the model returned neither text nor a tool call")
        return ToolAnswer(text, calls)

    def stream(self, turns: Sequence[Turn]) -> Iterator[str]:
        """The model's reply to `turns`, piece by piece as it is written.

        Raises:
            LLMError: On any failure, also mid-stream; a stream that ends without a finish
                reason or without any text counts as cut short.
        """
        produced = False
        finished = False
        try:
            chunks = self._client.chat.completions.create(
                model=self.config.model,
                messages=_as_messages(turns),
                max_tokens=self.config.max_tokens,
                stream=True,
            )
            for chunk in chunks:
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                finished = finished or choice.finish_reason is not None
                if choice.delta.content:
                    produced = True
                    yield _printable(choice.delta.content)
        except (openai.OpenAIError, ValueError, AttributeError) as error:
            raise LLMError(_describe(error)) from error
        if not produced or not finished:
            raise LLMError("the stream ended before the reply was complete")


def _printable(text: str) -> str:
    """Model text without NUL characters, which databases (PostgreSQL) cannot store."""
    return text.replace("\x00", "")


def _as_messages(turns: Sequence[Turn]) -> list[ChatCompletionMessageParam]:
    """The SDK's message dictionaries for `turns`."""
    return [{"role": turn.role, "content": turn.content} for turn in turns]  # type: ignore[misc]


def _describe(error: BaseException) -> str:
    """A short, log-safe description of a failure: its kind and status, never the prompt."""
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__}" + (f" (HTTP {status})" if status else "")
