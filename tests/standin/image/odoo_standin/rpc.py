"""RPC services `common`, `db` and `object`, as odoo/service/{common,db,model}.py expose them."""
import logging

from . import db as dbutil
from . import orm, release, security
from .exceptions import AccessDenied

_logger = logging.getLogger("odoo.addons.base.models.res_users")


def version_info():
    return {
        "server_version": release.version,
        "server_version_info": release.version_info,
        "server_serie": release.serie,
        "protocol_version": 1,
    }


class Dispatcher:
    def __init__(self, config):
        self.config = config

    def dispatch(self, service, method, params, remote_addr="?"):
        handler = getattr(self, "%s_%s" % (service, method), None)
        if service not in ("common", "db", "object") or handler is None:
            raise NameError("Method not available %s" % method)
        return handler(remote_addr, *params)

    def _connect(self, dbname):
        conn = dbutil.connect(self.config, dbname)
        if not dbutil.is_initialized(conn):
            conn.close()
            raise KeyError("Database %s not initialized, you can force it with `-i base`" % dbname)
        return conn

    # -- common ------------------------------------------------------------------------

    def common_version(self, remote_addr):
        return version_info()

    def common_about(self, remote_addr, extended=False):
        info = "See http://openerp.com"
        return [info, release.version] if extended else info

    def common_login(self, remote_addr, db, login, password):
        return self.common_authenticate(remote_addr, db, login, password, {})

    def common_authenticate(self, remote_addr, db, login, password, user_agent_env=None):
        """Return the uid for valid credentials and False otherwise, as res.users.authenticate does."""
        uid = self.authenticate(db, login, password)
        if uid:
            _logger.info("Login successful for db:%s login:%s from %s", db, login, remote_addr)
            return uid
        _logger.info("Login failed for db:%s login:%s from %s", db, login, remote_addr)
        return False

    def authenticate(self, db, login, password):
        conn = self._connect(db)
        try:
            with conn.cursor() as cr:
                cr.execute("SELECT id, password FROM res_users WHERE login = %s AND active", [login])
                row = cr.fetchone()
        finally:
            conn.close()
        if row and security.verify_password(password, row[1]):
            return row[0]
        return False

    def check(self, conn, uid, password):
        with conn.cursor() as cr:
            cr.execute("SELECT password FROM res_users WHERE id = %s AND active", [uid])
            row = cr.fetchone()
        if not row or not security.verify_password(password, row[0]):
            raise AccessDenied()

    # -- db -------------------------------------------------------------------------------

    def db_server_version(self, remote_addr):
        return release.version

    def db_list(self, remote_addr, document=False):
        if not self.config.get("list_db"):
            raise AccessDenied()
        return dbutil.list_dbs(self.config)

    def db_db_exist(self, remote_addr, db_name):
        try:
            dbutil.connect(self.config, db_name).close()
            return True
        except Exception:
            return False

    # -- object -------------------------------------------------------------------------

    def object_execute_kw(self, remote_addr, db, uid, password, model, method, args=None, kwargs=None):
        from . import log
        log.set_dbname(db)
        conn = self._connect(db)
        try:
            with conn:
                self.check(conn, uid, password)
                return orm.call(conn, uid, model, method, list(args or []), kwargs or {})
        finally:
            conn.close()
            log.set_dbname(None)

    def object_execute(self, remote_addr, db, uid, password, model, method, *args):
        return self.object_execute_kw(remote_addr, db, uid, password, model, method, list(args), {})
