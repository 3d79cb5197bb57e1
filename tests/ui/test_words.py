"""The domain's words on screen: every status, role, classification and kind is listed for the
translator, shows as itself in Indonesian and translated in English."""

from __future__ import annotations

from sopdesk.domain.agenda import LetterStatus, Sifat, Sumber, Urgensi
from sopdesk.domain.cases import CaseStatus, EventKind
from sopdesk.domain.disposition import RecipientStatus
from sopdesk.domain.printing import DocumentKind, Paper
from sopdesk.domain.roles import Role
from sopdesk.ui.words import WORDS, shown

LABELLED = (CaseStatus, EventKind, RecipientStatus, Role, Paper, DocumentKind)
BY_VALUE = (LetterStatus, Sifat, Urgensi, Sumber)


def domain_words() -> set[str]:
    words = {member.label for enum in LABELLED for member in enum}
    return words | {member.value for enum in BY_VALUE for member in enum} | {"dibatalkan"}


def test_every_word_the_screens_show_is_listed_for_the_translator() -> None:
    assert domain_words() <= WORDS


def test_the_words_read_as_the_domain_writes_them_in_indonesian(qapp) -> None:
    assert all(shown(word) == word for word in domain_words())


def test_the_words_are_translated_in_english(in_english) -> None:
    assert shown(CaseStatus.AKTIF.label) == "In progress"
    assert shown(RecipientStatus.BELUM_DIBACA.label) == "Unread"
    assert shown(Urgensi.SANGAT_SEGERA.value) == "Very urgent"
    assert shown(LetterStatus.BELUM.value) == "awaiting disposition"
    untranslated = sorted(w for w in domain_words() if shown(w) == w)
    assert untranslated == ["A4 (210 x 297 mm)", "Administrator", "F4 / Folio (215 x 330 mm)", "email"]


def test_every_audit_action_is_listed_for_the_translator() -> None:
    from sopdesk.domain.audit_words import ACTION_WORDS

    assert set(ACTION_WORDS.values()) <= WORDS
