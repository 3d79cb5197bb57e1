"""``verify``: is this file one SOPDesk wrote, and what did that print say?

Two ways in, one print log (``services/print_log.py``):

- a file (:func:`verify_file`): its SHA-256 must be one the print log recorded for a file it
  wrote. Any change at all (a word edited in the content stream, one byte appended, a copy
  re-saved by another program) gives another hash and fails. A file carrying a mark whose
  bytes were not written by SOPDesk is named as such, with what the real print said.
- a scan of the paper, or a PDF from a printer queue (:func:`verify_scan`): the QR code's
  payload names the print; the answer is what that print showed (the record's fields as
  printed, who printed it, when), so a person can compare it with the paper in hand.

Both say whether the record changed, or was voided, withdrawn or cancelled, since the print.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopdesk.domain.dates import hari_tanggal
from sopdesk.domain.printing import MarkRef, PrintRecord, file_sha256, find_mark_in_pdf, parse_mark
from sopdesk.services import read
from sopdesk.services.documents import ALIASES, CATALOGUE, Now
from sopdesk.store.database import Database


@dataclass(frozen=True)
class Examination:
    """A logged print and how its record stands today."""

    record: PrintRecord
    now: Now
    logged: dict[str, Any]

    @property
    def changed(self) -> bool:
        return self.now.content_hash != self.record.content_hash

    @property
    def gone(self) -> bool:
        return self.now.content_hash is None

    @property
    def standing_changed(self) -> bool:
        return bool(self.now.standing) and self.now.standing != self.record.standing

    @property
    def unchanged(self) -> bool:
        """The record is as printed and still in force."""
        return not self.changed and not self.standing_changed

    def heading(self) -> str:
        r = self.record
        when = f"{hari_tanggal(r.printed_at.date())} pukul {r.printed_at:%H.%M}"
        return f"cetakan no. {r.id} {r.label} dibuat {when} oleh {r.who}"

    def state_lines(self) -> list[str]:
        lines: list[str] = []
        if self.gone:
            lines.append("PERHATIAN: data yang dicetak tidak ditemukan lagi di basis data.")
        elif self.changed:
            lines.append(
                "PERHATIAN: data telah BERUBAH sejak dicetak; isi kertas ini tidak lagi sama dengan basis data."
            )
        if self.standing_changed:
            lines.append(f"PERHATIAN: sesudah dicetak, {self.now.standing}.")
        elif self.record.standing:
            lines.append(f"Ketika dicetak sudah {self.record.standing}.")
        if not lines:
            lines.append("Data tidak berubah sejak dicetak dan masih berlaku.")
        return lines

    def field_lines(self) -> list[str]:
        if not self.record.fields:
            return ["Isi cetakan tidak tercatat (cetakan dibuat sebelum SOPDesk mencatat isinya)."]
        width = max(len(label) for label, _ in self.record.fields)
        return ["Isi cetakan:"] + [f"  {label.ljust(width)} : {value}" for label, value in self.record.fields]


@dataclass(frozen=True)
class Finding:
    ok: bool
    lines: tuple[str, ...]  # the first is the verdict
    examination: Examination | None = None


def _logged(db: Database, print_id: int) -> dict[str, Any]:
    """What the print's own audit event kept (the items a tanda terima listed, …)."""
    from sopdesk.store.print_log import print_event_after

    text = print_event_after(db, print_id)
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def examine(db: Database, record: PrintRecord) -> Examination:
    logged = _logged(db, record.id)
    entry = CATALOGUE.get(ALIASES.get(record.kind, record.kind))
    now = entry.now(db, record.record_id, logged) if entry is not None else Now(None)
    return Examination(record, now, logged)


def examine_mark(db: Database, ref: MarkRef) -> Examination | None:
    """The print a mark names, if this database logged it under that kind and record."""
    record = read.print_record(db, ref.print_id)
    if record is None or record.kind != ref.kind or record.record_id != ref.record_id:
        return None
    return examine(db, record)


def verify_file(db: Database, data: bytes, codes: Callable[[], list[str]] | None = None) -> Finding:
    """Is ``data`` byte for byte a file SOPDesk wrote for a print of this database? When it is
    not, the mark it carries (its Keywords, else the QR code ``codes`` reads off its pages)
    names the print it claims to be, and what that print really said."""
    record = read.print_by_file(db, file_sha256(data))
    if record is not None:
        found = examine(db, record)
        return Finding(True, (f"COCOK: identik dengan {found.heading()}.", *found.state_lines()), found)
    ref = find_mark_in_pdf(data)
    if ref is None and codes is not None:
        ref = next((r for r in (parse_mark(text) for text in codes()) if r is not None), None)
    if ref is None:
        return Finding(False, ("TIDAK COCOK: berkas ini bukan berkas yang dibuat SOPDesk dari basis data ini.",))
    logged = read.print_record(db, ref.print_id)
    if logged is None or logged.kind != ref.kind or logged.record_id != ref.record_id:
        return Finding(
            False,
            (f"TIDAK COCOK: cetakan no. {ref.print_id} yang disebut berkas ini tidak tercatat di basis data ini.",),
        )
    found = examine(db, logged)
    if not logged.files:
        verdict = (
            f"TIDAK COCOK: {found.heading()} dibuat sebelum SOPDesk menyimpan sidik berkasnya; "
            "keaslian berkas ini tidak dapat dibuktikan. Bandingkan isinya dengan catatan di bawah."
        )
    else:
        verdict = (
            f"TIDAK COCOK: berkas ini menyebut {found.heading()}, tetapi isinya TIDAK identik dengan berkas "
            "yang dibuat SOPDesk: berkas telah diubah atau bukan salinan aslinya. Yang tercetak pada cetakan itu:"
        )
    return Finding(False, (verdict, *found.field_lines(), *found.state_lines()), found)


def verify_scan(db: Database, payloads: Iterable[str]) -> Finding:
    """What the print named by a QR code said, and how its record stands today."""
    refs = [ref for ref in (parse_mark(text) for text in payloads) if ref is not None]
    if not refs:
        return Finding(False, ("TIDAK DITEMUKAN: tidak ada kode QR SOPDesk yang terbaca pada gambar ini.",))
    ref = refs[0]
    record = read.print_record(db, ref.print_id)
    if record is None or record.kind != ref.kind or record.record_id != ref.record_id:
        return Finding(
            False, (f"TIDAK COCOK: cetakan no. {ref.print_id} yang disebut kode QR tidak tercatat di basis data ini.",)
        )
    if record.content_hash[:16] != ref.short_hash:
        return Finding(
            False,
            (
                f"TIDAK COCOK: kode QR menyebut cetakan no. {ref.print_id} dengan sidik isi #{ref.short_hash}, "
                f"tetapi cetakan itu tercatat dengan #{record.content_hash[:16]}: kode QR ini bukan dari SOPDesk.",
            ),
        )
    found = examine(db, record)
    return Finding(
        True,
        (f"DITEMUKAN: {found.heading()}.", *found.field_lines(), *found.state_lines()),
        found,
    )


def verify_path(db: Database, path: Path) -> Finding:
    """The window's Periksa Keaslian Cetakan: a scan (an image) is read by its QR code; a file
    (PDF, .xlsx) is checked byte for byte, and a PDF that is not SOPDesk's own (a printer's
    output, a scanner's PDF) is read by its QR code after that."""
    from sopdesk.services.scan import IMAGE_SUFFIXES, read_codes

    if path.suffix.lower() in IMAGE_SUFFIXES:
        return verify_scan(db, read_codes(path))
    data = path.read_bytes()
    found = verify_file(db, data)
    if found.ok or not data.startswith(b"%PDF"):
        return found
    scanned = verify_scan(db, read_codes(path))
    return scanned if scanned.ok and found.examination is None else found
