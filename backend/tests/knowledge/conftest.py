"""The knowledge fixtures, for every test in this package (defined in `fixtures`)."""

from tests.knowledge.fixtures import corpus, indexed_corpus, without_model

__all__ = ["corpus", "indexed_corpus", "without_model"]
