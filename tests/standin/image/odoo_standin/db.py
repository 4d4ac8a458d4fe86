"""PostgreSQL connections, database creation and listing, after odoo/sql_db.py and odoo/service/db.py."""
import logging
import os
import re

import psycopg2
from psycopg2 import errorcodes, sql

_logger = logging.getLogger("odoo.service.db")

DB_NAME_RE = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")


class DatabaseExists(Warning):
    pass


def connection_kwargs(config, dbname):
    """Build psycopg2 arguments; unset values are left to libpq, which reads PGHOST, PGPORT, PGUSER and PGPASSWORD."""
    kwargs = {"dbname": dbname, "application_name": "odoo-%d" % os.getpid()}
    for key, name in (("db_host", "host"), ("db_port", "port"), ("db_user", "user"),
                      ("db_password", "password")):
        if config.get(key):
            kwargs[name] = config[key]
    if config.get("db_sslmode"):
        kwargs["sslmode"] = config["db_sslmode"]
    return kwargs


def connect(config, dbname, autocommit=False):
    conn = psycopg2.connect(**connection_kwargs(config, dbname))
    conn.autocommit = autocommit
    return conn


def describe_connection(config):
    """Return `user@host:port` as Odoo's startup log line shows it, with libpq's defaults."""
    user = config.get("db_user") or os.environ.get("PGUSER") or "default"
    host = config.get("db_host") or os.environ.get("PGHOST") or "default"
    port = config.get("db_port") or os.environ.get("PGPORT") or "default"
    return "%s@%s:%s" % (user, host, port)


def database_exists(config, dbname):
    with connect(config, "postgres", autocommit=True) as conn, conn.cursor() as cr:
        cr.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,))
        return cr.fetchone() is not None


def create_empty_database(config, name):
    """Create `name` as _create_empty_database does: CREATE DATABASE, then pg_trgm and CREATE on public."""
    conn = connect(config, "postgres", autocommit=True)
    try:
        with conn.cursor() as cr:
            cr.execute("SELECT datname FROM pg_database WHERE datname = %s", (name,))
            if cr.fetchall():
                raise DatabaseExists("database %r already exists!" % (name,))
            template = config.get("db_template") or "template0"
            # 'C' collation is only safe with template0, but it gives more useful indexes.
            collate = sql.SQL("LC_COLLATE 'C'" if template == "template0" else "")
            cr.execute(sql.SQL("CREATE DATABASE {} ENCODING 'unicode' {} TEMPLATE {}").format(
                sql.Identifier(name), collate, sql.Identifier(template)))
    finally:
        conn.close()
    try:
        with connect(config, name) as conn, conn.cursor() as cr:
            cr.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            if config.get("unaccent"):
                cr.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            # Keep the pre-PostgreSQL-15 default so that any role may create objects in public.
            cr.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
    except psycopg2.Error as e:
        _logger.warning("Unable to create PostgreSQL extensions : %s", e)


def ensure_database(config, name):
    """Create `name` unless it exists; return True when it was created.

    Like odoo/cli/server.py, a role that may not read pg_database or create
    databases only gets an INFO line and the server carries on.
    """
    try:
        create_empty_database(config, name)
        return True
    except DatabaseExists:
        return False
    except psycopg2.ProgrammingError as err:
        if err.pgcode == errorcodes.INSUFFICIENT_PRIVILEGE:
            logging.getLogger("odoo.cli.server").info(
                "Could not determine if database %s exists, skipping auto-creation: %s", name, err)
            return False
        raise


def list_dbs(config):
    """List databases owned by the configured role, as odoo.service.db.list_dbs(force=True) does."""
    if not config.get("dbfilter") and config.get("db_name"):
        return sorted(n.strip() for n in str(config["db_name"]).split(",") if n.strip())
    with connect(config, "postgres", autocommit=True) as conn, conn.cursor() as cr:
        cr.execute("SELECT datname FROM pg_database WHERE datdba = (SELECT usesysid FROM pg_user WHERE usename = current_user)"
                   " AND NOT datistemplate AND datallowconn AND datname <> 'postgres' ORDER BY datname")
        return [row[0] for row in cr.fetchall()]


def is_initialized(conn):
    with conn.cursor() as cr:
        cr.execute("SELECT to_regclass('public.ir_module_module') IS NOT NULL")
        return cr.fetchone()[0]


def server_version(conn):
    """Return the server version as 16-18's manifest writes it, e.g. "15.0" (the minor is lost)."""
    return "%d.%d" % divmod(conn.server_version / 100, 100)
