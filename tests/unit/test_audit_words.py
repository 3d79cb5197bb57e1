"""Every audit action the services can write has its words (domain/audit_words.py), so no
history ever reads "letter.register oleh staf1"."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

import sopdesk
from sopdesk.domain.audit_words import ACTION_WORDS, LEGACY, action_words, history_line, local_time, moment_words

SOURCE = Path(sopdesk.__file__).parent


def _functions() -> list[tuple[Path, ast.FunctionDef]]:
    found = []
    for path in sorted((SOURCE / "services").rglob("*.py")) + sorted((SOURCE / "store").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path, node) for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
    return found


FUNCTIONS = _functions()


def _calls_to(name: str) -> list[tuple[ast.FunctionDef, ast.Call]]:
    calls = []
    for _path, fn in FUNCTIONS:
        for node in ast.walk(fn):
            if isinstance(node, ast.Call):
                callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
                if callee == name:
                    calls.append((fn, node))
    return calls


def _resolve(expr: ast.expr, fn: ast.FunctionDef, depth: int = 0) -> set[str]:
    """The strings ``expr`` can be: constants, the branches of a conditional, the values of a
    dictionary looked up, what a local name is assigned, what callers pass for a parameter."""
    if depth > 4:
        raise AssertionError(f"cannot follow the action in {fn.name}: {ast.unparse(expr)}")
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if (
        isinstance(expr, ast.JoinedStr)
        and len(expr.values) == 2
        and isinstance(expr.values[0], ast.Constant)
        and isinstance(expr.values[1], ast.FormattedValue)
    ):  # f"print.{kind}": the prefix and whatever the name can be
        return {f"{expr.values[0].value}{v}" for v in _resolve(expr.values[1].value, fn, depth + 1)}
    if isinstance(expr, ast.IfExp):
        return _resolve(expr.body, fn, depth) | _resolve(expr.orelse, fn, depth)
    if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Dict):
        return set().union(*(_resolve(v, fn, depth) for v in expr.value.values))
    if isinstance(expr, ast.Name):
        assigned = [
            node.value
            for node in ast.walk(fn)
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == expr.id for t in node.targets)
        ]
        if assigned:
            return set().union(*(_resolve(value, fn, depth + 1) for value in assigned))
        positional = [a.arg for a in fn.args.args]
        if expr.id in positional or expr.id in [a.arg for a in fn.args.kwonlyargs]:
            offset = 1 if positional and positional[0] == "self" else 0
            position = positional.index(expr.id) - offset if expr.id in positional else 10**6
            found: set[str] = set()
            for caller, call in _calls_to(fn.name):
                passed = [k.value for k in call.keywords if k.arg == expr.id]
                if not passed and position < len(call.args):
                    passed = [call.args[position]]
                for value in passed:
                    found |= _resolve(value, caller, depth + 1)
            return found
    raise AssertionError(f"cannot follow the action in {fn.name}: {ast.unparse(expr)}")


def print_actions() -> set[str]:
    """``print.<kind>`` for every paper: the catalogue's keys and the kinds logged by name."""
    from sopdesk.services.documents import CATALOGUE
    from sopdesk.services.sp_reports import PAPERS

    kinds = set(CATALOGUE) | set(PAPERS)
    for _caller, call in _calls_to("log_print"):
        if len(call.args) >= 3 and isinstance(call.args[2], ast.Constant):
            kinds.add(call.args[2].value)
    return {f"print.{kind}" for kind in kinds}


def written_actions() -> set[str]:
    """Every action an ``audit.append(actor, ACTION, …)`` or a case's ``record(actor, event,
    ACTION)`` in services/ and store/ can write."""
    actions: set[str] = set()
    for _path, fn in FUNCTIONS:
        for node in ast.walk(fn):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            receiver = ast.unparse(node.func.value)
            if node.func.attr == "append" and receiver.endswith("audit") and len(node.args) >= 2:
                if fn.name == "log_print":  # f"print.{kind}": every paper the catalogue prints
                    actions |= print_actions()
                    continue
                actions |= _resolve(node.args[1], fn)
            elif node.func.attr == "record" and receiver == "case" and len(node.args) >= 3:
                actions |= _resolve(node.args[2], fn)
    return actions


def test_every_action_the_services_write_has_its_words() -> None:
    actions = written_actions()
    assert {"letter.register", "letter.correct", "print.tanda-terima", "disposition.write", "case.step_done"} <= actions
    missing = sorted(a for a in actions if a not in ACTION_WORDS)
    assert not missing, f"audit actions without words in domain/audit_words.py: {missing}"


def test_no_words_are_kept_for_an_action_nobody_writes() -> None:
    assert sorted(set(ACTION_WORDS) - written_actions() - LEGACY) == []


def test_a_history_line_reads_as_the_office_writes_it() -> None:
    at_utc = datetime(2026, 12, 1, 2, 12)  # 09.12 in Tangerang (UTC+7)
    line = history_line(action_words("letter.register"), "Siti Nurhaliza", at_utc)
    assert line == f"Dicatat oleh Siti Nurhaliza, {moment_words(local_time(at_utc))}"
    assert moment_words(datetime(2026, 12, 1, 9, 12)) == "Selasa 1 Desember 2026 09.12"
    assert action_words("print.letter", '{"label": "Tanda terima surat 065/001-Org/2026"}') == (
        "Tanda terima surat 065/001-Org/2026 dicetak"
    )
    assert action_words("print.letter", None) == "Dicetak"
    assert action_words("belum.dikenal") == "belum.dikenal"  # never a crash on an older database
