"""Dispositions on SQLite and PostgreSQL: the chain as a tree, the inbox, the waiting count."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from sopdesk.domain.agenda import LetterStatus
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef, RecipientStatus
from sopdesk.domain.errors import PermissionDenied
from sopdesk.services import disposition as disp
from sopdesk.services import read
from sopdesk.services.maintenance import check
from sopdesk.store.database import Database
from tests.office import KABAG, KASUBAG, Office, make_office


@pytest.fixture
def office(db: Database) -> Office:
    return make_office(db)


def test_chain_tree_inbox_and_counts(office: Office):
    db, a = office.db, office.actors
    letter = office.letters[0]
    assert read.letters_awaiting_disposition(db) == 3
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama)
    unit = RecipientRef(RecipientKind.UNIT, None, "Subbagian Pelayanan Publik")
    root = disp.write_disposition(
        db,
        a["kabag"],
        DispositionInput(letter.id, (kasubag, unit), ("Tanggapan dan saran", "Proses lebih lanjut"), "Segera."),
    )
    assert read.letters_awaiting_disposition(db) == 2
    assert read.letters_awaiting_disposition_ids(db) == [office.letters[1].id, office.letters[2].id]
    staf = RecipientRef(RecipientKind.USER, a["staf"].user_id, a["staf"].nama)
    staf2 = RecipientRef(RecipientKind.USER, a["staf2"].user_id, a["staf2"].nama)
    child = disp.forward_disposition(
        db, a["kasubag"], DispositionInput(letter.id, (staf, staf2), ("Siapkan bahan",), parent_id=root.id)
    )
    grandchild_input = DispositionInput(letter.id, (staf2,), ("Untuk diketahui",), parent_id=child.id)
    with pytest.raises(PermissionDenied):  # staf2 is a recipient of the child, the Kasubag is not
        disp.forward_disposition(db, a["kasubag"], grandchild_input)
    disp.forward_disposition(
        db, a["staf"], DispositionInput(letter.id, (staf2,), ("Hadiri/wakili",), parent_id=child.id)
    )

    (tree,) = read.disposition_tree(db, letter.id)
    assert [(depth, d.signer.nama, [r.nama for r in d.recipients]) for depth, d in tree.walk()] == [
        (0, KABAG[0], [KASUBAG[0], "Subbagian Pelayanan Publik"]),
        (1, KASUBAG[0], [a["staf"].nama, a["staf2"].nama]),
        (2, a["staf"].nama, [a["staf2"].nama]),
    ]
    assert tree.disposition.instructions == ("Tanggapan dan saran", "Proses lebih lanjut")
    assert tree.disposition.recipients[0].status is RecipientStatus.DITINDAKLANJUTI

    # The Kasubag's inbox comes through his official record; staf2 has two items, unread.
    (item,) = read.inbox(db, a["kasubag"].user_id)
    assert (item.disposition_id, item.status) == (root.id, RecipientStatus.DITINDAKLANJUTI)
    items = read.inbox(db, a["staf2"].user_id)
    assert [i.from_nama for i in items] == [a["staf"].nama, KASUBAG[0]]
    summary = read.inbox_summary(db, a["staf2"].user_id)
    assert (summary.open, summary.unread, summary.overdue) == (2, 2, 0)
    late = read.inbox_summary(db, a["staf2"].user_id, today=root.due_date + timedelta(days=30))
    assert late.overdue == 2
    assert read.letter(db, letter.id).status is LetterStatus.DIPROSES
    assert check(db) == []


def test_done_travels_up_the_chain_only_when_every_branch_is_done(office: Office):
    db, a = office.db, office.actors
    letter = office.letters[1]
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama)
    root = disp.write_disposition(db, a["kabag"], DispositionInput(letter.id, (kasubag,), ("Proses lebih lanjut",)))
    staf = RecipientRef(RecipientKind.USER, a["staf"].user_id, a["staf"].nama)
    staf2 = RecipientRef(RecipientKind.USER, a["staf2"].user_id, a["staf2"].nama)
    first = disp.forward_disposition(
        db, a["kasubag"], DispositionInput(letter.id, (staf,), ("Siapkan bahan",), parent_id=root.id)
    )
    second = disp.forward_disposition(
        db, a["kasubag"], DispositionInput(letter.id, (staf2,), ("Koordinasi/konfirmasikan",), parent_id=root.id)
    )
    disp.mark_done(db, a["staf"], first.id, "Bahan siap")
    assert read.disposition(db, root.id).recipients[0].status is RecipientStatus.DITINDAKLANJUTI
    assert read.letter(db, letter.id).status is LetterStatus.DIPROSES
    disp.mark_done(db, a["staf2"], second.id, "Sudah dikonfirmasi")
    assert read.disposition(db, root.id).recipients[0].status is RecipientStatus.SELESAI
    assert read.letter(db, letter.id).status is LetterStatus.SELESAI
    actions = [e.action for e in read.audit_events(db, entity="disposition", entity_id=str(root.id))]
    assert actions.count("disposition.done") == 1 and "disposition.follow_up" in actions


def test_a_berkas_sp_started_after_the_kabags_disposition_does_not_wait_at_step_3(office: Office):
    """The Kabag disposed the letter first, the clerk started its Berkas SP after: step 3 is done
    from her standing disposition in the case's own transaction (it waited there for good)."""
    from sopdesk.domain.cases import StartCase, StepSource
    from sopdesk.services import cases

    db, a = office.db, office.actors
    letter = office.letters[0]
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama)
    withdrawn = disp.write_disposition(
        db, a["kabag"], DispositionInput(letter.id, (kasubag,), ("Tanggapan dan saran",))
    )
    disp.withdraw_disposition(db, a["kabag"], withdrawn.id, "Salah memilih penerima")
    standing = disp.write_disposition(db, a["kabag"], DispositionInput(letter.id, (kasubag,), ("Proses lebih lanjut",)))

    started = cases.start_case(db, a["staf"], StartCase(letter.id, ("Izin praktik bidan",)))
    state = cases.case_state(db, started.case_id)
    assert state.current_step == 4 and state.lead_lane == "kasubag"
    done = state.step(3).completion
    assert done is not None and done.source is StepSource.DISPOSISI
    assert done.note == f"Disposisi #{standing.id}"  # the standing one, not the withdrawn one
    assert done.acted_by is not None and done.acted_by.nama == KABAG[0]
    assert done.recorded_by == "kabag" and done.at >= state.step(2).completion.at
    event = read.audit_events(db, entity="sop_case", limit=1)[0]
    assert event.action == "case.start" and json.loads(event.after or "{}")["step3_disposition"] == standing.id

    # Withdrawn while nobody has read it, the case goes back to the Kabag at step 3, as for a
    # case whose step 3 it completed.
    disp.withdraw_disposition(db, a["kabag"], standing.id, "Ditulis ulang")
    assert cases.case_state(db, started.case_id).current_step == 3


def test_a_berkas_sp_of_a_letter_not_yet_disposed_waits_for_the_kabag(office: Office):
    from sopdesk.domain.cases import StartCase
    from sopdesk.services import cases

    started = cases.start_case(office.db, office.actors["staf"], StartCase(office.letters[1].id, ("Izin",), opd_id=1))
    assert cases.case_state(office.db, started.case_id).current_step == 3
