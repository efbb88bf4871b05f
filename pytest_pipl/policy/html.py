"""Read an HTML policy into parts: headings, paragraphs, list items, tables.

Parsing is lxml's HTML parser with the network off, comments and processing
instructions dropped and no entity expansion beyond HTML's own named
characters, so a hostile document cannot reach a server or blow up memory.
Real policies are rarely semantic HTML: headings are often bold paragraphs
(``<p><strong>一、…</strong></p>``), lines are separated by ``<br>``, and
SDK lists are tables with ``rowspan`` cells shared by one company's SDKs.
The reader copes with all three.
"""

from __future__ import annotations

import re

from lxml import etree, html

from .parts import HEADING, ITEM, PARAGRAPH, Part, TablePart, clean, numbered_heading_level

_PARSER = html.HTMLParser(
    no_network=True, remove_comments=True, remove_pis=True, remove_blank_text=False, huge_tree=False
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "button", "select", "input"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "body", "html",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "blockquote", "pre", "center", "form", "fieldset",
    "figure", "figcaption", "address", "details", "summary", *_HEADINGS,
}  # fmt: skip
_EMPHASIS = {"b", "strong", "em"}
_BREAK = "\n"
_LINK_OPEN, _LINK_CLOSE = "\x01", "\x02"  # an href kept in place, so it stays with its line
_LINK = re.compile("\x01([^\x02]*)\x02")


def read_html(text: str) -> list[Part | TablePart]:
    """The parts of an HTML document, in order."""
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return []
    root = html.document_fromstring(text, parser=_PARSER)
    reader = _Reader()
    title = root.find(".//title")
    if title is not None and clean(title.text_content()):
        # Saved web pages often carry the document's name only in <title>.
        reader.parts.append(Part(HEADING, clean(title.text_content()), 1))
    reader.walk(root)
    reader.flush()
    return reader.parts


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _has_block_child(element: etree._Element) -> bool:
    return any(_tag(child) in _BLOCKS for child in element.iterdescendants())


def _inline_text(element: etree._Element, block_breaks: bool = False) -> tuple[str, bool]:
    """(text with <br> as newlines and hrefs as markers, whether all text is emphasised) of a subtree.

    With ``block_breaks`` block-level descendants also start new lines (table cells
    holding paragraphs or lists).
    """
    chunks: list[str] = []
    plain_chars = 0

    def visit(node: etree._Element, emphasised: bool) -> None:
        nonlocal plain_chars
        tag = _tag(node)
        if tag in _SKIP:
            return
        if tag == "br" or (block_breaks and tag in _BLOCKS):
            chunks.append(_BREAK)
        if tag == "a" and node.get("href", "").strip().lower().startswith(("http://", "https://", "www.")):
            chunks.append(f"{_LINK_OPEN}{node.get('href').strip()}{_LINK_CLOSE}")
        elif tag == "img" and node.get("alt"):
            chunks.append(node.get("alt"))
        emphasised = emphasised or tag in _EMPHASIS or _bold_style(node)
        if node.text:
            chunks.append(node.text)
            if not emphasised:
                plain_chars += len(node.text.strip())
        for child in node:
            visit(child, emphasised)
            if child.tail:
                chunks.append(child.tail)
                if not emphasised:
                    plain_chars += len(child.tail.strip())
        if block_breaks and tag in _BLOCKS:
            chunks.append(_BREAK)

    visit(element, _bold_style(element))
    return "".join(chunks), plain_chars == 0


def _take_links(line: str) -> tuple[str, tuple[str, ...]]:
    """A line's text without link markers, and the hrefs the markers held."""
    links = tuple(_LINK.findall(line))
    return (_LINK.sub(" ", line), links) if links else (line, ())


def _bold_style(node: etree._Element) -> bool:
    style = (node.get("style") or "").replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style or "font-weight:600" in style


class _Reader:
    def __init__(self) -> None:
        self.parts: list[Part | TablePart] = []
        self._pending: list[str] = []  # loose inline text between blocks
        self._pending_kind = PARAGRAPH

    def flush(self) -> None:
        if self._pending:
            self.emit_text("".join(self._pending), self._pending_kind, emphasised=False)
            self._pending = []
            self._pending_kind = PARAGRAPH

    def emit_text(self, raw: str, kind: str, emphasised: bool, level: int = 0) -> None:
        lines = []
        for line in raw.split(_BREAK):
            text, found = _take_links(line)
            text = clean(text)
            if text:
                lines.append((text, found))
            elif found and lines:
                lines[-1] = (lines[-1][0], lines[-1][1] + found)
        if kind == HEADING:
            if lines:
                self.parts.append(Part(HEADING, " ".join(t for t, _ in lines), level, sum((f for _, f in lines), ())))
            return
        for n, (line, found) in enumerate(lines):
            heading = numbered_heading_level(line, emphasised=emphasised)
            if heading:
                self.parts.append(Part(HEADING, line, heading, found))
            else:
                self.parts.append(Part(kind if n == 0 else PARAGRAPH, line, 0, found))

    def walk(self, element: etree._Element) -> None:
        tag = _tag(element)
        if tag in _SKIP:
            return
        if tag == "table":
            self.flush()
            table = _read_table(element)
            if table.rows:
                self.parts.append(table)
            return
        if tag not in _BLOCKS:  # inline element among blocks: its text joins the loose text
            self._pending.append(_inline_text(element)[0])
            return
        if not _has_block_child(element):
            self.flush()
            text, emphasised = _inline_text(element)
            if tag in _HEADINGS:
                self.emit_text(text, HEADING, True, _HEADINGS[tag])
            else:
                self.emit_text(text, ITEM if tag in ("li", "dt", "dd") else PARAGRAPH, emphasised)
            return
        # A block holding blocks: loose text between them becomes paragraphs (or, for a
        # list item with a nested list, the item's own text becomes the item).
        self.flush()
        self._pending_kind = ITEM if tag == "li" else PARAGRAPH
        if element.text:
            self._pending.append(element.text)
        for child in element:
            if _tag(child) in _BLOCKS:
                self.flush()
                self.walk(child)
            else:
                self.walk(child)
            if child.tail:
                self._pending.append(child.tail)
        self.flush()
        self._pending_kind = PARAGRAPH


def _read_table(table: etree._Element) -> TablePart:
    """Rows of cell texts, with rowspan/colspan cells repeated where they apply."""
    rows: list[list[str]] = []
    links: list[list[tuple[str, ...]]] = []
    carry: dict[int, tuple[int, str, tuple[str, ...]]] = {}  # column → (rows left, text, links)
    for tr in table.iter("tr"):
        if _nearest_table(tr) is not table:
            continue
        row: list[str] = []
        row_links: list[tuple[str, ...]] = []
        col = 0
        cells = [c for c in tr if _tag(c) in ("td", "th")]
        queue = list(cells)
        while queue or col in carry:
            if col in carry:
                left, text, found = carry[col]
                row.append(text)
                row_links.append(found)
                if left <= 1:
                    del carry[col]
                else:
                    carry[col] = (left - 1, text, found)
                col += 1
                continue
            cell = queue.pop(0)
            text, found = _cell_text(cell)
            span = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            for _ in range(span):
                row.append(text)
                row_links.append(found)
                if down > 1:
                    carry[col] = (down - 1, text, found)
                col += 1
        if any(row):
            rows.append(row)
            links.append(row_links)
    return TablePart(rows, links)


def _nearest_table(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        if _tag(ancestor) == "table":
            return ancestor
    return None


def _cell_text(cell: etree._Element) -> tuple[str, tuple[str, ...]]:
    """A cell's text; its paragraphs, list items and <br>s are joined with "；" so list-like cells stay readable."""
    text, _ = _inline_text(cell, block_breaks=True)
    text, links = _take_links(text)
    lines = [clean(x) for x in text.split(_BREAK)]
    return "；".join(x for x in lines if x), links


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1
