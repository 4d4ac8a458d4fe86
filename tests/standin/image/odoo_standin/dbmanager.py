"""Database manager routes (/web/database/*) and the dump and restore of odoo/service/db.py (16.0-18.0)."""
import datetime
import html
import json
import logging
import os
import shutil
import subprocess
import tempfile
import uuid
import zipfile
from urllib.parse import quote

from psycopg2 import sql

from . import db as dbutil
from . import filestore, release, security
from .exceptions import AccessDenied

_logger = logging.getLogger("odoo.service.db")

DISABLED_MESSAGE = "The database manager has been disabled by the administrator"


def render(config, error=None):
    """Render the manager page; like Odoo, errors get status 200 and a message in the page."""
    parts = []
    if error:
        parts.append('<div class="alert alert-danger">%s</div>' % html.escape(error))
    if not config.get("list_db"):
        parts.append('<div class="alert alert-danger text-center">%s</div>' % DISABLED_MESSAGE)
    else:
        names = dbutil.list_dbs(config)
        parts.append('<ul class="list-group o_database_list">%s</ul>' % "".join(
            '<li class="list-group-item" data-db="%s">%s</li>' % (html.escape(n), html.escape(n)) for n in names))
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"/><title>Odoo</title></head>\n<body>\n%s\n</body>\n</html>\n"
            % "\n".join(parts))


def check_super(config, master_pwd):
    """Raise AccessDenied unless the manager is enabled and master_pwd matches admin_passwd (plaintext or hash)."""
    if not config.get("list_db"):
        raise AccessDenied()
    stored = str(config.get("admin_passwd") or "")
    if master_pwd and stored and security.verify_password(master_pwd, stored):
        return True
    raise AccessDenied()


def _adopt_insecure_password(config, master_pwd):
    # While admin_passwd is still the built-in "admin", Odoo makes the first
    # master password typed in the manager the new one.
    # NOTE: Odoo also saves it, hashed, to the config file; the stand-in keeps
    # it in memory for the life of the process.
    if str(config.get("admin_passwd")) == "admin" and master_pwd:
        config["admin_passwd"] = security.hash_password(master_pwd)


def pg_environ(config):
    """Return the environment for pg_dump and psql; the password travels in PGPASSWORD, never in argv."""
    env = dict(os.environ)
    for key, name in (("db_host", "PGHOST"), ("db_port", "PGPORT"), ("db_user", "PGUSER"),
                      ("db_password", "PGPASSWORD")):
        if config.get(key):
            env[name] = str(config[key])
    return env


def _run(config, args, **kwargs):
    result = subprocess.run(args, env=pg_environ(config), stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)
    if result.returncode != 0:
        _logger.error("Command `%s` failed with exit status %d: %s", args[0], result.returncode,
                      result.stderr.decode(errors="replace").strip())
    return result


def dump_manifest(config, dbname):
    with dbutil.connect(config, dbname) as conn, conn.cursor() as cr:
        cr.execute("SELECT name, latest_version FROM ir_module_module WHERE state = 'installed'")
        modules = dict(cr.fetchall())
        pg_version = dbutil.server_version(conn)
    conn.close()
    return {
        "odoo_dump": "1",
        "db_name": dbname,
        "version": release.version,
        "version_info": release.version_info,
        "major_version": release.major_version,
        "pg_version": pg_version,
        "modules": modules,
    }


def dump_db(config, dbname, stream, backup_format="zip"):
    """Write a backup of `dbname` to `stream`: Odoo's zip layout, or pg_dump's custom format for "dump"."""
    if not dbutil.database_exists(config, dbname):
        raise Exception("Database %r is not known" % dbname)
    _logger.info("DUMP DB: %s format %s", dbname, backup_format)
    if backup_format != "zip":
        result = _run(config, ["pg_dump", "--no-owner", "--format=c", dbname])
        if result.returncode != 0:
            raise Exception("Couldn't dump database")
        stream.write(result.stdout)
        return
    with tempfile.TemporaryDirectory() as dump_dir:
        source = filestore.filestore_path(config, dbname)
        if os.path.exists(source):
            shutil.copytree(source, os.path.join(dump_dir, "filestore"))
        with open(os.path.join(dump_dir, "manifest.json"), "w", encoding="utf-8") as fh:
            json.dump(dump_manifest(config, dbname), fh, indent=4)
        result = _run(config, ["pg_dump", "--no-owner", "--file=" + os.path.join(dump_dir, "dump.sql"), dbname])
        if result.returncode != 0:
            raise Exception("Couldn't dump database")
        _zip_dir(dump_dir, stream)


def _zip_dir(path, stream):
    """Zip like odoo.tools.osutil.zip_dir(include_dir=False, fnct_sort=lambda n: n != 'dump.sql')."""
    path = os.path.normpath(path)
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zipf:
        for dirpath, _dirnames, filenames in os.walk(path):
            for name in sorted(filenames, key=lambda n: n != "dump.sql"):
                _base, ext = os.path.splitext(name)
                if ext in (".pyc", ".pyo", ".swp") or name == ".DS_Store":
                    continue
                full = os.path.join(dirpath, name)
                if os.path.isfile(full):
                    zipf.write(full, full[len(path) + 1:])


def restore_db(config, dbname, dump_file, copy=False, neutralize_database=False):
    """Restore as 16.0-18.0 do: no version check, psql without ON_ERROR_STOP, the database kept on failure."""
    if dbutil.database_exists(config, dbname):
        _logger.warning("RESTORE DB: %s already exists", dbname)
        raise Exception("Database already exists")
    _logger.info("RESTORING DB: %s", dbname)
    dbutil.create_empty_database(config, dbname)

    with tempfile.TemporaryDirectory() as dump_dir:
        filestore_dir = None
        if zipfile.is_zipfile(dump_file):
            with zipfile.ZipFile(dump_file, "r") as z:
                members = [m for m in z.namelist() if m.startswith("filestore/")] + ["dump.sql"]
                z.extractall(dump_dir, members)
            if any(m.startswith("filestore/") for m in members):
                filestore_dir = os.path.join(dump_dir, "filestore")
            args = ["psql", "--dbname=" + dbname, "-q", "-f", os.path.join(dump_dir, "dump.sql")]
        else:
            args = ["pg_restore", "--no-owner", "--dbname=" + dbname, dump_file]
        if _run(config, args).returncode != 0:
            raise Exception("Couldn't restore database")

        with dbutil.connect(config, dbname) as conn, conn.cursor() as cr:
            if copy:
                _reset_parameters(cr)
            if neutralize_database:
                _neutralize(cr)
        conn.close()

        if filestore_dir:
            # shutil.move nests the folder when the target exists, as in Odoo.
            shutil.move(filestore_dir, filestore.filestore_path(config, dbname))
    _logger.info("RESTORE DB: %s", dbname)


def _reset_parameters(cr):
    """Regenerate the parameters of ir.config_parameter.init(force=True)."""
    now = datetime.datetime.utcnow().replace(microsecond=0)
    for key, value in (("database.secret", str(uuid.uuid4())), ("database.uuid", str(uuid.uuid1())),
                       ("database.create_date", now.strftime("%Y-%m-%d %H:%M:%S")),
                       ("web.base.url", "http://localhost:8069"),
                       ("base.login_cooldown_after_failure", "10"), ("base.login_cooldown_duration", "60")):
        cr.execute("INSERT INTO ir_config_parameter (key, value, create_date, write_date) VALUES (%s, %s, %s, %s)"
                   " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, write_date = EXCLUDED.write_date",
                   (key, value, now, now))


def _neutralize(cr):
    """Apply base/data/neutralize.sql, the only module script the stand-in has."""
    cr.execute("UPDATE ir_mail_server SET active = 'f'")
    cr.execute("INSERT INTO ir_mail_server (name, smtp_port, smtp_host, smtp_encryption, active, smtp_authentication)"
               " VALUES ('neutralization - disable emails', 1025, 'invalid', 'none', 't', 'login')")
    cr.execute("UPDATE ir_cron SET active = 'f' WHERE id NOT IN"
               " (SELECT res_id FROM ir_model_data WHERE name = 'autovacuum_job' AND module = 'base')")
    cr.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('database.is_neutralized', true)"
               " ON CONFLICT (key) DO UPDATE SET value = true")


def drop_db(config, dbname):
    if not dbutil.database_exists(config, dbname):
        raise Exception("Database %r is not known" % dbname)
    with dbutil.connect(config, "postgres", autocommit=True) as conn, conn.cursor() as cr:
        cr.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                   (dbname,))
        try:
            cr.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(dbname)))
        except Exception as e:
            _logger.info("DROP DB: %s failed:\n%s", dbname, e)
            raise Exception("Couldn't drop database %s: %s" % (dbname, e)) from e
    conn.close()
    _logger.info("DROP DB: %s", dbname)
    shutil.rmtree(filestore.filestore_path(config, dbname), ignore_errors=True)


def _str2bool(value):
    return str(value).lower() in ("1", "true", "yes", "on", "t")


def backup_route(handler):
    config = handler.config
    form = handler._form()
    master_pwd, name = form.get("master_pwd", ""), form.get("name", "")
    backup_format = form.get("backup_format") or "zip"
    _adopt_insecure_password(config, master_pwd)
    try:
        check_super(config, master_pwd)
        with tempfile.TemporaryFile() as out:
            dump_db(config, name, out, backup_format)
            size = out.tell()
            out.seek(0)
            timestamp = datetime.datetime.utcnow().strftime("%Y-%m-%d_%H-%M-%S")
            filename = "%s_%s.%s" % (name, timestamp, backup_format)
            handler.send_response(200)
            handler.send_header("Content-Type", "application/octet-stream; charset=binary")
            handler.send_header("Content-Disposition", "attachment; filename*=UTF-8''%s" % quote(filename))
            handler.send_header("Content-Length", str(size))
            handler.end_headers()
            shutil.copyfileobj(out, handler.wfile)
    except Exception as e:
        _logger.exception("Database.backup")
        handler._send(200, render(config, "Database backup error: %s" % (str(e) or repr(e))))


def restore_route(handler):
    config = handler.config
    form = handler._form()
    master_pwd, name = form.get("master_pwd", ""), form.get("name", "")
    _adopt_insecure_password(config, master_pwd)
    data_file = None
    try:
        check_super(config, master_pwd)
        backup_file = form.get("backup_file")
        if not hasattr(backup_file, "data"):
            raise Exception("No backup file uploaded")
        with tempfile.NamedTemporaryFile(delete=False) as data_file:
            data_file.write(backup_file.data)
        restore_db(config, name, data_file.name, _str2bool(form.get("copy", False)),
                   _str2bool(form.get("neutralize_database", False)))
        handler._redirect("/web/database/manager")
    except Exception as e:
        _logger.exception("Database.restore")
        handler._send(200, render(config, "Database restore error: %s" % (str(e) or repr(e))))
    finally:
        if data_file:
            os.unlink(data_file.name)


def drop_route(handler):
    config = handler.config
    form = handler._form()
    master_pwd, name = form.get("master_pwd", ""), form.get("name", "")
    _adopt_insecure_password(config, master_pwd)
    try:
        check_super(config, master_pwd)
        drop_db(config, name)
        handler._redirect("/web/database/manager")
    except Exception as e:
        _logger.exception("Database.drop")
        handler._send(200, render(config, "Database deletion error: %s" % (str(e) or repr(e))))
