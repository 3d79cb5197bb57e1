"""Berkas SP and the working-day calendar from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sopdesk.cli.common import CliError, Commands, Context, letter_or_fail, parse_at, step, working_days, year


def case_of(ctx: Context) -> int:
    from sopdesk.services.cases import find_case

    return find_case(ctx.database(), ctx.args.case)


def official_id(ctx: Context, ref: str | None) -> int | None:
    """``--by``: an official's id, a lane code (its active official) or part of a name."""
    if ref is None:
        return None
    from sopdesk.services import read

    officials = [o for o in read.officials(ctx.database()) if o.active]
    text = ref.strip()
    if text.isascii() and text.isdecimal() and len(text) < 12:
        if any(o.id == int(text) for o in officials):
            return int(text)
        raise CliError(f"--by: pejabat #{text} tidak ada atau tidak aktif.")
    by_lane = [o for o in officials if o.lane == text.lower()]
    if by_lane:
        return by_lane[0].id
    by_name = [o for o in officials if text.lower() in f"{o.nama} {o.jabatan}".lower()]
    if len(by_name) == 1:
        return by_name[0].id
    if not by_name:
        raise CliError(f"--by: tidak ada pejabat aktif '{text}'. Sebutkan nomor, kode lajur (mis. sekda) atau nama.")
    raise CliError(f"--by: '{text}' cocok dengan {len(by_name)} pejabat; sebutkan nomornya atau kode lajurnya.")


def cmd_case_start(ctx: Context) -> int:
    from sopdesk.domain.cases import StartCase
    from sopdesk.services import read
    from sopdesk.services.cases import start_case

    db = ctx.database()
    record = letter_or_fail(db, ctx.args.number)
    layanan = tuple(part for value in ctx.args.layanan for part in value.split(","))
    opd_id = None
    if ctx.args.opd:
        found = [o for o in read.opd_list(db, active_only=True) if o.nama.lower() == ctx.args.opd.strip().lower()]
        if not found:
            raise CliError(f"--opd: '{ctx.args.opd}' tidak ada dalam daftar OPD.")
        opd_id = found[0].id
    result = start_case(db, ctx.actor(), StartCase(record.id, layanan, opd_id))
    ctx.out(result.number)
    return 0


def cmd_case_done(ctx: Context) -> int:
    from sopdesk.domain.cases import CompleteStep
    from sopdesk.services.cases import case_state, complete_step

    a = ctx.args
    db = ctx.database()
    case_id = case_of(ctx)
    cmd = CompleteStep(
        step=a.step,
        at=parse_at(a.at),
        official_id=official_id(ctx, a.by),
        kelengkapan=tuple(a.kelengkapan or ()),
        outputs=tuple(a.output or ()),
        note=a.note or "",
    )
    complete_step(db, ctx.actor(), case_id, cmd)
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: langkah {a.step} selesai; {_where(state)}")
    return 0


def _where(state: Any) -> str:
    from sopdesk.domain.dates import tanggal_jam

    if state.current_step is None:
        return f"berkas {state.status.label.lower()}"
    return f"sekarang di langkah {state.current_step}, tenggat {tanggal_jam(state.step_due_at)}"


def fix_spec(spec: str) -> Any:
    """``--perbaikan 4``, ``4@Izin Apotek``, ``4@Izin Apotek:tarif belum ada``, ``maklumat:...``."""
    from sopdesk.domain.sp import MAKLUMAT, Fix

    head, _, note = spec.partition(":")
    number, _, layanan = head.partition("@")
    text = number.strip().casefold()
    if text in ("maklumat", "m"):
        section = MAKLUMAT
    elif text.isdigit():
        section = int(text)
    else:
        raise CliError(f"--perbaikan: '{spec}' harus diawali nomor komponen (1-14) atau 'maklumat'.")
    return Fix(section, layanan.strip(), note.strip())


def cmd_case_return(ctx: Context) -> int:
    from sopdesk.domain.cases import ReturnStep
    from sopdesk.services.cases import case_state, return_case

    a = ctx.args
    db = ctx.database()
    case_id = case_of(ctx)
    fixes = tuple(fix_spec(spec) for spec in a.perbaikan or ())
    return_case(
        db, ctx.actor(), case_id, ReturnStep(a.to, a.reason, parse_at(a.at), official_id(ctx, a.by), perbaikan=fixes)
    )
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: dikembalikan ke langkah {a.to} (pengembalian ke-{state.returns}); {_where(state)}")
    for fix in fixes:
        ctx.out(f"  perbaiki: {fix.describe()}")
    return 0


def cmd_case_suspend(ctx: Context) -> int:
    from sopdesk.domain.cases import Suspend
    from sopdesk.services.cases import case_state, suspend_case

    db = ctx.database()
    case_id = case_of(ctx)
    suspend_case(db, ctx.actor(), case_id, Suspend(ctx.args.reason, parse_at(ctx.args.at)))
    ctx.out(f"{case_state(db, case_id).info.number}: ditangguhkan; waktu berhenti dihitung")
    return 0


def cmd_case_resume(ctx: Context) -> int:
    from sopdesk.domain.cases import Resume
    from sopdesk.services.cases import case_state, resume_case

    db = ctx.database()
    case_id = case_of(ctx)
    resume_case(db, ctx.actor(), case_id, Resume(ctx.args.note or "", parse_at(ctx.args.at)))
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: dilanjutkan; {_where(state)}")
    return 0


def cmd_case_extend(ctx: Context) -> int:
    from sopdesk.domain.cases import Extend
    from sopdesk.domain.workdays import format_days
    from sopdesk.services.cases import case_state, extend_case

    db = ctx.database()
    case_id = case_of(ctx)
    days = ctx.args.days  # a finite number (the argument type refuses NaN, infinities, text)
    extend_case(db, ctx.actor(), case_id, Extend(days, ctx.args.reason))
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: tenggat diperpanjang {format_days(days)} hari kerja; {_where(state)}")
    return 0


def cmd_case_cancel(ctx: Context) -> int:
    from sopdesk.domain.cases import Cancel
    from sopdesk.services.cases import cancel_case, case_state

    db = ctx.database()
    case_id = case_of(ctx)
    cancel_case(db, ctx.actor(), case_id, Cancel(ctx.args.reason))
    ctx.out(f"{case_state(db, case_id).info.number}: dibatalkan ({ctx.args.reason})")
    return 0


def cmd_case_distribute(ctx: Context) -> int:
    from sopdesk.domain.cases import Distribute
    from sopdesk.services.cases import case_state, record_distribution

    a = ctx.args
    db = ctx.database()
    case_id = case_of(ctx)
    record_distribution(db, ctx.actor(), case_id, Distribute(a.to, a.received_by, parse_at(a.at), a.note or ""))
    state = case_state(db, case_id)
    last = state.distributions[-1]
    ctx.out(
        f"{state.info.number}: distribusi ke-{len(state.distributions)} dicatat ({a.to}, diterima {a.received_by}); "
        f"tanda terima: report tanda-terima-distribusi --seq {last.seq}"
    )
    return 0


def _iso(moment: Any) -> str | None:
    return None if moment is None else str(moment.isoformat(timespec="minutes"))


def _days(value: Any) -> float:
    return round(float(value), 3)


def case_json(view: Any) -> dict[str, Any]:
    """``case show --format json``: the state of one case, every step planned and actual."""
    state, sop = view.state, view.sop
    lanes = {lane.code: lane.nama for lane in sop.lanes}
    steps = []
    for s in state.steps:
        passes = []
        for p in s.passes:
            record = p.completion or p.returned
            acted = record.acted_by if record is not None else None
            passes.append(
                {
                    "number": p.number,
                    "started_at": _iso(p.started_at),
                    "ended_at": _iso(p.ended_at),
                    "due_at": _iso(p.due_at),
                    "outcome": p.outcome.value,
                    "allowed_days": _days(p.allowed_days),
                    "elapsed_days": _days(p.elapsed_days),
                    "suspended_days": _days(p.suspended_days),
                    "late": p.late,
                    "acted_by": acted.to_dict() if acted else None,
                    "recorded_by": record.recorded_by if record is not None else None,
                    "reason": p.returned.reason if p.returned else None,
                    "note": record.note if record is not None else None,
                }
            )
        steps.append(
            {
                "no": s.no,
                "uraian": s.uraian,
                "lanes": list(s.lanes),
                "lead_lane": s.lead_lane,
                "waktu_hari": _days(s.waktu_hari),
                "status": s.status.value,
                "planned_start": _iso(s.planned_start),
                "planned_end": _iso(s.planned_end),
                "actual_start": _iso(s.actual_start),
                "actual_end": _iso(s.actual_end),
                "passes": s.pass_count,
                "late": s.late,
                "overdue": s.overdue,
                "pass_list": passes,
            }
        )
    return {
        "id": state.info.id,
        "number": state.info.number,
        "letter": state.info.letter_number,
        "perihal": state.info.perihal,
        "opd": state.info.opd_nama,
        "jenis_layanan": list(state.info.jenis_layanan),
        "sop": {"nomor": state.info.sop_nomor, "version": state.info.sop_version},
        "status": state.status.value,
        "as_of": _iso(state.as_of),
        "current_step": state.current_step,
        "lanes": list(state.current_lanes),
        "lane_names": [lanes[c] for c in state.current_lanes],
        "lead_lane": state.lead_lane,
        "current_since": _iso(state.current_since),
        "step_due_at": _iso(state.step_due_at),
        "step_elapsed_days": _days(state.step_elapsed_days),
        "started_at": _iso(state.started_at),
        "planned_days": _days(state.planned_days),
        "planned_end": _iso(state.planned_end),
        "due_at": _iso(state.due_at),
        "finished_at": _iso(state.finished_at),
        "elapsed_days": _days(state.elapsed_days),
        "remaining_days": _days(state.remaining_days),
        "deviation_days": _days(state.deviation_days),
        "overdue": state.overdue,
        "step_overdue": state.step_overdue,
        "suspended_since": _iso(state.suspended_since),
        "suspended_days": _days(state.suspended_days),
        "extension_days": _days(state.extension_days),
        "returns": state.returns,
        "steps": steps,
        "distributions": [
            {"seq": d.seq, "to": d.to, "received_by": d.received_by, "at": _iso(d.at), "recorded_by": d.recorded_by}
            for d in state.distributions
        ],
    }


def cmd_case_show(ctx: Context) -> int:
    from sopdesk.services.cases import case_view

    view = case_view(ctx.database(), case_of(ctx), now=parse_at(ctx.args.now, "--now"))
    if ctx.args.format == "json":
        ctx.out(json.dumps(case_json(view), ensure_ascii=False, indent=2))
        return 0
    for line in case_text(view):
        ctx.out(line)
    return 0


def case_text(view: Any) -> list[str]:
    from sopdesk.domain.cases import describe_since
    from sopdesk.domain.dates import tanggal_jam
    from sopdesk.domain.workdays import format_days

    state, sop = view.state, view.sop
    lanes = {lane.code: lane.nama for lane in sop.lanes}
    info = state.info

    def short(moment: Any) -> str:
        return "-" if moment is None else f"{moment:%d-%m-%Y %H.%M}"

    lines = [
        f"Berkas {info.number} · {info.opd_nama} · {state.status.label}",
        f"Surat {info.letter_number}: {info.perihal}",
        f"Jenis layanan: {'; '.join(info.jenis_layanan)}",
        f"SOP {info.sop_nomor} versi {info.sop_version}",
        describe_since(state, sop)
        + (f"; langkah {state.current_step}, tenggat {tanggal_jam(state.step_due_at)}" if state.step_due_at else ""),
        f"Mulai {tanggal_jam(state.started_at)}; rencana selesai {tanggal_jam(state.planned_end)} "
        f"({format_days(state.planned_days)} hari kerja); tenggat {tanggal_jam(state.due_at)}",
        f"Berjalan {format_days(state.elapsed_days)} hari kerja, sisa {format_days(state.remaining_days)}, "
        f"deviasi {format_days(state.deviation_days)}; dikembalikan {state.returns} kali"
        + (f"; ditangguhkan {format_days(state.suspended_days)} hari kerja" if state.suspended_days else "")
        + (" · TERLAMBAT" if state.overdue else ""),
        "",
        f"{'No':>2}  {'Pelaksana':<18} {'Mutu':>4}  {'Rencana':<35} {'Realisasi':<35} Ke  Status",
    ]
    for s in state.steps:
        passes = s.passes or ()
        last = passes[-1] if passes else None
        actual = f"{short(s.actual_start)} – {short(last.ended_at if last else None)}" if passes else "-"
        flag = " terlambat" if s.late else ""
        lines.append(
            f"{s.no:>2}  {lanes[s.lead_lane]:<18} {format_days(s.waktu_hari):>4}  "
            f"{short(s.planned_start)} – {short(s.planned_end)}  {actual:<35} {len(passes):>2}  {s.status.value}{flag}"
        )
    for n, d in enumerate(state.distributions, start=1):
        lines.append(f"Distribusi ke-{n} (--seq {d.seq}): {d.to}, diterima {d.received_by}, {tanggal_jam(d.at)}")
    return lines


def cmd_case_list(ctx: Context) -> int:
    from sopdesk.domain.workdays import format_days
    from sopdesk.services.cases import case_list

    rows = case_list(ctx.database(), open_only=not ctx.args.all, now=parse_at(ctx.args.now, "--now"))
    if ctx.args.format == "json":
        payload = [
            {
                "number": c.item.number,
                "letter": c.item.letter_number,
                "opd": c.item.opd_nama,
                "status": c.item.status.value,
                "current_step": c.item.current_step,
                "lanes": list(c.item.lanes),
                "step_due_at": _iso(c.clock.step_due_at),
                "due_at": _iso(c.clock.due_at),
                "step_remaining_days": None
                if c.clock.step_remaining_days is None
                else _days(c.clock.step_remaining_days),
                "remaining_days": _days(c.clock.remaining_days),
                "step_overdue": c.clock.step_overdue,
                "overdue": c.clock.overdue,
                "returns": c.item.returns,
            }
            for c in rows
        ]
        ctx.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for c in rows:
        step = f"langkah {c.item.current_step:>2}" if c.item.current_step else "          "
        lane = c.item.lead_lane or "-"
        remaining = "" if c.clock.step_remaining_days is None else f"sisa {format_days(c.clock.step_remaining_days)}"
        flag = " TERLAMBAT" if c.clock.step_overdue else ""
        ctx.out(
            f"{c.item.number:<12} {step} {lane:<8} {c.item.status.value:<12} {remaining:<12} {c.item.opd_nama}{flag}"
        )
    return 0


def cmd_calendar_show(ctx: Context) -> int:
    from datetime import date

    from sopdesk.services.calendar import office_hours, year_days

    db = ctx.database()
    year = ctx.args.year or date.today().year
    ctx.out(f"Jam kerja: {office_hours(db).label()}")
    for day in year_days(db, year):
        mark = {"paket": "", "tambahan": " [tambahan]", "dicabut": " [hari kerja]"}[day.source]
        ctx.out(f"{day.tanggal:%d-%m-%Y} {day.kind.value:<6} {day.nama}{mark}")
    return 0


def cmd_calendar_set(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.domain.changes import Kind
    from sopdesk.domain.workdays import OverrideKind
    from sopdesk.services.calendar import set_override

    try:
        day = parse_tanggal(ctx.args.date)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    changes = set_override(ctx.database(), ctx.actor(), day, OverrideKind(ctx.args.kind), ctx.args.note)
    moved = len(changes.ids_of(Kind.CASE))
    ctx.out(f"{day:%d-%m-%Y}: {OverrideKind(ctx.args.kind).label}; {moved} berkas terbuka dihitung ulang")
    return 0


def cmd_calendar_unset(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.domain.changes import Kind
    from sopdesk.services.calendar import remove_override

    try:
        day = parse_tanggal(ctx.args.date)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    changes = remove_override(ctx.database(), ctx.actor(), day)
    moved = len(changes.ids_of(Kind.CASE))
    ctx.out(f"{day:%d-%m-%Y}: kembali mengikuti kalender nasional; {moved} berkas terbuka dihitung ulang")
    return 0


def register(cli: Commands) -> None:
    case_sub = cli.group("case", "berkas SP (penyusunan standar pelayanan)")
    add, as_user = cli.add, cli.as_user
    sp = add("start", cmd_case_start, "buka berkas SP dari surat di buku agenda (langkah 1 dan 2 selesai)", case_sub)
    sp.add_argument("number", help="nomor agenda surat")
    sp.add_argument("--layanan", action="append", required=True, help="jenis layanan; pisahkan dengan koma atau ulangi")
    sp.add_argument("--opd", help="OPD pengaju bila asal surat tidak ada dalam daftar OPD")
    as_user(sp)
    sp = add("done", cmd_case_done, "selesaikan langkah yang sedang berjalan", case_sub)
    sp.add_argument("case", help="nomor berkas (SP-2026-001) atau nomor id")
    sp.add_argument("--step", type=step, required=True, help="nomor langkah")
    sp.add_argument("--by", help="pejabat yang bertindak: nomor, kode lajur (mis. sekda) atau nama")
    sp.add_argument("--at", help="waktu selesai, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--note", help="catatan")
    sp.add_argument("--kelengkapan", action="append", help="kelengkapan yang ada (ulangi untuk beberapa)")
    sp.add_argument("--output", action="append", help="output langkah (ulangi untuk beberapa)")
    as_user(sp)
    sp = add("return", cmd_case_return, "kembalikan berkas ke langkah sebelumnya (mis. dari 5 ke 4)", case_sub)
    sp.add_argument("case")
    sp.add_argument("--to", type=step, required=True, help="langkah tujuan")
    sp.add_argument("--reason", required=True, help="alasan pengembalian")
    sp.add_argument("--at", help="waktu, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--by", help="pejabat yang mengembalikan")
    sp.add_argument(
        "--perbaikan",
        action="append",
        metavar="KOMPONEN[@LAYANAN][:CATATAN]",
        help="komponen SP yang harus diperbaiki (1-14 atau 'maklumat'); ulangi untuk beberapa",
    )
    as_user(sp)
    sp = add("suspend", cmd_case_suspend, "tangguhkan berkas (waktu berhenti), mis. menunggu OPD", case_sub)
    sp.add_argument("case")
    sp.add_argument("--reason", required=True, help="alasan penangguhan")
    sp.add_argument("--at", help="waktu, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    as_user(sp)
    sp = add("resume", cmd_case_resume, "lanjutkan berkas yang ditangguhkan", case_sub)
    sp.add_argument("case")
    sp.add_argument("--note", help="catatan")
    sp.add_argument("--at", help="waktu, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    as_user(sp)
    sp = add("extend", cmd_case_extend, "perpanjang tenggat langkah dan berkas", case_sub)
    sp.add_argument("case")
    sp.add_argument("--days", type=working_days, required=True, help="hari kerja (0,5, 1, 2, ...)")
    sp.add_argument("--reason", required=True, help="alasan perpanjangan")
    as_user(sp)
    sp = add("cancel", cmd_case_cancel, "batalkan berkas (tetap tersimpan)", case_sub)
    sp.add_argument("case")
    sp.add_argument("--reason", required=True, help="alasan pembatalan")
    as_user(sp)
    sp = add("distribute", cmd_case_distribute, "catat distribusi laporan (langkah terakhir)", case_sub)
    sp.add_argument("case")
    sp.add_argument("--to", required=True, help="kepada (OPD atau pihak lain)")
    sp.add_argument("--received-by", required=True, help="nama penerima")
    sp.add_argument("--at", help="waktu diterima, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--note", help="catatan")
    as_user(sp)
    sp = add("show", cmd_case_show, "keadaan berkas: langkah, lajur, tenggat, rencana dan realisasi", case_sub)
    sp.add_argument("case")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument("--now", help=argparse.SUPPRESS)
    sp = add("list", cmd_case_list, "daftar berkas terbuka (atau semua dengan --all)", case_sub)
    sp.add_argument("--all", action="store_true", help="termasuk yang selesai dan dibatalkan")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument("--now", help=argparse.SUPPRESS)

    calendar_sub = cli.group("calendar", "kalender hari kerja (libur nasional, cuti bersama, perubahan)")
    sp = add("show", cmd_calendar_show, "jam kerja dan hari libur satu tahun", calendar_sub)
    sp.add_argument("--year", type=year)
    sp = add("set", cmd_calendar_set, "tetapkan hari libur tambahan atau hari kerja", calendar_sub)
    sp.add_argument("date", help="tanggal, hh-bb-tttt")
    sp.add_argument("kind", choices=["libur", "kerja"])
    sp.add_argument("--note", required=True, help="keterangan (mis. nomor SKB atau surat edaran)")
    as_user(sp)
    sp = add("unset", cmd_calendar_unset, "cabut perubahan: tanggal kembali mengikuti kalender nasional", calendar_sub)
    sp.add_argument("date", help="tanggal, hh-bb-tttt")
    as_user(sp)
