"""The SOP definition file: what the shipped SOP says, and how a broken file is refused."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from sopdesk.domain.sop import (
    SopDefinitionError,
    load_sop_file,
    parse_sop,
    resolve_sda,
    sop_from_dict,
)
from sopdesk.paths import sop_dir

SOP_FILE = sop_dir() / "01.048.2017.toml"
SOP_TEXT = SOP_FILE.read_text(encoding="utf-8")


def line_of(text: str, pattern: str, occurrence: int = 1) -> int:
    """1-based line number of the ``occurrence``-th line matching ``pattern`` (a regex)."""
    found = [i + 1 for i, line in enumerate(text.splitlines()) if re.search(pattern, line)]
    return found[occurrence - 1]


def step_block(text: str, no: int) -> tuple[int, int]:
    """(start, end) line indexes (0-based, end exclusive) of the ``no``-th [[steps]] table."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() == "[[steps]]"]
    start = starts[no - 1]
    end = starts[no] if no < len(starts) else len(lines)
    return start, end


def edit_step(text: str, no: int, key: str, new_line: str | None) -> str:
    """Replace (or with None remove) the ``key = ...`` line of step ``no``."""
    lines = text.splitlines()
    start, end = step_block(text, no)
    for i in range(start, end):
        if re.match(rf"\s*{key}\s*=", lines[i]):
            if new_line is None:
                del lines[i]
            else:
                lines[i] = new_line
            return "\n".join(lines) + "\n"
    raise AssertionError(f"step {no} has no {key}")


# --- the shipped definition ------------------------------------------------------------


@pytest.fixture(scope="module")
def sop():
    return load_sop_file(SOP_FILE)


def test_shipped_sop_identity(sop):
    assert sop.nomor == "01.048.2017"
    assert sop.identity.judul == "Penyusunan Standar Pelayanan dan Maklumat Pelayanan"
    assert sop.identity.disahkan_oleh.jabatan == "Sekretaris Daerah"
    assert sop.identity.disahkan_oleh.nip == "196505171986031014"
    assert sop.identity.unit == ("Sekretariat Daerah", "Bagian Organisasi")


def test_shipped_sop_has_eleven_steps_and_seven_lanes(sop):
    assert [s.no for s in sop.steps] == list(range(1, 12))
    assert [lane.code for lane in sop.lanes] == ["bupati", "sekda", "asda3", "kabag", "kasubag", "staf", "opd"]
    assert sop.lane("kabag").nama == "Kabag. Organisasi"


def test_total_mutu_baku_is_42_and_a_half_working_days(sop):
    assert sop.total_waktu_hari == Decimal("42.5")
    assert [s.waktu_hari for s in sop.steps] == [
        Decimal(x) for x in ("1", "0.5", "0.5", "30", "1", "0.5", "0.5", "1", "0.5", "2", "5")
    ]


def test_steps_5_6_7_may_send_the_work_back_to_step_4(sop):
    assert {s.no: s.returns_to for s in sop.steps if s.returns_to is not None} == {5: 4, 6: 4, 7: 4}


def test_lead_lane_is_the_first_lane_of_each_step(sop):
    assert [s.lead_lane for s in sop.steps] == [
        "opd",
        "staf",
        "kabag",
        "kasubag",
        "kabag",
        "asda3",
        "sekda",
        "bupati",
        "staf",
        "staf",
        "staf",
    ]
    assert sop.step(5).lanes == ("kabag", "sekda", "asda3", "kasubag", "staf")
    assert sop.step(11).lanes == ("staf", "opd")


def test_sda_is_kept_as_written_but_resolved_for_display(sop):
    assert sop.step(6).kelengkapan == ("Sda",)
    # Step 6 "Sda" means the same as step 5, whose own "Sda" means step 4's list.
    assert sop.resolved_kelengkapan(6) == (
        "Disposisi",
        "Vasilitasi penyusunan Verifikasi dan Ekspose SP dan berita acara",
        "RSP, Maklumat, Notulen, Berita acara",
    )
    # "Disposisi, Sda, SP": Sda inside a comma list, replaced in place.
    assert sop.resolved_kelengkapan(3) == (
        "Disposisi",
        "Rancangan SP dan Maklumat",
        "Berita Acara Pembahasan",
        "agenda dan memberi kartu terusan disposisi",
        "SP",
    )
    # "Sda, Sistem Aplikasi." loses the trailing full stop; output "Sda" is step 9's output.
    assert sop.resolved_kelengkapan(10) == ("SP, Maklumat dan Berita acara", "Sistem Aplikasi")
    assert sop.resolved_output(10) == ("Laporan SPM",)
    # A row without Sda is shown as written.
    assert sop.resolved_kelengkapan(11) == ("Tanda Terima",)


@pytest.mark.parametrize(
    ("items", "previous", "expected"),
    [
        (("Sda",), ("A", "B"), ("A", "B")),
        (("sda.",), ("A",), ("A",)),
        (("Sda, C",), ("A", "B"), ("A", "B", "C")),
        (("C, Sda",), ("A", "B"), ("C", "A", "B")),
        (("A, Sda",), ("A", "B"), ("A", "B")),  # no item shown twice
        (("X, Y",), ("A",), ("X, Y",)),  # a comma list without Sda is one item
        (("Sdanya",), ("A",), ("Sdanya",)),  # only the whole word counts
        (("Sda",), (), ()),
    ],
)
def test_resolve_sda(items, previous, expected):
    assert resolve_sda(items, previous) == expected


def test_stored_form_round_trips_to_the_same_definition(sop):
    again = sop_from_dict(sop.to_dict())
    assert again == sop
    assert again.content_hash() == sop.content_hash()
    assert again.total_waktu_hari == Decimal("42.5")


def test_content_hash_changes_with_the_content(sop):
    changed = parse_sop(edit_step(SOP_TEXT, 11, "waktu_hari", "waktu_hari = 4"), "x.toml")
    assert changed.content_hash() != sop.content_hash()
    # The file name is not part of the content.
    assert parse_sop(SOP_TEXT, "elsewhere.toml").content_hash() == sop.content_hash()


# --- malformed files are refused with file, line and field ------------------------------


def refusal(text: str) -> SopDefinitionError:
    with pytest.raises(SopDefinitionError) as info:
        parse_sop(text, "sop-rusak.toml")
    return info.value


def assert_points_at(err: SopDefinitionError, line: int, field: str) -> None:
    assert (err.file, err.line, err.field_path) == ("sop-rusak.toml", line, field)
    assert str(err).startswith(f"sop-rusak.toml:{line}: {field}: ")


def test_bad_toml_syntax_names_the_line():
    lines = SOP_TEXT.splitlines()
    bad_line = line_of(SOP_TEXT, r"^waktu_hari = 30$")
    lines[bad_line - 1] = "waktu_hari = = 30"
    err = refusal("\n".join(lines))
    assert_points_at(err, bad_line, "(sintaks)")
    assert "TOML tidak sah" in str(err)


def test_missing_uraian_in_step_3_names_the_step_table():
    text = edit_step(SOP_TEXT, 3, "uraian", None)
    err = refusal(text)
    assert_points_at(err, line_of(text, r"^\[\[steps\]\]$", 3), "steps[3].uraian")
    assert "wajib diisi" in err.message


def test_empty_uraian_names_its_line():
    text = edit_step(SOP_TEXT, 3, "uraian", 'uraian = "   "')
    err = refusal(text)
    assert_points_at(err, line_of(text, r'^uraian = "   "$'), "steps[3].uraian")
    assert "tidak boleh kosong" in err.message


def test_unknown_lane_is_named():
    text = edit_step(SOP_TEXT, 4, "lanes", 'lanes = ["kasubag", "tukang_kebun"]')
    err = refusal(text)
    assert_points_at(err, line_of(text, r"tukang_kebun"), "steps[4].lanes")
    assert "'tukang_kebun'" in err.message


@pytest.mark.parametrize("value", ["0.3", "1.25", "0", "-1", '"dua"', "true"])
def test_waktu_hari_must_be_a_positive_multiple_of_half_a_day(value):
    text = edit_step(SOP_TEXT, 2, "waktu_hari", f"waktu_hari = {value}  # diubah")
    err = refusal(text)
    assert_points_at(err, line_of(text, r"# diubah"), "steps[2].waktu_hari")


def test_waktu_hari_in_half_days_is_accepted():
    text = edit_step(SOP_TEXT, 2, "waktu_hari", "waktu_hari = 1.5")
    assert parse_sop(text).step(2).waktu_hari == Decimal("1.5")
    assert parse_sop(text).total_waktu_hari == Decimal("43.5")


def test_non_sequential_step_number_is_refused():
    text = edit_step(SOP_TEXT, 5, "no", "no = 6")
    err = refusal(text)
    assert_points_at(err, line_of(text, r"^no = 6$", 1), "steps[5].no")
    assert "harus 5" in err.message


def test_returns_to_must_point_backwards():
    text = edit_step(SOP_TEXT, 6, "returns_to", "returns_to = 9")
    err = refusal(text)
    assert_points_at(err, line_of(text, r"^returns_to = 9$"), "steps[6].returns_to")


def test_duplicate_lane_code_is_refused():
    text = SOP_TEXT.replace('code = "sekda"', 'code = "bupati"')
    err = refusal(text)
    assert_points_at(err, line_of(text, r'^code = "bupati"$', 2), "lanes[2].code")


def test_signer_nip_must_have_18_digits():
    text = SOP_TEXT.replace('nip = "196505171986031014"', 'nip = "1965"')
    err = refusal(text)
    assert_points_at(err, line_of(text, r'^nip = "1965"$'), "sop.disahkan_oleh.nip")


def test_missing_sop_table_is_refused():
    err = refusal('[[lanes]]\ncode = "a"\nnama = "A"\n')
    assert err.field_path == "sop"


def test_unreadable_file_is_refused(tmp_path: Path):
    missing = tmp_path / "tidak-ada.toml"
    with pytest.raises(SopDefinitionError) as info:
        load_sop_file(missing)
    assert info.value.file == str(missing)
    assert "tidak dapat dibaca" in str(info.value)

    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(SOP_TEXT.replace("Kabag.", "Kabag\xe9").encode("latin-1", "replace"))
    with pytest.raises(SopDefinitionError, match="bukan teks UTF-8"):
        load_sop_file(latin1)
