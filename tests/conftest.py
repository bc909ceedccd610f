"""Session fixtures shared by the serve tests: the sample data ingested once, served once."""
from __future__ import annotations

import pytest

from live_server import DATA, ingest, live_server


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """A store directory holding data/ (read it, never write it)."""
    store = tmp_path_factory.mktemp("sample") / "store"
    ingest([DATA], store)
    return store


@pytest.fixture(scope="session")
def server(sample_store):
    """Base URL of a live `thidua-kg serve` over the sample store."""
    with live_server(sample_store) as url:
        yield url
