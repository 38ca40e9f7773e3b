"""duiding reads dated Dutch news and turns it into a record of what it reports.

The public API is small:

    >>> import duiding
    >>> article = next(duiding.read("examples/seed-article.txt"))
    >>> reading = duiding.analyse(article)
    >>> reading.to_json()["article"]["published"]
    {'value': '2020-09', 'precision': 'month'}
"""

from __future__ import annotations

__version__ = "0.1.0"

from duiding.dates import PartialDate
from duiding.errors import InputError
from duiding.records import Article, Reading


def read(path: str, **kwargs: object):  # type: ignore[no-untyped-def]
    """Yield an `Article` (or an `InputError`) for every article at `path` (file, directory or `-`)."""
    from duiding.readers import read as _read

    return _read(path, **kwargs)  # type: ignore[arg-type]


def analyse(article: Article | str, *, backbone: str = "auto") -> Reading:
    """Read one article (an `Article`, or plain text) and return its `Reading`."""
    from duiding.pipeline import analyse as _analyse
    from duiding.pipeline import load
    from duiding.readers import article_from_text

    if isinstance(article, str):
        article = article_from_text(article, id="text")
    return _analyse(article, load(backbone))  # type: ignore[arg-type]


__all__ = ["Article", "InputError", "PartialDate", "Reading", "__version__", "analyse", "read"]
