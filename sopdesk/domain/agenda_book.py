"""The Buku Agenda Surat Masuk as the office keeps it on paper (pure).

Rows in agenda-number order; "Diteruskan Kepada" written from the letter's dispositions the way
a clerk writes it (the first-level recipients, then down the chain: "Kepala Subbagian Tata
Laksana → Siti Nurhaliza"); "Keterangan" with the void reason and the other remarks; a voided
entry struck through; a Sifat column; the book closed with the count, the closing date and the
signatures of the clerk and the Kasubag. A period that is still running is printed "sampai
dengan" its last day so far, and its closing says the book is not closed yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sopdesk.domain.agenda import LetterRecord, Sumber
from sopdesk.domain.dates import hari_tanggal, tanggal
from sopdesk.domain.disposition import DispositionRecord, RecipientKind, RecipientRecord, build_tree
from sopdesk.domain.printing import Closing, SignerBlock, TableDocument

TITLE = "Buku Agenda Surat Masuk"
COLUMNS: tuple[tuple[str, float], ...] = (
    ("No. Agenda", 15.0),
    ("Tanggal Terima", 9.5),
    ("Asal Surat", 15.0),
    ("Nomor Surat", 15.0),
    ("Tanggal Surat", 9.0),
    ("Perihal / Isi Ringkas", 25.0),
    ("Sifat", 7.0),
    ("Lampiran", 8.5),
    ("Diteruskan Kepada", 16.0),
    ("Keterangan", 14.0),
)


def _who(recipient: RecipientRecord) -> str:
    """A recipient as the clerk writes it: an official by jabatan, a person or a unit by name."""
    if recipient.kind is RecipientKind.OFFICIAL and recipient.jabatan:
        return recipient.jabatan
    return recipient.nama


def forwarded_to(dispositions: Sequence[DispositionRecord]) -> str:
    """The letter's "diteruskan kepada": each disposition in force from the top of the chain,
    its recipients joined by ", ", each pass down the chain after "→"; branches by "; "."""
    active = [d for d in dispositions if not d.withdrawn]
    parts: list[str] = []
    for root in build_tree(active):
        for _depth, d in root.walk():
            names = ", ".join(_who(r) for r in d.recipients)
            if not names:
                continue
            if d.parent_id is None or not parts:
                parts.append(names)
            else:
                parts[-1] += f" → {names}"
    return "; ".join(parts)


def remarks(letter: LetterRecord, extra: Sequence[str] = ()) -> str:
    """Keterangan: the void and its reason first, then the clerk's remark, the Srikandi number
    and anything else the book should say (a Berkas SP started from the letter)."""
    parts: list[str] = []
    if letter.voided:
        parts.append(f"DIBATALKAN: {letter.void_reason}" if letter.void_reason else "DIBATALKAN")
    if letter.keterangan:
        parts.append(letter.keterangan)
    if letter.sumber is Sumber.SRIKANDI and letter.srikandi_no:
        parts.append(f"Srikandi {letter.srikandi_no}")
    parts.extend(extra)
    return "; ".join(parts)


def period_text(start: date, end: date, today: date) -> tuple[str, bool]:
    """The subtitle, and whether the period is complete. A period not over yet is printed up to
    today, "sampai dengan", never as if it were complete."""
    if end < today:
        if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
            return f"Tahun {start.year} (1 Januari s.d. 31 Desember {start.year})", True
        return f"Periode {tanggal(start)} s.d. {tanggal(end)}", True
    shown = max(start, min(end, today))
    return f"Periode {tanggal(start)} sampai dengan {tanggal(shown)} (periode masih berjalan)", False


def agenda_book(
    letters: Sequence[LetterRecord],
    dispositions: Mapping[int, Sequence[DispositionRecord]],
    start: date,
    end: date,
    *,
    today: date,
    place: str,
    clerk: SignerBlock,
    kasubag: SignerBlock,
    remarks_extra: Mapping[int, Sequence[str]] | None = None,
) -> TableDocument:
    """The book of ``letters`` (received from ``start`` to ``end``), sorted by agenda number."""
    ordered = sorted(letters, key=lambda r: (r.year, r.seq))
    rows: list[tuple[str, ...]] = []
    struck: list[bool] = []
    for r in ordered:
        perihal = r.perihal + (f" — {r.isi_ringkas}" if r.isi_ringkas else "")
        chain = forwarded_to(dispositions.get(r.id, ()))
        rows.append(
            (
                r.number,
                r.received_at.strftime("%d-%m-%Y %H.%M"),
                r.asal,
                r.nomor_surat,
                r.tanggal_surat.strftime("%d-%m-%Y"),
                perihal,
                r.sifat.value,
                r.lampiran,
                chain or r.diteruskan_kepada,
                remarks(r, (remarks_extra or {}).get(r.id, ())),
            )
        )
        struck.append(r.voided)
    subtitle, complete = period_text(start, end, today)
    voided = sum(struck)
    counted = f"{len(rows)} surat" + (f", {voided} di antaranya dibatalkan" if voided else "")
    numbers = f" (nomor agenda {ordered[0].number} sampai dengan {ordered[-1].number})" if ordered else ""
    lines: tuple[str, ...]
    if complete:
        lines = (f"Buku agenda ini ditutup pada {hari_tanggal(today)} dengan jumlah {counted}{numbers}.",)
    else:
        shown = max(start, min(end, today))
        lines = (
            f"Jumlah surat masuk sampai dengan {tanggal(shown)}: {counted}{numbers}.",
            "Periode belum berakhir: buku agenda ini belum ditutup.",
        )
    closing = Closing(lines, (kasubag, clerk), f"{place}, {tanggal(today)}")
    return TableDocument(TITLE, subtitle, COLUMNS, tuple(rows), tuple(struck), closing)
