"""One registry of the engine's memoised steps, so clearing them needs no hand-kept list.

Each step that repeats the same pure work (an athlete's warm-up, a slot's candidates, a dose)
memoises it with `@memoised(maxsize)`. The caches only ever hold pure results, so clearing them
changes speed, never a plan. Their keys are the call's arguments: an `Athlete` hashes and
compares on every field it has, so a cache can never answer for another athlete.
"""

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Protocol, TypeVar

_Function = TypeVar("_Function", bound=Callable[..., Any])


class _Cache(Protocol):
    def cache_clear(self) -> None: ...

    def cache_info(self) -> Any: ...


_REGISTRY: list[_Cache] = []


def memoised(maxsize: int) -> Callable[[_Function], _Function]:
    """An `lru_cache` of `maxsize` entries that `clear_caches` knows about."""

    def wrap(function: _Function) -> _Function:
        cached = lru_cache(maxsize=maxsize)(function)
        _REGISTRY.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear_caches() -> None:
    """Forget every memoised choice and dose (for benchmarks and tests: never needed otherwise)."""
    for cache in _REGISTRY:
        cache.cache_clear()


def registered() -> int:
    """How many caches are registered (the tests check every memoised step is)."""
    return len(_REGISTRY)


def caches() -> tuple[_Cache, ...]:
    """The registered caches, for tests and benchmarks that read their statistics."""
    return tuple(_REGISTRY)
