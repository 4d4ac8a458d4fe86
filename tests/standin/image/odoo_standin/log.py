"""Logging in Odoo's format: `<asctime> <pid> <LEVEL> <db or ?> <logger>: <message>`."""
import logging
import os
import sys
import threading

_current = threading.local()


def set_dbname(dbname):
    """Set the database name shown in log lines of the calling thread."""
    _current.dbname = dbname


class _DbFilter(logging.Filter):
    def filter(self, record):
        record.pid = os.getpid()
        record.dbname = getattr(_current, "dbname", None) or "?"
        return True


def setup(config):
    level = getattr(logging, str(config.get("log_level") or "info").upper(), logging.INFO)
    if config.get("logfile"):
        handler = logging.FileHandler(config["logfile"])
    else:
        # Odoo logs to stderr when no logfile is configured.
        handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_DbFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
