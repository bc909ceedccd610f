"""An external store that does not answer, refuses our credentials or fails: one line
naming the store, exit code 2, no traceback, and nothing counted as stored."""
from __future__ import annotations

import pytest

from live_server import DATA, free_port
from sparql_servers import thidua, virtuoso, virtuoso_binary
from thidua_kg.store import open_store

ARTICLE = """ date 2024-05
Hội nghị điển hình tiên tiến

Ngày 10/5, Ủy ban nhân dân tỉnh Cà Mau tổ chức Hội nghị điển hình tiên tiến; tặng Bằng khen cho 6 tập thể và 8 cá nhân.
"""


def assert_one_line_error(out, *words: str) -> None:
    assert out.returncode == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    lines = [line for line in (out.stdout + out.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("command", [["stats"], ["validate"], ["query", "--cq", "awards"], ["ingest", str(DATA)]])
def test_a_store_that_does_not_answer(command):
    url = f"sparql+http://127.0.0.1:{free_port()}/sparql"
    out = thidua(command[0], *command[1:], "--store", url)
    assert_one_line_error(out, url, "does not answer")


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    if virtuoso_binary() is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource); .ci/run installs it")
    with virtuoso(tmp_path_factory.mktemp("virtuoso-errors")) as server:
        yield server


def test_wrong_credentials_leave_nothing_counted_as_stored(virtuoso_server, tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    wrong = {"THIDUA_STORE_USER": "dba", "THIDUA_STORE_PASSWORD": "not-the-password"}
    out = thidua("ingest", str(tmp_path), "--store", virtuoso_server.store, "--no-progress", "--workers", "1", env=wrong)
    assert_one_line_error(out, virtuoso_server.store, "HTTP 401", "credentials")
    assert open_store(virtuoso_server.store, read_only=True).article_graphs() == []

    out = thidua("ingest", str(tmp_path), "--store", virtuoso_server.store, "--no-progress", "--workers", "1",
                 "--store-user", "dba", "--store-password", "dba")
    assert out.returncode == 0 and "1 stored" in out.stdout, out.stdout + out.stderr


def test_a_store_error_is_one_line(virtuoso_server):
    """A 4xx/5xx from the store (here: a GSP URL that is not one; Virtuoso says 501) names the store and the status."""
    out = thidua("link", "--store", virtuoso_server.store, "--offline",
                 "--store-user", "dba", "--store-password", "dba",
                 "--store-gsp-url", virtuoso_server.store.removeprefix("sparql+").replace("/sparql", "/no-such-gsp"))
    assert_one_line_error(out, virtuoso_server.store, "no-such-gsp: HTTP 501")
