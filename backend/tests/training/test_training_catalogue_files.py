"""The exercise data files: every entry checked at import, ids stable, mistakes named."""

from pathlib import Path

import pytest

from app.training.catalogue import CATALOGUE
from app.training.catalogue.entries import EXERCISES, FAMILIES, read_catalogue, read_family

SHIPPED_IDS = Path(__file__).with_name("catalogue_ids.txt").read_text().split()

GOOD = """\
- id: test_squat
  name: Test squat
  pattern: squat
  quality: strength
  level: beginner
  dose: reps
  equipment: [dumbbells]
  sports: [gym]
  muscles: [quads]
  cues: Sit between the heels.
"""


def test_ids_are_the_ones_that_shipped_in_the_same_order() -> None:
    assert [movement.id for movement in CATALOGUE] == SHIPPED_IDS


def test_one_file_per_family_and_nothing_else() -> None:
    assert sorted(path.stem for path in EXERCISES.glob("*.yaml")) == sorted(FAMILIES)


def test_a_well_formed_entry_reads_as_a_movement(tmp_path: Path) -> None:
    path = tmp_path / "lower_body.yaml"
    path.write_text(GOOD)
    (movement,) = read_family(path)
    assert movement.id == "test_squat"
    assert movement.loaded


@pytest.mark.parametrize(
    ("mistake", "replacement"),
    [
        ("pattern: squat", "pattern: squats"),
        ("equipment: [dumbbells]", "equipment: [DB]"),
        ("sports: [gym]", "sports: []"),
        ("cues: Sit between the heels.", "cues: ' '"),
        ("id: test_squat", "id: Test Squat"),
        ("dose: reps", "dose: reps\n  tempo: slow"),
    ],
)
def test_a_mistake_is_refused_naming_the_file_and_entry(
    tmp_path: Path, mistake: str, replacement: str
) -> None:
    path = tmp_path / "pushing.yaml"
    path.write_text(GOOD.replace(mistake, replacement))
    with pytest.raises(ValueError, match=r"pushing\.yaml, entry 1"):
        read_family(path)


def test_an_id_used_in_two_files_is_refused(tmp_path: Path) -> None:
    for family in FAMILIES:
        (tmp_path / f"{family}.yaml").write_text(GOOD if family in {"core", "boxing"} else "[]")
    with pytest.raises(ValueError, match="test_squat"):
        read_catalogue(tmp_path)
