"""The golden test: reshaping the engine must not change a single plan a person sees.

The fixture holds a sha256 of plan_data for every request of the grid in `golden_grid.py`,
plus two whole documents so a failure can be read as a diff rather than a bare hash.
"""

import json

import pytest

from tests.training.golden_grid import FIXTURE, FULL_DOCUMENTS, cases, document, fingerprint

STORED = json.loads(FIXTURE.read_text())


def test_the_grid_is_the_one_the_fixture_was_written_from() -> None:
    assert [name for name, _, _ in cases()] == list(STORED["sha256"])


@pytest.mark.parametrize("name", FULL_DOCUMENTS)
def test_whole_documents_are_unchanged(name: str) -> None:
    request = {case: (profile, options) for case, profile, options in cases()}
    assert document(*request[name]) == STORED["documents"][name]


def test_every_plan_of_the_grid_is_unchanged() -> None:
    changed = [
        name
        for name, profile, options in cases()
        if fingerprint(document(profile, options)) != STORED["sha256"][name]
    ]
    assert changed == []
