"""Reading Word (.docx) files: the only module that imports python-docx (a contract says so).

It turns a document into plain, ordered data the domain can map without knowing Word: every
table of the body with the paragraphs written above it, each row as the texts of its cells.
Word's own structure is resolved here:

- merged cells: a cell spanning several columns appears once in its row; a cell merged down
  over several rows (``vMerge``) gives its text to the first row only, and the rows below see
  it as empty (so they read as continuation lines of the same component);
- lists: a numbered or bulleted paragraph (``numPr``, or a list style) becomes ``- text``,
  indented two spaces per nesting level, since Word keeps the numbers out of the text;
- a table inside a cell (a procedure written as a small table) becomes one ``- a | b`` line
  per row, without a leading number column;
- line breaks inside a paragraph stay line breaks.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from sopdesk.domain.errors import ValidationError
from sopdesk.domain.sp_import import WordCell, WordTable

MAX_BYTES = 30 * 1024 * 1024
HEADING_PARAGRAPHS = 6  # paragraphs kept from above each table


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(f"w:{tag}"))


def _paragraph_text(p: Any) -> str:
    """The text of a paragraph as Word shows it: runs, tabs and line breaks (deleted text and
    field codes are other elements and stay out)."""
    parts: list[str] = []
    text_tag, tab_tag, breaks = _w("t"), _w("tab"), (_w("br"), _w("cr"))
    for element in p.iter():
        if element.tag == text_tag:
            parts.append(element.text or "")
        elif element.tag == tab_tag and element.getparent() is not None and element.getparent().tag == _w("r"):
            parts.append("\t")
        elif element.tag in breaks:
            parts.append("\n")
    return "".join(parts)


def _list_level(p: Any) -> int | None:
    """The nesting level of a list paragraph (numbered or bulleted), None for plain text."""
    ppr = p.find(_w("pPr"))
    if ppr is not None:
        num = ppr.find(_w("numPr"))
        if num is not None:
            ilvl = num.find(_w("ilvl"))
            num_id = num.find(_w("numId"))
            if num_id is not None and num_id.get(_w("val")) == "0":
                return None  # numbering switched off
            try:
                return int(ilvl.get(_w("val"))) if ilvl is not None else 0
            except (TypeError, ValueError):
                return 0
        style = ppr.find(_w("pStyle"))
        name = (style.get(_w("val")) or "") if style is not None else ""
        if "list" in name.casefold() and "paragraph" not in name.casefold():
            digits = re.search(r"(\d+)$", name)  # "ListBullet2": the second level
            return max(0, int(digits.group(1)) - 1) if digits else 0
    return None


def _cell_lines(tc: Any) -> list[str]:
    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == _w("p"):
            text = _paragraph_text(child)
            level = _list_level(child)
            for n, line in enumerate(text.split("\n")):
                if not line.strip():
                    continue
                if level is not None and n == 0:
                    lines.append("  " * min(level, 3) + "- " + line.strip())
                elif level is not None:
                    lines.append("  " * min(level, 3) + "  " + line.strip())
                else:
                    lines.append(line.rstrip())
        elif child.tag == _w("tbl"):
            for row in _rows(child):
                cells = [c for c in row if c.strip()]
                if cells and cells[0].strip().rstrip(".").isdigit() and len(cells) > 1:
                    cells = cells[1:]
                if cells:
                    lines.append("- " + " | ".join(" ".join(c.split()) for c in cells))
        elif child.tag == _w("sdt"):  # content controls: their paragraphs
            content = child.find(_w("sdtContent"))
            if content is not None:
                lines.extend(_cell_lines(content))
    return lines


def _grid_span(tc: Any) -> int:
    pr = tc.find(_w("tcPr"))
    span = pr.find(_w("gridSpan")) if pr is not None else None
    try:
        return max(1, int(span.get(_w("val")))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _continues(tc: Any) -> bool:
    """A cell merged down from the row above (``<w:vMerge/>`` without ``restart``)."""
    pr = tc.find(_w("tcPr"))
    merge = pr.find(_w("vMerge")) if pr is not None else None
    return merge is not None and merge.get(_w("val")) in (None, "continue")


def _grid_before(tr: Any) -> int:
    pr = tr.find(_w("trPr"))
    before = pr.find(_w("gridBefore")) if pr is not None else None
    try:
        return max(0, int(before.get(_w("val")))) if before is not None else 0
    except (TypeError, ValueError):
        return 0


def _row_cells(tbl: Any) -> list[tuple[WordCell, ...]]:
    out: list[tuple[WordCell, ...]] = []
    for tr in tbl.iterchildren(_w("tr")):
        cells: list[WordCell] = []
        column = _grid_before(tr)
        for tc in tr.iterchildren(_w("tc")):
            span = _grid_span(tc)
            cells.append(WordCell("" if _continues(tc) else "\n".join(_cell_lines(tc)), column, span))
            column += span
        out.append(tuple(cells))
    return out


def _rows(tbl: Any) -> list[tuple[str, ...]]:
    return [tuple(c.text for c in row) for row in _row_cells(tbl)]


def read_tables(source: Path | bytes) -> list[WordTable]:
    """Every top-level table of a .docx with the paragraphs above it; refuses what is not one."""
    data = source if isinstance(source, bytes) else _read(source)
    if len(data) > MAX_BYTES:
        raise ValidationError.single("berkas", "Berkas Word lebih dari 30 MB; pisahkan per layanan.")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValidationError.single(
            "berkas", "Berkas ini bukan dokumen Word .docx. Simpan ulang dari Word atau LibreOffice sebagai .docx."
        )
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ValidationError.single("berkas", f"Dokumen Word tidak dapat dibaca ({exc}).") from None
    tables: list[WordTable] = []
    before: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _w("p"):
            text = " ".join(_paragraph_text(child).split())
            if text:
                before.append(text)
        elif child.tag == _w("tbl"):
            tables.append(WordTable(len(tables) + 1, tuple(before[-HEADING_PARAGRAPHS:]), tuple(_row_cells(child))))
            before = []
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            for p in content.iterchildren(_w("p")) if content is not None else ():
                text = " ".join(_paragraph_text(p).split())
                if text:
                    before.append(text)
    return tables


def _read(path: Path) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except FileNotFoundError:
        raise ValidationError.single("berkas", f"Berkas {path} tidak ditemukan.") from None
    except OSError as exc:
        raise ValidationError.single("berkas", f"Berkas {path} tidak dapat dibaca: {exc.strerror}.") from None
