"""One pure-ASGI middleware for what every response needs: ids, security headers, metrics, logs.

Written against ASGI directly rather than Starlette's `BaseHTTPMiddleware`, which costs a task
and a memory stream per request; all four jobs share one pass over the headers.

- **Request id**: a sane incoming `X-Request-ID` (1-128 of `A-Z a-z 0-9 . _ : -`) is kept,
  anything else replaced by a random one; it is sent back and stamped on every log line.
- **Header size**: requests whose headers add up to more than `MAX_REQUEST_HEADER_BYTES` get
  431 before any route runs.
- **Security headers**: a Content-Security-Policy without inline script (the web app's
  JavaScript is a static file; the inline scripts of `/docs` are allowed by their hashes),
  `X-Frame-Options: DENY` and `frame-ancestors 'none'` (no clickjacking), `nosniff`, a strict
  Referrer-Policy, HSTS in production, and `Cache-Control: no-store` on every answer that does
  not set its own, except static files: private pages and authenticated answers are never
  kept by a browser or proxy cache.
- **Metrics and access log**: one line and one sample per request, labelled with the route's
  template (`/api/v1/plans/{plan_id}`), never the path or query string that was asked for.
"""

import base64
import hashlib
import logging
import random
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import metrics
from app.logs import request_id

logger = logging.getLogger("app.access")

Headers = list[tuple[bytes, bytes]]

_SAFE_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:-]{1,128}")
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)
_STATIC_PREFIXES = ("/app/static/", "/static-offline-docs/")
_DOCS_PATHS = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})
_COMMON_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_APP_POLICY = f"{_COMMON_POLICY}; script-src 'self'; style-src 'self'".encode()
_ACCESS = "%s %s %d %.1f ms"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")


def _docs_policy(scripts: Iterable[bytes]) -> bytes:
    """The policy of a documentation page: its own inline scripts by hash, inline styles."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in scripts
    )
    return (
        f"{_COMMON_POLICY}; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "worker-src 'self' blob:"
    ).encode()


def _new_request_id() -> str:
    """A random id for a request: it must be unique, not secret, so no system call is spent."""
    return f"{random.getrandbits(64):016x}"


class ServingMiddleware:
    """Request ids, header cap, security headers, metrics and the access log."""

    def __init__(self, app: ASGIApp, max_header_bytes: int, hsts: bool) -> None:
        """Wrap `app`.

        Args:
            app: The application (or next middleware).
            max_header_bytes: Largest total size of the request's header names and values.
            hsts: Send Strict-Transport-Security (production, served over HTTPS).
        """
        self.app = app
        self.max_header_bytes = max_header_bytes
        self.fixed_headers: Headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"strict-origin-when-cross-origin"),
            *([_HSTS] if hsts else []),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one connection event; only HTTP requests are touched."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        size, incoming = 0, b""
        for name, value in scope["headers"]:
            size += len(name) + len(value)
            if name == b"x-request-id":
                incoming = value
        rid = incoming.decode() if _SAFE_REQUEST_ID.fullmatch(incoming) else _new_request_id()
        reset = request_id.set(rid)
        started = time.perf_counter()
        answer = _Answer(self, scope["path"], rid.encode(), send)
        try:
            if size > self.max_header_bytes:
                await answer.headers_too_large()
            else:
                await self.app(scope, receive, answer.send)
        finally:
            _record(scope, answer.status, time.perf_counter() - started)
            request_id.reset(reset)


class _Answer:
    """The `send` of one request: adds the headers, and holds a docs page to hash its scripts."""

    def __init__(self, owner: ServingMiddleware, path: str, rid: bytes, send: Send) -> None:
        self.owner, self.path, self.rid, self._send = owner, path, rid, send
        self.status = 500
        self._held: Message | None = None
        self._body = b""

    async def send(self, message: Message) -> None:
        """Pass `message` on, completing the response's headers first."""
        if message["type"] == "http.response.start":
            self.status = message["status"]
            message["headers"] = self._complete(list(message.get("headers", [])))
            if self.path in _DOCS_PATHS:
                self._held = message
                return
        elif self._held is not None and message["type"] == "http.response.body":
            self._body += message.get("body", b"")
            if message.get("more_body", False):
                return
            policy = _docs_policy(_INLINE_SCRIPT.findall(self._body))
            self._held["headers"].append((b"content-security-policy", policy))
            await self._send(self._held)
            message = {"type": "http.response.body", "body": self._body}
            self._held = None
        await self._send(message)

    def _complete(self, headers: Headers) -> Headers:
        """The response's headers with the request id and the security headers added."""
        headers.append((b"x-request-id", self.rid))
        headers.extend(self.owner.fixed_headers)
        if self.path not in _DOCS_PATHS:
            headers.append((b"content-security-policy", _APP_POLICY))
        static = self.path.startswith(_STATIC_PREFIXES)
        if not static and not any(name == b"cache-control" for name, _ in headers):
            headers.append((b"cache-control", b"no-store"))
        return headers

    async def headers_too_large(self) -> None:
        """Answer 431 without running the application."""
        body = b'{"detail":"Request headers too large"}'
        await self.send(
            {
                "type": "http.response.start",
                "status": 431,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"38")],
            }
        )
        await self.send({"type": "http.response.body", "body": body})


@lru_cache(maxsize=4096)
def _samples(route: str, method: str, status: int) -> tuple[Any, Any]:
    """The counter and histogram children of one label set, looked up once (bounded cache)."""
    return (
        metrics.REQUESTS.labels(route, method, str(status)),
        metrics.REQUEST_SECONDS.labels(route, method),
    )


def _record(scope: Scope, status: int, seconds: float) -> None:
    """Count the request and write its access-log line, by route template."""
    route = getattr(scope.get("route"), "path", None)
    if route is None:
        route = "static" if scope["path"].startswith(_STATIC_PREFIXES) else "unmatched"
    method = scope["method"] if scope["method"] in _METHODS else "OTHER"
    requests, latency = _samples(route, method, status)
    requests.inc()
    latency.observe(seconds)
    if logger.isEnabledFor(logging.INFO):  # made directly: finding the caller's frame is slow
        args = (method, route, status, seconds * 1000)
        line = logger.makeRecord(logger.name, logging.INFO, __file__, 0, _ACCESS, args, None)
        logger.handle(line)
