"""Hostile input: arbitrary text into the readers and extractors (hypothesis), arbitrary requests to
the server (schemathesis), markup in labels and results (headless Chromium), paths under /dumps/."""
from __future__ import annotations

import http.client
import json
import string
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from live_server import ingest, live_server
from test_serve_pages import browser  # noqa: F401 - headless Chromium, launched as the page tests do
from thidua_kg.extract.facts import Article
from thidua_kg.ingest import Stages
from thidua_kg.read import ReadError
from thidua_kg.read.body import split_article
from thidua_kg.read.decode import decode
from thidua_kg.read.jsonl import _record
from thidua_kg.read.textfile import read_text_file

VIET = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# Vietnamese-looking text (words the extractors look for among arbitrary characters)
WORDS = ["Ông", "Bà", "Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân", "tỉnh", "Bằng khen", "Huân chương",
         "Lao động", "hạng Nhất", "phong trào", "thi đua", "tặng", "trao", "năm 2024", "tháng 5", "12", ",", ".",
         "“", "”", "(", ")", "\n\n", "Bộ Công an", "Anh hùng", "Chiến sĩ thi đua"]
viet_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=VIET + string.ascii_letters + " ", max_size=8),
                               st.text(max_size=5)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(), viet_text)
HYPOTHESIS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- readers and extractors ----------------------------------------------------------------------

@HYPOTHESIS
@given(st.binary(max_size=400))
def test_decoding_arbitrary_bytes_never_raises(data):
    assert isinstance(decode(data), str)


@HYPOTHESIS
@given(any_text)
def test_splitting_arbitrary_text_never_raises(text):
    published, title, body = split_article(text)
    assert isinstance(body, str)


@HYPOTHESIS
@given(st.one_of(st.binary(max_size=300), any_text.map(str.encode),
                 st.dictionaries(st.sampled_from(["id", "text", "title", "url", "published", "x"]),
                                 st.one_of(any_text, st.integers(), st.none(), st.lists(st.integers(), max_size=2)))
                 .map(lambda d: json.dumps(d, ensure_ascii=False).encode())))
def test_a_jsonl_line_is_an_article_or_a_reason(raw):
    out = _record(Path("x.jsonl"), 1, raw)
    assert isinstance(out, (Article, ReadError))
    if isinstance(out, ReadError):
        assert out.reason and out.line == 1


@HYPOTHESIS
@given(st.binary(max_size=300))
def test_a_text_file_of_arbitrary_bytes_is_an_article_or_a_reason(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("f") / "a.txt"
    p.write_bytes(data)
    assert isinstance(read_text_file(p), (Article, ReadError))


@pytest.fixture(scope="module")
def stages():
    return Stages()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(any_text)
def test_extraction_of_arbitrary_text_conforms_or_is_rejected_cleanly(stages, text):
    _, _, body = split_article(text)
    if not body.strip():
        return
    nquads, reason, triples = stages.process(Article(id="hypothesis", text=body))
    # process() validates with the SHACL shapes: N-Quads come out only when the graph conforms
    assert (nquads is None) != (reason is None)
    if reason:
        assert not reason.startswith("extraction failed"), reason  # an extractor bug, not a clean refusal
        assert reason.startswith("SHACL: ")
    else:
        assert triples > 0


# -- the server --------------------------------------------------------------------------------------

XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """A store with markup in an article's title, served with a dumps directory beside a secret."""
    tmp = tmp_path_factory.mktemp("hostile")
    record = {"id": "xss", "title": f"Tin {XSS} mới", "published": "2024-05",
              "text": "Sáng 12-5, Ủy ban nhân dân tỉnh Hòa Bình trao Bằng khen cho ông Lê Văn Thịnh."}
    (tmp / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([tmp / "in.jsonl"], tmp / "store")
    (tmp / "dumps").mkdir()
    (tmp / "dumps" / "thidua-kg.ttl").write_text("# dump\n", encoding="utf-8")
    (tmp / "secret.txt").write_text("SECRET\n", encoding="utf-8")
    with live_server(tmp / "store", "--dumps", str(tmp / "dumps")) as url:
        yield url


def test_no_request_makes_a_500(hostile_server):
    import schemathesis

    served = httpx.get(hostile_server + "/openapi.json", timeout=30).json()  # the app's own schema
    assert {"/sparql", "/query", "/search", "/browse/{kind}", "/dumps/{name}", "/.well-known/void", "/catalog",
            "/{path}"} <= set(served["paths"])
    schema = schemathesis.openapi.from_dict(served)
    failures = []
    for op in schema.get_all_operations():
        operation = op.ok()

        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case):
            r = case.call(base_url=hostile_server, timeout=30)
            if r.status_code >= 500:
                failures.append(f"{r.status_code} {case.method} {r.request.url}")

        check()
    assert not failures, failures[:10]


def test_browse_page_number_of_any_digits_is_not_a_500(hostile_server):
    assert httpx.get(hostile_server + "/browse/person", params={"page": "²"}, timeout=30).status_code < 500
    assert httpx.get(hostile_server + "/browse/person", params={"page": "9" * 40}, timeout=30).status_code < 500


@pytest.mark.parametrize("path", ["/dumps/../secret.txt", "/dumps/%2e%2e/secret.txt", "/dumps/..%2fsecret.txt",
                                  "/dumps/%2e%2e%2fsecret.txt", "/dumps//etc/passwd", "/dumps/..%5csecret.txt",
                                  "/dumps/%252e%252e/secret.txt", "/dumps/thidua-kg.ttl/../../secret.txt"])
def test_no_path_traversal_under_dumps(hostile_server, path):
    netloc = urlsplit(hostile_server).netloc
    conn = http.client.HTTPConnection(netloc, timeout=30)
    conn.request("GET", path)  # sent as written: no client-side normalisation of ".."
    r = conn.getresponse()
    body = r.read()
    assert b"SECRET" not in body and b"root:" not in body
    assert r.status in (400, 404) or (r.status in (301, 302, 303, 307, 308) and "secret" not in
                                       (r.getheader("location") or "").lower()), (r.status, body[:200])


def test_updates_are_refused_there_is_no_update_route(hostile_server):
    r = httpx.post(hostile_server + "/sparql", data={"update": "DROP ALL"}, timeout=30)
    assert r.status_code == 400 and "read-only" in r.text
    r = httpx.post(hostile_server + "/sparql", content=b"DROP ALL", timeout=30,
                   headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer x"})
    assert r.status_code == 400


def _article_page(server: str) -> str:
    q = "SELECT ?a WHERE { ?a a <https://w3id.org/thidua-kg/ontology#Article> } LIMIT 1"
    r = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
    iri = r.json()["results"]["bindings"][0]["a"]["value"]
    return server + "/id/" + iri.split("/id/", 1)[1]


def test_markup_in_labels_and_results_is_shown_as_text(hostile_server, browser):
    page = browser.new_page()
    try:
        page.goto(_article_page(hostile_server))
        shown = page.locator("body").inner_text()  # shown as text (the reader curls the title's quotes) ...
        assert "<img src=x onerror=" in shown and "<script>window.__xss=2</script>" in shown
        assert page.evaluate("window.__xss") is None  # ... never run
        page.goto(hostile_server + "/search?q=" + quote(XSS))
        assert page.evaluate("window.__xss") is None
        query = f'SELECT ?x WHERE {{ BIND("{XSS.replace(chr(34), chr(92) + chr(34))}" AS ?x) }}'
        page.goto(hostile_server + "/query?query=" + quote(query))
        assert page.evaluate("window.__xss") is None
        assert XSS in page.locator("body").inner_text()
    finally:
        page.close()
