"""The only importer of SQLAlchemy and Alembic: engine, rows, unit of work, queries, migrations."""
