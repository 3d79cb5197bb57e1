"""One vocabulary for what goes wrong underneath: every storage fault becomes a
:class:`~sopdesk.domain.errors.StorageFault` with an Indonesian message that says what to do.

The engine factory hooks :func:`translate` into SQLAlchemy's ``handle_error`` event, so a
fault raised anywhere a statement runs (a service's unit of work, a read query, the change
feed) reaches the GUI and the CLI already translated. Errors that are the program's own
business (an integrity error a service expects, a programming error) pass through untouched.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

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


def _sqlite_fault(exc: sqlite3.Error, where: Path | None = None) -> StorageFault | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(_SQLITE_LOCKED) or "database is locked" in text:
        return locked()
    if name.startswith(_SQLITE_FULL) or "database or disk is full" in text:
        return full()
    if name.startswith(_SQLITE_READ_ONLY) or "readonly" in text or "read-only" in text:
        return read_only()
    if name.startswith(_SQLITE_CORRUPT) or "malformed" in text or "not a database" in text:
        return StorageFault(
            FAULT_CORRUPT,
            f"Berkas basis data rusak ({_first_line(exc)}). Jangan lanjutkan bekerja: jalankan "
            "'sopdesk check', lalu pulihkan cadangan terakhir (folder backups).",
        )
    if name.startswith(_SQLITE_IO) or "disk i/o error" in text or "unable to open" in text:
        # SQLite says "disk I/O error" for many causes; the disk itself tells which.
        if where is not None and _nearly_full(where):
            return full()
        if where is not None and _read_only_mount(where):
            return read_only()
        return StorageFault(
            FAULT_READ_ONLY,
            f"Berkas basis data tidak dapat dibaca atau ditulis ({_first_line(exc)}). Periksa "
            "bahwa disknya masih terpasang dan akun ini boleh menulis di foldernya.",
        )
    return None


def full() -> StorageFault:
    return StorageFault(
        FAULT_FULL,
        "Penyimpanan penuh: basis data tidak dapat ditulis. Tidak ada yang tersimpan sebagian. "
        "Kosongkan ruang disk (atau pindahkan berkas besar), lalu coba lagi.",
    )


def read_only() -> StorageFault:
    return StorageFault(
        FAULT_READ_ONLY,
        "Basis data hanya dapat dibaca: berkas atau foldernya tidak boleh ditulis oleh akun ini, "
        "atau medianya hanya-baca. Tidak ada yang tersimpan. Minta pengelola memperbaiki izin "
        "berkas dan folder basis data (termasuk berkas -wal dan -shm di sebelahnya).",
    )


def _nearly_full(folder: Path) -> bool:
    """Less than a megabyte left for this account where the database lives."""
    statvfs = getattr(os, "statvfs", None)
    try:
        if statvfs is not None:
            st = statvfs(folder)
            return bool(st.f_bavail * st.f_frsize < 2**20)
        return shutil.disk_usage(folder).free < 2**20
    except OSError:
        return False


def _read_only_mount(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    try:
        return statvfs is not None and bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


@dataclass(frozen=True)
class Where:
    """What a failing PostgreSQL connection was for, as far as the address says (a service file
    or ``.pgpass`` may leave any of it empty): named in the message."""

    user: str = ""
    server: str = ""  # host:port
    database: str = ""
    statement: str = ""
    folder: Path | None = None  # a SQLite database's folder

    @classmethod
    def of(cls, url: Any, statement: str | None = None) -> Where:
        if url is None:
            return cls(statement=statement or "")
        host = url.host or ""
        server = f"{host}:{url.port}" if host and url.port else host
        return cls(url.username or "", server, url.database or "", statement or "")


# The SQL command whose refusal names the right it lacked ("permission denied for table x").
_VERBS = ("INSERT", "UPDATE", "DELETE", "SELECT", "TRUNCATE", "REFERENCES", "TRIGGER")
_DENIED = re.compile(
    r"permission denied for (?P<what>table|relation|view|sequence|schema|database|function) (?P<name>\S+)"
)
_OWNER = re.compile(r"must be owner of (?P<what>\w+) (?P<name>\S+)")
_QUOTED_NAME = {
    "user": re.compile(r'for user "(?P<v>[^"]*)"'),
    "role": re.compile(r'role "(?P<v>[^"]*)"'),
    "database": re.compile(r'database "(?P<v>[^"]*)"'),
    "server": re.compile(r'connection to server at "(?P<v>[^"]*)"(?: \([^)]*\))?, port (?P<port>\d+)'),
    "host": re.compile(r"(?:resolve host|translate host name) (?:'|\")(?P<v>[^'\"]*)"),
}
_OBJECT_WORDS = {
    "table": "tabel",
    "relation": "tabel",
    "view": "tabel",
    "sequence": "urutan nomor (sequence)",
    "schema": "skema",
    "database": "basis data",
    "function": "fungsi",
}


def _found(kind: str, text: str) -> str:
    match = _QUOTED_NAME[kind].search(text)
    if match is None:
        return ""
    if kind == "server":
        return f"{match.group('v')}:{match.group('port')}"
    return str(match.group("v"))


def _verb(statement: str) -> str:
    words: list[str] = re.findall(r"[A-Za-z]+", statement.upper())
    return next((word for word in words if word in _VERBS), "")


def _account(where: Where, text: str = "") -> str:
    user = where.user or _found("user", text) or _found("role", text)
    return f"Pengguna basis data '{user}'" if user else "Akun basis data ini"


def no_rights(text: str, where: Where) -> StorageFault:
    """SQLSTATE 42501 (or a refused CONNECT): which right the account lacks, on what, and the
    GRANT that gives it."""
    who = _account(where, text)
    user = where.user or _found("user", text) or "PENGGUNA"
    owner = _OWNER.search(text)
    if owner is not None:
        return StorageFault(
            FAULT_NO_RIGHTS,
            f"{who} bukan pemilik {_OBJECT_WORDS.get(owner.group('what'), owner.group('what'))} "
            f"{owner.group('name')}, padahal hanya pemiliknya yang boleh mengubah susunan basis data. "
            "Jalankan 'sopdesk init' dengan pengguna pemilik basis data (lihat README, bagian PostgreSQL).",
        )
    denied = _DENIED.search(text)
    if denied is None:
        return StorageFault(
            FAULT_NO_RIGHTS,
            f"{who} tidak punya hak yang diperlukan ({text[:200]}). Minta pengelola server memberi hak "
            "yang disebut README, bagian PostgreSQL.",
        )
    what, name = denied.group("what"), denied.group("name").strip('"')
    statement = where.statement.strip().upper()
    if what == "database":
        right = "CREATE" if statement.startswith("CREATE") else "CONNECT"
        grant = f"GRANT {right} ON DATABASE {name} TO {user}"
    elif what == "schema":
        right = "CREATE" if statement.startswith(("CREATE", "ALTER")) else "USAGE"
        grant = f"GRANT {right} ON SCHEMA {name} TO {user}"
    elif what == "sequence":
        right = "USAGE"
        grant = f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {user}"
    elif what == "function":
        right = "EXECUTE"
        grant = f"GRANT EXECUTE ON FUNCTION {name} TO {user}"
    else:
        right = _verb(where.statement) or "SELECT"
        grant = f"GRANT {right} ON {name} TO {user}"
    return StorageFault(
        FAULT_NO_RIGHTS,
        f"{who} tidak punya hak {right} pada {_OBJECT_WORDS[what]} {name}. Minta pengelola server "
        f"memberikannya ({grant}; lihat README, bagian PostgreSQL).",
    )


def _connect_fault(text: str, where: Where) -> StorageFault | None:
    """A connection that could not be made, from libpq's words (psycopg gives no SQLSTATE then)."""
    low = text.lower()
    server = _found("server", text) or where.server
    at = f" {server}" if server else ""
    database = _found("database", text) or where.database
    service = re.search(r'definition of service "(?P<v>[^"]*)" not found', text)
    if service is not None:
        return StorageFault(
            FAULT_LOGIN,
            f"Layanan PostgreSQL '{service.group('v')}' tidak ada di berkas layanan (~/.pg_service.conf, "
            "atau berkas yang ditunjuk PGSERVICEFILE). Tambahkan bagian [" + service.group("v") + "] "
            "seperti contoh di README, bagian PostgreSQL.",
        )
    service_file = re.search(r'service file "(?P<v>[^"]*)" not found', text)
    if service_file is not None:
        return StorageFault(
            FAULT_LOGIN,
            f"Berkas layanan PostgreSQL {service_file.group('v')} tidak ada. Buat berkas itu seperti "
            "contoh di README (bagian PostgreSQL), atau perbaiki PGSERVICEFILE.",
        )
    if "password authentication failed" in low:
        return StorageFault(
            FAULT_LOGIN,
            f"Server basis data{at} menolak login {_account(where, text).lower()}: kata sandi salah. "
            "Periksa kata sandi di ~/.pgpass atau di berkas layanan PostgreSQL (lihat README, bagian PostgreSQL).",
        )
    if "no password supplied" in low:
        return StorageFault(
            FAULT_LOGIN,
            f"Server basis data{at} meminta kata sandi untuk {_account(where, text).lower()}, tetapi "
            "tidak ada. Simpan kata sandinya di ~/.pgpass (lihat README, bagian PostgreSQL).",
        )
    if "is not permitted to log in" in low:
        return StorageFault(
            FAULT_NO_RIGHTS,
            f"{_account(where, text)} tidak punya hak LOGIN di server{at}. Minta pengelola server "
            f"memberikannya (ALTER ROLE {_found('role', text) or where.user or 'PENGGUNA'} LOGIN).",
        )
    if re.search(r'role "[^"]*" does not exist', low):
        return StorageFault(
            FAULT_LOGIN,
            f"{_account(where, text)} tidak ada di server{at}. Periksa nama pengguna pada alamat "
            "basis data, SOPDESK_DATABASE_URL atau berkas layanan PostgreSQL.",
        )
    if "no pg_hba.conf entry" in low:
        return StorageFault(
            FAULT_LOGIN,
            f"Server basis data{at} tidak menerima sambungan dari komputer ini untuk "
            f"{_account(where, text).lower()} ke basis data '{database}'. Minta pengelola server "
            "menambahkannya di pg_hba.conf.",
        )
    if re.search(r'database "[^"]*" does not exist', low):
        return StorageFault(
            FAULT_NO_DATABASE,
            f"Basis data '{database}' tidak ada di server{at}. Periksa nama basis data pada alamat "
            "--db, SOPDESK_DATABASE_URL atau berkas layanan PostgreSQL.",
        )
    if "permission denied for database" in low:
        return no_rights(text, where)
    if "too many clients" in low or "remaining connection slots" in low:
        return StorageFault(
            FAULT_FULL,
            f"Server basis data{at} sudah melayani sambungan sebanyak batasnya. Tutup SOPDesk yang tidak "
            "dipakai di komputer lain, atau minta pengelola menaikkan max_connections.",
        )
    if "connection refused" in low:
        return StorageFault(
            FAULT_GONE,
            f"Server basis data{at} menolak sambungan: tidak ada PostgreSQL yang berjalan di alamat dan "
            "port itu. Periksa alamatnya, atau minta pengelola menyalakan server.",
        )
    host = _found("host", text)
    if host or "name or service not known" in low or "could not translate host name" in low:
        return StorageFault(
            FAULT_GONE,
            f"Nama server basis data '{host or where.server}' tidak dikenal. Periksa nama server pada "
            "alamat --db, SOPDESK_DATABASE_URL atau berkas layanan PostgreSQL, dan sambungan jaringan.",
        )
    if "network is unreachable" in low or "no route to host" in low or "host is unreachable" in low:
        return StorageFault(
            FAULT_GONE,
            f"Server basis data{at} tidak dapat dicapai dari komputer ini. Periksa sambungan jaringan, "
            "atau tanyakan pengelola apakah alamatnya berubah.",
        )
    if "timeout expired" in low or "timed out" in low:
        return StorageFault(
            FAULT_TIMEOUT,
            f"Server basis data{at} tidak menjawab dalam batas waktu sambungan. Periksa jaringan, atau "
            "minta pengelola memeriksa server (mati, macet, atau terhalang firewall).",
        )
    if "ssl negotiation" in low or "not a postgresql server" in low:
        return StorageFault(
            FAULT_GONE,
            f"Yang menjawab di{at or ' alamat itu'} bukan server PostgreSQL. Periksa alamat dan port "
            "basis data.",
        )
    if "starting up" in low or "shutting down" in low or "in recovery mode" in low:
        return StorageFault(
            FAULT_GONE,
            f"Server basis data{at} sedang dinyalakan atau dimatikan. Coba lagi sebentar lagi.",
        )
    return None


def _pg_fault(exc: Any, where: Where | None = None) -> StorageFault | None:
    where = where or Where()
    state = getattr(exc, "sqlstate", None) or ""
    detail = _first_line(exc)
    import psycopg  # loaded already: the error came from it

    if not state and isinstance(exc, psycopg.OperationalError):
        # psycopg raises OperationalError (ConnectionTimeout …) without a SQLSTATE when it cannot
        # connect at all: libpq's text says why (the server's own FATAL line included).
        found = _connect_fault(" ".join(str(exc).split()), where)
        if found is not None:
            return found
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
        return no_rights(detail, where)
    if state == "3F000" and "no schema has been selected" in detail:  # CREATE without a usable schema
        creating = Where(where.user, where.server, where.database, "CREATE")
        return no_rights("permission denied for schema public", creating)
    if state in _PG_READ_ONLY:
        return StorageFault(
            FAULT_READ_ONLY,
            "Server basis data hanya menerima pembacaan (mode hanya-baca atau server cadangan). "
            "Tidak ada yang tersimpan; sambungkan ke server utama.",
        )
    if state in _PG_LOGIN or state in _PG_NO_DATABASE:
        found = _connect_fault(detail, where)
        if found is not None:
            return found
        return StorageFault(
            FAULT_LOGIN if state in _PG_LOGIN else FAULT_NO_DATABASE,
            f"Server basis data menolak sambungan ({detail}). Periksa nama pengguna, kata sandi dan "
            "nama basis data di berkas layanan PostgreSQL atau .pgpass (lihat README).",
        )
    if not state and isinstance(exc, psycopg.OperationalError):
        text = detail.lower()
        if "timeout" in text or "timed out" in text:
            return too_slow(detail)
        return server_gone(detail)
    return None


def translate(exc: BaseException, where: Where | Path | None = None) -> StorageFault | None:
    """The storage fault ``exc`` stands for, or None when it is not one. ``where``: the
    connection's user, server, database and statement (so a PostgreSQL message names them), and
    for SQLite the database's folder (to tell a full or read-only disk behind "disk I/O error");
    a bare path is that folder."""
    if isinstance(where, Path):
        where = Where(folder=where)
    if isinstance(exc, StorageFault):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    inner = orig if orig is not None else exc
    if isinstance(inner, sqlite3.Error):
        return _sqlite_fault(inner, where.folder if where else None)
    if type(inner).__module__.startswith("psycopg"):
        return _pg_fault(inner, where)
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
    """SQLAlchemy ``handle_error`` hook: raise the translated fault in place of the driver's
    (also for a connection that could not be made: the hook runs for those too)."""
    engine = getattr(context, "engine", None)
    where = Where.of(getattr(engine, "url", None), getattr(context, "statement", None))
    if engine is not None and engine.url.get_backend_name() == "sqlite" and engine.url.database:
        database = str(engine.url.database).removeprefix("file:").split("?", 1)[0]
        where = Where(statement=where.statement, folder=Path(unquote(database)).parent)
    fault = translate(context.original_exception, where)
    if fault is not None:
        raise fault from context.original_exception
