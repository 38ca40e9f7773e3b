"""Article layout: where the lede, the paragraphs and the intertitles are.

Newspapers set intertitles ("Ongeziene protesten") as short lines with no
closing punctuation. They are not part of the next sentence, so the reader
marks them as blocks of their own and the sentence splitter never crosses a
block boundary.
"""

from __future__ import annotations

import re

from duiding.records import Block, BlockKind

_LINE = re.compile(r"[^\n]+")
_CLOSING = tuple(".!?…:;,\"'”’»)]-–—")
_MAX_TITLE_WORDS = 12
_MAX_TITLE_CHARS = 90


def looks_like_heading(line: str) -> bool:
    """A short line that starts like a sentence but does not end like one."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_TITLE_CHARS:
        return False
    if len(stripped.split()) > _MAX_TITLE_WORDS:
        return False
    first = stripped[0]
    return (first.isupper() or first.isdigit()) and not stripped.endswith(_CLOSING)


def find_blocks(text: str, *, first: BlockKind = "paragraph") -> tuple[Block, ...]:
    """Split `text` into blocks. `first` names the kind of the opening block (e.g. the lede).

    Blank lines end a paragraph. A single line break ends one only where the line
    is a heading standing on its own, so that hard-wrapped text stays one paragraph.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    blocks: list[Block] = []
    para_start: int | None = None
    para_end = 0
    for i, (start, end) in enumerate(lines):
        gap_before = i == 0 or "\n\n" in text[lines[i - 1][1] : start].replace(" ", "")
        gap_after = i == len(lines) - 1 or "\n\n" in text[end : lines[i + 1][0]].replace(" ", "")
        line = text[start:end]
        next_upper = i + 1 < len(lines) and text[lines[i + 1][0] :].lstrip()[:1].isupper()
        heading = (
            looks_like_heading(line)
            and i + 1 < len(lines)
            and ((gap_before and gap_after) or (gap_before and next_upper and len(line.split()) <= 8))
        )
        if gap_before or heading:
            if para_start is not None:
                blocks.append(Block(para_start, para_end, "paragraph"))
            para_start = None
        if heading:
            blocks.append(Block(*_trimmed(text, start, end), "intertitle"))
            continue
        if para_start is None:
            para_start = _trimmed(text, start, end)[0]
        para_end = _trimmed(text, start, end)[1]
    if para_start is not None:
        blocks.append(Block(para_start, para_end, "paragraph"))
    if blocks and first != "paragraph" and blocks[0].kind == "paragraph":
        blocks[0] = Block(blocks[0].start, blocks[0].end, first)
    return tuple(blocks)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
