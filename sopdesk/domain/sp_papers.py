"""What the papers of a Standar Pelayanan say (pure Python): the SK of the head of the OPD
that sets it, the Maklumat Pelayanan, the Berita Acara of the Forum Konsultasi Publik, the
Buku Laporan that binds them, and the rows of the SIPP workbook.

The texts that are custom rather than law (the SK's considerations, the usual Maklumat
sentence, the groups of FKP participants, the SIPP columns) are defaults the office edits: the
SK's texts and the Maklumat are stored with each case (:class:`SpDocument`), and the defaults
come from the settings (``sp_bawaan``) and ``resources/sp/sipp.toml``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sopdesk.domain.dates import tanggal
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.sp import (
    COMPONENTS,
    MAKLUMAT,
    Part,
    SpContent,
    component,
    components_of,
    display_lines,
    duration_phrase,
    plain_text,
)
from sopdesk.domain.validation import check_nip, clean_text, normalise_nip

SETTINGS_KEY = "sp_bawaan"
DAERAH = "Kabupaten Tangerang"
DEFAULT_MAKLUMAT = (
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
    "ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
    "perundang-undangan yang berlaku."
)
DEFAULT_MENGINGAT = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang "
    "Pelayanan Publik",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang "
    "Pedoman Standar Pelayanan",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang "
    "Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik",
)
DEFAULT_MENIMBANG = (
    "bahwa untuk memberikan kepastian, meningkatkan kualitas dan kinerja pelayanan sesuai dengan kebutuhan "
    "masyarakat dan selaras dengan kemampuan penyelenggara, setiap penyelenggara pelayanan publik wajib "
    "menyusun, menetapkan dan menerapkan Standar Pelayanan",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan "
    "{jabatan} tentang Standar Pelayanan pada {opd}",
)
FKP_GROUPS = (
    "Pengguna layanan",
    "Ahli/praktisi/akademisi",
    "Instansi terkait",
    "Organisasi masyarakat sipil",
    "Media",
    "Penyelenggara",
)
DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN")
MAX_LINES = 30
MAX_PARTICIPANTS = 300


def group_nip(nip: str) -> str:
    """A NIP written as BKN groups it: 19750315 200012 2 003."""
    digits = normalise_nip(nip)
    if len(digits) != 18 or not digits.isdigit():
        return nip.strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


@dataclass(frozen=True)
class Signer:
    jabatan: str = ""
    nama: str = ""
    nip: str = ""
    pangkat: str = ""  # pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)"

    def to_dict(self) -> dict[str, str]:
        return {"jabatan": self.jabatan, "nama": self.nama, "nip": self.nip, "pangkat": self.pangkat}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Signer:
        data = data or {}
        return cls(*(str(data.get(k, "")) for k in ("jabatan", "nama", "nip", "pangkat")))


@dataclass(frozen=True)
class Participant:
    kelompok: str
    nama: str
    instansi: str = ""  # asal, instansi or jabatan

    def to_dict(self) -> dict[str, str]:
        return {"kelompok": self.kelompok, "nama": self.nama, "instansi": self.instansi}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        return cls(str(data.get("kelompok", "")), str(data.get("nama", "")), str(data.get("instansi", "")))


@dataclass(frozen=True)
class Decree:
    """The SK of the head of the OPD that sets the SP (one per Berkas SP, one lampiran per layanan)."""

    nomor: str = ""
    tanggal: date | None = None
    tempat: str = ""
    penetap: Signer = Signer()
    menimbang: tuple[str, ...] = ()
    mengingat: tuple[str, ...] = ()
    mencabut: str = ""  # the earlier SK this one revokes, as it is cited

    def to_dict(self) -> dict[str, Any]:
        return {
            "nomor": self.nomor,
            "tanggal": self.tanggal.isoformat() if self.tanggal else "",
            "tempat": self.tempat,
            "penetap": self.penetap.to_dict(),
            "menimbang": list(self.menimbang),
            "mengingat": list(self.mengingat),
            "mencabut": self.mencabut,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Decree:
        data = data or {}
        day = str(data.get("tanggal", "") or "")
        return cls(
            nomor=str(data.get("nomor", "")),
            tanggal=date.fromisoformat(day) if day else None,
            tempat=str(data.get("tempat", "")),
            penetap=Signer.from_dict(data.get("penetap")),
            menimbang=tuple(str(x) for x in data.get("menimbang", ())),
            mengingat=tuple(str(x) for x in data.get("mengingat", ())),
            mencabut=str(data.get("mencabut", "")),
        )


@dataclass(frozen=True)
class Fkp:
    """The Forum Konsultasi Publik that discussed the draft (Permenpan RB 16/2017), as its
    Berita Acara records it."""

    nomor: str = ""
    tanggal: date | None = None
    tempat: str = ""
    agenda: str = ""
    participants: tuple[Participant, ...] = ()
    hasil: str = ""  # the agreements, one a line
    pimpinan: Signer = Signer()  # who chaired it for the penyelenggara
    wakil: Signer = Signer()  # the participants' representative (jabatan: his group or body)

    def to_dict(self) -> dict[str, Any]:
        return {
            "nomor": self.nomor,
            "tanggal": self.tanggal.isoformat() if self.tanggal else "",
            "tempat": self.tempat,
            "agenda": self.agenda,
            "peserta": [p.to_dict() for p in self.participants],
            "hasil": self.hasil,
            "pimpinan": self.pimpinan.to_dict(),
            "wakil": self.wakil.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Fkp:
        data = data or {}
        day = str(data.get("tanggal", "") or "")
        return cls(
            nomor=str(data.get("nomor", "")),
            tanggal=date.fromisoformat(day) if day else None,
            tempat=str(data.get("tempat", "")),
            agenda=str(data.get("agenda", "")),
            participants=tuple(Participant.from_dict(p) for p in data.get("peserta", ()) if isinstance(p, Mapping)),
            hasil=str(data.get("hasil", "")),
            pimpinan=Signer.from_dict(data.get("pimpinan")),
            wakil=Signer.from_dict(data.get("wakil")),
        )

    def by_group(self, groups: Sequence[str] = FKP_GROUPS) -> list[tuple[str, list[Participant]]]:
        """Participants grouped in the order of ``groups`` (other groups after, as written)."""
        order = list(groups) + [p.kelompok for p in self.participants if p.kelompok not in groups]
        seen: list[str] = list(dict.fromkeys(order))
        return [
            (g, [p for p in self.participants if p.kelompok == g])
            for g in seen
            if any(p.kelompok == g for p in self.participants)
        ]


@dataclass(frozen=True)
class SippFields:
    """What SIPP asks of a layanan besides its SP: a description and where it is given."""

    layanan: str
    deskripsi: str = ""
    lokasi: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"layanan": self.layanan, "deskripsi": self.deskripsi, "lokasi": self.lokasi}


@dataclass(frozen=True)
class SpDocument:
    """The case-level data of the SP papers: the SK, the FKP and the SIPP fields per layanan
    (one per Berkas SP)."""

    decree: Decree = Decree()
    fkp: Fkp = Fkp()
    sipp: tuple[SippFields, ...] = ()
    version: int = 0  # 0: nothing saved yet (the defaults are shown)
    updated_by: str = ""
    updated_at: datetime | None = None

    def sipp_of(self, layanan: str) -> SippFields:
        from sopdesk.domain.sp import layanan_key

        key = layanan_key(layanan)
        return next((s for s in self.sipp if layanan_key(s.layanan) == key), SippFields(layanan))

    def with_sipp(self, fields: SippFields) -> SpDocument:
        from sopdesk.domain.sp import layanan_key

        key = layanan_key(fields.layanan)
        kept = tuple(s for s in self.sipp if layanan_key(s.layanan) != key)
        return replace(self, sipp=(*kept, fields))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sk": self.decree.to_dict(), "fkp": self.fkp.to_dict()}
        if self.sipp:
            out["sipp"] = [s.to_dict() for s in sorted(self.sipp, key=lambda s: s.layanan)]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **extra: Any) -> SpDocument:
        sipp = tuple(
            SippFields(str(s.get("layanan", "")), str(s.get("deskripsi", "")), str(s.get("lokasi", "")))
            for s in data.get("sipp", ())
            if isinstance(s, Mapping)
        )
        return cls(Decree.from_dict(data.get("sk")), Fkp.from_dict(data.get("fkp")), sipp, **extra)

    def canonical(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Defaults:
    """The office's defaults for new SP papers (the settings ``sp_bawaan``)."""

    daerah: str = DAERAH
    maklumat: str = DEFAULT_MAKLUMAT
    menimbang: tuple[str, ...] = DEFAULT_MENIMBANG
    mengingat: tuple[str, ...] = DEFAULT_MENGINGAT
    fkp_groups: tuple[str, ...] = FKP_GROUPS

    @classmethod
    def from_setting(cls, value: object) -> Defaults:
        if not isinstance(value, Mapping):
            return cls()
        base = cls()

        def lines(key: str, default: tuple[str, ...]) -> tuple[str, ...]:
            found = value.get(key)
            if isinstance(found, list) and all(isinstance(x, str) for x in found) and found:
                return tuple(found)
            return default

        return cls(
            daerah=str(value.get("daerah") or base.daerah),
            maklumat=str(value.get("maklumat") or base.maklumat),
            menimbang=lines("menimbang", base.menimbang),
            mengingat=lines("mengingat", base.mengingat),
            fkp_groups=lines("fkp_kelompok", base.fkp_groups),
        )


def head_title(opd_nama: str, opd_jenis: str, daerah: str = DAERAH) -> str:
    """The jabatan of the head of an OPD as the SK names it: "Kepala Dinas Kesehatan
    Kabupaten Tangerang", "Camat Cikupa", "Direktur RSUD ...", "Sekretaris Daerah ..."."""
    nama = " ".join(opd_nama.split())
    folded = nama.casefold()
    if opd_jenis == "kecamatan" or folded.startswith("kecamatan "):
        return f"Camat {nama.split(' ', 1)[1] if ' ' in nama else nama}"
    if folded.startswith("rsud") or folded.startswith("rumah sakit"):
        return f"Direktur {nama}"
    if folded == "sekretariat daerah":
        return f"Sekretaris Daerah {daerah}"
    if folded.startswith("sekretariat dprd"):
        return f"Sekretaris DPRD {daerah}"
    if folded == "inspektorat":
        return f"Inspektur {daerah}"
    return f"Kepala {nama} {daerah}"


def default_document(opd_nama: str, opd_jenis: str, defaults: Defaults, place: str) -> SpDocument:
    jabatan = head_title(opd_nama, opd_jenis, defaults.daerah)
    menimbang = tuple(line.replace("{jabatan}", jabatan).replace("{opd}", opd_nama) for line in defaults.menimbang)
    decree = Decree(
        tempat=place,
        penetap=Signer(jabatan=jabatan),
        menimbang=menimbang,
        mengingat=defaults.mengingat,
    )
    fkp = Fkp(tempat=place, agenda=f"pembahasan rancangan Standar Pelayanan dan Maklumat Pelayanan {opd_nama}")
    return SpDocument(decree, fkp)


def _clean_lines(values: Sequence[str], field_name: str, label: str) -> tuple[str, ...]:
    out = tuple(clean_text(v).rstrip(";") for v in values if clean_text(v))
    if len(out) > MAX_LINES:
        raise ValidationError.single(field_name, f"{label}: paling banyak {MAX_LINES} butir.")
    if any(len(v) > 1000 for v in out):
        raise ValidationError.single(field_name, f"{label}: setiap butir paling panjang 1.000 karakter.")
    return out


def _check_signer(signer: Signer, prefix: str, errors: dict[str, str]) -> Signer:
    nip_problem = check_nip(signer.nip)
    if nip_problem:
        errors[f"{prefix}_nip"] = nip_problem
    for key, value in (("jabatan", signer.jabatan), ("nama", signer.nama), ("pangkat", signer.pangkat)):
        if len(clean_text(value)) > 300:
            errors[f"{prefix}_{key}"] = "Paling panjang 300 karakter."
    return Signer(
        clean_text(signer.jabatan), clean_text(signer.nama), normalise_nip(signer.nip), clean_text(signer.pangkat)
    )


def check_document(doc: SpDocument) -> SpDocument:
    """Bound and tidy what the forms collected; field messages in Indonesian."""
    errors: dict[str, str] = {}
    d, f = doc.decree, doc.fkp
    if len(clean_text(d.nomor)) > 120:
        errors["sk_nomor"] = "Nomor SK paling panjang 120 karakter."
    if len(clean_text(d.mencabut)) > 1000:
        errors["sk_mencabut"] = "Paling panjang 1.000 karakter."
    penetap = _check_signer(d.penetap, "sk_penetap", errors)
    pimpinan = _check_signer(f.pimpinan, "fkp_pimpinan", errors)
    wakil = Signer(
        clean_text(f.wakil.jabatan), clean_text(f.wakil.nama), normalise_nip(f.wakil.nip), clean_text(f.wakil.pangkat)
    )
    if f.wakil.nip and check_nip(f.wakil.nip):
        errors["fkp_wakil_nip"] = str(check_nip(f.wakil.nip))
    people = tuple(
        Participant(clean_text(p.kelompok) or FKP_GROUPS[0], clean_text(p.nama), clean_text(p.instansi))
        for p in f.participants
        if clean_text(p.nama)
    )
    if len(people) > MAX_PARTICIPANTS:
        errors["fkp_peserta"] = f"Paling banyak {MAX_PARTICIPANTS} peserta."
    if any(len(p.nama) > 200 or len(p.instansi) > 300 or len(p.kelompok) > 100 for p in people):
        errors["fkp_peserta"] = "Nama peserta paling panjang 200 karakter, instansi 300."
    for s in doc.sipp:
        if len(s.deskripsi) > 2000 or len(s.lokasi) > 1000:
            errors["sipp"] = "Deskripsi paling panjang 2.000 karakter, lokasi 1.000."
    if len(f.hasil) > 10_000:
        errors["fkp_hasil"] = "Hasil forum paling panjang 10.000 karakter."
    try:
        menimbang = _clean_lines(d.menimbang, "sk_menimbang", "Menimbang")
        mengingat = _clean_lines(d.mengingat, "sk_mengingat", "Mengingat")
    except ValidationError as exc:
        errors.update(exc.fields)
        menimbang, mengingat = d.menimbang, d.mengingat
    if errors:
        raise ValidationError(errors)
    decree = replace(
        d,
        nomor=clean_text(d.nomor),
        tempat=clean_text(d.tempat),
        penetap=penetap,
        menimbang=menimbang,
        mengingat=mengingat,
        mencabut=clean_text(d.mencabut),
    )
    fkp = replace(
        f,
        nomor=clean_text(f.nomor),
        tempat=clean_text(f.tempat),
        agenda=clean_text(f.agenda),
        participants=people,
        hasil="\n".join(line.strip() for line in f.hasil.strip().splitlines() if line.strip()),
        pimpinan=pimpinan,
        wakil=wakil,
    )
    sipp = tuple(SippFields(s.layanan, s.deskripsi.strip(), s.lokasi.strip()) for s in doc.sipp)
    return replace(doc, decree=decree, fkp=fkp, sipp=sipp)


# --- the SK and its lampiran ------------------------------------------------------------------


def diktum(decree: Decree, opd_nama: str, layanan: Sequence[str]) -> list[tuple[str, str]]:
    """The decree's articles, KESATU onwards."""
    items = [
        f"Menetapkan Standar Pelayanan pada {opd_nama} sebagaimana tercantum dalam Lampiran yang merupakan "
        "bagian tidak terpisahkan dari Keputusan ini.",
        "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU meliputi jenis layanan: "
        + "; ".join(f"{chr(ord('a') + i)}. {name}" for i, name in enumerate(layanan))
        + ".",
        "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU wajib dilaksanakan oleh penyelenggara dan "
        "pelaksana pelayanan, dan menjadi acuan penilaian kinerja pelayanan oleh pimpinan penyelenggara, aparat "
        "pengawasan dan masyarakat.",
    ]
    if decree.mencabut:
        items.append(f"Dengan berlakunya Keputusan ini, {decree.mencabut} dicabut dan dinyatakan tidak berlaku.")
    items.append("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    return list(zip(DIKTUM, items, strict=False))


def decree_title(decree: Decree) -> str:
    return f"KEPUTUSAN {decree.penetap.jabatan.upper()}" if decree.penetap.jabatan else "KEPUTUSAN"


def decree_subject(opd_nama: str) -> str:
    return f"STANDAR PELAYANAN PADA {opd_nama.upper()}"


@dataclass(frozen=True)
class LampiranRow:
    kind: str  # "part": a part heading; "row": a component
    number: str
    komponen: str
    lines: tuple[tuple[int, str], ...]  # (indent level, text)


def lampiran_rows(content: SpContent) -> list[LampiranRow]:
    """The table NO | KOMPONEN | URAIAN of one layanan, grouped into the two parts."""
    rows: list[LampiranRow] = []
    for part in Part:
        rows.append(LampiranRow("part", part.letter, part.heading, ()))
        for c in components_of(part):  # numbered 1 to 14 through both parts, as the SP's components are
            lines = tuple(display_lines(c.no, content.get(c.no))) or ((0, "-"),)
            rows.append(LampiranRow("row", str(c.no), c.nama, lines))
    return rows


# --- SIPP ---------------------------------------------------------------------------------------

SIPP_SOURCES = ("no", "layanan", "deskripsi", "penyelenggara", "lokasi", "sk_nomor", "sk_tanggal", "opd_singkatan")


@dataclass(frozen=True)
class SippColumn:
    header: str
    source: str  # one of SIPP_SOURCES, or "komponen:N"
    width: float = 30.0
    note: str = ""  # how sure we are of it (docs/standar-pelayanan.md)


def sipp_columns(data: Mapping[str, Any]) -> tuple[SippColumn, ...]:
    """The SIPP workbook's columns from ``resources/sp/sipp.toml`` (checked: a bad source is refused)."""
    out: list[SippColumn] = []
    for n, raw in enumerate(data.get("kolom", ()), start=1):
        if not isinstance(raw, Mapping):
            raise ValueError(f"kolom {n}: bukan tabel")
        source = str(raw.get("sumber", ""))
        match = re.fullmatch(r"komponen:(\d+)", source)
        if source not in SIPP_SOURCES and not (match and 1 <= int(match.group(1)) <= MAKLUMAT):
            raise ValueError(f"kolom {n}: sumber '{source}' tidak dikenal")
        out.append(
            SippColumn(str(raw.get("judul", source)), source, float(raw.get("lebar", 30)), str(raw.get("catatan", "")))
        )
    if not out:
        raise ValueError("tidak ada kolom")
    return tuple(out)


@dataclass(frozen=True)
class SippRow:
    layanan: str
    values: tuple[tuple[str, str], ...]  # (column header, value) in column order

    def value(self, header: str) -> str:
        return next((v for h, v in self.values if h == header), "")


def default_deskripsi(layanan: str, opd_nama: str, content: SpContent) -> str:
    produk = [i.text for i in content.get(5).items if i.level == 0]
    waktu = duration_phrase(content.get(3))
    text = f"Pelayanan {layanan} oleh {opd_nama}"
    if produk:
        text += f" yang menghasilkan {', '.join(produk[:3])}"
    if waktu:
        text += f", diselesaikan dalam {waktu}"
    return text + "."


def sipp_row(
    position: int,
    layanan: str,
    content: SpContent,
    columns: Sequence[SippColumn],
    *,
    opd_nama: str,
    opd_singkatan: str = "",
    decree: Decree | None = None,
    fields: SippFields | None = None,
) -> SippRow:
    """One layanan's row of the SIPP workbook, filled from its SP."""
    values: list[tuple[str, str]] = []
    for col in columns:
        source = col.source
        if source.startswith("komponen:"):
            no = int(source.split(":", 1)[1])
            value = content.maklumat if no == MAKLUMAT else plain_text(no, content.get(no))
        elif source == "no":
            value = str(position)
        elif source == "layanan":
            value = layanan
        elif source == "deskripsi":
            value = (fields.deskripsi if fields else "") or default_deskripsi(layanan, opd_nama, content)
        elif source == "penyelenggara":
            value = opd_nama
        elif source == "opd_singkatan":
            value = opd_singkatan
        elif source == "lokasi":
            value = fields.lokasi if fields else ""
        elif source == "sk_nomor":
            value = decree.nomor if decree else ""
        elif source == "sk_tanggal":
            value = tanggal(decree.tanggal) if decree and decree.tanggal else ""
        else:  # pragma: no cover - sipp_columns refuses unknown sources
            value = ""
        values.append((col.header, value))
    return SippRow(layanan, tuple(values))


def sipp_hash(rows: Sequence[SippRow]) -> str:
    payload = [[r.layanan, [list(v) for v in r.values]] for r in rows]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


# --- the Buku Laporan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BookLayanan:
    layanan: str
    content: SpContent
    version: int


@dataclass(frozen=True)
class SpBook:
    """Everything the SP papers of one case print: the SK with one lampiran per layanan, the
    Maklumat, the Berita Acara FKP; the Buku Laporan binds them under a cover and a daftar isi."""

    case_id: int
    case_number: str
    opd_nama: str
    layanan: tuple[BookLayanan, ...]
    document: SpDocument
    signed: bool
    year: int
    place: str
    extra: Mapping[str, str] = field(default_factory=dict)

    def content_hash(self) -> str:
        payload = {
            "case": [self.case_id, self.case_number, self.opd_nama],
            "layanan": [[b.layanan, b.version, b.content.to_dict()] for b in self.layanan],
            "document": self.document.to_dict(),
        }
        canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def maklumat_pages(self) -> list[tuple[str, list[str]]]:
        """The Maklumat pages: one for the unit when every layanan pledges the same text,
        else one per layanan (title, layanan named)."""
        texts = {b.content.maklumat.strip() for b in self.layanan if b.content.maklumat.strip()}
        if len(texts) <= 1:
            return [("", [b.layanan for b in self.layanan])] if texts else []
        return [(b.layanan, [b.layanan]) for b in self.layanan if b.content.maklumat.strip()]

    def maklumat_text(self, layanan: str = "") -> str:
        for b in self.layanan:
            if (not layanan or b.layanan == layanan) and b.content.maklumat.strip():
                return b.content.maklumat.strip()
        return ""


def component_names_in_order() -> list[str]:
    return [c.nama for c in COMPONENTS]


def component_shape_name(no: int) -> str:
    return component(no).shape.value
