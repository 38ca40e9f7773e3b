"""The Doc extension attributes through which duiding's components share their layers.

Registered once on import. A component declares the ones it assigns, so
`nlp.analyze_pipes()` shows who makes what, as in any spaCy pipeline.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default. Lists are created per Doc by a getter-free default of None
# and filled by the component that assigns them.
DOC_EXTENSIONS: dict[str, object] = {
    "published": None,  # PartialDate | None: the article's publication date
    "blocks": None,  # tuple[Block, ...] | None: the article's layout
    "published_inferred": None,  # dict | None: a day inferred from the text, with evidence
    "entities": None,  # list[Entity] | None: None means "no entity component ran"
    "times": None,  # list[Time] | None
    "quantities": None,  # list[Quantity] | None
    "quotes": None,  # list[Quote] | None
    "events": None,  # list[Event] | None
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
