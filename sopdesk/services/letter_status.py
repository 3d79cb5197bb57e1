"""The agenda status of a letter, from its dispositions and its Berkas SP together.

One rule, used by both features, so they never overwrite each other:
- a letter with an open case is DIPROSES ("diproses SOP"), disposed or not (the Kabag's list
  of letters awaiting a disposition also holds those whose case waits at step 3);
- a letter whose case finished (and none is open) is SELESAI;
- otherwise its dispositions decide (:func:`sopdesk.domain.disposition.letter_status_for`).
"""

from __future__ import annotations

from sopdesk.domain.agenda import LetterStatus
from sopdesk.domain.cases import CaseStatus
from sopdesk.domain.disposition import letter_status_for
from sopdesk.domain.records import Actor
from sopdesk.store.uow import UnitOfWork


def letter_status(uow: UnitOfWork, letter_id: int, *, disposed_in_case: bool = False) -> LetterStatus:
    """``disposed_in_case``: a case recorded step 3 (the Kabag's disposition, perhaps on paper)
    without a disposition record; the letter counts as disposed."""
    by_dispositions = letter_status_for(uow.dispositions.for_letter(letter_id))
    if by_dispositions is LetterStatus.BELUM and disposed_in_case:
        by_dispositions = LetterStatus.DIDISPOSISI
    statuses = [status for _, _, status in uow.cases.for_letter(letter_id)]
    if any(status.open for status in statuses):
        return LetterStatus.DIPROSES
    if CaseStatus.SELESAI in statuses:
        return LetterStatus.SELESAI
    return by_dispositions


def sync_letter_status(
    uow: UnitOfWork, actor: Actor, letter_id: int, *, disposed_in_case: bool = False
) -> LetterStatus:
    """Store the letter's status when it changed, with its audit event (same transaction)."""
    letter = uow.letters.get(letter_id)
    status = letter_status(uow, letter_id, disposed_in_case=disposed_in_case)
    if status is not letter.status:
        uow.letters.update(letter_id, status=status)
        uow.audit.append(
            actor,
            "letter.status",
            "letter",
            letter_id,
            before={"status": letter.status.value},
            after={"status": status.value, "number": letter.number},
        )
    return status
