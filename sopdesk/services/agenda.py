"""The agenda book: registering, correcting and voiding incoming letters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sopdesk.domain.agenda import (
    DEFAULT_PATTERN,
    DEFAULT_UNIT,
    NUMBER_PATTERN_KEY,
    UNIT_KEY,
    LetterInput,
    LetterRecord,
    check_pattern,
    format_number,
    normalise_letter,
)
from sopdesk.domain.audit import join_after, split_after
from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import Conflict, ValidationError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission
from sopdesk.domain.validation import check_reason, clean_text
from sopdesk.services import read
from sopdesk.services.master import set_settings
from sopdesk.store.database import Database
from sopdesk.store.letter_repository import letter_values, prepare_letters
from sopdesk.store.uow import UnitOfWork


def number_pattern(db: Database) -> tuple[str, str]:
    return _pattern(read.settings(db, (NUMBER_PATTERN_KEY, UNIT_KEY)))


def _pattern(values: dict[str, object]) -> tuple[str, str]:
    pattern, unit = values.get(NUMBER_PATTERN_KEY), values.get(UNIT_KEY)
    return (pattern if isinstance(pattern, str) else DEFAULT_PATTERN, unit if isinstance(unit, str) else DEFAULT_UNIT)


def checked_pattern(pattern: str) -> str:
    """The agenda number pattern as it will be stored, or a refusal of the field ``pattern``."""
    problem = check_pattern(pattern.strip())
    if problem:
        raise ValidationError.single("pattern", problem)
    return pattern.strip()


def save_number_pattern(db: Database, actor: Actor, pattern: str, unit: str) -> Changes:
    """The pattern and the unit in one save."""
    values = {NUMBER_PATTERN_KEY: checked_pattern(pattern), UNIT_KEY: clean_text(unit) or DEFAULT_UNIT}
    return set_settings(db, actor, values)


@dataclass(frozen=True)
class Registered:
    letter: LetterRecord
    duplicates: tuple[LetterRecord, ...]  # same nomor surat from the same sender, registered before
    # A back-filled number ahead of its year's counter moved the counter from this value (the
    # next number of that year now follows the back-filled one); None when it did not jump.
    counter_jumped_from: int | None = None


def possible_duplicates(db: Database, asal: str, nomor_surat: str) -> list[LetterRecord]:
    """For the dialog's warning (not a block): the same nomor surat from the same sender."""
    with UnitOfWork(db) as uow:
        return uow.letters.same_sender_and_number(clean_text(asal), clean_text(nomor_surat))


def register_letter(
    db: Database, actor: Actor, cmd: LetterInput, *, seq: int | None = None, now: datetime | None = None
) -> Registered:
    """Give the letter the next agenda number of its year and save it with its audit event.

    ``seq`` back-fills a letter of an earlier year under its original number from the paper book.
    """
    now = now or datetime.now()
    with UnitOfWork(db) as uow:
        # Read and checked first; the writers' turn is taken only for the number and the inserts.
        actor = uow.authorize(actor, Permission.REGISTER_MAIL)
        pattern, unit = _pattern(uow.settings.values(NUMBER_PATTERN_KEY, UNIT_KEY))
        cmd = _checked(cmd, seq, now, pattern)
        registered = _register(uow, actor, cmd, seq, pattern, unit)
        uow.commit()
    return registered


def register_letters(
    db: Database,
    actor: Actor,
    inputs: Sequence[LetterInput],
    seqs: Sequence[int | None],
    *,
    now: datetime | None = None,
) -> list[Registered]:
    """Register many letters in one transaction (an Excel import): all of them or none.

    Each letter goes the way of :func:`register_letter` (same rules, same numbering, one audit
    event per letter), in the order given. ``seqs[i]`` back-fills ``inputs[i]`` under its original
    number, or is None for the next number of its year. Every letter is checked before the first
    is written; the first invalid one raises its :class:`ValidationError`.
    """
    if len(inputs) != len(seqs):
        raise ValueError("inputs and seqs differ in length")
    now = now or datetime.now()
    pattern, unit = number_pattern(db)
    checked = [_checked(cmd, seq, now, pattern) for cmd, seq in zip(inputs, seqs, strict=True)]
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.REGISTER_MAIL)
        registered = [_register(uow, actor, cmd, seq, pattern, unit) for cmd, seq in zip(checked, seqs, strict=True)]
        uow.commit()
    return registered


@dataclass(frozen=True)
class StagedLetter:
    """A letter of an import, checked before the write: ``seq`` keeps its paper number (an
    earlier year), None takes the next number of its year."""

    letter: LetterInput
    seq: int | None = None
    asal_opd_id: int | None = None


class NumbersTaken(Conflict):
    """Original numbers that another seat took between the import's check and its write."""

    def __init__(self, taken: frozenset[tuple[int, int]]) -> None:
        self.taken = taken  # (year, seq)
        listed = ", ".join(f"{seq} tahun {year}" for year, seq in sorted(taken)[:10])
        super().__init__(f"Nomor urut {listed} baru saja dipakai dari komputer lain. Tidak ada yang diimpor.")


def import_letters(
    db: Database, actor: Actor, staged: Sequence[StagedLetter], *, pattern: str, unit: str
) -> tuple[list[str], Changes]:
    """Write the letters an import has staged and checked, in one short transaction: the
    numbers in the order given (original numbers claimed first, then the next numbers of each
    year in blocks), every letter and its audit event (the letter's full after-state, as
    :func:`register_letter` writes it) with one statement each. All of them or none.

    Reading the workbook and checking every row happens before, outside the write lock; this
    holds it only for the writing. Returns the agenda numbers in the order given."""
    # Everything that does not depend on the numbers is prepared before the lock is taken.
    values = [letter_values(item.letter) for item in staged]
    # The audit event's after-state is register_letter's: the number and every field as text.
    audited = [split_after({k: str(x) for k, x in v.items()}, "number") for v in values]
    prepared = prepare_letters(
        db, [(v, item.asal_opd_id) for v, item in zip(values, staged, strict=True)], created_by=actor.username
    )
    claims: dict[int, list[int]] = {}
    fresh: dict[int, int] = {}
    for item in staged:
        year = item.letter.received_at.year
        if item.seq is None:
            fresh[year] = fresh.get(year, 0) + 1
        else:
            claims.setdefault(year, []).append(item.seq)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.REGISTER_MAIL)
        # SQLite: this transaction began IMMEDIATE and holds the write lock to its commit.
        # PostgreSQL: the letters go in beside the other seats' writes (their numbers are other
        # rows of the counter); the writers' lock is taken only for the audit events and commit.
        taken = frozenset((year, seq) for year, wanted in claims.items() for seq in uow.letters.taken(year, wanted))
        if taken:
            raise NumbersTaken(taken)
        for year, wanted in claims.items():
            uow.letters.claim_up_to(year, max(wanted))
        following = {year: uow.letters.reserve(year, count) for year, count in fresh.items()}
        seqs: list[int] = []
        numbers: list[str] = []
        for item in staged:
            year = item.letter.received_at.year
            seq = item.seq
            if seq is None:
                seq = following[year]
                following[year] += 1
            seqs.append(seq)
            numbers.append(format_number(pattern, seq, year, item.letter.kode, unit))
        with uow.bulk():
            ids = uow.letters.add_many(prepared, seqs, numbers)
            uow.audit.append_many(
                actor,
                "letter.register",
                "letter",
                [
                    (letter_id, join_after(after, number))
                    for letter_id, number, after in zip(ids, numbers, audited, strict=True)
                ],
            )
        changes = uow.commit()
    return numbers, changes


def _checked(cmd: LetterInput, seq: int | None, now: datetime, pattern: str) -> LetterInput:
    """The normalised letter, or a field-specific :class:`ValidationError`."""
    cmd = normalise_letter(cmd, now, pattern, backfill=seq is not None)
    if seq is not None and (cmd.received_at.year >= now.year or not 1 <= seq <= MAX_SEQ):
        raise ValidationError.single("seq", SEQ_RULE)
    return cmd


MAX_SEQ = 999_999  # no paper book holds more letters in a year
SEQ_RULE = "Nomor urut asli hanya untuk surat tahun-tahun sebelumnya (nomor 1 sampai 999.999)."


def _register(uow: UnitOfWork, actor: Actor, cmd: LetterInput, seq: int | None, pattern: str, unit: str) -> Registered:
    """Number, save and audit one checked letter inside the caller's transaction."""
    year = cmd.received_at.year
    duplicates = tuple(uow.letters.same_sender_and_number(cmd.asal, cmd.nomor_surat))
    numbering: dict[str, int] = {}
    if seq is None:
        numbered = uow.letters.next_seq(year)
        seq = numbered.seq
        if numbered.passed_over:  # the counter stood on taken numbers: say so in the trail
            numbering = {"penghitung_sebelumnya": numbered.counter_before, "nomor_dilewati": numbered.passed_over}
    else:
        before = uow.letters.claim_seq(year, seq)
        if seq > before + 1:  # a back-fill ahead of the counter moves it (the warning says so)
            numbering = {"penghitung_sebelumnya": before, "penghitung_kini": seq}
    number = format_number(pattern, seq, year, cmd.kode, unit)
    record = uow.letters.add(cmd, year=year, seq=seq, number=number, created_by=actor.username)
    after = {"number": number, **{k: str(v) for k, v in letter_values(cmd).items()}, **numbering}
    uow.audit.append(actor, "letter.register", "letter", record.id, after=after)
    return Registered(
        record, duplicates, numbering.get("penghitung_sebelumnya") if "penghitung_kini" in numbering else None
    )


def correct_letter(
    db: Database,
    actor: Actor,
    letter_id: int,
    cmd: LetterInput,
    reason: str,
    *,
    expected_version: int | None = None,
) -> Changes:
    """An edit needs a reason and leaves the before and after in the audit trail.

    ``expected_version`` is the version the form was opened with: when another seat saved a
    correction since, nothing is written and :class:`StaleRecord` names who and when."""
    reason, problem = check_reason(reason, "alasan koreksi")
    if problem:
        raise ValidationError.single("reason", problem)
    pattern, _ = number_pattern(db)
    # A letter back-filled without a kode may be corrected without one; a kode once given stays.
    cmd = normalise_letter(cmd, datetime.now(), pattern, backfill=True)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.CORRECT_MAIL)
        current = uow.letters.get(letter_id)
        if current.voided:
            raise Conflict(f"Surat {current.number} sudah dibatalkan dan tidak dapat dikoreksi.")
        if current.kode and not cmd.kode:
            raise ValidationError.single("kode", "Kode klasifikasi wajib: nomor agenda memuatnya.")
        if cmd.received_at.year != current.year:
            raise ValidationError.single(
                "received_at", f"Tahun terima harus tetap {current.year}: nomor agenda berlaku per tahun."
            )
        before, after = uow.letters.edit(letter_id, expected_version, **letter_values(cmd))
        if after:
            uow.audit.append(
                actor,
                "letter.correct",
                "letter",
                letter_id,
                before={k: str(v) for k, v in before.items()},
                after={"reason": reason, **{k: str(v) for k, v in after.items()}},
            )
        uow.commit()
    return uow.changes


def void_letter(
    db: Database, actor: Actor, letter_id: int, reason: str, *, expected_version: int | None = None
) -> Changes:
    """A mistaken entry keeps its number, is shown struck through, and says why."""
    reason, problem = check_reason(reason, "alasan pembatalan")
    if problem:
        raise ValidationError.single("reason", problem)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.VOID_MAIL)
        current = uow.letters.get(letter_id)
        if current.voided:
            raise Conflict(f"Surat {current.number} sudah dibatalkan.")
        uow.letters.edit(letter_id, expected_version, voided=True, void_reason=reason)
        after: dict[str, object] = {"voided": True, "reason": reason, "number": current.number}
        counter = uow.letters.give_back_seq(letter_id)  # a mistaken back-fill's jump is given back
        if counter is not None:
            after["penghitung_kembali_ke"] = counter
        uow.audit.append(actor, "letter.void", "letter", letter_id, before={"voided": False}, after=after)
        uow.commit()
    return uow.changes
