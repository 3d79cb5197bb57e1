"""The Standar Pelayanan from the command line: show, import a Word draft, set a component,
compare versions, export for SIPP, list the SPs (and those in force), and print its papers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sopdesk.cli.cases import case_of
from sopdesk.cli.common import CliError, Commands, Context, version


def _section(value: str) -> int:
    """``--komponen``: 1 to 14, or 15 / "maklumat"."""
    from sopdesk.domain.sp import MAKLUMAT

    text = value.strip().casefold()
    if text in ("maklumat", "m"):
        return MAKLUMAT
    if text.isdigit():
        return int(text)
    from sopdesk.domain.sp import match_component

    found = match_component(value)
    if found is None:
        raise CliError(f"--komponen: '{value}' bukan komponen; sebutkan nomornya (1-14) atau 'maklumat'.")
    return found


def _layanan(ctx: Context, view: Any) -> str:
    given = getattr(ctx.args, "layanan", None)
    if given:
        return str(view.of(given).layanan)
    if len(view.layanan) == 1:
        return str(view.layanan[0].layanan)
    names = ", ".join(item.layanan for item in view.layanan)
    raise CliError(f"Berkas ini punya beberapa jenis layanan; sebutkan --layanan ({names}).")


def cmd_sp_show(ctx: Context) -> int:
    from sopdesk.domain.sp import COMPONENTS, MAKLUMAT, Part, plain_text, section_label
    from sopdesk.services.sp import sp_case_view, to_json

    db = ctx.database()
    view = sp_case_view(db, case_of(ctx))
    chosen = [_layanan(ctx, view)] if ctx.args.layanan else None
    if ctx.args.format == "json":
        ctx.out(json.dumps(to_json(view, chosen), ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"{view.info.number} · {view.info.opd_nama} · langkah {view.state.current_step or '-'}")
    if view.refusal:
        ctx.out(f"Tidak dapat diubah: {view.refusal}")
    for item in view.layanan if chosen is None else [view.of(name) for name in chosen]:
        ctx.out("")
        version = item.record.version
        label = item.versions[-1].pass_label if item.versions else "belum diisi"
        signed = f", ditandatangani versi {item.record.signed_version}" if item.record.signed_version else ""
        ctx.out(f"== {item.layanan} (versi {version}, {label}{signed}; lengkap {item.complete_count}/15)")
        checks = {c.section: c for c in item.checks}
        for part in Part:
            ctx.out(f"{part.letter}. {part.label}")
            for c in (c for c in COMPONENTS if c.part is part):
                check = checks[c.no]
                ctx.out(f"  {c.no:>2}. {c.nama} [{check.status.label}]")
                for line in plain_text(c.no, item.content.get(c.no)).splitlines():
                    ctx.out(f"        {line}")
                for problem in check.problems:
                    if check.status.value != "kosong":
                        ctx.out(f"        ! {problem.message}")
        ctx.out(f"  {section_label(MAKLUMAT)} [{checks[MAKLUMAT].status.label}]")
        for line in item.content.maklumat.splitlines():
            ctx.out(f"        {line}")
        for fix in item.fixes:
            done = "sudah diubah" if fix.changed else "belum diubah"
            ctx.out(f"  Diminta diperbaiki: {fix.fix.describe()} ({done})")
    return 0


def cmd_sp_set(ctx: Context) -> int:
    from sopdesk.domain.sp import Source, section_label
    from sopdesk.services.sp import save_sections, sp_case_view

    a = ctx.args
    db = ctx.database()
    case_id = case_of(ctx)
    view = sp_case_view(db, case_id)
    layanan = _layanan(ctx, view)
    text = a.text
    if a.file:
        try:
            text = Path(a.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"--file: {a.file} tidak dapat dibaca ({exc.strerror}).") from None
    if text is None:
        raise CliError("Berikan isinya dengan --text atau --file.")
    section = _section(a.komponen)
    saved = save_sections(
        db,
        ctx.actor(),
        case_id,
        layanan,
        {section: text.replace("\\n", "\n")},
        expected_version=a.based_on,
        source=Source.CLI,
        note=a.note or "",
    )
    if saved.changed:
        ctx.out(
            f"{view.info.number} · {saved.layanan}: {section_label(section)} disimpan sebagai versi {saved.version}"
        )
    else:
        ctx.out(f"{view.info.number} · {saved.layanan}: tidak berubah (tetap versi {saved.version})")
    return 0


def cmd_sp_import(ctx: Context) -> int:
    from sopdesk.services.sp import import_word, plan_word_import

    db = ctx.database()
    case_id = case_of(ctx)
    path = Path(ctx.args.file)
    if ctx.args.dry_run:
        for line in plan_word_import(db, case_id, path).report():
            ctx.out(line)
        return 0
    result = import_word(db, ctx.actor(), case_id, path)
    for line in result.report():
        ctx.out(line)
    return 0


def _segments_text(segments: Any) -> str:
    out = []
    for s in segments:
        if s.op == "=":
            out.append(s.text)
        elif s.op == "-":
            out.append(f"[-{s.text}-]")
        else:
            out.append(f"{{+{s.text}+}}")
    return "".join(out)


def cmd_sp_compare(ctx: Context) -> int:
    from sopdesk.domain.sp import compare
    from sopdesk.services.sp import sp_case_view

    db = ctx.database()
    view = sp_case_view(db, case_of(ctx))
    item = view.of(_layanan(ctx, view))
    if not item.versions:
        raise CliError(f"SP {item.layanan} belum punya versi.")
    newest = item.versions[-1].number
    new_no = ctx.args.to or newest
    old_no = ctx.args.from_ if ctx.args.from_ is not None else max(1, new_no - 1)
    old, new = item.version(old_no), item.version(new_no)
    changes = compare(old.content, new.content)
    if ctx.args.format == "json":
        payload = {
            "layanan": item.layanan,
            "from": old_no,
            "to": new_no,
            "komponen": [
                {"no": c.section, "nama": c.label, "berubah": c.changed, "segmen": [[s.op, s.text] for s in c.segments]}
                for c in changes
            ],
        }
        ctx.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"{item.layanan}: {old.describe()} -> {new.describe()}")
    changed = [c for c in changes if c.changed]
    if not changed:
        ctx.out("Tidak ada perbedaan.")
    for c in changed:
        ctx.out(f"-- {c.label}")
        for line in _segments_text(c.segments).splitlines():
            ctx.out(f"   {line}")
    return 0


def cmd_sp_export_sipp(ctx: Context) -> int:
    from sopdesk.services.sp import export_sipp

    db = ctx.database()
    out = Path(ctx.args.out)
    rows = export_sipp(db, ctx.actor(), case_of(ctx), out)  # an export is in the name of who made it
    ctx.out(f"{out}: {rows} layanan untuk SIPP")
    return 0


def cmd_sp_list(ctx: Context) -> int:
    from sopdesk.services import read
    from sopdesk.services.sp import register, sp_list

    db = ctx.database()
    opd_id = None
    if ctx.args.opd:
        text = ctx.args.opd.strip().casefold()
        found = [o for o in read.opd_list(db) if text in (o.nama.casefold(), o.singkatan.casefold())]
        found = found or [o for o in read.opd_list(db) if text in o.nama.casefold()]
        if len(found) != 1:
            raise CliError(
                f"--opd: '{ctx.args.opd}' "
                + ("tidak ada dalam daftar OPD." if not found else "cocok dengan beberapa OPD.")
            )
        opd_id = found[0].id
    items = register(db, opd_id=opd_id) if ctx.args.berlaku else sp_list(db, opd_id=opd_id)
    if ctx.args.format == "json":
        payload = [
            {
                "case": i.case_number,
                "opd": i.opd_nama,
                "layanan": i.layanan,
                "version": i.version,
                "lengkap": i.complete,
                "status": i.state_label,
                "berlaku": i.in_force,
                "sk_nomor": i.sk_nomor,
                "sejak": i.since.isoformat() if i.since else None,
                "ditinjau": i.reviewed.isoformat() if i.reviewed else None,
                "sipp": i.sipp_at.isoformat() if i.sipp_at else None,
            }
            for i in items
        ]
        ctx.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not items:
        ctx.out("Belum ada standar pelayanan." if not ctx.args.berlaku else "Belum ada standar pelayanan yang berlaku.")
    for i in items:
        since = f", sejak {i.since:%d-%m-%Y}" if i.since else ""
        sk = f", SK {i.sk_nomor}" if i.sk_nomor else ""
        ctx.out(
            f"{i.case_number}  {i.opd_nama} · {i.layanan} · v{i.version} · {i.complete}/15 · {i.state_label}{sk}{since}"
        )
    return 0


def cmd_sp_review(ctx: Context) -> int:
    from sopdesk.services.sp import record_review, sp_case_view

    db = ctx.database()
    view = sp_case_view(db, case_of(ctx))
    item = view.of(_layanan(ctx, view))
    if item.record.id is None:
        raise CliError(f"SP {item.layanan} belum disimpan.")
    record_review(db, ctx.actor(), item.record.id, ctx.args.note)
    ctx.out(f"{view.info.number} · {item.layanan}: peninjauan dicatat")
    return 0


def cmd_sp_sk(ctx: Context) -> int:
    from dataclasses import replace

    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.services.sp import save_document, sp_case_view

    a = ctx.args
    db = ctx.database()
    case_id = case_of(ctx)
    view = sp_case_view(db, case_id)
    decree = view.document.decree
    changes: dict[str, Any] = {}
    if a.nomor is not None:
        changes["nomor"] = a.nomor
    if a.tanggal is not None:
        try:
            changes["tanggal"] = parse_tanggal(a.tanggal)
        except ValueError as exc:
            raise CliError(f"--tanggal: {exc}") from None
    if a.mencabut is not None:
        changes["mencabut"] = a.mencabut
    penetap = {
        k: getattr(a, f"penetap_{k}")
        for k in ("jabatan", "nama", "nip", "pangkat")
        if getattr(a, f"penetap_{k}") is not None
    }
    if penetap:
        changes["penetap"] = replace(decree.penetap, **penetap)
    if not changes:
        raise CliError("Tidak ada yang diubah: berikan --nomor, --tanggal, --mencabut atau --penetap-*.")
    document = replace(view.document, decree=replace(decree, **changes))
    save_document(db, ctx.actor(), case_id, document, expected_version=view.document.version)
    ctx.out(f"{view.info.number}: data SK disimpan")
    return 0


def cmd_report_sp_paper(ctx: Context) -> int:
    """``report sp|maklumat|ba-fkp|buku-laporan CASE``: through the catalogue of documents."""
    from sopdesk.cli.reports import produce_document
    from sopdesk.services.documents import SpPaperRequest

    kind = {"sp": "sp-sk", "maklumat": "maklumat", "ba-fkp": "ba-fkp", "buku-laporan": "buku-laporan"}[
        ctx.args.report_command
    ]
    return produce_document(ctx, kind, SpPaperRequest(case_of(ctx)))


def register(cli: Commands) -> None:
    sub = cli.group("sp", "standar pelayanan: komponen, versi, impor Word, SIPP, daftar yang berlaku")
    add, as_user = cli.add, cli.as_user
    p = add("show", cmd_sp_show, "isi standar pelayanan berkas: 14 komponen per bagian, maklumat, versi", sub)
    p.add_argument("case", help="nomor berkas (SP-2026-001) atau id")
    p.add_argument("--layanan", help="jenis layanan (bawaan: semua)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p = add("import", cmd_sp_import, "impor rancangan OPD dari berkas Word (.docx, tabel NO | KOMPONEN | URAIAN)", sub)
    p.add_argument("case")
    p.add_argument("file", help="berkas .docx")
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan apa yang akan diimpor")
    as_user(p, required=False)  # required unless --dry-run (checked when the import writes)
    p = add("set", cmd_sp_set, "ubah satu komponen (versi baru)", sub)
    p.add_argument("case")
    p.add_argument("--layanan", help="jenis layanan (wajib bila lebih dari satu)")
    p.add_argument("--komponen", required=True, help="nomor komponen 1-14, atau 'maklumat'")
    p.add_argument("--text", help="isi; satu butir per baris (\\n), '- ' untuk daftar, '|' sebelum waktu/tarif")
    p.add_argument("--file", help="baca isi dari berkas teks (UTF-8)")
    p.add_argument("--based-on", type=version, help="versi yang diubah; ditolak bila sudah ada versi lebih baru")
    p.add_argument("--note", help="catatan versi")
    as_user(p)
    p = add("compare", cmd_sp_compare, "bandingkan dua versi kata demi kata, per komponen", sub)
    p.add_argument("case")
    p.add_argument("--layanan")
    p.add_argument("--from", dest="from_", type=version, help="versi lama (bawaan: sebelum yang terbaru)")
    p.add_argument("--to", type=version, help="versi baru (bawaan: terbaru)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p = add("export-sipp", cmd_sp_export_sipp, "lembar kerja .xlsx untuk impor SIPP (satu baris per layanan)", sub)
    p.add_argument("case")
    p.add_argument("--out", required=True, help="berkas .xlsx tujuan")
    as_user(p)
    p = add("list", cmd_sp_list, "daftar standar pelayanan (semua berkas), atau yang berlaku dengan --berlaku", sub)
    p.add_argument("--opd", help="hanya OPD ini (nama atau singkatan)")
    p.add_argument("--berlaku", action="store_true", help="hanya yang berlaku (register per OPD dan layanan)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p = add("review", cmd_sp_review, "catat peninjauan SP yang berlaku (masih sesuai)", sub)
    p.add_argument("case")
    p.add_argument("--layanan")
    p.add_argument("--note", required=True, help="hasil peninjauan")
    as_user(p)
    p = add("sk", cmd_sp_sk, "catat data SK: nomor, tanggal, penetap, SK yang dicabut", sub)
    p.add_argument("case")
    p.add_argument("--nomor")
    p.add_argument("--tanggal", help="hh-bb-tttt")
    p.add_argument("--mencabut", help="SK lama yang dicabut, sebagaimana dikutip")
    for key in ("jabatan", "nama", "nip", "pangkat"):
        p.add_argument(f"--penetap-{key}", dest=f"penetap_{key}")
    as_user(p)

    report_sub = cli.report
    for name, text in (
        ("sp", "SK standar pelayanan dengan lampiran per jenis layanan"),
        ("maklumat", "maklumat pelayanan untuk dipajang"),
        ("ba-fkp", "berita acara forum konsultasi publik"),
        ("buku-laporan", "buku laporan SP: sampul, daftar isi, SK dan lampiran, maklumat, berita acara"),
    ):
        p = add(name, cmd_report_sp_paper, text, report_sub)
        p.add_argument("case", help="nomor berkas atau id")
        p.add_argument("--out", required=True, help="berkas PDF tujuan")
        as_user(p)
