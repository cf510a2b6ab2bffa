"""The OpenAI-compatible client against a real scripted HTTP server on 127.0.0.1."""

import pytest

from app.llm.client import LLMClient, LLMConfig, LLMError, Turn
from tests.llm.fake_openai import REPLY, scripted_server

TURNS = [Turn("system", "You are a coach."), Turn("user", "How should I run?")]


def client_for(base_url: str, timeout_s: float = 5.0) -> LLMClient:
    return LLMClient(
        LLMConfig(
            base_url=base_url, api_key=None, model="scripted", timeout_s=timeout_s, max_retries=2
        )
    )


def test_complete_returns_the_reply_and_sends_the_turns() -> None:
    with scripted_server("ok") as server:
        assert client_for(server.base_url).complete(TURNS) == REPLY
    (request,) = server.requests
    assert request["model"] == "scripted"
    assert request["messages"] == [
        {"role": "system", "content": "You are a coach."},
        {"role": "user", "content": "How should I run?"},
    ]


def test_stream_yields_the_reply_in_pieces() -> None:
    with scripted_server("ok") as server:
        pieces = list(client_for(server.base_url).stream(TURNS))
    assert len(pieces) > 1
    assert "".join(pieces).strip() == REPLY
    assert server.requests[0]["stream"] is True


@pytest.mark.parametrize("failure", ["500", "429"])
def test_transient_failures_are_retried(failure: str) -> None:
    with scripted_server(failure, "ok") as server:
        assert client_for(server.base_url).complete(TURNS) == REPLY
    assert len(server.requests) == 2


def test_retries_are_bounded() -> None:
    with (
        scripted_server("500", "500", "500", "500") as server,
        pytest.raises(LLMError, match="500"),
    ):
        client_for(server.base_url).complete(TURNS)
    assert len(server.requests) == 3


@pytest.mark.parametrize("step", ["junk", "empty"])
def test_unusable_answers_are_errors(step: str) -> None:
    with scripted_server(step) as server, pytest.raises(LLMError):
        client_for(server.base_url).complete(TURNS)


@pytest.mark.parametrize("step", ["cut", "empty", "500", "junk"])
def test_broken_streams_are_errors(step: str) -> None:
    with scripted_server(step, step, step) as server, pytest.raises(LLMError):
        list(client_for(server.base_url).stream(TURNS))


def test_a_hanging_server_times_out() -> None:
    with (
        scripted_server("hang", "hang", "hang") as server,
        pytest.raises(LLMError, match="Timeout"),
    ):
        client_for(server.base_url, timeout_s=0.3).complete(TURNS)


def test_an_unreachable_server_is_an_error() -> None:
    with pytest.raises(LLMError, match="Connection"):
        client_for("http://127.0.0.1:9/v1").complete(TURNS)
