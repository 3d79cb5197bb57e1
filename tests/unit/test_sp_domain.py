"""The Standar Pelayanan as data (pure domain): the fourteen components in their two parts, what
OPDs call them, the canonical text of each shape, the completeness rules, the word-level
comparison, the fixes a return names, and when the SP may be edited."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopdesk.domain.errors import ValidationError
from sopdesk.domain.sp import (
    COMPONENTS,
    MAKLUMAT,
    SECTIONS,
    Completeness,
    Content,
    Fix,
    Item,
    Part,
    Shape,
    SpContent,
    changed_sections,
    check_fixes,
    check_section_text,
    check_sections,
    compare,
    content_from_sections,
    content_text,
    display_lines,
    edit_refusal,
    match_component,
    parse_content,
    rupiah,
    word_diff,
)


def test_fourteen_components_in_the_order_of_the_issue_six_of_delivery_first():
    assert [c.no for c in COMPONENTS] == list(range(1, 15))
    assert [c.nama for c in COMPONENTS] == [
        "Persyaratan",
        "Sistem, mekanisme dan prosedur",
        "Jangka waktu pelayanan",
        "Biaya/tarif",
        "Produk pelayanan",
        "Penanganan pengaduan, saran dan masukan",
        "Dasar hukum",
        "Sarana, prasarana dan/atau fasilitas",
        "Kompetensi pelaksana",
        "Pengawasan internal",
        "Jumlah pelaksana",
        "Jaminan pelayanan",
        "Jaminan keamanan dan keselamatan pelayanan",
        "Evaluasi kinerja pelaksana",
    ]
    assert [c.part for c in COMPONENTS] == [Part.PENYAMPAIAN] * 6 + [Part.PENGELOLAAN] * 8
    assert SECTIONS[-1] == MAKLUMAT


@pytest.mark.parametrize(
    ("written", "no"),
    [
        ("Persyaratan Pelayanan", 1),
        ("PERSYARATAN", 1),
        ("Sistem, Mekanisme, dan Prosedur", 2),
        ("Prosedur", 2),
        ("Alur Pelayanan", 2),
        ("Jangka Waktu Penyelesaian", 3),
        ("Waktu Penyelesaian", 3),
        ("Biaya / Tarif", 4),
        ("Biaya/Tarif", 4),
        ("Retribusi", 4),
        ("Produk Pelayanan", 5),
        ("Penanganan Pengaduan, Saran dan Masukan", 6),
        ("Pengaduan", 6),
        ("Dasar Hukum", 7),
        ("DASAR HUKUM", 7),
        ("Sarana, prasarana, dan/atau fasilitas", 8),
        ("Sarana dan Prasarana", 8),
        ("Kompetensi Pelaksana", 9),
        ("Pengawasan Internal", 10),
        ("Jumlah Pelaksana", 11),
        ("Jumlah Petugas", 11),
        ("Jaminan Pelayanan", 12),
        ("Jaminan Keamanan dan Keselamatan Pelayanan", 13),
        ("Evaluasi Kinerja Pelaksana", 14),
        ("Maklumat Pelayanan", MAKLUMAT),
        ("Keterangan lain-lain", None),
        ("", None),
    ],
)
def test_the_names_opds_write_find_their_component(written, no):
    assert match_component(written) == no


def test_lists_keep_their_nesting_and_markers_go():
    content = parse_content(
        Shape.LIST, "Persyaratan umum:\n1. Fotokopi KTP\n2) Surat permohonan\n   a. bermeterai\n• Pas foto"
    )
    assert content.text == "Persyaratan umum:"
    assert content.items == (
        Item("Fotokopi KTP"),
        Item("Surat permohonan"),
        Item("bermeterai", level=1),
        Item("Pas foto"),
    )
    assert display_lines(1, content) == [
        (0, "Persyaratan umum:"),
        (0, "1. Fotokopi KTP"),
        (0, "2. Surat permohonan"),
        (1, "a) bermeterai"),
        (0, "3. Pas foto"),
    ]


def test_each_shape_reads_what_opds_write():
    steps = parse_content(Shape.STEPS, "1. Pemohon mendaftar (10 menit)\n2. Verifikasi | 1 hari kerja\n3. Penerbitan")
    assert [(i.text, i.detail) for i in steps.items] == [
        ("Pemohon mendaftar", "10 menit"),
        ("Verifikasi", "1 hari kerja"),
        ("Penerbitan", ""),
    ]
    duration = parse_content(Shape.DURATION, "Paling lama 3 (tiga) hari kerja sejak berkas lengkap")
    assert (duration.amount, duration.unit) == (Decimal(3), "hari kerja")
    assert parse_content(Shape.FEE, "Tidak dipungut biaya").free
    assert parse_content(Shape.FEE, "Rp 0,-").free
    fee = parse_content(Shape.FEE, "- Retribusi | Rp 150.000\nDasar: Perda Nomor 1 Tahun 2024 tentang Retribusi")
    assert rupiah(fee.items[0].detail) == 150_000 and fee.basis.startswith("Perda Nomor 1")
    channels = parse_content(
        Shape.CHANNELS,
        "Melalui:\n- Telepon: (021) 5991234\n- pengaduan@tangerangkab.go.id\n- www.lapor.go.id\n- Kotak saran",
    )
    assert [i.kind for i in channels.items] == ["Telepon", "E-mail", "SP4N-LAPOR!", "Kotak saran"]
    assert channels.text == "Melalui:"


line = (
    st.text(
        alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" .,/-()"), min_size=1, max_size=30
    )
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: s and s[0] not in "-.()/," and "|" not in s)
)


@given(st.lists(line, min_size=1, max_size=6), st.lists(st.integers(0, 1), min_size=6, max_size=6))
def test_the_canonical_text_reads_back_to_the_same_list(texts, levels):
    items = []
    for n, text in enumerate(texts):
        level = levels[n] if items else 0
        items.append(Item(text, level))
    content = Content(items=tuple(items))
    assert parse_content(Shape.LIST, content_text(Shape.LIST, content)) == content


@pytest.mark.parametrize("no", range(1, 15))
def test_every_component_round_trips_through_its_text(no):
    samples = {
        Shape.TEXT: "Satu paragraf.\nDua paragraf.",
        Shape.LIST: "Pengantar:\n- satu\n  - satu a\n- dua",
        Shape.STEPS: "Pengantar prosedur\n- Mendaftar | 10 menit\n- Verifikasi | 1 hari kerja",
        Shape.DURATION: "3 hari kerja\nsejak berkas lengkap",
        Shape.FEE: "- Retribusi | Rp 10.000\nDasar: Perda 1/2024",
        Shape.CHANNELS: "Tindak lanjut paling lama 5 hari kerja.\n- Telepon: (021) 1234567\n- E-mail: a@b.go.id",
    }
    shape = COMPONENTS[no - 1].shape
    content = parse_content(shape, samples[shape])
    assert parse_content(shape, content_text(shape, content)) == content
    assert content_text(shape, content) == samples[shape]


def complete_sp() -> SpContent:
    return content_from_sections(
        {
            1: "- Fotokopi KTP",
            2: "- Mendaftar | 10 menit\n- Verifikasi | 1 hari kerja",
            3: "2 hari kerja",
            4: "Tidak dipungut biaya",
            5: "- Surat izin",
            6: "- SP4N-LAPOR!: www.lapor.go.id",
            7: "- Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            8: "- Ruang tunggu",
            9: "Memahami peraturan.",
            10: "Atasan langsung.",
            11: "2 orang",
            12: "Sesuai standar.",
            13: "Aman.",
            14: "Survei tiap semester.",
            MAKLUMAT: "Dengan ini, kami menyatakan sanggup ...",
        }
    )


def test_a_complete_sp_is_complete_and_an_empty_one_says_what_is_missing():
    assert all(c.status is Completeness.LENGKAP for c in check_sections(complete_sp()))
    empty = check_sections(SpContent())
    assert [c.status for c in empty] == [Completeness.KOSONG] * 15
    assert empty[0].problems[0].message == "Belum diisi."


@pytest.mark.parametrize(
    ("section", "text", "message"),
    [
        (2, "- Mendaftar\n- Verifikasi | 1 hari kerja", "Langkah 1 belum diberi waktu"),
        (3, "secepatnya", "Sebutkan jangka waktu dengan angka"),
        (3, "1 jam", "melebihi jangka waktu pelayanan (1 (satu) jam)"),
        (4, "- Retribusi | Rp 50.000", "Sebutkan dasar hukum tarif"),
        (4, "- Retribusi | seikhlasnya\nDasar: Perda", "belum bernilai rupiah"),
        (6, "Pengaduan melalui petugas.", "Sebutkan minimal satu saluran pengaduan"),
        (11, "cukup", "Sebutkan jumlah pelaksana dengan angka"),
    ],
)
def test_the_rules_name_what_is_incomplete(section, text, message):
    sp = content_from_sections({section: text}, complete_sp())
    check = check_sections(sp)[section - 1 if section != MAKLUMAT else -1]
    assert check.status is Completeness.KURANG
    assert any(message in p.message for p in check.problems)


def test_advice_does_not_make_a_component_incomplete():
    sp = content_from_sections({6: "- Telepon: (021) 5991234", 7: "- Kebijakan kepala dinas"}, complete_sp())
    checks = check_sections(sp)
    assert checks[5].status is Completeness.LENGKAP and "SP4N-LAPOR!" in checks[5].problems[0].message
    assert checks[6].status is Completeness.LENGKAP and checks[6].problems[0].advice


def test_word_diff_marks_words_not_lines():
    segments = word_diff("Fotokopi KTP 2 lembar, dilegalisir", "Fotokopi KTP-el 3 lembar, dilegalisir")
    assert [(s.op, s.text) for s in segments] == [
        ("=", "Fotokopi KTP"),
        ("-", " 2"),
        ("+", "-el 3"),
        ("=", " lembar, dilegalisir"),
    ]
    assert [(s.op, s.text) for s in word_diff("sama saja", "sama saja")] == [("=", "sama saja")]


def test_compare_goes_component_by_component():
    old = complete_sp()
    new = content_from_sections({4: "- Retribusi | Rp 5.000\nDasar: Perda 1/2024", MAKLUMAT: "Kami sanggup."}, old)
    changes = compare(old, new)
    assert [c.section for c in changes if c.changed] == [4, MAKLUMAT] == list(changed_sections(old, new))
    fee = changes[3]
    assert ("-", "Tidak dipungut biaya") in [(s.op, s.text.strip()) for s in fee.segments]


def test_fixes_are_checked_against_the_case():
    fixes = check_fixes(
        [Fix(4, "izin apotek ", " lengkapi "), Fix(2), Fix(4, "Izin Apotek")], ["Izin Apotek", "Izin Bidan"]
    )
    assert fixes == (Fix(2, "", ""), Fix(4, "Izin Apotek", "lengkapi"))
    with pytest.raises(ValidationError, match="tidak ada dalam berkas"):
        check_fixes([Fix(1, "Izin Toko")], ["Izin Apotek"])
    with pytest.raises(ValidationError, match="Komponen 16 tidak ada"):
        check_fixes([Fix(16)], ["Izin Apotek"])


def test_edits_are_allowed_up_to_step_4_and_never_after_signing():
    assert edit_refusal(number="SP-1", open_case=True, current_step=4, signed_at=None) is None
    assert edit_refusal(number="SP-1", open_case=True, current_step=3, signed_at=None) is None
    assert "sampai langkah 4" in str(edit_refusal(number="SP-1", open_case=True, current_step=5, signed_at=None))
    signed = edit_refusal(number="SP-1", open_case=True, current_step=9, signed_at=datetime(2026, 5, 4, 10, 0))
    assert "ditandatangani pada 4 Mei 2026 10.00" in str(signed) and "dibekukan" in str(signed)
    assert "sudah ditutup" in str(edit_refusal(number="SP-1", open_case=False, current_step=None, signed_at=None))


def test_section_text_is_bounded():
    with pytest.raises(ValidationError, match="Komponen 0 tidak ada"):
        check_section_text(0, "x")
    with pytest.raises(ValidationError, match="paling panjang"):
        check_section_text(9, "x" * 20_001)
