"""Reading the documents and cutting them into chunks."""

from pathlib import Path

import pytest

from app.knowledge import documents
from app.knowledge.documents import (
    DocumentError,
    DocumentFile,
    content_hash,
    parse_document,
    scan_documents,
    slugify,
)
from tests.knowledge.fixtures import write_document


def _file(path: Path) -> DocumentFile:
    return DocumentFile(path.stem, path, content_hash(path.read_bytes()))


def test_every_shipped_document_parses_into_titled_chunks() -> None:
    files = scan_documents()
    assert len(files) >= 60
    for file in files.values():
        chunks = parse_document(file)
        assert len(chunks) >= 2, file.id
        assert len({c.id for c in chunks}) == len(chunks)
        assert all(c.id.startswith(f"{file.id}#") for c in chunks)
        assert all(c.title and c.section and c.text and c.source for c in chunks)
        assert {c.sport for c in chunks} <= documents.SPORTS
        assert [c.position for c in chunks] == list(range(len(chunks)))


def test_chunks_keep_the_document_title_and_their_section_title(tmp_path: Path) -> None:
    path = write_document(
        tmp_path,
        "squat-depth",
        {"How Deep": "Hips below knees.", "Common Faults": "Knees caving in."},
        title="Squat Depth",
        sport="gym",
        intro="Depth depends on mobility.",
    )
    chunks = parse_document(_file(path))
    assert [(c.id, c.section, c.text) for c in chunks] == [
        ("squat-depth#overview", "Squat Depth", "Depth depends on mobility."),
        ("squat-depth#how-deep", "How Deep", "Hips below knees."),
        ("squat-depth#common-faults", "Common Faults", "Knees caving in."),
    ]
    assert {(c.title, c.sport, c.document_id, c.source) for c in chunks} == {
        ("Squat Depth", "gym", "squat-depth", "A source")
    }


def test_repeated_headings_get_distinct_ids_and_fenced_headings_are_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "---\ntitle: Notes\nsport: general\n---\n# Notes\n\n## Tips\none\n\n## Tips\ntwo\n"
        "```\n## not a heading\n```\n",
        encoding="utf-8",
    )
    chunks = parse_document(_file(path))
    assert [c.id for c in chunks] == ["notes#tips", "notes#tips-2"]
    assert "## not a heading" in chunks[1].text
    assert chunks[0].source == "notes"  # no sources: the document itself is the source


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# No front matter\n\n## A\ntext\n", "front matter"),
        ("---\ntitle: [unclosed\n---\n# T\n", "not valid YAML"),
        ("---\n- a list\n---\n# T\n", "mapping"),
        ("---\nsport: gym\n---\n# T\n", "'title'"),
        ("---\ntitle: T\nsport: chess\n---\n# T\n", "'sport'"),
        ("---\ntitle: T\nsport: gym\ntags: gassed\n---\n# T\n", "'tags'"),
        (f"---\ntitle: {'T' * 201}\nsport: gym\n---\n# T\n", "'title'"),
        (f"---\ntitle: T\nsport: gym\n---\n# T\n\n## {'H' * 201}\ntext\n", "heading"),
    ],
)
def test_invalid_documents_are_refused_with_the_reason(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "broken.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match=problem):
        parse_document(_file(path))


def test_a_file_name_that_is_no_document_id_is_refused(tmp_path: Path) -> None:
    (tmp_path / "Bad Name.md").write_text("---\ntitle: T\nsport: gym\n---\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="file name"):
        scan_documents(tmp_path)


def test_the_content_hash_follows_the_bytes_and_the_chunker_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = content_hash(b"same text")
    assert content_hash(b"same text") == first
    assert content_hash(b"same text!") != first
    monkeypatch.setattr(documents, "CHUNKER_VERSION", "next")
    assert content_hash(b"same text") != first


def test_slugs_are_lowercase_and_hyphenated() -> None:
    assert slugify("Rest Between Sets (Strength)") == "rest-between-sets-strength"
    assert slugify("Été — Vélo") == "été-vélo"
    assert slugify("???") == "section"
