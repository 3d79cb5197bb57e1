"""Alembic environment. SOPDesk passes its own connection (``config.attributes``)."""

from __future__ import annotations

from alembic import context

from sopdesk.store.engine import make_engine, parse_target
from sopdesk.store.rows import all_tables

config = context.config
target_metadata = all_tables()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
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
            context.run_migrations()


run()
