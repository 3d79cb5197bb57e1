"""Where SOPDesk keeps its data: --data-dir, SOPDESK_DATA_DIR, --db, SOPDESK_DATABASE_URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopdesk.paths import Paths, database_target, seeds_dir, sop_dir


@pytest.fixture(autouse=True)
def no_configured_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOPDESK_DATABASE_URL", raising=False)


def test_data_dir_option_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "env"))
    assert Paths(tmp_path / "opsi").data_dir == tmp_path / "opsi"
    assert Paths().data_dir == tmp_path / "env"


def test_database_and_backups_live_in_the_data_dir(tmp_path: Path):
    paths = Paths(tmp_path / "data")
    assert paths.database_file == tmp_path / "data" / "sopdesk.sqlite3"
    assert paths.backup_dir == tmp_path / "data" / "backups"
    assert not paths.data_dir.exists()
    paths.ensure()
    assert paths.backup_dir.is_dir()


def test_database_target_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    paths = Paths(tmp_path)
    assert database_target(None, paths) == str(tmp_path / "sopdesk.sqlite3")
    monkeypatch.setenv("SOPDESK_DATABASE_URL", "postgresql://kantor@server/sopdesk")
    assert database_target(None, paths) == "postgresql://kantor@server/sopdesk"
    assert database_target("/srv/lain.sqlite3", paths) == "/srv/lain.sqlite3"


def test_shipped_resources_are_found():
    assert (sop_dir() / "01.048.2017.toml").is_file()
    assert {p.name for p in seeds_dir().glob("*.csv")} == {"opd.csv", "klasifikasi.csv", "pejabat.csv"}
