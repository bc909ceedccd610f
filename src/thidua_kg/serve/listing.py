"""The home page's figures and lists, and the paged lists of /browse/<kind>."""
from __future__ import annotations

from urllib.parse import urlencode

from . import sections

# /browse/<kind>: each kind is queries/browse_<kind>.rq (first column ?item)
KINDS = ("person", "organisation", "movement", "event", "award-kind", "conferral", "article")
HOME_LISTS = ("movement", "organisation", "person", "award-kind", "article")
PAGE_SIZE = 50
HOME_SIZE = 8
STAT_LINKS = {"articles": "article", "persons": "person", "organisations": "organisation", "events": "event",
              "movements": "movement", "conferrals": "conferral"}


def home(ctx: sections.Context) -> dict:
    lists = []
    for kind in HOME_LISTS:
        _, rows = sections.execute(ctx.store, f"browse_{kind}", page=(HOME_SIZE, 0))
        items = [row["item"].value for row in rows]
        ctx.learn(items)
        lists.append((kind, [ctx.link(i) for i in items], sections.count(ctx.store, f"browse_{kind}")))
    return {
        "stats": list(ctx.store.stats().items()),
        "stat_links": {k: f"/browse/{v}" for k, v in STAT_LINKS.items()},
        "lists": lists,
        "events": sections.table(ctx, "browse_event", page=(HOME_SIZE, 0)),
        "events_total": sections.count(ctx.store, "browse_event"),
    }


def browse(ctx: sections.Context, kind: str, page: int) -> dict:
    name = f"browse_{kind}"
    total = sections.count(ctx.store, name)
    last_page = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), last_page)
    tab = sections.table(ctx, name, page=(PAGE_SIZE, (page - 1) * PAGE_SIZE))

    def url(p: int) -> str:
        return f"/browse/{kind}?{urlencode({'page': p})}"

    first = (page - 1) * PAGE_SIZE + 1 if total else 0
    return {
        "kind": kind, "kinds": KINDS, "tab": tab, "total": total, "first": first,
        "last": first + len(tab.rows) - 1 if total else 0,
        "previous": url(page - 1) if page > 1 else None,
        "next": url(page + 1) if page < last_page else None,
    }
