"""The operation runner: a write runs on a worker, the window hears what the store says it
changed (with who asked), a slow write says so, and a failure reads as a sentence, never as
a traceback."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import Conflict
from sopdesk.services import agenda
from sopdesk.store.database import Database
from sopdesk.ui import operations
from tests.ui.conftest import settle


def test_a_write_is_broadcast_once_with_what_the_store_collected_and_who_asked(qtbot, sqlite_db: Database, ui_actors):
    heard = []
    operations.hub().executed.connect(heard.append)
    try:
        asked_by = object()
        received = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
        cmd = LetterInput(received, "Bappeda", "050/1", received.date(), "Undangan", kode="065")
        op = operations.run_op(
            None, lambda: agenda.register_letter(sqlite_db, ui_actors["staf"], cmd), initiator=asked_by
        )
        settle(qtbot)
        (changes,) = heard
        assert changes.initiator is asked_by and changes.origin == "here"
        assert changes.ids_of(Kind.LETTER) == {op.result.letter.id}
        # The seat's own change feed does not deliver it a second time.
        feed = sqlite_db.change_feed(since=0)
        try:
            assert not [i for i in feed.poll(force=True) if i.changes.touches(Kind.LETTER)]
        finally:
            feed.close()
    finally:
        operations.hub().executed.disconnect(heard.append)


def test_a_slow_write_says_so_and_a_refusal_is_told_in_words(qtbot, messages):
    said = []
    operations.hub().busy.connect(said.append)
    try:

        def slow() -> None:
            time.sleep(0.9)
            raise Conflict("Surat 065/001-Org/2026 sudah dibatalkan.")

        operations.run_op(None, slow)
        settle(qtbot)
        assert "Menyimpan…" in said and said[-1] == ""
        assert messages == [("Tidak tersimpan", "Surat 065/001-Org/2026 sudah dibatalkan.")]
    finally:
        operations.hub().busy.disconnect(said.append)


def test_a_defect_reads_as_a_sentence_not_a_traceback(qtbot, messages, caplog):
    def broken() -> None:
        raise KeyError("perihal")

    operations.run_op(None, broken)
    settle(qtbot)
    ((title, text),) = messages
    assert title == "Tidak tersimpan"
    assert "kesalahan program (KeyError)" in text and "Traceback" not in text
    assert "Traceback" in caplog.text  # the defect is in the log for whoever fixes it
