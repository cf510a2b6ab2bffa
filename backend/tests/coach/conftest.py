"""Fixtures for the chat tests that put a scripted OpenAI-compatible model behind the coach."""

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest
from fastapi.testclient import TestClient

from app.api.chat import get_llm
from app.llm.client import LLMClient, LLMConfig
from app.main import app
from tests.llm.fake_openai import ScriptedServer, scripted_server


@pytest.fixture
def use_model(client: TestClient) -> Iterator[Callable[..., ScriptedServer]]:
    """Point the chat at a scripted server; yield a function that starts it with a script."""
    with ExitStack() as stack:

        def start(*script: str) -> ScriptedServer:
            server = stack.enter_context(scripted_server(*script))
            llm = LLMClient(
                LLMConfig(
                    base_url=server.base_url,
                    api_key="test-key",
                    model="scripted",
                    timeout_s=0.5,
                    max_retries=1,
                )
            )
            app.dependency_overrides[get_llm] = lambda: llm
            return server

        yield start
