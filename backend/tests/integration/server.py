"""Starting the real CoachX server in a subprocess, as a person would from `backend/`."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx

BACKEND = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def server_env(workdir: Path, port: int, **extra: str) -> dict[str, str]:
    """The environment for a server of its own: fresh database unless told otherwise."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
    env.update(
        {
            "PYTHONPATH": str(BACKEND),
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "DEBUG": "false",
            "SECRET_KEY_FILE": str(workdir / ".secret"),
        }
    )
    env.update(extra)
    return env


@contextmanager
def running_server(workdir: Path, **extra: str) -> Iterator[str]:
    """Run `python -m app.main` in `workdir` until the block ends; yield its base URL.

    The wait for start-up is bounded (60 s) and polls `/health`; it measures nothing.
    """
    with server_process(workdir, **extra) as server:
        yield server.base


@dataclass
class Server:
    """A server started by a test: its URL, its process and the file its output goes to."""

    base: str
    process: "subprocess.Popen[bytes]"
    log: Path

    def output(self) -> str:
        """Everything the server wrote so far."""
        return self.log.read_text(errors="replace")


@contextmanager
def server_process(
    workdir: Path, command: tuple[str, ...] = ("-m", "app.main"), **extra: str
) -> Iterator[Server]:
    """Like `running_server`, also yielding the process and its output (to read or signal).

    The output goes to a file, not a pipe: a pipe nobody reads fills up and stalls the server.
    """
    port = free_port()
    log = workdir / f"server-{port}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            [sys.executable, *command],
            cwd=workdir,
            env=server_env(workdir, port, **extra),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{server.output()}")
            try:
                if httpx.get(f"{server.base}/health", timeout=0.5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("server did not become healthy within 60 s")
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=35)
