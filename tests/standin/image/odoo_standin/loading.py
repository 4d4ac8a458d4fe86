"""Module installation and update, imitating odoo/modules/loading.py on the tables of schema.sql."""
import json
import logging
import os
import time
import uuid
from datetime import datetime, timedelta

from . import db as dbutil
from . import filestore, modules, security

_logger = logging.getLogger("odoo.modules.loading")
_registry_logger = logging.getLogger("odoo.modules.registry")

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "schema.sql")

# Demo partners of base's demo data (a subset of base/data/res_partner_demo.xml).
DEMO_PARTNERS = [
    ("Deco Addict", "deco_addict@example.com", (222, 98, 60)),
    ("Azure Interior", "azure.Interior24@example.com", (60, 120, 222)),
    ("Gemini Furniture", "gemini_furniture@example.com", (90, 180, 90)),
    ("Ready Mat", "ready.mat28@example.com", (200, 180, 40)),
    ("Wood Corner", "wood.corner26@example.com", (140, 90, 50)),
]

# Crons that a module adds: (xml id, name, interval number, interval type).
MODULE_CRONS = {
    "base": [("autovacuum_job", "Base: Auto-vacuum internal data", 1, "days"),
             ("ir_cron_res_users_deletion", "Base: Portal Users Deletion", 1, "days")],
    "mail": [("ir_cron_mail_scheduler_action", "Mail: Email Queue Manager", 1, "hours"),
             ("ir_cron_module_update_notification", "Publisher: Update Notification", 1, "weeks")],
    "account": [("ir_cron_auto_post_draft_entry", "Account: Post draft entries with auto_post enabled and accounting date up to today", 1, "days")],
    "crm": [("ir_cron_crm_lead_assign", "CRM: Lead Assignment", 1, "days")],
}


class NotInitialized(Exception):
    pass


def _now():
    return datetime.utcnow().replace(microsecond=0)


def _split(value):
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [v.strip() for v in str(value).split(",") if v.strip()]


def load_modules(config, dbname, new_db):
    """Initialise or update `dbname` as Registry.new(dbname, update_module=...) does.

    Returns False when the database has no Odoo schema and nothing asked to
    initialise it; Odoo then logs an error and serves on.
    """
    started = time.time()
    to_init = _split(config.get("init"))
    to_update = _split(config.get("update"))
    if new_db and "base" not in to_init:
        to_init.insert(0, "base")

    conn = dbutil.connect(config, dbname)
    try:
        with conn:
            initialized = dbutil.is_initialized(conn)
            if not initialized and not (to_init or to_update):
                _logger.error("Database %s not initialized, you can force it with `-i base`", dbname)
                return False
            if not initialized:
                _logger.info("init db")
                with conn.cursor() as cr:
                    with open(SCHEMA_PATH, encoding="utf-8") as f:
                        cr.execute(f.read())
                if "base" not in to_init:
                    to_init.insert(0, "base")
                demo = config.with_demo()
            else:
                demo = _base_demo(conn)

            _logger.info("loading 1 modules...")
            _logger.info("1 modules loaded in 0.01s, 0 queries (+0 extra)")
            if to_init or to_update:
                _logger.info("updating modules list")
                catalogue = modules.catalogue(config.get("addons_path"))
                _sync_catalogue(conn, catalogue)
                _install(config, conn, dbname, to_init, catalogue, demo, not initialized)
                _update(conn, to_update, catalogue)
            count = _installed_count(conn)
            _logger.info("%d modules loaded in %.2fs", count, time.time() - started)
            _logger.info("Modules loaded.")
        _registry_logger.info("Registry loaded in %.3fs", time.time() - started)
        return True
    finally:
        conn.close()


def _base_demo(conn):
    with conn.cursor() as cr:
        cr.execute("SELECT demo FROM ir_module_module WHERE name = 'base'")
        row = cr.fetchone()
        return bool(row and row[0])


def _installed_count(conn):
    with conn.cursor() as cr:
        cr.execute("SELECT count(*) FROM ir_module_module WHERE state = 'installed'")
        return cr.fetchone()[0]


def _sync_catalogue(conn, catalogue):
    """Add every available module as 'uninstalled', as ir.module.module.update_list does."""
    now = _now()
    with conn.cursor() as cr:
        for name, (_version, depends, application) in sorted(catalogue.items()):
            cr.execute("""INSERT INTO ir_module_module (name, state, application, author, shortdesc, create_uid, create_date, write_uid, write_date)
                          VALUES (%s, 'uninstalled', %s, 'Odoo S.A.', %s, 1, %s, 1, %s)
                          ON CONFLICT (name) DO NOTHING RETURNING id""",
                       (name, application, json.dumps({"en_US": name.replace("_", " ").title()}), now, now))
            row = cr.fetchone()
            if row:
                for dependency in depends:
                    cr.execute("INSERT INTO ir_module_module_dependency (module_id, name) VALUES (%s, %s)",
                               (row[0], dependency))


def _install(config, conn, dbname, to_init, catalogue, demo, new_db):
    requested = list(catalogue) if "all" in to_init else list(to_init)
    for name in modules.BASE_MODULES:
        if new_db and name not in requested:
            requested.append(name)
    ordered, unknown = modules.resolve(requested, catalogue)
    if unknown:
        _logger.warning("invalid module names, ignored: %s", ", ".join(unknown))

    with conn.cursor() as cr:
        cr.execute("SELECT name FROM ir_module_module WHERE state = 'installed'")
        installed = {row[0] for row in cr.fetchall()}
    pending = [name for name in ordered if name not in installed]
    if not pending:
        return
    _logger.info("loading %d modules...", len(installed) + len(pending))
    for position, name in enumerate(pending, len(installed) + 1):
        _logger.info("Loading module %s (%d/%d)", name, position, len(installed) + len(pending))
        _registry_logger.info("module %s: creating or updating database tables", name)
        _load_module_data(config, conn, dbname, name, demo)
        now = _now()
        with conn.cursor() as cr:
            cr.execute("""UPDATE ir_module_module SET state = 'installed', latest_version = %s, demo = %s,
                          write_date = %s WHERE name = %s""",
                       (modules.full_version(catalogue[name][0]), demo, now, name))
        _logger.info("Module %s loaded in 0.01s, 0 queries", name)


def _update(conn, to_update, catalogue):
    if not to_update:
        return
    now = _now()
    with conn.cursor() as cr:
        if "all" in to_update:
            cr.execute("SELECT name FROM ir_module_module WHERE state = 'installed' ORDER BY id")
        else:
            cr.execute("SELECT name FROM ir_module_module WHERE state = 'installed' AND name = ANY(%s) ORDER BY id",
                       (to_update,))
        names = [row[0] for row in cr.fetchall()]
        unknown = [name for name in to_update if name != "all" and name not in catalogue]
        if unknown:
            _logger.warning("invalid module names, ignored: %s", ", ".join(unknown))
        for name in names:
            version = modules.full_version(catalogue[name][0]) if name in catalogue else None
            _logger.info("Loading module %s", name)
            _registry_logger.info("module %s: creating or updating database tables", name)
            cr.execute("""UPDATE ir_module_module SET latest_version = COALESCE(%s, latest_version), write_date = %s
                          WHERE name = %s""", (version, now, name))
            _logger.info("module %s: updated to version %s", name, version)


def _xmlid(cr, module, name, model, res_id, noupdate=False):
    now = _now()
    cr.execute("""INSERT INTO ir_model_data (module, name, model, res_id, noupdate, create_date, write_date)
                  VALUES (%s, %s, %s, %s, %s, %s, %s)""", (module, name, model, res_id, noupdate, now, now))


def _attach(config, cr, dbname, name, data, mimetype, res_model, res_id, res_field=None):
    store_fname, checksum = filestore.store(config, dbname, data)
    now = _now()
    cr.execute("""INSERT INTO ir_attachment (name, res_model, res_field, res_id, company_id, type, store_fname,
                      file_size, checksum, mimetype, create_uid, create_date, write_uid, write_date)
                  VALUES (%s, %s, %s, %s, 1, 'binary', %s, %s, %s, %s, 1, %s, 1, %s)""",
               (name, res_model, res_field, res_id, store_fname, len(data), checksum, mimetype, now, now))


def _add_crons(cr, module):
    now = _now()
    for xml_name, name, interval_number, interval_type in MODULE_CRONS.get(module, []):
        cr.execute("""INSERT INTO ir_act_server (name, state, model_name, code, create_date, write_date)
                      VALUES (%s, 'code', 'ir.cron', 'model._run()', %s, %s) RETURNING id""",
                   (json.dumps({"en_US": name}), now, now))
        action_id = cr.fetchone()[0]
        cr.execute("""INSERT INTO ir_cron (ir_actions_server_id, cron_name, user_id, active, interval_number,
                          interval_type, nextcall, priority, create_date, write_date)
                      VALUES (%s, %s, 1, true, %s, %s, %s, 5, %s, %s) RETURNING id""",
                   (action_id, name, interval_number, interval_type, now + timedelta(hours=1), now, now))
        _xmlid(cr, module, xml_name, "ir.cron", cr.fetchone()[0], noupdate=True)


def _load_module_data(config, conn, dbname, module, demo):
    with conn.cursor() as cr:
        if module == "base":
            _load_base(config, cr, dbname, demo)
        _add_crons(cr, module)


def _load_base(config, cr, dbname, demo):
    now = _now()
    # The records and ids of base/data: company 1, partner 1 (the company),
    # partner 3 (the admin), user 1 (__system__, inactive) and user 2 (admin).
    partners = [("My Company", "info@yourcompany.com", True, True),
                ("OdooBot", "odoobot@example.com", False, False),
                ("Mitchell Admin" if demo else "Administrator", "admin@yourcompany.example.com", False, True)]
    for name, email, is_company, active in partners:
        cr.execute("""INSERT INTO res_partner (name, complete_name, email, is_company, company_id, active,
                          create_uid, create_date, write_uid, write_date)
                      VALUES (%s, %s, %s, %s, 1, %s, 1, %s, 1, %s)""", (name, name, email, is_company, active, now, now))
    cr.execute("""INSERT INTO res_company (name, partner_id, create_uid, create_date, write_uid, write_date)
                  VALUES ('My Company', 1, 1, %s, 1, %s)""", (now, now))
    cr.execute("""INSERT INTO res_users (login, password, active, partner_id, company_id, share,
                      create_uid, create_date, write_uid, write_date)
                  VALUES ('__system__', NULL, false, 2, 1, false, 1, %s, 1, %s),
                         ('admin', %s, true, 3, 1, false, 1, %s, 1, %s)""",
               (now, now, security.hash_password("admin"), now, now))
    for module, name, model, res_id in [("base", "main_company", "res.company", 1),
                                        ("base", "main_partner", "res.partner", 1),
                                        ("base", "partner_root", "res.partner", 2),
                                        ("base", "partner_admin", "res.partner", 3),
                                        ("base", "user_root", "res.users", 1),
                                        ("base", "user_admin", "res.users", 2)]:
        _xmlid(cr, module, name, model, res_id, noupdate=True)

    # ir.config_parameter._default_parameters (17.0/18.0).
    parameters = {
        "database.secret": str(uuid.uuid4()),
        "database.uuid": str(uuid.uuid1()),
        "database.create_date": now.strftime("%Y-%m-%d %H:%M:%S"),
        "web.base.url": "http://localhost:8069",
        "base.login_cooldown_after_failure": "10",
        "base.login_cooldown_duration": "60",
    }
    for key, value in parameters.items():
        cr.execute("""INSERT INTO ir_config_parameter (key, value, create_uid, create_date, write_uid, write_date)
                      VALUES (%s, %s, 1, %s, 1, %s)""", (key, value, now, now))

    # NOTE: real Odoo creates no mail server at init. The stand-in adds one so
    # that neutralization and restore tests have an active server to disable.
    cr.execute("""INSERT INTO ir_mail_server (name, smtp_host, smtp_port, smtp_user, smtp_pass, smtp_encryption,
                      active, create_date, write_date)
                  VALUES ('Outgoing SMTP', 'smtp.example.com', 587, 'mailer@example.com', 'smtp-secret',
                          'starttls', true, %s, %s)""", (now, now))

    logo = filestore.png(64, 64, (113, 75, 103))
    _attach(config, cr, dbname, "logo", logo, "image/png", "res.company", 1, "logo")
    _attach(config, cr, dbname, "image_1920", logo, "image/png", "res.partner", 1, "image_1920")
    _attach(config, cr, dbname, "Terms and Conditions.pdf", filestore.pdf("Terms and Conditions of My Company"),
            "application/pdf", "res.company", 1)
    _attach(config, cr, dbname, "welcome.txt", ("Welcome to database %s.\n" % dbname).encode(),
            "text/plain", "res.partner", 3)

    if demo:
        _load_base_demo(config, cr, dbname, now)


def _load_base_demo(config, cr, dbname, now):
    for index, (name, email, colour) in enumerate(DEMO_PARTNERS, 1):
        cr.execute("""INSERT INTO res_partner (name, complete_name, email, is_company, company_id, active,
                          create_uid, create_date, write_uid, write_date)
                      VALUES (%s, %s, %s, true, 1, true, 1, %s, 1, %s) RETURNING id""", (name, name, email, now, now))
        partner_id = cr.fetchone()[0]
        _xmlid(cr, "base", "res_partner_%d" % index, "res.partner", partner_id)
        _attach(config, cr, dbname, "image_1920", filestore.png(32, 32, colour), "image/png",
                "res.partner", partner_id, "image_1920")
    cr.execute("""INSERT INTO res_partner (name, complete_name, email, is_company, company_id, active,
                      create_uid, create_date, write_uid, write_date)
                  VALUES ('Marc Demo', 'Marc Demo', 'mark.brown23@example.com', false, 1, true, 1, %s, 1, %s)
                  RETURNING id""", (now, now))
    partner_id = cr.fetchone()[0]
    cr.execute("""INSERT INTO res_users (login, password, active, partner_id, company_id, share,
                      create_uid, create_date, write_uid, write_date)
                  VALUES ('demo', %s, true, %s, 1, false, 1, %s, 1, %s) RETURNING id""",
               (security.hash_password("demo"), partner_id, now, now))
    _xmlid(cr, "base", "user_demo", "res.users", cr.fetchone()[0])
