"""Synthetic Dutch-looking articles for the ingest tests: many, varied, deterministic."""

from __future__ import annotations

import json
import random
from pathlib import Path

_SUBJECTS = ["De minister", "De burgemeester", "Het bestuur", "De politie", "De vakbond", "Een woordvoerder"]
_VERBS = ["kondigde aan", "bevestigde", "ontkende", "verklaarde", "meldde", "betreurde"]
_OBJECTS = ["het nieuwe plan", "de hervorming", "de staking", "het akkoord", "de begroting", "de protesten"]
_PLACES = ["Utrecht", "Gent", "Rotterdam", "Antwerpen", "Groningen", "Leuven"]


def article(n: int, rng: random.Random, *, sentences: int = 30) -> dict[str, object]:
    body = []
    for i in range(sentences):
        body.append(
            f"{rng.choice(_SUBJECTS)} in {rng.choice(_PLACES)} {rng.choice(_VERBS)} dat {rng.choice(_OBJECTS)} "
            f"op {rng.randint(1, 28)} maart {rng.randint(2015, 2023)} {rng.randint(2, 900)} mensen raakt."
        )
        if i % 6 == 5:
            body.append("\n\n")
    return {
        "id": f"synth-{n:05d}",
        "title": f"Bericht {n} uit {rng.choice(_PLACES)}",
        "date": f"{rng.randint(2015, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "source": rng.choice(["Dagblad A", "Krant B", "Omroep C"]),
        "text": " ".join(body).replace(" \n\n ", "\n\n"),
    }


def write_corpus(path: Path, n: int, *, seed: int = 7, sentences: int = 30) -> Path:
    rng = random.Random(seed)
    path.write_text(
        "".join(json.dumps(article(i, rng, sentences=sentences), ensure_ascii=False) + "\n" for i in range(n)),
        encoding="utf-8",
    )
    return path
