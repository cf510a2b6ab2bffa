"""`python -m app.knowledge`: index and search from the command line."""

import io

import pytest

from app.knowledge import __main__ as cli
from app.knowledge.indexer import SyncReport


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_index_on_an_indexed_database_changes_nothing(
    indexed_corpus: SyncReport, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="app.knowledge")
    assert cli.main(["index"]) == 0
    assert "0 added, 0 updated, 0 removed, 66 unchanged" in caplog.text
    assert "Knowledge vectors: 0 computed" in caplog.text


def test_search_prints_the_passages_found(
    indexed_corpus: SyncReport, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "what does EMOM mean", "-k", "2", "--sport", "crossfit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1. [")
    assert "(crossfit-wod-formats#" in lines[0]


@pytest.mark.parametrize("arguments", [[], ["search"], ["search", "q", "-k", "0"], ["other"]])
def test_bad_arguments_exit_with_usage(arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(arguments)
    assert stopped.value.code == 2


def test_the_progress_bar_draws_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    bar = cli.ProgressBar("vectors", width=10)
    bar(5, 10)
    bar(10, 10)
    drawn = terminal.getvalue()
    assert "\rvectors [#####.....] 5/10" in drawn
    assert "\rvectors [##########] 10/10" in drawn
    assert drawn.endswith("\n")
    piped = io.StringIO()
    monkeypatch.setattr("sys.stderr", piped)
    cli.ProgressBar("vectors")(1, 2)
    assert piped.getvalue() == ""
