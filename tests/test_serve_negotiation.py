from thidua_kg.serve.negotiation import choose, parse_accept

OFFERED = ["text/turtle", "application/ld+json", "application/n-triples"]


def test_no_header_gives_the_servers_first_choice():
    assert choose(None, OFFERED) == "text/turtle"
    assert choose("", OFFERED) == "text/turtle"


def test_q_values_decide():
    assert choose("text/turtle;q=0.5, application/ld+json", OFFERED) == "application/ld+json"


def test_more_specific_range_overrides_wildcard():
    assert choose("*/*;q=0.9, text/turtle;q=0", OFFERED) == "application/ld+json"


def test_type_wildcard():
    assert choose("application/*", OFFERED) == "application/ld+json"


def test_nothing_acceptable():
    assert choose("image/png", OFFERED) is None
    assert choose("text/turtle;q=0", ["text/turtle"]) is None


def test_malformed_q_is_not_acceptable():
    assert parse_accept("text/html;q=abc")[0][1] == 0.0
