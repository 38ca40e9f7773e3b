"""The layer components that run after the backbone: times, quantities, entities, quotes, events.

Each layer is a registered spaCy component in its own subpackage, declaring
what it requires and assigns. Importing this package registers them all;
`duiding.pipeline.load()` adds those that are registered, in `ORDER`.
"""

from __future__ import annotations

# Later layers read earlier ones: quotes need entities, events need all of them.
ORDER: tuple[str, ...] = (
    "duiding_times",
    "duiding_quantities",
    "duiding_entities",
    "duiding_quotes",
    "duiding_events",
)

# Each layer's subpackage is imported here, one line per layer, to register its component(s).
import duiding.layers.entities
import duiding.layers.quantities
import duiding.layers.times
import duiding.layers.quotes  # noqa: F401
import duiding.layers.events  # noqa: F401
