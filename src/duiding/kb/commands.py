"""`duiding kb NAME`: look a name up in the actor knowledge base (a thin layer over `duiding.kb`)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, Optional

import typer

from duiding.cli import _fail, app
from duiding.dates import PartialDate
from duiding.errors import InputError


@app.command("kb")
def kb_lookup(
    name: Annotated[str, typer.Argument(help="A name in any romanisation, a demonym, or a KB id (kb:...)")],
    date: Annotated[Optional[str], typer.Option("--date", help="Show the roles held on this day (YYYY-MM-DD)")] = None,  # noqa: UP045
    country: Annotated[Optional[str], typer.Option("--country", help="ISO 3166 alpha-2 code to keep to")] = None,  # noqa: UP045
) -> None:
    """Print, as JSON, the KB entities a name matches, with their ids, names and roles."""
    from duiding.kb import KBEntity, default_kb

    kb = default_kb()
    try:
        day = PartialDate.parse(date).first if date else None
    except InputError as err:
        raise _fail(err) from None
    found: list[tuple[KBEntity, float, str]] = []
    if name.startswith("kb:"):
        e = kb.entity(name)
        found = [(e, 100.0, "id")] if e else []
    else:
        found = [(e, 100.0, "name") for e in kb.lookup(name, country=country.upper() if country else None)]
        if not found:
            found = [(m.entity, m.score, "fuzzy") for m in kb.search_person(name, country=country)]
        demonym = kb.country_by_demonym(name)
        if demonym is not None and all(e.id != demonym.id for e, _, _ in found):
            found.append((demonym, 100.0, "demonym"))
    out: list[dict[str, Any]] = []
    for e, score, how in found:
        roles = kb.roles_at(e.id, day) if day else [(r, None) for r in kb.roles(e.id)]
        out.append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "subtype": e.subtype,
                "country": e.country,
                "match": how,
                "score": round(score, 1),
                "external": kb.external_ids(e.id),
                "aliases": sorted({a for a, _l, _k in kb.aliases(e.id)})[:20],
                "roles": [
                    {
                        "title": r.title,
                        "class": r.role_class,
                        "country": r.country,
                        "start": r.start.isoformat() if r.start else None,
                        "end": r.end.isoformat() if r.end else None,
                        "status": s,
                    }
                    for r, s in roles
                ],
            }
        )
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
