"""One vocabulary for what goes wrong underneath: every storage fault becomes a
:class:`~sopdesk.domain.errors.StorageFault` with an Indonesian message that says what to do.

The engine factory hooks :func:`translate` into SQLAlchemy's ``handle_error`` event, so a
fault raised anywhere a statement runs (a service's unit of work, a read query, the change
feed) reaches the GUI and the CLI already translated. Errors that are the program's own
business (an integrity error a service expects, a programming error) pass through untouched.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

from sopdesk.domain.errors import (
    FAULT_CORRUPT,
    FAULT_FULL,
    FAULT_GONE,
    FAULT_LOCKED,
    FAULT_LOGIN,
    FAULT_NO_DATABASE,
    FAULT_NO_RIGHTS,
    FAULT_READ_ONLY,
    FAULT_TIMEOUT,
    StorageFault,
)

# SQLite's extended result codes by name (sqlite3.Error.sqlite_errorname, Python 3.11+).
_SQLITE_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")
_SQLITE_FULL = ("SQLITE_FULL",)
_SQLITE_READ_ONLY = ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")
_SQLITE_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_SQLITE_IO = ("SQLITE_IOERR", "SQLITE_CANTOPEN")

# PostgreSQL SQLSTATE classes and codes.
_PG_GONE_CLASSES = ("08", "57P01", "57P02", "57P03")  # connection exception, admin shutdown
_PG_TIMEOUT = ("57014", "55P03", "25P03")  # query_canceled (statement_timeout), lock_not_available, idle timeout
_PG_FULL = ("53100", "53200", "53300", "54000")  # disk_full, out_of_memory, too_many_connections
_PG_NO_RIGHTS = ("42501",)  # insufficient_privilege
_PG_READ_ONLY = ("25006",)  # read_only_sql_transaction
_PG_LOGIN = ("28000", "28P01")  # invalid authorization, invalid password
_PG_NO_DATABASE = ("3D000",)  # invalid_catalog_name


def locked(where: str = "") -> StorageFault:
    return StorageFault(
        FAULT_LOCKED,
        "Basis data sedang dikunci oleh penulisan lain lebih lama dari batas tunggu"
        + (f" ({where})" if where else "")
        + ". Tidak ada yang tersimpan; coba lagi sebentar lagi. Bila terus terjadi, tutup SOPDesk "
        "yang macet di komputer lain atau hubungi pengelola.",
    )


def server_gone(detail: str = "") -> StorageFault:
    return StorageFault(
        FAULT_GONE,
        "Server basis data tidak dapat dihubungi"
        + (f" ({detail})" if detail else "")
        + ". Periksa jaringan atau minta pengelola menyalakan server. Yang belum tersimpan tidak "
        "ditulis; isian Anda tetap ada, coba simpan lagi setelah tersambung.",
    )


def too_slow(detail: str = "") -> StorageFault:
    return StorageFault(
        FAULT_TIMEOUT,
        "Server basis data tidak menjawab dalam batas waktu"
        + (f" ({detail})" if detail else "")
        + ". Tidak ada yang tersimpan; coba lagi. Bila terus terjadi, server sedang sangat sibuk "
        "atau macet: hubungi pengelola.",
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _sqlite_fault(exc: sqlite3.Error) -> StorageFault | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(_SQLITE_LOCKED) or "database is locked" in text:
        return locked()
    if name.startswith(_SQLITE_FULL) or "database or disk is full" in text:
        return StorageFault(
            FAULT_FULL,
            "Penyimpanan penuh: basis data tidak dapat ditulis. Tidak ada yang tersimpan sebagian. "
            "Kosongkan ruang disk (atau pindahkan berkas besar), lalu coba lagi.",
        )
    if name.startswith(_SQLITE_READ_ONLY) or "readonly" in text or "read-only" in text:
        return StorageFault(
            FAULT_READ_ONLY,
            "Basis data hanya dapat dibaca: berkas atau foldernya tidak boleh ditulis oleh akun ini, "
            "atau medianya hanya-baca. Tidak ada yang tersimpan. Minta pengelola memperbaiki izin "
            "berkas dan folder basis data (termasuk berkas -wal dan -shm di sebelahnya).",
        )
    if name.startswith(_SQLITE_CORRUPT) or "malformed" in text or "not a database" in text:
        return StorageFault(
            FAULT_CORRUPT,
            f"Berkas basis data rusak ({_first_line(exc)}). Jangan lanjutkan bekerja: jalankan "
            "'sopdesk check', lalu pulihkan cadangan terakhir (folder backups).",
        )
    if name.startswith(_SQLITE_IO) or "disk i/o error" in text or "unable to open" in text:
        return StorageFault(
            FAULT_READ_ONLY,
            f"Berkas basis data tidak dapat dibaca atau ditulis ({_first_line(exc)}). Periksa "
            "bahwa disknya masih terpasang dan akun ini boleh menulis di foldernya.",
        )
    return None


def _pg_fault(exc: Any) -> StorageFault | None:
    state = getattr(exc, "sqlstate", None) or ""
    detail = _first_line(exc)
    if state.startswith(_PG_GONE_CLASSES):
        return server_gone(detail)
    if state in _PG_TIMEOUT:
        return too_slow(detail)
    if state in _PG_FULL:
        return StorageFault(
            FAULT_FULL,
            f"Server basis data kehabisan ruang atau sumber daya ({detail}). Tidak ada yang tersimpan. "
            "Minta pengelola server mengosongkan disk atau menambah batasnya, lalu coba lagi.",
        )
    if state in _PG_NO_RIGHTS:
        return StorageFault(
            FAULT_NO_RIGHTS,
            f"Akun basis data ini tidak punya hak yang diperlukan: {detail}. Minta pengelola server "
            "memberi hak SELECT, INSERT dan UPDATE pada tabel SOPDesk (lihat README, bagian PostgreSQL).",
        )
    if state in _PG_READ_ONLY:
        return StorageFault(
            FAULT_READ_ONLY,
            "Server basis data hanya menerima pembacaan (mode hanya-baca atau server cadangan). "
            "Tidak ada yang tersimpan; sambungkan ke server utama.",
        )
    if state in _PG_LOGIN:
        return StorageFault(
            FAULT_LOGIN,
            f"Server basis data menolak login ({detail}). Periksa nama pengguna dan kata sandi "
            "basis data di berkas layanan PostgreSQL atau .pgpass (lihat README).",
        )
    if state in _PG_NO_DATABASE:
        return StorageFault(
            FAULT_NO_DATABASE,
            f"Basis data tidak ada di server ({detail}). Periksa nama basis data pada alamat "
            "--db atau SOPDESK_DATABASE_URL.",
        )
    if not state and any(c.__name__ == "OperationalError" for c in type(exc).__mro__):
        # psycopg raises OperationalError without a SQLSTATE when it cannot connect at all.
        text = detail.lower()
        if "timeout" in text or "timed out" in text:
            return too_slow(detail)
        return server_gone(detail)
    return None


def translate(exc: BaseException) -> StorageFault | None:
    """The storage fault ``exc`` stands for, or None when it is not one."""
    if isinstance(exc, StorageFault):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    inner = orig if orig is not None else exc
    if isinstance(inner, sqlite3.Error):
        return _sqlite_fault(inner)
    if type(inner).__module__.startswith("psycopg"):
        return _pg_fault(inner)
    if isinstance(inner, OSError):
        return os_fault(inner)
    return None


def os_fault(exc: OSError, what: str = "berkas") -> StorageFault | None:
    """A file operation's failure (a backup, an export) in the same words."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return StorageFault(
            FAULT_FULL, f"Penyimpanan penuh: {what} tidak dapat ditulis. Kosongkan ruang disk lalu coba lagi."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        where = f" ({exc.filename})" if exc.filename else ""
        return StorageFault(
            FAULT_READ_ONLY,
            f"{what.capitalize()} tidak boleh ditulis{where}: izin folder, berkas terkunci, atau media "
            "hanya-baca. Pilih tempat lain atau minta pengelola memperbaiki izinnya.",
        )
    return None


def on_engine_error(context: Any) -> None:
    """SQLAlchemy ``handle_error`` hook: raise the translated fault in place of the driver's."""
    fault = translate(context.original_exception)
    if fault is not None:
        raise fault from context.original_exception
