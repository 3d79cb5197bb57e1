"""The SOP as data: its identity, lanes and steps, parsed from a TOML definition file.

A malformed file is refused with :class:`SopDefinitionError`, which names the file, the line
and the field, so whoever edits the definition can find the mistake.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sopdesk.domain.errors import SopDefinitionError

SDA = "sda"


@dataclass(frozen=True)
class Signer:
    jabatan: str
    nama: str
    nip: str


@dataclass(frozen=True)
class SopIdentity:
    nomor: str
    judul: str
    nama_prosedur: str
    pemerintah: str
    unit: tuple[str, ...]
    tanggal_pembuatan: str
    tanggal_revisi: str
    tanggal_efektif: str
    disahkan_oleh: Signer
    dasar_hukum: tuple[str, ...]
    kualifikasi_pelaksana: tuple[str, ...]
    keterkaitan: tuple[str, ...]
    peralatan: tuple[str, ...]
    peringatan: tuple[str, ...]
    pencatatan: tuple[str, ...]


@dataclass(frozen=True)
class Lane:
    code: str
    nama: str


@dataclass(frozen=True)
class Step:
    no: int
    uraian: str
    lanes: tuple[str, ...]
    kelengkapan: tuple[str, ...]
    waktu_hari: Decimal
    output: tuple[str, ...]
    keterangan: str = ""
    returns_to: int | None = None

    @property
    def lead_lane(self) -> str:
        return self.lanes[0]


@dataclass(frozen=True)
class SopDefinition:
    identity: SopIdentity
    lanes: tuple[Lane, ...]
    steps: tuple[Step, ...]
    source: str = field(default="", compare=False)

    @property
    def nomor(self) -> str:
        return self.identity.nomor

    @property
    def total_waktu_hari(self) -> Decimal:
        return sum((s.waktu_hari for s in self.steps), Decimal(0))

    def step(self, no: int) -> Step:
        for s in self.steps:
            if s.no == no:
                return s
        raise KeyError(no)

    def lane(self, code: str) -> Lane:
        for lane in self.lanes:
            if lane.code == code:
                return lane
        raise KeyError(code)

    def resolved_kelengkapan(self, no: int) -> tuple[str, ...]:
        """The step's kelengkapan with every "Sda" replaced by the row above's list."""
        return self._resolve(no, "kelengkapan")

    def resolved_output(self, no: int) -> tuple[str, ...]:
        return self._resolve(no, "output")

    def _resolve(self, no: int, attr: str) -> tuple[str, ...]:
        index = [s.no for s in self.steps].index(no)
        previous: tuple[str, ...] = ()
        if index > 0:
            previous = self._resolve(self.steps[index - 1].no, attr)
        return resolve_sda(getattr(self.steps[index], attr), previous)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form; stored per version and hashed to tell versions apart."""
        return {
            "identity": asdict(self.identity),
            "lanes": [asdict(lane) for lane in self.lanes],
            "steps": [
                {
                    "no": s.no,
                    "uraian": s.uraian,
                    "lanes": list(s.lanes),
                    "lead_lane": s.lead_lane,
                    "kelengkapan": list(s.kelengkapan),
                    "waktu_hari": str(s.waktu_hari),
                    "output": list(s.output),
                    "keterangan": s.keterangan,
                    "returns_to": s.returns_to,
                }
                for s in self.steps
            ],
        }

    def content_hash(self) -> str:
        canonical = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def resolve_sda(items: tuple[str, ...], previous: tuple[str, ...]) -> tuple[str, ...]:
    """Replace each "Sda" part (alone or inside a comma list) by the previous list."""
    out: list[str] = []
    for item in items:
        parts = [p.strip() for p in item.split(",")]
        if not any(p.strip(" .").lower() == SDA for p in parts):
            out.append(item)
            continue
        for part in parts:
            bare = part.strip(" .")
            if not bare:
                continue
            if bare.lower() == SDA:
                out.extend(previous)
            else:
                out.append(bare)
    seen: set[str] = set()
    unique = []
    for item in out:
        if item not in seen:
            seen.add(item)
            unique.append(item)
    return tuple(unique)


def sop_from_dict(data: dict[str, Any]) -> SopDefinition:
    """Rebuild a definition stored by :meth:`SopDefinition.to_dict` (already validated)."""
    ident = dict(data["identity"])
    signer = Signer(**ident.pop("disahkan_oleh"))
    identity = SopIdentity(
        nomor=ident["nomor"],
        judul=ident["judul"],
        nama_prosedur=ident["nama_prosedur"],
        pemerintah=ident["pemerintah"],
        unit=tuple(ident["unit"]),
        tanggal_pembuatan=ident["tanggal_pembuatan"],
        tanggal_revisi=ident["tanggal_revisi"],
        tanggal_efektif=ident["tanggal_efektif"],
        disahkan_oleh=signer,
        dasar_hukum=tuple(ident["dasar_hukum"]),
        kualifikasi_pelaksana=tuple(ident["kualifikasi_pelaksana"]),
        keterkaitan=tuple(ident["keterkaitan"]),
        peralatan=tuple(ident["peralatan"]),
        peringatan=tuple(ident["peringatan"]),
        pencatatan=tuple(ident["pencatatan"]),
    )
    return SopDefinition(
        identity=identity,
        lanes=tuple(Lane(**lane) for lane in data["lanes"]),
        steps=tuple(
            Step(
                no=s["no"],
                uraian=s["uraian"],
                lanes=tuple(s["lanes"]),
                kelengkapan=tuple(s["kelengkapan"]),
                waktu_hari=Decimal(s["waktu_hari"]),
                output=tuple(s["output"]),
                keterangan=s["keterangan"],
                returns_to=s["returns_to"],
            )
            for s in data["steps"]
        ),
    )


# --- parsing -----------------------------------------------------------------------------


class _Locator:
    """Finds the line of a field in the raw TOML text (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _table_start(self, table: str, index: int | None) -> int | None:
        if index is None:
            pattern = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]\s*(#.*)?$")
        else:
            pattern = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]\s*(#.*)?$")
        count = -1
        for i, line in enumerate(self.lines):
            if pattern.match(line):
                count += 1
                if index is None or count == index:
                    return i
        return None

    def line(self, table: str, index: int | None = None, key: str | None = None) -> int | None:
        start = self._table_start(table, index)
        if start is None:
            return None
        if key is None:
            return start + 1
        key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start + 1, len(self.lines)):
            if self.lines[i].lstrip().startswith("["):
                break
            if key_re.match(self.lines[i]):
                return i + 1
        return start + 1


class _Parser:
    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.loc = _Locator(text)

    def fail(self, path: str, message: str, table: str, index: int | None, key: str | None) -> SopDefinitionError:
        return SopDefinitionError(self.file, self.loc.line(table, index, key), path, message)

    def present(self, raw: dict[str, Any], key: str, table: str, index: int | None, path: str, required: bool) -> bool:
        """Whether ``key`` is there; a missing required key is refused."""
        if key in raw:
            return True
        if required:
            raise self.fail(f"{path}.{key}", "wajib diisi", table, index, None)
        return False

    def text(
        self,
        raw: dict[str, Any],
        key: str,
        table: str,
        index: int | None,
        path: str,
        *,
        required: bool = True,
    ) -> str:
        if not self.present(raw, key, table, index, path, required):
            return ""
        value = raw[key]
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "harus berupa teks", table, index, key)
        if required and not value.strip():
            raise self.fail(f"{path}.{key}", "tidak boleh kosong", table, index, key)
        return value.strip()

    def texts(
        self,
        raw: dict[str, Any],
        key: str,
        table: str,
        index: int | None,
        path: str,
        *,
        required: bool = True,
    ) -> tuple[str, ...]:
        if not self.present(raw, key, table, index, path, required):
            return ()
        value = raw[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{path}.{key}", "harus berupa daftar teks yang tidak kosong", table, index, key)
        if required and not value:
            raise self.fail(f"{path}.{key}", "daftar tidak boleh kosong", table, index, key)
        return tuple(v.strip() for v in value)


def parse_sop(text: str, file: str = "<sop>") -> SopDefinition:
    import tomllib  # only where a definition file is read (start-up need not pay for it)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise SopDefinitionError(file, line, "(sintaks)", f"TOML tidak sah: {exc}") from exc
    p = _Parser(file, text)

    sop = data.get("sop")
    if not isinstance(sop, dict):
        raise SopDefinitionError(file, None, "sop", "tabel [sop] wajib ada")
    signer_raw = sop.get("disahkan_oleh")
    if not isinstance(signer_raw, dict):
        raise p.fail("sop.disahkan_oleh", "tabel [sop.disahkan_oleh] wajib ada", "sop", None, None)
    signer = Signer(
        jabatan=p.text(signer_raw, "jabatan", "sop.disahkan_oleh", None, "sop.disahkan_oleh"),
        nama=p.text(signer_raw, "nama", "sop.disahkan_oleh", None, "sop.disahkan_oleh"),
        nip=p.text(signer_raw, "nip", "sop.disahkan_oleh", None, "sop.disahkan_oleh"),
    )
    if not re.fullmatch(r"\d{18}", signer.nip):
        raise p.fail("sop.disahkan_oleh.nip", "NIP harus 18 angka", "sop.disahkan_oleh", None, "nip")
    identity = SopIdentity(
        nomor=p.text(sop, "nomor", "sop", None, "sop"),
        judul=p.text(sop, "judul", "sop", None, "sop"),
        nama_prosedur=p.text(sop, "nama_prosedur", "sop", None, "sop"),
        pemerintah=p.text(sop, "pemerintah", "sop", None, "sop"),
        unit=p.texts(sop, "unit", "sop", None, "sop"),
        tanggal_pembuatan=p.text(sop, "tanggal_pembuatan", "sop", None, "sop", required=False),
        tanggal_revisi=p.text(sop, "tanggal_revisi", "sop", None, "sop", required=False),
        tanggal_efektif=p.text(sop, "tanggal_efektif", "sop", None, "sop", required=False),
        disahkan_oleh=signer,
        dasar_hukum=p.texts(sop, "dasar_hukum", "sop", None, "sop"),
        kualifikasi_pelaksana=p.texts(sop, "kualifikasi_pelaksana", "sop", None, "sop"),
        keterkaitan=p.texts(sop, "keterkaitan", "sop", None, "sop", required=False),
        peralatan=p.texts(sop, "peralatan", "sop", None, "sop"),
        peringatan=p.texts(sop, "peringatan", "sop", None, "sop", required=False),
        pencatatan=p.texts(sop, "pencatatan", "sop", None, "sop", required=False),
    )

    lanes_raw = data.get("lanes")
    if not isinstance(lanes_raw, list) or not lanes_raw:
        raise SopDefinitionError(file, None, "lanes", "minimal satu [[lanes]] wajib ada")
    lanes: list[Lane] = []
    for i, raw in enumerate(lanes_raw):
        path = f"lanes[{i + 1}]"
        code = p.text(raw, "code", "lanes", i, path)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", code):
            raise p.fail(f"{path}.code", "kode hanya huruf kecil, angka dan _", "lanes", i, "code")
        if any(lane.code == code for lane in lanes):
            raise p.fail(f"{path}.code", f"kode '{code}' ganda", "lanes", i, "code")
        lanes.append(Lane(code=code, nama=p.text(raw, "nama", "lanes", i, path)))
    lane_codes = {lane.code for lane in lanes}

    steps_raw = data.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise SopDefinitionError(file, None, "steps", "minimal satu [[steps]] wajib ada")
    steps: list[Step] = []
    for i, raw in enumerate(steps_raw):
        path = f"steps[{i + 1}]"
        no = raw.get("no")
        if not isinstance(no, int) or isinstance(no, bool) or no != i + 1:
            raise p.fail(f"{path}.no", f"nomor langkah harus {i + 1} (berurutan)", "steps", i, "no")
        step_lanes = p.texts(raw, "lanes", "steps", i, path)
        for code in step_lanes:
            if code not in lane_codes:
                raise p.fail(f"{path}.lanes", f"pelaksana '{code}' tidak ada di [[lanes]]", "steps", i, "lanes")
        if len(set(step_lanes)) != len(step_lanes):
            raise p.fail(f"{path}.lanes", "pelaksana ganda", "steps", i, "lanes")
        waktu = raw.get("waktu_hari")
        if isinstance(waktu, bool) or not isinstance(waktu, int | float | str):
            raise p.fail(f"{path}.waktu_hari", "wajib berupa angka hari kerja", "steps", i, "waktu_hari")
        try:
            waktu_dec = Decimal(str(waktu))
        except InvalidOperation:
            raise p.fail(f"{path}.waktu_hari", "bukan angka", "steps", i, "waktu_hari") from None
        if waktu_dec <= 0 or (waktu_dec * 2) != (waktu_dec * 2).to_integral_value():
            raise p.fail(
                f"{path}.waktu_hari", "harus lebih dari 0 dan kelipatan setengah hari", "steps", i, "waktu_hari"
            )
        returns_to = raw.get("returns_to")
        if returns_to is not None and (
            not isinstance(returns_to, int) or isinstance(returns_to, bool) or not 1 <= returns_to < no
        ):
            raise p.fail(f"{path}.returns_to", "harus nomor langkah sebelumnya", "steps", i, "returns_to")
        steps.append(
            Step(
                no=no,
                uraian=p.text(raw, "uraian", "steps", i, path),
                lanes=step_lanes,
                kelengkapan=p.texts(raw, "kelengkapan", "steps", i, path),
                waktu_hari=waktu_dec.normalize()
                if waktu_dec != waktu_dec.to_integral_value()
                else waktu_dec.quantize(Decimal(1)),
                output=p.texts(raw, "output", "steps", i, path),
                keterangan=p.text(raw, "keterangan", "steps", i, path, required=False),
                returns_to=returns_to,
            )
        )
    return SopDefinition(identity=identity, lanes=tuple(lanes), steps=tuple(steps), source=file)


def load_sop_file(path: Path) -> SopDefinition:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SopDefinitionError(str(path), None, "(berkas)", f"tidak dapat dibaca: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise SopDefinitionError(str(path), None, "(berkas)", "bukan teks UTF-8") from exc
    return parse_sop(text, str(path))
