"""Placing an OPD's Word draft into the SP's components (pure Python).

The reader (:mod:`sopdesk.services.word`) hands over the document's tables as plain text; this
module finds, per table, the jenis layanan it is about (a heading above it such as "STANDAR
PELAYANAN PENERBITAN ...", or the table's first row), the columns NO | KOMPONEN | URAIAN, and
for every row the component it fills: by the name in the KOMPONEN cell with the variants the
OPDs write, else by its number. Rows of the two part headings and the column header are
skipped; a row with neither number nor name continues the component above it (a component
written over several rows, or a name cell merged down). What cannot be placed is reported,
never dropped silently.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sopdesk.domain.sp import (
    COMPONENTS,
    MAKLUMAT,
    Content,
    check_section_text,
    fold_name,
    layanan_key,
    match_component,
    section_label,
)


@dataclass(frozen=True)
class WordCell:
    text: str
    column: int  # the first grid column it covers
    span: int = 1

    def covers(self, column: int) -> bool:
        return self.column <= column < self.column + self.span


@dataclass(frozen=True)
class WordTable:
    index: int  # 1-based, in the order of the document
    before: tuple[str, ...]  # the paragraphs written between the previous table and this one
    rows: tuple[tuple[WordCell, ...], ...]


@dataclass(frozen=True)
class Unplaced:
    table: int
    row: int  # 1-based row of that table
    komponen: str
    uraian: str

    def describe(self) -> str:
        name = f"'{self.komponen[:60]}'" if self.komponen else "(tanpa nama komponen)"
        text = " ".join(self.uraian.split())
        return f"Tabel {self.table} baris {self.row}: {name} tidak dapat ditempatkan" + (
            f" (isi: {text[:80]}{'…' if len(text) > 80 else ''})" if text else ""
        )


@dataclass
class Draft:
    """One jenis layanan found in the file: the text of each component it fills."""

    layanan: str  # as written in the file ("" when the file does not name it)
    tables: list[int] = field(default_factory=list)
    texts: dict[int, list[str]] = field(default_factory=dict)  # section -> the uraian of its rows
    notes: list[str] = field(default_factory=list)

    def sections(self) -> dict[int, Content]:
        out: dict[int, Content] = {}
        for no, parts in self.texts.items():
            text = "\n".join(p for p in parts if p.strip())
            if text.strip():
                out[no] = check_section_text(no, text)
        return out


@dataclass(frozen=True)
class Placement:
    """A draft found in the file, given to one of the case's layanan (or to none)."""

    draft: Draft
    layanan: str | None  # the case's jenis layanan it fills; None: no match


@dataclass(frozen=True)
class ImportPlan:
    placements: tuple[Placement, ...]
    unplaced: tuple[Unplaced, ...]
    skipped_tables: tuple[int, ...]  # tables with no component recognised

    @property
    def placed(self) -> tuple[Placement, ...]:
        return tuple(p for p in self.placements if p.layanan is not None)

    def report(self) -> list[str]:
        """What the import did and what it could not do, one line each (Indonesian)."""
        lines: list[str] = []
        for p in self.placements:
            found = sorted(p.draft.texts)
            named = f"'{p.draft.layanan}'" if p.draft.layanan else "(tanpa judul layanan)"
            where = ", ".join(f"tabel {t}" for t in p.draft.tables)
            if p.layanan is None:
                lines.append(f"{named} ({where}) tidak cocok dengan jenis layanan berkas ini; tidak diimpor.")
                continue
            missing = [n for n in range(1, len(COMPONENTS) + 1) if n not in found]
            text = (
                f"{p.layanan}: {len([n for n in found if n != MAKLUMAT])} dari {len(COMPONENTS)} komponen dari {where}"
            )
            if MAKLUMAT in found:
                text += " dan maklumat"
            if missing:
                text += f"; tidak ada di berkas: {', '.join(str(n) for n in missing)} (isi sebelumnya dipertahankan)"
            lines.append(text + ".")
            lines += [f"  {note}" for note in p.draft.notes]
        lines += [u.describe() + "." for u in self.unplaced]
        lines += [
            f"Tabel {t} bukan tabel standar pelayanan (tidak ada komponen yang dikenali); dilewati."
            for t in self.skipped_tables
        ]
        return lines


_HEADER = re.compile(r"\bkomponen\b")
_URAIAN = re.compile(r"\buraian\b|\bketerangan\b|\bstandar\b|\bisi\b|\buraian standar\b")
_PART = re.compile(
    r"penyampaian pelayanan|service delivery|pengelolaan pelayanan|manufacturing|proses penyampaian|proses pengelolaan"
)
_NUMBER = re.compile(r"^\(?([0-9]{1,2}|[ivx]{1,5}|[a-n])[.)]?$", re.IGNORECASE)
_LAYANAN = re.compile(
    r"^(?:[0-9]{1,3}[.)]\s*|[a-z][.)]\s+)?(?:lampiran\b.*?\b)?"
    r"(?:standar pelayanan(?: publik)?(?: untuk)?|jenis (?:pelayanan|layanan)|nama (?:pelayanan|layanan)"
    r"|layanan|pelayanan)"
    r"\s*(?:[:.\-–]\s*)?(?P<name>.+)$",
    re.IGNORECASE,
)
_NOT_LAYANAN = re.compile(
    r"^(lampiran|keputusan|nomor|tanggal|tentang|kepala|bupati|pemerintah|ditetapkan)\b", re.IGNORECASE
)
_AT_OPD = re.compile(
    r"\s+(?:pada|di lingkungan|di)\s+(?:dinas|badan|kecamatan|kantor|rsud|rumah sakit|sekretariat|satuan|inspektorat|"
    r"bagian|uptd|upt|puskesmas|kelurahan)\b.*$",
    re.IGNORECASE,
)


def _clean_layanan(name: str) -> str:
    name = _AT_OPD.sub("", " ".join(name.split())).strip(" :.-–")
    return name


def _layanan_of(title: str) -> str:
    found = _LAYANAN.match(title.strip())
    return _clean_layanan(found.group("name") if found else title)


def layanan_from_heading(paragraphs: Sequence[str]) -> str:
    """The jenis layanan a table is about, from the paragraphs written above it."""
    for text in reversed(paragraphs):
        found = _LAYANAN.match(text.strip())
        if found and found.group("name").strip() and not _PART.search(fold_name(text)):
            name = _clean_layanan(found.group("name"))
            if name and not _HEADER.search(fold_name(name)):
                return name
    if paragraphs:
        last = paragraphs[-1].strip()
        if (
            len(last) <= 150
            and not last.endswith(":")
            and not _NOT_LAYANAN.match(last)
            and not _PART.search(fold_name(last))
            and not _HEADER.search(fold_name(last))
        ):
            return _clean_layanan(last)
    return ""


def _distinct(row: tuple[WordCell, ...]) -> list[str]:
    return [c.text for c in row if c.text.strip()]


def _cell_at(row: tuple[WordCell, ...], column: int | None) -> str:
    if column is None:
        return ""
    for cell in row:
        if cell.covers(column):
            return cell.text
    return ""


@dataclass
class _Columns:
    number: int | None
    name: int
    text: int


def _columns(table: WordTable) -> tuple[_Columns, int]:
    """The NO, KOMPONEN and URAIAN columns, and the index of the first row after the header."""
    for index, row in enumerate(table.rows[:4]):
        folded = [fold_name(c.text) for c in row]
        names = [c for c, f in zip(row, folded, strict=True) if _HEADER.search(f)]
        if names and len(row) >= 2:
            name_col = names[0].column
            after = [c for c in row if c.column > name_col]
            texts = [c for c in after if _URAIAN.search(fold_name(c.text))] or after
            number_cols = [c for c in row if c.column < name_col]
            return _Columns(
                number_cols[0].column if number_cols else None, name_col, texts[-1].column if texts else name_col + 1
            ), index + 1
    width = max((c.column + c.span for row in table.rows for c in row), default=0)
    if width >= 3:
        return _Columns(0, 1, width - 1), 0
    return _Columns(None, 0, 1), 0


def _title_row(row: tuple[WordCell, ...]) -> str | None:
    """A row holding only a title (one distinct cell across the table): its text."""
    texts = _distinct(row)
    if len(texts) == 1 and (len(row) == 1 or row[0].span > 1):
        return texts[0]
    return None


def read_drafts(tables: Sequence[WordTable]) -> tuple[list[Draft], list[Unplaced], list[int]]:
    """The drafts of the file, the rows that could not be placed, the tables that are not SP tables."""
    drafts: list[Draft] = []
    unplaced: list[Unplaced] = []
    skipped: list[int] = []
    for table in tables:
        columns, start = _columns(table)
        layanan = layanan_from_heading(table.before)
        for row in table.rows[:start] if not layanan else ():
            title = _title_row(row)
            if title and not _PART.search(fold_name(title)) and not _HEADER.search(fold_name(title)):
                layanan = _layanan_of(title)
        draft = Draft(layanan)
        row_unplaced: list[Unplaced] = []
        current: int | None = None
        for index in range(start, len(table.rows)):
            row = table.rows[index]
            if not _distinct(row):
                continue
            title = _title_row(row)
            if title is not None:
                folded = fold_name(title)
                if _PART.search(folded) or _HEADER.search(folded):
                    continue
                if not draft.texts and not draft.layanan:
                    draft.layanan = _layanan_of(title)
                    continue
            number = _cell_at(row, columns.number).strip()
            name = _cell_at(row, columns.name).strip()
            text = _cell_at(row, columns.text)
            if columns.text == columns.name:
                text = ""
            folded_name = fold_name(name)
            if _HEADER.search(folded_name) and _URAIAN.search(fold_name(text)):
                continue  # a repeated header row
            if folded_name and _PART.search(folded_name) and not text.strip():
                continue
            section = match_component(name) if name else None
            if section is None and name and _NUMBER.match(number) and number.rstrip(".)").isdigit():
                by_number = int(number.rstrip(".)").lstrip("("))
                if 1 <= by_number <= len(COMPONENTS):
                    section = by_number
                    draft.notes.append(
                        f"Tabel {table.index} baris {index + 1}: '{name[:50]}' ditempatkan sebagai "
                        f"{section_label(section)} menurut nomornya."
                    )
            if section is None and not name and not number and current is not None:
                section = current  # a continuation row
            if section is None:
                row_unplaced.append(Unplaced(table.index, index + 1, name or number, text))
                continue
            if section in draft.texts and section != current and text.strip():
                draft.notes.append(
                    f"Tabel {table.index} baris {index + 1}: {section_label(section)} muncul lagi; isinya digabung."
                )
            parts = draft.texts.setdefault(section, [])
            if text.strip() and text not in parts:
                parts.append(text)
            current = section
        if not draft.texts:
            skipped.append(table.index)
            continue
        draft.tables.append(table.index)
        unplaced += row_unplaced
        # A table without a title of its own continuing the previous one (a layanan split over
        # two tables, one per part) joins it when their components do not overlap.
        previous = drafts[-1] if drafts else None
        if previous is not None and not draft.layanan and not set(previous.texts) & set(draft.texts):
            previous.tables += draft.tables
            previous.notes += draft.notes
            for no, parts in draft.texts.items():
                previous.texts[no] = parts
            continue
        drafts.append(draft)
    return drafts, unplaced, skipped


def _similar(a: str, b: str) -> float:
    ka, kb = layanan_key(a), layanan_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    if ka in kb or kb in ka:
        return 0.9
    return difflib.SequenceMatcher(None, ka, kb).ratio()


def plan_import(tables: Sequence[WordTable], layanan: Sequence[str]) -> ImportPlan:
    """Which draft of the file fills which of the case's jenis layanan."""
    drafts, unplaced, skipped = read_drafts(tables)
    placements: list[Placement] = []
    taken: set[str] = set()
    if len(drafts) == 1 and len(layanan) == 1:
        draft = drafts[0]
        if draft.layanan and _similar(draft.layanan, layanan[0]) < 0.8:
            draft.notes.append(f"Judul di berkas '{draft.layanan}' berbeda dengan jenis layanan berkas '{layanan[0]}'.")
        return ImportPlan((Placement(draft, layanan[0]),), tuple(unplaced), tuple(skipped))
    unnamed = [d for d in drafts if not d.layanan]
    for draft in drafts:
        scored = sorted(((_similar(draft.layanan, name), name) for name in layanan if name not in taken), reverse=True)
        best = scored[0] if scored else (0.0, "")
        if draft.layanan and best[0] >= 0.75:
            taken.add(best[1])
            placements.append(Placement(draft, best[1]))
        else:
            placements.append(Placement(draft, None))
    # Untitled tables, in order, fill the layanan no titled table took, in the case's order.
    free = [name for name in layanan if name not in taken]
    if unnamed and len(unnamed) == len(free):
        placements = [Placement(p.draft, free[unnamed.index(p.draft)]) if p.draft in unnamed else p for p in placements]
    return ImportPlan(tuple(placements), tuple(unplaced), tuple(skipped))
