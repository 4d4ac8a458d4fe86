"""Command-line and config-file options, parsed the way odoo/tools/config.py does.

Precedence is built-in default, then the [options] section of the config
file, then the command line. The config file is -c/--config, else $ODOO_RC,
else ~/.odoorc.
"""
import configparser
import optparse
import os
import sys

from . import release

DEFAULTS = {
    "admin_passwd": "admin",
    "addons_path": "",
    "data_dir": os.path.expanduser("~/.local/share/Odoo"),
    "db_name": False,
    "db_host": False,
    "db_port": False,
    "db_user": False,
    "db_password": False,
    "db_sslmode": "prefer",
    "db_template": "template0",
    "db_maxconn": 64,
    "dbfilter": "",
    "list_db": True,
    "proxy_mode": False,
    "workers": 0,
    "max_cron_threads": 2,
    "http_port": 8069,
    "http_interface": "",
    "http_enable": True,
    "gevent_port": 8072,
    "init": "",
    "update": "",
    "without_demo": False,
    "with_demo": False,
    "stop_after_init": False,
    "load_language": "",
    "log_level": "info",
    "logfile": "",
    "unaccent": False,
    "pidfile": "",
    "limit_memory_soft": 2048 * 1024 * 1024,
    "limit_memory_hard": 2560 * 1024 * 1024,
    "limit_time_cpu": 60,
    "limit_time_real": 120,
    "limit_request": 65536,
}

INT_KEYS = {"db_port", "workers", "max_cron_threads", "http_port", "gevent_port", "db_maxconn",
            "limit_memory_soft", "limit_memory_hard", "limit_time_cpu", "limit_time_real",
            "limit_request"}

# Config-file keys that older files use for options renamed since.
LEGACY_KEYS = {"xmlrpc_port": "http_port", "xmlrpc_interface": "http_interface",
               "longpolling_port": "gevent_port"}


class Config(dict):
    """Effective options plus the path of the config file that was read."""

    rcfile = None

    def with_demo(self):
        """Return whether a new database gets demo data under this series' rules."""
        if release.major >= 19:
            return bool(self["with_demo"])
        return not self["without_demo"]


def _build_parser():
    parser = optparse.OptionParser(prog="odoo", usage="%prog [options]",
                                   version="%s %s" % (release.description, release.version))
    add = parser.add_option
    add("-c", "--config", dest="config", help="specify alternate config file")
    add("-s", "--save", dest="save", action="store_true", help="save configuration to ~/.odoorc")
    add("-i", "--init", dest="init", help="install one or more modules (comma-separated list, use \"all\" for all modules), requires -d")
    add("-u", "--update", dest="update", help="update one or more modules (comma-separated list, use \"all\" for all modules). Requires -d.")
    if release.major >= 19:
        add("--with-demo", dest="with_demo", action="store_true", help="install demo data in new databases")
        # Odoo 19 gives --without-demo an optional BOOL value; _preprocess_argv handles it.
        add("--without-demo", dest="without_demo_flag", action="store_true",
            help="don't install demo data in new databases (default)")
    else:
        add("--without-demo", dest="without_demo",
            help="disable loading demo data for modules to be installed (comma-separated, use \"all\" for all modules). Requires -d and -i. Default is False")
    add("-P", "--import-partial", dest="import_partial")
    add("--pidfile", dest="pidfile", help="file where the server pid will be stored")
    add("--addons-path", dest="addons_path", type="string", action="callback",
        callback=_check_addons_path, help="specify additional addons paths (separated by commas).")
    add("--upgrade-path", dest="upgrade_path")
    add("--load", dest="server_wide_modules")
    add("-D", "--data-dir", dest="data_dir", help="Directory where to store Odoo data")
    add("--http-interface", dest="http_interface", help="Listen interface address for HTTP services.")
    add("-p", "--http-port", dest="http_port", type="int", help="Listen port for the main HTTP service")
    add("--gevent-port", "--longpolling-port", dest="gevent_port", type="int",
        help="Listen port for the gevent worker")
    add("--no-http", dest="http_enable", action="store_false", help="Disable the HTTP and Longpolling services entirely")
    add("--proxy-mode", dest="proxy_mode", action="store_true",
        help="Activate reverse proxy WSGI wrappers (headers rewriting) Only enable this when running behind a trusted web proxy!")
    add("--x-sendfile", dest="x_sendfile", action="store_true")
    add("--dbfilter", "--db-filter", dest="dbfilter", help="Regular expressions for filtering available databases for Web UI.")
    add("--log-level", dest="log_level")
    add("--logfile", dest="logfile")
    add("--log-handler", dest="log_handler", action="append")
    add("--log-db", dest="log_db")
    add("--email-from", dest="email_from")
    add("--smtp", dest="smtp_server")
    add("--smtp-port", dest="smtp_port", type="int")
    add("--smtp-ssl", dest="smtp_ssl", action="store_true")
    add("--smtp-user", dest="smtp_user")
    add("--smtp-password", dest="smtp_password")
    add("-d", "--database", dest="db_name", help="database name to connect to")
    add("-r", "--db_user", dest="db_user", help="database user name")
    add("-w", "--db_password", dest="db_password", help="database password")
    add("--pg_path", dest="pg_path")
    add("--db_host", dest="db_host", help="database server address")
    add("--db_port", dest="db_port", type="int", help="database server port")
    add("--db_sslmode", dest="db_sslmode")
    add("--db_maxconn", dest="db_maxconn", type="int")
    add("--db-template", dest="db_template", help="Custom database template to create a new database")
    add("--load-language", dest="load_language")
    add("-l", "--language", dest="language")
    add("--i18n-overwrite", dest="overwrite_existing_translations", action="store_true")
    add("--no-database-list", dest="list_db", action="store_false",
        help="Disable the ability to obtain or view the list of databases.")
    add("--dev", dest="dev_mode")
    add("--shell-interface", dest="shell_interface")
    add("--stop-after-init", dest="stop_after_init", action="store_true",
        help="stop the server after its initialization")
    add("--osv-memory-count-limit", dest="osv_memory_count_limit")
    add("--transient-age-limit", dest="transient_age_limit")
    add("--max-cron-threads", dest="max_cron_threads", type="int",
        help="Maximum number of threads processing concurrently cron jobs (default 2).")
    add("--unaccent", dest="unaccent", action="store_true")
    add("--geoip-city-db", "--geoip-db", dest="geoip_city_db")
    add("--geoip-country-db", dest="geoip_country_db")
    add("--workers", dest="workers", type="int", help="Specify the number of workers, 0 disable prefork mode.")
    add("--limit-memory-soft", dest="limit_memory_soft", type="int")
    add("--limit-memory-hard", dest="limit_memory_hard", type="int")
    add("--limit-time-cpu", dest="limit_time_cpu", type="int")
    add("--limit-time-real", dest="limit_time_real", type="int")
    add("--limit-time-real-cron", dest="limit_time_real_cron", type="int")
    add("--limit-request", dest="limit_request", type="int")
    add("--test-enable", dest="test_enable", action="store_true")
    add("--test-tags", dest="test_tags")
    add("--without-tests", dest="without_tests", action="store_true")
    return parser


def _check_addons_path(option, opt, value, parser):
    paths = []
    for path in value.split(","):
        path = path.strip()
        if not path:
            continue
        resolved = os.path.abspath(os.path.expanduser(path))
        if not os.path.isdir(resolved):
            raise optparse.OptionValueError("option %s: no such directory: %r" % (opt, resolved))
        if not _is_addons_path(resolved):
            raise optparse.OptionValueError("option %s: the path %r is not a valid addons directory" % (opt, path))
        paths.append(resolved)
    setattr(parser.values, option.dest, ",".join(paths))


def _is_addons_path(path):
    for entry in os.listdir(path):
        if os.path.isfile(os.path.join(path, entry, "__manifest__.py")):
            return True
    return False


def _preprocess_argv(argv, warnings):
    """Rewrite 19.0's --without-demo=BOOL, a form optparse cannot express.

    Odoo 19 stores the inverse of BOOL in with_demo and, for a value that is
    not a boolean such as "all", warns and assumes no demo data.
    """
    if release.major < 19:
        return argv
    result = []
    for arg in argv:
        if arg.startswith("--without-demo="):
            value = arg.split("=", 1)[1]
            lowered = value.lower()
            if lowered in ("1", "yes", "true", "on"):
                result.append("--without-demo")
            elif lowered in ("0", "no", "false", "off"):
                result.append("--with-demo")
            else:
                warnings.append("option --without-demo: since 19.0, invalid boolean value: %r, assume %s"
                                % (value, value != "None"))
                result.append("--without-demo")
            continue
        result.append(arg)
    return result


def _parse_file_value(key, raw):
    if raw in ("True", "true"):
        return True
    if raw in ("False", "false"):
        return False
    if raw == "None":
        return None
    if key in INT_KEYS:
        try:
            return int(raw)
        except ValueError:
            return raw
    return raw


def parse(argv):
    """Parse server arguments into a Config; optparse exits with status 2 on invalid ones."""
    warnings = []
    argv = _preprocess_argv(argv, warnings)
    parser = _build_parser()
    opts, positional = parser.parse_args(argv)
    if positional:
        parser.error("unrecognized parameters: '%s'" % " ".join(positional))

    config = Config(DEFAULTS)
    rcfile = opts.config or os.environ.get("ODOO_RC") or os.path.expanduser("~/.odoorc")
    config.rcfile = os.path.abspath(os.path.expanduser(rcfile))
    file_parser = configparser.RawConfigParser()
    try:
        file_parser.read(config.rcfile)
    except configparser.Error as e:
        warnings.append("could not read config file %s: %s" % (config.rcfile, e))
    if file_parser.has_section("options"):
        for key, raw in file_parser.items("options"):
            config[LEGACY_KEYS.get(key, key)] = _parse_file_value(key, raw)

    for key, value in vars(opts).items():
        if value is None or key in ("config", "without_demo_flag"):
            continue
        config[key] = value
    if getattr(opts, "without_demo_flag", None):
        config["with_demo"] = False

    config["warnings"] = warnings
    return config
