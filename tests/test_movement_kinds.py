"""Every kind of movement the extractor can yield is a concept of the vocabulary,
or the article graph would fail its SHACL shapes."""
import re

from thidua_kg.extract import movements
from thidua_kg.vocab import load_vocabulary


def test_every_movement_kind_is_in_the_vocabulary():
    vocab = load_vocabulary()
    kinds = {word for _, kind, word in movements._KINDS if kind == "movement"}
    assert kinds and all(vocab.lookup("movement-kind", k) for k in kinds), kinds
