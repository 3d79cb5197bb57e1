"""Alembic environment. SOPDesk passes its own connection (``config.attributes``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from sopdesk.store.engine import make_engine, parse_target
from sopdesk.store.rows import all_tables

config = context.config
target_metadata = all_tables()


def _untimed(connection: Connection) -> None:
    """PostgreSQL: a migration of a large book rewrites tables and builds indexes for minutes;
    the statement timeout that keeps a seat from waiting on a hung server must not cancel it
    (for this transaction only; the lock timeout stays, so a seat holding the table is named)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            _untimed(connection)
            context.run_migrations()
        return
    # Stand-alone use: `alembic -c database/alembic.ini -x db=PATH|URL upgrade head`.
    db = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
    if not db:
        raise SystemExit("Berikan basis data: alembic -c database/alembic.ini -x db=PATH|URL ...")
    engine = make_engine(parse_target(db))
    with engine.connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=target_metadata,
            render_as_batch=conn.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            _untimed(conn)
            context.run_migrations()


run()
