"""Sifat and urgensi as clerks write them in their agenda books.

A book kept by hand rarely has the two axes apart: a column headed "Sifat" holds "Segera" and
"Sangat Segera" (urgency words), and older books, peers and old forms use words the current
rules no longer have ("Penting", "Amat Segera", "Kilat"). Each word is recognised by what it
is, whichever column it stands in; an older word is mapped by a :class:`WordRule` that the
clerk sees and may change (the import dialog, ``agenda import --kata``), and the word as it was
written is kept in the letter's keterangan. A word nobody knows is refused, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sopdesk.domain.agenda import Sifat, Urgensi
from sopdesk.domain.dates import quoted

T = TypeVar("T", Sifat, Urgensi)
BIASA = "Biasa"
# What a rule may map a word to: a sifat, an urgensi, or Biasa (nothing special on either axis).
TARGETS: tuple[str, ...] = (
    BIASA,
    Sifat.TERBATAS.value,
    Sifat.RAHASIA.value,
    Sifat.SANGAT_RAHASIA.value,
    Urgensi.SEGERA.value,
    Urgensi.SANGAT_SEGERA.value,
)


@dataclass(frozen=True)
class WordRule:
    """``word`` written in the book means ``target`` (one of :data:`TARGETS`)."""

    word: str
    target: str


# The rules a new import starts with (decided for issue 14; the clerk changes them per import).
DEFAULT_RULES: tuple[WordRule, ...] = (
    WordRule("Penting", Urgensi.SEGERA.value),
    WordRule("Sangat Penting", Urgensi.SANGAT_SEGERA.value),
    WordRule("Amat Segera", Urgensi.SANGAT_SEGERA.value),
    WordRule("Kilat", Urgensi.SANGAT_SEGERA.value),
    WordRule("Amat Rahasia", Sifat.SANGAT_RAHASIA.value),
    WordRule("Terbuka", BIASA),
)


def key(text: str) -> str:
    """Case, dots and runs of spaces do not matter: "SANGAT  segera." is "sangat segera"."""
    return " ".join(re.sub(r"[.\u00a0]", " ", text).casefold().split())


def parse_rule(text: str) -> WordRule:
    """``Penting=Segera`` (as ``agenda import --kata`` takes it); ValueError in Indonesian."""
    word, sep, target = text.partition("=")
    if not sep or not key(word):
        raise ValueError(f"Aturan kata {quoted(text)} tidak sah: tulis KATA=NILAI, misalnya Penting=Segera.")
    return WordRule(" ".join(word.split()), check_target(target))


def check_target(target: str) -> str:
    for option in TARGETS:
        if key(option) == key(target):
            return option
    raise ValueError(f"Nilai {quoted(target)} tidak dikenal: pilih salah satu dari {', '.join(TARGETS)}.")


def merge_rules(base: Iterable[WordRule], changes: Iterable[WordRule]) -> tuple[WordRule, ...]:
    """``base`` with ``changes`` replacing (by word) or added after it."""
    merged = {key(r.word): r for r in base}
    for rule in changes:
        merged[key(rule.word)] = rule
    return tuple(merged.values())


_SPLIT = re.compile(r"\s*(?:[/,;+&|()\[\]]|\bdan\b|\batau\b)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class WordsRead:
    """What one cell says, per axis (None: the cell says nothing about it)."""

    sifat: Sifat | None = None
    urgensi: Urgensi | None = None
    unknown: tuple[str, ...] = ()  # words nobody knows (the row is refused)
    by_rule: tuple[str, ...] = ()  # the older words mapped by a rule (kept in keterangan)


@dataclass
class WordReader:
    """Reads sifat and urgensi words with the given rules (the canonical words always count)."""

    rules: Sequence[WordRule] = DEFAULT_RULES
    _phrases: dict[str, tuple[str, bool]] = field(init=False, default_factory=dict)  # key -> (target, by rule)

    def __post_init__(self) -> None:
        for rule in self.rules:
            self._phrases[key(rule.word)] = (check_target(rule.target), True)
        for value in (*(s.value for s in Sifat), *(u.value for u in Urgensi)):
            self._phrases[key(value)] = (value, False)  # a rule cannot redefine a canonical word
        self._longest = max((len(k.split()) for k in self._phrases), default=1)

    def read(self, text: str, axis: str | None = None) -> WordsRead:
        """The words of ``text``. ``axis`` ("sifat" or "urgensi": the column's header) decides
        what a bare "Biasa" speaks for; a word of the other axis still counts for that one."""
        sifat: list[Sifat] = []
        urgensi: list[Urgensi] = []
        unknown: list[str] = []
        by_rule: list[str] = []
        for part in _SPLIT.split(text):
            words = key(part).split()
            original = part.split()
            i = 0
            while i < len(words):
                for size in range(min(self._longest, len(words) - i), 0, -1):
                    found = self._phrases.get(" ".join(words[i : i + size]))
                    if found is None:
                        continue
                    target, ruled = found
                    if ruled:
                        by_rule.append(" ".join(original[i : i + size]))
                    if target in {s.value for s in Sifat} and (target != BIASA or axis == "sifat"):
                        sifat.append(Sifat(target))
                    elif target in {u.value for u in Urgensi} and (target != BIASA or axis == "urgensi"):
                        urgensi.append(Urgensi(target))
                    i += size
                    break
                else:
                    unknown.append(original[i])
                    i += 1
        return WordsRead(
            sifat=_strongest(sifat, Sifat.BIASA),
            urgensi=_strongest(urgensi, Urgensi.BIASA),
            unknown=tuple(_join_runs(unknown, text)),
            by_rule=tuple(by_rule),
        )


def _strongest(found: list[T], plain: T) -> T | None:
    """The one value found (a plain Biasa gives way to anything else); None when none."""
    special = list(dict.fromkeys(v for v in found if v != plain))
    if special:
        return special[-1] if len(special) == 1 else max(special, key=lambda v: _RANK.get(str(v), 0))
    return plain if found else None


_RANK = {
    Sifat.TERBATAS.value: 1,
    Sifat.RAHASIA.value: 2,
    Sifat.SANGAT_RAHASIA.value: 3,
    Urgensi.SEGERA.value: 1,
    Urgensi.SANGAT_SEGERA.value: 2,
}


def _join_runs(unknown: list[str], text: str) -> list[str]:
    """Neighbouring unknown words as one phrase ("Penting banget" rather than two words)."""
    if not unknown:
        return []
    phrase = " ".join(unknown)
    return [phrase] if phrase in " ".join(text.split()) else unknown
