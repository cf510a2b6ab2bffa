"""What CoachX counts for Prometheus: requests, latency, plans built, LLM calls and fallbacks.

With several workers each process counts on its own; `app.serve` then points
`PROMETHEUS_MULTIPROC_DIR` at a fresh directory for the run before any worker starts, and
`GET /metrics` adds up every worker's files (prometheus_client's multiprocess mode). Labels are
bounded sets (route templates, methods, status codes, sports), never anything a client chose.
"""

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector

MULTIPROCESS_DIR_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"

# `_created` series double the output and nobody graphs them.
disable_created_metrics()  # type: ignore[no-untyped-call]

REQUESTS = Counter(
    "coachx_http_requests_total",
    "HTTP requests answered, by route template, method and status.",
    ["route", "method", "status"],
)
REQUEST_SECONDS = Histogram(
    "coachx_http_request_duration_seconds",
    "Time to answer an HTTP request, to its last byte, by route template.",
    ["route", "method"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
PLANS_BUILT = Counter("coachx_plans_built_total", "Training plans built and stored.", ["sport"])
LLM_SECONDS = Histogram(
    "coachx_llm_request_duration_seconds",
    "Time the language model took to reply, by outcome (ok or failed).",
    ["outcome"],
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
CHAT_FALLBACKS = Counter(
    "coachx_chat_fallbacks_total",
    "Replies the built-in coach wrote because the language model failed.",
)


def exposition() -> tuple[bytes, str]:
    """The current metrics in Prometheus' text format, summed over every worker.

    Returns:
        The body and its content type.
    """
    if os.environ.get(MULTIPROCESS_DIR_VARIABLE):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
