"""Setting up and looking after the database: init, users, check, backup, the SOP, the demo office."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopdesk.cli.common import CliError, Commands, Context

if TYPE_CHECKING:
    from sopdesk.domain.audit import Witness


def cmd_init(ctx: Context) -> int:
    from sopdesk.domain.roles import Role
    from sopdesk.services.setup import initialise
    from sopdesk.services.users import NewUser, create_first_admin

    args = ctx.args
    if args.admin and not args.name:
        raise CliError("--admin memerlukan --name.")
    kop = _kop_of(args)
    if kop is not None and not args.admin:
        raise CliError("Kop (--lambang, --alamat, ...) diisi bersama administrator pertama (--admin).")
    db = ctx.database(initialise=True)
    if ctx.witness is not None and db.current_revision() is None:
        ctx.witness.new_database()  # a witness left by an earlier database at this place is replaced
    result = initialise(db, ctx.paths.backup_dir)
    report = result.report
    if report.created:
        ctx.out(f"Basis data dibuat: {db.display()} (skema {report.revision})")
    elif report.migrated_from:
        ctx.out(f"Basis data dimutakhirkan dari {report.migrated_from} ke {report.revision}")
        if report.backup:
            ctx.out(f"Cadangan sebelum migrasi: {report.backup}")
    else:
        ctx.out(f"Basis data sudah mutakhir: {db.display()} (skema {report.revision})")
    for table, count in result.seeded.items():
        ctx.out(f"Data awal {table}: {count} baris")
    for sop in result.sop:
        if sop.created:
            ctx.out(f"SOP {sop.nomor} versi {sop.version} dimuat")
        elif sop.reinstated:
            ctx.out(f"SOP {sop.nomor} versi {sop.version} berlaku kembali (berkas definisinya dipulihkan)")
    if args.admin:
        password = ctx.read_secret(f"Kata sandi untuk {args.admin}: ")
        user = create_first_admin(
            db, NewUser(username=args.admin, nama=args.name, nip=args.nip or "", role=Role.ADMIN, password=password)
        )
        ctx.out(f"Administrator {user.username} dibuat")
        if kop is not None:
            from sopdesk.domain.records import Actor
            from sopdesk.services.printing import save_letterhead

            save_letterhead(db, Actor(user.id, user.username, user.role, user.nama), kop)
            ctx.out("Kop surat disimpan: " + "; ".join(kop.address_lines or kop.lines))
        if kop is None or not kop.complete:
            ctx.out(
                "Kop belum lengkap: isi lambang daerah dan alamat di Pengaturan › Kop, Kertas dan Nomor "
                "(atau --lambang, --alamat, --kode-pos)."
            )
    return 0


def _kop_of(args: Any) -> Any:
    """The kop from ``init``'s options (lambang file, address block), or None when none given."""
    from sopdesk.domain.printing import MAX_LOGO_BYTES, Letterhead, validate_letterhead

    names = ("alamat", "kode_pos", "telepon", "laman", "email")
    if args.lambang is None and not any(getattr(args, n) for n in names):
        return None
    logo = None
    if args.lambang is not None:
        path = Path(args.lambang)
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                raise CliError(f"{path}: lambang paling besar 2 MB.")
            logo = path.read_bytes()
        except OSError as exc:
            raise CliError(f"{path} tidak dapat dibaca: {exc.strerror}") from exc
    text: dict[str, str] = {n: str(getattr(args, n) or "") for n in names}
    head = Letterhead(
        logo=logo,
        alamat=text["alamat"],
        kode_pos=text["kode_pos"],
        telepon=text["telepon"],
        laman=text["laman"],
        email=text["email"],
    )
    validate_letterhead(head)  # refused here, before anything is written
    return head


def cmd_user_add(ctx: Context) -> int:
    from sopdesk.domain.roles import Role
    from sopdesk.services.users import NewUser, add_user

    args = ctx.args
    actor = ctx.actor()
    password = ctx.read_secret(f"Kata sandi untuk {args.username}: ")
    user = add_user(
        ctx.database(),
        actor,
        NewUser(username=args.username, nama=args.name, nip=args.nip or "", role=Role(args.role), password=password),
    )
    ctx.out(f"Pengguna {user.username} ({user.role.label}) dibuat")
    return 0


def cmd_user_list(ctx: Context) -> int:
    from sopdesk.services import read

    rows = read.users(ctx.database())
    if ctx.args.format == "json":
        ctx.out(
            json.dumps(
                [
                    {"username": u.username, "nama": u.nama, "nip": u.nip, "role": u.role.value, "active": u.active}
                    for u in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for u in rows:
            status = "" if u.active else " (nonaktif)"
            ctx.out(f"{u.username:<16} {u.role.value:<9} {u.nama}{status}")
    return 0


def cmd_check(ctx: Context) -> int:
    from sopdesk.services.maintenance import check

    db = ctx.database(upgrade=False)
    witnesses, notes = _witnesses(ctx)
    problems = check(db, witnesses)
    for note in notes:
        print(f"Catatan: {note}", file=sys.stderr)
    if not problems:
        seen = f" Saksi di luar basis data: {len(witnesses)}." if witnesses else ""
        ctx.out(
            "Basis data baik: integritas, kunci asing, trigger audit, rantai audit dan keadaan setiap catatan "
            f"cocok.{seen}"
        )
        return 0
    for p in problems:
        print(f"MASALAH {p.where}: {p.message}", file=sys.stderr)
    print(f"{len(problems)} masalah ditemukan.", file=sys.stderr)
    return 1


def _witnesses(ctx: Context) -> tuple[list[Witness], list[str]]:
    """The heads seen outside the database: this seat's witness file, the backups in the data
    folder, and the files named with --saksi (witness files or backup copies)."""
    from sopdesk.store.witness import backup_witness, read_witness_file

    found: list[Witness] = []
    notes: list[str] = []
    named = [Path(p) for p in ctx.args.witness or []]
    files = [ctx.paths.witness_file] if ctx.paths.witness_file.exists() else []
    backups = sorted(ctx.paths.backup_dir.glob("*.sqlite3")) if ctx.paths.backup_dir.is_dir() else []
    for path in [*files, *backups, *named]:
        try:
            if path.suffix == ".json":
                found.extend(read_witness_file(path))
                continue
            witness = backup_witness(path)
        except (OSError, ValueError) as exc:
            notes.append(f"saksi {path} tidak dapat dibaca ({exc})")
            continue
        if witness is not None:
            found.append(witness)
    return found, notes


def cmd_backup(ctx: Context) -> int:
    from sopdesk.services.maintenance import backup

    db = ctx.database()
    actor = ctx.actor()
    path = backup(db, actor, Path(ctx.args.out))
    ctx.out(f"Cadangan dibuat dan diperiksa: {path}")
    return 0


def cmd_sop_show(ctx: Context) -> int:
    from sopdesk.services import read

    db = ctx.database()
    definition = read.sop_definition(db, nomor=ctx.args.nomor)
    if definition is None:
        raise CliError("Belum ada SOP dimuat. Jalankan 'sopdesk init'.")
    versions = [v for v in read.sop_versions(db, definition.nomor) if v.current]
    data = definition.to_dict()
    steps = []
    for s in data["steps"]:
        steps.append(
            {
                "no": s["no"],
                "uraian": s["uraian"],
                "lanes": s["lanes"],
                "lead_lane": s["lead_lane"],
                "kelengkapan": s["kelengkapan"],
                "kelengkapan_lengkap": list(definition.resolved_kelengkapan(s["no"])),
                "waktu_hari": float(s["waktu_hari"]),
                "output": s["output"],
                "keterangan": s["keterangan"],
                "returns_to": s["returns_to"],
            }
        )
    if ctx.args.format == "json":
        payload = {
            "nomor": definition.nomor,
            "version": versions[0].version if versions else None,
            "identity": data["identity"],
            "lanes": data["lanes"],
            "total_waktu_hari": float(definition.total_waktu_hari),
            "steps": steps,
        }
        ctx.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    ident = definition.identity
    version = f" (versi {versions[0].version})" if versions else ""
    ctx.out(f"SOP {ident.nomor}{version}: {ident.judul}")
    ctx.out(f"Disahkan oleh: {ident.disahkan_oleh.jabatan}, {ident.disahkan_oleh.nama}, NIP {ident.disahkan_oleh.nip}")
    lanes = {lane.code: lane.nama for lane in definition.lanes}
    for s in definition.steps:
        who = ", ".join(lanes[c] for c in s.lanes)
        back = f"  [dapat dikembalikan ke langkah {s.returns_to}]" if s.returns_to else ""
        ctx.out(f"{s.no:>2}. {s.uraian}")
        output = "; ".join(definition.resolved_output(s.no))
        ctx.out(f"    Pelaksana: {who}; waktu {s.waktu_hari} hari kerja; output: {output}{back}")
    ctx.out(f"Jumlah mutu baku waktu: {definition.total_waktu_hari} hari kerja")
    return 0


def cmd_demo(ctx: Context) -> int:
    from sopdesk.services.demo import fill_demo, fill_demo_cases, fill_demo_dispositions, fill_demo_letters

    db = ctx.database()
    actor = ctx.actor()
    created = fill_demo(db, actor)  # refused unless the database is new: only its first administrator
    ctx.out("Pengguna demo (kata sandi hanya ditampilkan sekali ini):")
    for user in created:
        ctx.out(f"  {user.username:<10} {user.role.value:<9} {user.password}")
    ctx.out(f"Surat demo dicatat di buku agenda: {fill_demo_letters(db)}")
    ctx.out(f"Disposisi demo (Kabag, Kasubag, Staf): {fill_demo_dispositions(db)}")
    ctx.out(f"Berkas SP demo: {fill_demo_cases(db)}")
    return 0


def register(cli: Commands) -> None:
    from sopdesk.domain.roles import Role

    sp = cli.add("init", cmd_init, "buat atau mutakhirkan basis data dan isi data awal")
    sp.add_argument("--admin", metavar="USERNAME", help="buat administrator pertama (kata sandi dari stdin)")
    sp.add_argument("--name", help="nama administrator")
    sp.add_argument("--nip", help="NIP administrator")
    sp.add_argument("--lambang", metavar="FILE", help="kop: lambang daerah (PNG/JPEG) yang diberikan kantor")
    sp.add_argument("--alamat", help="kop: alamat kantor")
    sp.add_argument("--kode-pos", dest="kode_pos", help="kop: kode pos")
    sp.add_argument("--telepon", help="kop: telepon")
    sp.add_argument("--laman", help="kop: laman")
    sp.add_argument("--email", help="kop: e-mail")

    user_sub = cli.group("user", "pengguna")
    sp = cli.add("add", cmd_user_add, "tambah pengguna (kata sandi baru dari stdin)", user_sub)
    sp.add_argument("username")
    sp.add_argument("--role", required=True, choices=[r.value for r in Role])
    sp.add_argument("--name", required=True)
    sp.add_argument("--nip", default="")
    cli.as_user(sp)
    sp = cli.add("list", cmd_user_list, "daftar pengguna", user_sub)
    sp.add_argument("--format", choices=["text", "json"], default="text")

    sp = cli.add(
        "check",
        cmd_check,
        "periksa integritas, kunci asing, trigger, rantai audit dan keadaan setiap catatan terhadap jejak auditnya",
    )
    sp.add_argument(
        "--saksi",
        dest="witness",
        action="append",
        metavar="BERKAS",
        help="saksi lain: berkas saksi (.json) atau salinan cadangan (.sqlite3) dari komputer lain; boleh diulang",
    )
    sp = cli.add("backup", cmd_backup, "cadangkan basis data SQLite (lalu periksa salinannya)")
    sp.add_argument("out", help="berkas tujuan (atau folder: nama berkas bertanggal)")
    cli.as_user(sp)

    sop_sub = cli.group("sop", "definisi SOP")
    sp = cli.add("show", cmd_sop_show, "tampilkan SOP yang berlaku", sop_sub)
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument("--nomor", default=None, help="nomor SOP (bawaan: yang terakhir dimuat)")

    sp = cli.add(
        "demo",
        cmd_demo,
        "isi basis data BARU (hanya berisi administrator pertama) dengan kantor contoh: pengguna, pejabat, surat",
    )
    cli.as_user(sp)
