"""A mixed CoachX workload for locust: each simulated person signs up, then uses the app.

Weights follow what a person does most: read their plan and profile, ask the coach, search,
now and then build a new plan. Run through `bench/bench_load.py`, which starts the servers.
"""

import itertools
import time
import uuid

from locust import HttpUser, between, task

_numbers = itertools.count()


class Athlete(HttpUser):
    """One person using CoachX through the JSON API."""

    wait_time = between(0.05, 0.2)

    def on_start(self) -> None:
        """Sign up with a fresh email, keep the token and build a first plan."""
        email = f"load-{uuid.uuid4().hex[:12]}-{next(_numbers)}@example.com"
        body = {
            "name": "Load Test",
            "age": 30,
            "sport": "running",
            "experience_level": "intermediate",
            "days_per_week": 4,
            "goals": "run a half marathon",
            "email": email,
            "password": "load-test-password",
        }
        token = self._sign_up(body)
        self.client.headers["Authorization"] = f"Bearer {token}"
        self.plan_id = self.client.post("/api/v1/plans", json={"duration_weeks": 8}).json()["id"]

    def _sign_up(self, body: dict[str, object]) -> str:
        """Sign up, waiting and retrying when the server says it is busy (503, Retry-After).

        Password hashing is bounded per process, so a burst of sign-ups is partly answered
        503; a well-behaved client waits as told. Those answers are counted under their own
        name, as successes of the protocol, not hidden.
        """
        for _ in range(30):
            with self.client.post(
                "/api/v1/users", json=body, name="POST /api/v1/users", catch_response=True
            ) as answer:
                if answer.status_code != 503:
                    return str(answer.json()["access_token"])
                answer.success()
                answer.request_meta["name"] = "POST /api/v1/users (503, retried)"
            time.sleep(float(answer.headers.get("Retry-After", "1")))
        raise RuntimeError("sign-up stayed busy")

    @task(5)
    def read_plan(self) -> None:
        """Open the current plan."""
        self.client.get(f"/api/v1/plans/{self.plan_id}", name="GET /api/v1/plans/{id}")

    @task(3)
    def read_profile(self) -> None:
        """Open the profile."""
        self.client.get("/api/v1/me")

    @task(3)
    def ask_the_coach(self) -> None:
        """Ask the built-in coach a question (stored with its reply)."""
        self.client.post("/api/v1/chat/messages", json={"message": "how should I warm up?"})

    @task(2)
    def read_history(self) -> None:
        """Read the conversation."""
        self.client.get("/api/v1/chat/messages?limit=20", name="GET /api/v1/chat/messages")

    @task(2)
    def search(self) -> None:
        """Search the knowledge base."""
        self.client.get("/api/v1/knowledge/search?q=tempo+run+pace", name="GET /knowledge/search")

    @task(1)
    def new_plan(self) -> None:
        """Build a new 4-week plan."""
        self.client.post("/api/v1/plans", json={"duration_weeks": 4})

    @task(1)
    def health(self) -> None:
        """What a load balancer asks."""
        self.client.get("/health")
