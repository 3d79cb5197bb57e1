"""Alembic migrations, inside the package so a frozen build finds them."""

# The newest revision in versions/. Start-up compares the database's alembic_version with
# it and only imports Alembic when they differ; a test keeps it equal to the script head.
HEAD = "0011_integrity"
