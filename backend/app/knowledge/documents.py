"""The knowledge documents on disk and the chunks retrieval ranks.

A document is a Markdown file in `documents/` whose name (without `.md`) is its id: YAML front
matter (`title`, `sport`, `tags`, `sources`), one `#` title, then `##` sections. Each section is
one chunk, because a section answers one question and fits the embedding model's window; the
text before the first `##` (the document's summary) becomes a chunk of its own, named after
the document, because it is often the best match for a broad question. Every chunk keeps its
document's title and sport so that a passage makes sense alone.

Reading is split in two on purpose: `scan_documents` only reads bytes and hashes them, which is
all the start-up check needs; parsing and chunking happen only for documents that changed.
"""

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from app.training.contract.vocabulary import KnowledgeSport

DOCUMENTS_DIR = Path(__file__).resolve().parent / "documents"
SPORTS = frozenset(get_args(KnowledgeSport))
# Part of every content hash: bump it when chunking changes, and every document is re-indexed.
CHUNKER_VERSION = "1"
MAX_HEADING = 200  # the title and section columns' length

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
_FRONT_MATTER = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n(.*)\Z", re.DOTALL)
_FENCE = re.compile(r"^\s*(```|~~~)")


class DocumentError(ValueError):
    """A knowledge document cannot be read: bad front matter, title or sport."""


@dataclass(frozen=True, slots=True)
class DocumentFile:
    """A document as found on disk: its id, path and the hash of its exact bytes."""

    id: str
    path: Path
    content_hash: str


@dataclass(frozen=True, slots=True)
class Chunk:
    """One retrievable passage: a section of a document with its document's context."""

    id: str
    document_id: str
    position: int
    sport: str
    title: str
    section: str
    text: str
    keywords: str
    source: str
    content_hash: str


def embedding_text(title: str, section: str, text: str) -> str:
    """What the embedding model reads: title and section give a short passage its topic."""
    return f"{title} — {section}\n{text}"


def content_hash(raw: bytes) -> str:
    """The hash that decides whether a document must be re-indexed.

    Args:
        raw: The file's exact bytes.

    Returns:
        The sha256 hex digest of the chunker version and the bytes.
    """
    return hashlib.sha256(CHUNKER_VERSION.encode() + b"\n" + raw).hexdigest()


def scan_documents(directory: Path = DOCUMENTS_DIR) -> dict[str, DocumentFile]:
    """Find every document and hash it, without parsing anything.

    Args:
        directory: Where the `*.md` files live.

    Returns:
        The documents by id.

    Raises:
        DocumentError: When a file name is not a valid document id.
    """
    found: dict[str, DocumentFile] = {}
    for path in sorted(directory.glob("*.md")):
        if not _ID.fullmatch(path.stem):
            raise DocumentError(f"{path.name}: the file name must be lowercase letters, digits, -")
        found[path.stem] = DocumentFile(path.stem, path, content_hash(path.read_bytes()))
    return found


def slugify(text: str) -> str:
    """A lowercase, hyphenated form of a section title for stable chunk ids."""
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-_")
    return slug[:80] or "section"


def _front_matter(name: str, text: str) -> tuple[dict[str, Any], str]:
    """Split a document into its parsed front matter and its Markdown body."""
    import yaml  # here, not at the top: an unchanged corpus is never parsed at start-up

    match = _FRONT_MATTER.match(text)
    if match is None:
        raise DocumentError(f"{name}: missing YAML front matter between '---' lines")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when it is built in
    try:
        meta = yaml.load(match.group(1), Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        raise DocumentError(f"{name}: front matter is not valid YAML ({error})") from error
    if not isinstance(meta, dict):
        raise DocumentError(f"{name}: front matter must be a mapping")
    return meta, match.group(2)


def _strings(name: str, meta: dict[str, Any], key: str) -> list[str]:
    """A front matter list of strings (tags, sources); absent means empty."""
    value = meta.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DocumentError(f"{name}: '{key}' must be a list of strings")
    return [item.strip() for item in value if item.strip()]


def _sections(body: str) -> Iterator[tuple[str, str]]:
    """Yield `(heading, text)` pairs: the `#` title's intro first, then each `##` section.

    Headings inside fenced code blocks are text, not structure.
    """
    heading, fenced = "", False
    lines: list[str] = []
    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        is_title = not fenced and line.startswith("# ")
        if not fenced and (is_title or line.startswith("## ")):
            yield heading, "\n".join(lines).strip()
            heading, lines = ("" if is_title else line[3:].strip()), []
            continue
        lines.append(line)
    yield heading, "\n".join(lines).strip()


def parse_document(file: DocumentFile) -> list[Chunk]:
    """Read a document and cut it into chunks.

    Args:
        file: The document found by `scan_documents`.

    Returns:
        Its chunks in document order, each with a stable id `<document-id>#<section-slug>`.

    Raises:
        DocumentError: When the front matter, title or sport is missing or invalid.
    """
    meta, body = _front_matter(file.path.name, file.path.read_text(encoding="utf-8"))
    title, sport = meta.get("title"), str(meta.get("sport", "")).strip().lower()
    if not isinstance(title, str) or not 0 < len(title.strip()) <= MAX_HEADING:
        raise DocumentError(f"{file.path.name}: 'title' is missing or over {MAX_HEADING} chars")
    if sport not in SPORTS:
        raise DocumentError(f"{file.path.name}: 'sport' must be one of {sorted(SPORTS)}")
    keywords = " ".join(_strings(file.path.name, meta, "tags"))
    source = "; ".join(_strings(file.path.name, meta, "sources")) or file.id
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for heading, text in _sections(body):
        if not text:
            continue
        section = heading or title.strip()
        if len(section) > MAX_HEADING:
            raise DocumentError(f"{file.path.name}: a heading is over {MAX_HEADING} characters")
        slug = slugify(heading) if heading else "overview"
        chunk_id, n = f"{file.id}#{slug}", 2
        while chunk_id in seen:
            chunk_id, n = f"{file.id}#{slug}-{n}", n + 1
        seen.add(chunk_id)
        chunks.append(
            Chunk(
                chunk_id,
                file.id,
                len(chunks),
                sport,
                title.strip(),
                section,
                text,
                keywords,
                source,
                file.content_hash,
            )
        )
    return chunks
