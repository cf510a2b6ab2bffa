"""A scripted OpenAI-compatible server on 127.0.0.1, for the ways real servers fail.

Each request to `/v1/chat/completions` takes the next step of the script: `ok`, `500`, `429`,
`junk` (invalid JSON), `empty` (a reply with no text), `hang` (answers only when the test ends),
`cut` (a stream that stops half-way), `stall` (a stream that sends half and then waits until the
test ends), `tool:<name>:<json arguments>` (a call of one of the coach's tools), `badtool` (a
tool call whose arguments are not JSON) or `number` (a reply quoting a week the plan does not
have). When the script runs out it answers `ok`. Every request
body is kept so tests can check what was sent.
"""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

REPLY = "Keep your easy runs easy and sleep well."
NUMBER_REPLY = "You are in week 15 of your plan, so keep going."


class ScriptedServer(ThreadingHTTPServer):
    """The server and its script."""

    daemon_threads = True

    def __init__(self, script: list[str]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self.released = threading.Event()
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def next_step(self, body: dict[str, Any]) -> str:
        with self.lock:
            self.requests.append(body)
            return self.script.pop(0) if self.script else "ok"


def _completion(text: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "scripted",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
    }


def _tool_call(name: str, arguments: str) -> dict[str, Any]:
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
        ],
    }
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "scripted",
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
    }


def _chunk(text: str | None, finish: str | None = None) -> bytes:
    delta = {"content": text} if text is not None else {}
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "scripted",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


class _Handler(BaseHTTPRequestHandler):
    server: ScriptedServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        step = self.server.next_step(body)
        if step == "hang":
            self.server.released.wait(30)
            return
        if step in {"500", "429"}:
            self._send(
                int(step), b'{"error": {"message": "scripted failure"}}', {"retry-after-ms": "1"}
            )
            return
        if step == "junk":
            self._send(200, b"{this is not json", {})
            return
        if step.startswith("tool:") or step == "badtool":
            name, _, arguments = step.removeprefix("tool:").partition(":")
            call = _tool_call("move_session", "{not json") if step == "badtool" else None
            self._send(200, json.dumps(call or _tool_call(name, arguments)).encode(), {})
            return
        if body.get("stream"):
            self._stream(
                cut=step in {"cut", "stall"}, empty=step == "empty", number=step == "number"
            )
            if step == "stall":
                self.server.released.wait(30)
            return
        text = None if step == "empty" else NUMBER_REPLY if step == "number" else REPLY
        self._send(200, json.dumps(_completion(text)).encode(), {})

    def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _stream(self, *, cut: bool, empty: bool, number: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        text = NUMBER_REPLY if number else REPLY
        words = [] if empty else [word + " " for word in text.split()]
        if cut:
            words = words[: len(words) // 2]
        for word in words:
            self.wfile.write(_chunk(word))
            self.wfile.flush()
        if cut:
            return
        self.wfile.write(_chunk(None, finish="stop"))
        self.wfile.write(b"data: [DONE]\n\n")


@contextmanager
def scripted_server(*script: str) -> Iterator[ScriptedServer]:
    """Serve `script` on a free port until the block ends."""
    server = ScriptedServer(list(script))
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.shutdown()
        server.server_close()
