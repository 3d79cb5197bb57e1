"""Printing the papers of a Standar Pelayanan: the SK with its lampiran, the Maklumat, the
Berita Acara FKP and the Buku Laporan. Each print is logged like every other (an audit event
whose id goes into the footer and the QR code) with the content hash ``sopdesk verify``
compares later: a version saved after the print no longer matches it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sopdesk.domain.printing import DocumentKind, Letterhead, PageSetup, PrintMark
from sopdesk.domain.records import Actor
from sopdesk.domain.sp_papers import SpBook
from sopdesk.services.case_reports import case_standing
from sopdesk.services.print_log import log_print
from sopdesk.services.printing import letterhead, page_setup
from sopdesk.services.sp import book, defaults
from sopdesk.store.database import Database

# print kind (the mark's ``k=``) -> the page setup and the title of the paper
PAPERS: dict[str, tuple[DocumentKind, str]] = {
    "sp-sk": (DocumentKind.SP_DECREE, "SK Standar Pelayanan"),
    "maklumat": (DocumentKind.MAKLUMAT, "Maklumat Pelayanan"),
    "ba-fkp": (DocumentKind.BA_FKP, "Berita Acara FKP"),
    "buku-laporan": (DocumentKind.SP_BOOK, "Buku Laporan Standar Pelayanan"),
}


@dataclass(frozen=True)
class SpPaperPrint:
    kind: str
    book: SpBook
    groups: tuple[str, ...]  # the FKP participants' groups, in the office's order
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def _hash(kind: str, book: SpBook) -> str:
    return hashlib.sha256(f"{kind}:{book.content_hash()}".encode("ascii")).hexdigest()


def prepare_sp_paper(db: Database, actor: Actor, case_id: int, kind: str) -> SpPaperPrint:
    """One of the SP's papers of a case, with its logged print mark (the print log keeps what
    the paper shows, so ``verify --scan`` can tell a reader of the paper what it said)."""
    document_kind, title = PAPERS[kind]
    found = book(db, case_id)
    fields = (
        ("Berkas", found.case_number),
        ("OPD", found.opd_nama),
        ("Jenis layanan", "; ".join(f"{b.layanan} (versi {b.version})" for b in found.layanan)),
        ("Ditandatangani", "ya" if found.signed else "belum"),
    )
    mark = log_print(
        db,
        actor,
        kind,
        "sop_case",
        str(case_id),
        f"{title} {found.case_number}",
        _hash(kind, found),
        fields=fields,
        standing=case_standing(db, str(case_id)),
    )
    return SpPaperPrint(kind, found, defaults(db).fkp_groups, mark, page_setup(db, document_kind), letterhead(db))


def current_hash(db: Database, kind: str, record_id: str) -> str | None:
    """For ``sopdesk verify``: the hash a print of this case's paper would carry now."""
    from sopdesk.services import read

    if kind not in PAPERS or not record_id.isdigit() or read.case_info(db, int(record_id)) is None:
        return None
    return _hash(kind, book(db, int(record_id)))
