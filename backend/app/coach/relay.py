"""Running a reply on its own thread and relaying its events to an async response.

The reply is written (and stored) on a worker thread that does not depend on the HTTP
connection: if the client goes away, the relay tells the writer to stop, and the writer still
stores what it has. The event loop is never blocked by database work or a slow model.
"""

import math
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeVar

import anyio
from anyio import from_thread
from anyio.lowlevel import current_token

T = TypeVar("T")

Producer = Callable[[Callable[[], bool]], Iterator[T]]
"""Makes the events; it is given a `cancelled()` check to consult between events."""


class _End:
    """Marks the end of the events."""


async def relay(produce: Producer[T]) -> AsyncIterator[T]:
    """Yield the events `produce` makes on a worker thread, as they come.

    Args:
        produce: The event maker; runs to completion on its own thread.

    Yields:
        Each event, in order. Closing this iterator early cancels the producer politely.
    """
    send, receive = anyio.create_memory_object_stream[T | _End](max_buffer_size=math.inf)
    token = current_token()
    stop = threading.Event()

    def deliver(item: T | _End) -> None:
        if stop.is_set():
            return
        try:
            from_thread.run_sync(send.send_nowait, item, token=token)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, RuntimeError):
            stop.set()

    def work() -> None:
        try:
            for item in produce(stop.is_set):
                deliver(item)
        finally:
            deliver(_End())

    threading.Thread(target=work, name="coach-reply", daemon=True).start()
    try:
        async with receive:
            async for item in receive:
                if isinstance(item, _End):
                    return
                yield item
    finally:
        stop.set()
