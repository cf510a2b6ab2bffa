"""The web app's templates and static files (served under /app by `app.api.web`)."""

from pathlib import Path

WEB_DIR = Path(__file__).parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
