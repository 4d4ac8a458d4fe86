"""`odoo` command: subcommand dispatch and the `server` command of odoo/cli/server.py."""
import logging
import os
import pwd
import sys


from . import config as configmod
from . import db as dbutil
from . import loading, log, release

_logger = logging.getLogger("odoo")


def main(argv):
    command = "server"
    if argv and not argv[0].startswith("-"):
        command, argv = argv[0], argv[1:]
    if command == "server":
        return server(argv)
    if command == "scaffold":
        return scaffold(argv)
    # Odoo exits through sys.exit(message), so the status is 1.
    sys.exit("Unknown command %r" % (command,))


def scaffold(argv):
    """Create a minimal module directory, as `odoo scaffold NAME [DEST]` does."""
    if not argv:
        sys.stderr.write("usage: odoo scaffold [-h] [-t TEMPLATE] name [dest]\n"
                         "odoo scaffold: error: the following arguments are required: name\n")
        return 2
    name = argv[0]
    dest = argv[1] if len(argv) > 1 else "."
    module_dir = os.path.join(os.path.abspath(dest), name)
    os.makedirs(module_dir, exist_ok=True)
    with open(os.path.join(module_dir, "__init__.py"), "w", encoding="utf-8") as f:
        f.write("# -*- coding: utf-8 -*-\n")
    with open(os.path.join(module_dir, "__manifest__.py"), "w", encoding="utf-8") as f:
        f.write("{\n    'name': %r,\n    'version': '0.1',\n    'depends': ['base'],\n    'data': [],\n}\n"
                % name.replace("_", " ").title())
    return 0


def _report_configuration(config):
    _logger.info("Odoo version %s", release.version)
    if os.path.isfile(config.rcfile):
        _logger.info("Using configuration file at %s", config.rcfile)
    paths = [p.strip() for p in str(config.get("addons_path") or "").split(",") if p.strip()]
    _logger.info("addons paths: %s", ["/usr/lib/python3/dist-packages/odoo/addons",
                                       os.path.join(config["data_dir"], "addons", release.version)] + paths)
    _logger.info("database: %s", dbutil.describe_connection(config))


def server(argv):
    config = configmod.parse(argv)
    log.setup(config)
    for warning in config["warnings"]:
        logging.getLogger("odoo.tools.config").warning(warning)

    if os.geteuid() == 0:
        sys.stderr.write("Running as user 'root' is a security risk.\n")
    if (config.get("db_user") or os.environ.get("PGUSER") or pwd.getpwuid(os.getuid()).pw_name) == "postgres":
        sys.stderr.write("Using the database user 'postgres' is a security risk, aborting.")
        return 1

    _report_configuration(config)

    db_names = [n.strip() for n in str(config.get("db_name") or "").split(",") if n.strip()]
    if len(db_names) > 1 and (config.get("init") or config.get("update")):
        sys.stderr.write("odoo: error: Cannot use -i/--init or -u/--update with multiple databases in the -d/--database/db_name\n")
        return 2
    if (config.get("init") or config.get("update")) and not db_names:
        _logger.warning("-i/-u need -d: no database to initialise or update")

    rc = 0
    for dbname in db_names:
        log.set_dbname(dbname)
        try:
            new_db = dbutil.ensure_database(config, dbname)
            loading.load_modules(config, dbname, new_db)
        except Exception:
            # odoo.service.server.preload_registries returns -1 here, and
            # sys.exit(-1) makes the process exit with status 255.
            logging.getLogger("odoo.service.server").critical(
                "Failed to initialize database `%s`.", dbname, exc_info=True)
            rc = -1
            break
        finally:
            log.set_dbname(None)

    if config.get("stop_after_init"):
        if rc == 0:
            logging.getLogger("odoo.service.server").info("Initiating shutdown")
            logging.getLogger("odoo.service.server").info("Hit CTRL-C again or send a second signal to force the shutdown.")
        return rc & 0xFF

    from . import http_server
    return http_server.serve(config)
