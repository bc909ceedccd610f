"""The web pages in headless Chromium (Debian's /usr/bin/chromium; no browser is downloaded).

Screenshots of the main pages go to /tmp/shots/ (outside the repository).
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from live_server import live_server
from serve_helpers import find_iri, launch_chromium, write_store
from thidua_kg.serve import i18n

SHOTS = Path("/tmp/shots")
BASE = "https://w3id.org/thidua-kg/id/"
PERSON_NAME = "Hà Minh Khôi"  # data/s01.json


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def test_language_is_the_parameter_then_the_cookie_then_accept_language():
    assert i18n.choose_language("en", "vi", "vi") == "en"
    assert i18n.choose_language(None, "en", "vi-VN") == "en"
    assert i18n.choose_language("xx", None, "fr, en-GB;q=0.8, vi;q=0.5") == "en"
    assert i18n.choose_language(None, None, "fr") == "vi"
    assert i18n.choose_language(None, None, None) == "vi"


def test_both_catalogues_have_the_same_messages():
    assert set(i18n.catalogue("vi")) == set(i18n.catalogue("en"))


@pytest.fixture
def page(browser):
    """A page of a fresh context whose browser asks for Vietnamese (no cookie yet)."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


@pytest.fixture(scope="module")
def person_url(server) -> str:
    return server + "/id/" + find_iri(server, PERSON_NAME).removeprefix(BASE)


def test_home_page_shows_statistics_and_ways_in(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Cơ sở tri thức thi đua, khen thưởng"
    stats = page.locator("ul.stats li")
    assert stats.count() >= 8
    assert re.search(r"15\s+bài báo", page.locator("ul.stats").inner_text())
    cards = page.locator(".card h3")
    assert cards.all_inner_texts() == ["Phong trào", "Cơ quan, tổ chức", "Cá nhân", "Hình thức khen thưởng", "Bài báo"]
    first_person = page.locator(".card", has_text="Cá nhân").locator("li a").first
    name = first_person.inner_text()
    first_person.click()
    assert page.locator("h1").inner_text() == name
    page.goto(server + "/browse/person")
    assert page.locator("table tbody tr").count() >= 10


def test_person_page_shows_positions_with_their_source_sentences(page, person_url):
    page.goto(person_url)
    assert page.url.endswith(".html")  # the 303 to the page document
    assert page.locator("h1").inner_text() == PERSON_NAME
    positions = page.locator("section", has=page.locator("h2", has_text="Chức vụ theo thời gian"))
    text = positions.locator("table").inner_text()
    assert "Thứ trưởng" in text and "Bộ Công an" in text and "2021-06" in text
    quote = positions.locator("blockquote.source").first
    assert "Hà Minh Khôi" in quote.locator("q").inner_text()
    assert "Trung tướng" in page.locator("dl.facts").inner_text()
    quote.locator("cite a").click()  # the source's article
    assert "/id/article/s01" in page.url
    assert page.locator("h2", has_text="Dữ kiện trích từ bài báo").count() == 1


def test_search_box_finds_a_name_typed_without_diacritics(server, page):
    page.goto(server + "/")
    page.fill("header input[name=q]", "ha minh khoi")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    result = page.locator("section.results", has_text="Cá nhân").locator("a", has_text=PERSON_NAME)
    assert result.count() >= 1
    result.first.click()
    assert page.locator("h1").inner_text() == PERSON_NAME


def test_query_page_runs_a_competency_question(server, page):
    page.goto(server + "/query")
    page.click("aside.examples a:text-is('awards')")
    assert "SELECT" in page.locator("textarea#query").input_value()
    page.click("form.editor button[type=submit]")
    rows = page.locator("table.query-results tbody tr")
    assert rows.count() > 0
    headers = page.locator("table.query-results thead th").all_inner_texts()
    assert "award" in headers
    csv_link = page.locator("a.csv").get_attribute("href")
    json_link = page.locator("a.json").get_attribute("href")
    assert csv_link.startswith("/sparql?query=") and csv_link.endswith("format=csv")
    assert json_link.startswith("/sparql?query=") and json_link.endswith("format=json")
    download = page.request.get(server + csv_link)
    assert download.ok and download.text().splitlines()[0].split(",") == headers


def test_a_malformed_query_shows_the_parser_message(server, page):
    page.goto(server + "/query")
    page.fill("textarea#query", "SELEC ?x WHERE { ?x ?p ?o }")
    with page.expect_navigation() as nav:
        page.click("form.editor button[type=submit]")
    assert nav.value.status == 400
    assert "malformed query" in page.locator(".error").inner_text()
    assert page.locator("textarea#query").input_value() == "SELEC ?x WHERE { ?x ?p ?o }"


def test_language_switch_changes_the_interface_and_is_remembered(server, page):
    page.goto(server + "/")
    nav = page.locator("nav.main")
    assert "Trang chủ" in nav.inner_text() and page.locator("html").get_attribute("lang") == "vi"
    page.click("nav.languages a[lang=en]")
    assert "Home" in nav.inner_text() and "Trang chủ" not in nav.inner_text()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Emulation and commendation knowledge graph"
    page.goto(server + "/query")  # the cookie keeps the choice
    assert page.locator("h1").inner_text() == "SPARQL query"
    page.click("nav.languages a[lang=vi]")
    assert page.locator("h1").inner_text() == "Truy vấn SPARQL"


def test_concept_labels_follow_the_language(page, person_url):
    page.goto(person_url + ".html?lang=en")
    assert "Lieutenant General" in page.locator("dl.facts").inner_text()
    page.goto(person_url + ".html?lang=vi")
    assert "Trung tướng" in page.locator("dl.facts").inner_text()


HOSTILE = "<script>window.pwned = 1</script>Nguyễn <b>Thử</b> Nghiệm"
HOSTILE_TITLE = '<img src=x onerror="window.pwned = 2">Bài <i>thử</i>'


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """A server over a tiny store whose labels carry markup."""
    path = tmp_path_factory.mktemp("hostile") / "store"
    kg = "http://example.org/kg/"
    graph, person, article = (ox.NamedNode(kg + p) for p in ("graph/t1", "person/x/t1", "article/t1"))
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    tk = "https://w3id.org/thidua-kg/ontology#"
    write_store(path, [
        ox.Quad(person, rdf_type, ox.NamedNode(tk + "Person"), graph),
        ox.Quad(person, label, ox.Literal(HOSTILE, language="vi"), graph),
        ox.Quad(person, ox.NamedNode(tk + "mentionedIn"), article, graph),
        ox.Quad(article, rdf_type, ox.NamedNode(tk + "Article"), graph),
        ox.Quad(article, ox.NamedNode("http://purl.org/dc/terms/title"), ox.Literal(HOSTILE_TITLE, language="vi"), graph),
        ox.Quad(graph, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), article, graph),
    ])
    with live_server(path, "--base-iri", kg) as url:
        yield url


def test_labels_with_markup_are_shown_as_text(hostile_server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/kg/person/x/t1", "/", "/search?q=nguyen thu", "/kg/article/t1",
                 "/query?query=" + "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"):
        page.goto(hostile_server + path)
        assert page.evaluate("window.pwned") is None, path
        assert page.locator("main b, main img, main i").count() == 0, path
    page.goto(hostile_server + "/kg/person/x/t1")
    assert page.locator("h1").inner_text() == HOSTILE
    page.goto(hostile_server + "/kg/article/t1")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert not dialogs


def test_not_found_page(server, page):
    response = page.goto(server + "/id/person/khong-co-ai")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Không tìm thấy"
    assert page.locator("header input[name=q]").count() == 1


def test_screenshots_of_the_main_pages(server, page, person_url):
    """Pictures for a person to look at (layout and readability), not compared to anything."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    org = find_iri(server, "Công an tỉnh Phú Thọ", "Organisation").removeprefix(BASE)
    pages = {
        "home": "/", "person": person_url.removeprefix(server), "organisation": f"/id/{org}",
        "conferral": "/id/conferral/s01/1", "event": "/id/event/s01/1", "article": "/id/article/r03",
        "search": "/search?q=cong an", "query": "/query?cq=careers",
        "ontology": "/ontology", "browse": "/browse/organisation", "home-en": "/?lang=en",
    }
    for name, path in pages.items():
        response = page.goto(server + path)
        assert response.ok, path
        if name == "query":
            page.click("form.editor button[type=submit]")
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000
