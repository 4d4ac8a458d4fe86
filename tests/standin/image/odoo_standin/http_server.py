"""HTTP server: health checks, login page, JSON-RPC, XML-RPC and the database manager.

The routes respond like Odoo 17.0-19.0's werkzeug server (odoo/http.py,
addons/web/controllers), but one threaded server handles every request,
also when --workers asks for prefork mode.
"""
import html
import json
import logging
import os
import re
import secrets
import signal
import socket
import sys
import threading
import time
import traceback
import xmlrpc.client
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import psycopg2

from . import db as dbutil
from . import log, release, rpc
from .exceptions import AccessDenied, AccessError, MissingError, UserError

_logger = logging.getLogger("odoo.service.server")
_access_logger = logging.getLogger("werkzeug")

SESSION_LIFETIME = 60 * 60 * 24 * 7

# XML-RPC fault codes of odoo/service/wsgi_server.py for /xmlrpc/2/.
RPC_FAULT_CODE_APPLICATION_ERROR = 1
RPC_FAULT_CODE_WARNING = 2
RPC_FAULT_CODE_ACCESS_DENIED = 3
RPC_FAULT_CODE_ACCESS_ERROR = 4


def serialize_exception(exception):
    cls = type(exception)
    return {
        "name": "%s.%s" % (cls.__module__, cls.__name__) if cls.__module__ else cls.__name__,
        "debug": "".join(traceback.format_exception(cls, exception, exception.__traceback__)),
        "message": str(exception),
        "arguments": list(exception.args),
        "context": {},
    }


def db_filter(config, dbs, host):
    """Keep the databases that --db-filter (with %h and %d) or -d selects for `host`, as odoo.http.db_filter does."""
    hostname = host.partition(":")[0]
    first, _, rest = hostname.partition(".")
    if first == "www" and rest:
        first = rest.partition(".")[0]
    if config.get("dbfilter"):
        pattern = config["dbfilter"].replace("%h", re.escape(hostname)).replace("%d", re.escape(first))
        return [name for name in dbs if re.match(pattern, name)]
    if config.get("db_name"):
        exposed = {name.strip() for name in str(config["db_name"]).split(",")}
        return sorted(exposed.intersection(dbs))
    return dbs


def _page(title, body):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n<title>%s</title>\n</head>\n"
            "<body>\n%s\n</body>\n</html>\n" % (html.escape(title), body))


class Handler(BaseHTTPRequestHandler):
    server_version = "Werkzeug/3.0.1"
    sys_version = "Python/3.12.3"
    protocol_version = "HTTP/1.1"

    @property
    def config(self):
        return self.server.config

    # -- plumbing ---------------------------------------------------------------

    def log_message(self, format, *args):
        pass

    def log_request(self, code="-", size="-"):
        duration = time.time() - getattr(self, "_started", time.time())
        _access_logger.info('%s - - [%s] "%s" %s - %d %.3f %.3f', self._client_address(), self.log_date_time_string(),
                            self.requestline, code, 0, 0.0, duration)

    def _client_address(self):
        if self.config.get("proxy_mode") and self.headers.get("X-Forwarded-For"):
            return self.headers["X-Forwarded-For"].split(",")[0].strip()
        return self.client_address[0]

    def _host(self):
        if self.config.get("proxy_mode") and self.headers.get("X-Forwarded-Host"):
            return self.headers["X-Forwarded-Host"]
        return self.headers.get("Host", "")

    def _send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_json(self, status, payload, headers=()):
        self._send(status, json.dumps(payload), "application/json; charset=utf-8", headers)

    def _redirect(self, location, headers=()):
        self._send(303, _page("Redirecting...", '<a href="%s">%s</a>' % (html.escape(location), html.escape(location))),
                   headers=[("Location", location)] + list(headers))

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _form(self):
        content_type = self.headers.get("Content-Type", "")
        body = self._body()
        if content_type.startswith("multipart/form-data"):
            from . import multipart
            return multipart.parse(content_type, body)
        return {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}

    def _session_cookie(self):
        """Create a session file as Odoo's FilesystemSessionStore does and return its Set-Cookie header."""
        sid = secrets.token_urlsafe(63)
        directory = os.path.join(self.config["data_dir"], "sessions", sid[:2])
        try:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, sid), "w", encoding="utf-8") as f:
                json.dump({"db": None, "uid": None, "login": None}, f)
        except OSError as e:
            logging.getLogger("odoo.http").warning("could not write session file in %s: %s", directory, e)
        return ("Set-Cookie", "session_id=%s; Expires=%s; Max-Age=%d; HttpOnly; Path=/; SameSite=Lax"
                % (sid, self.date_time_string(time.time() + SESSION_LIFETIME), SESSION_LIFETIME))

    # -- dispatch ---------------------------------------------------------------

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def _dispatch(self):
        self._started = time.time()
        url = urlsplit(self.path)
        self.query = {k: v[0] for k, v in parse_qs(url.query).items()}
        route = ROUTES.get(url.path)
        try:
            if route is None:
                self._send(404, _page("404: Not Found", "<h1>404: Not Found</h1>"))
            else:
                route(self)
        except BrokenPipeError:
            pass
        except Exception as e:
            logging.getLogger("odoo.http").exception("Exception during request handling.")
            self._send(500, _page("500: Internal Server Error", "<h1>Internal Server Error</h1>\n<pre>%s</pre>"
                                  % html.escape(str(e))))

    # -- health ---------------------------------------------------------------------

    def health(self):
        data = {"status": "pass"}
        status = 200
        if self.query.get("db_server_status"):
            try:
                dbutil.connect(self.config, "postgres").close()
                data["db_server_status"] = True
            except psycopg2.Error:
                data["db_server_status"] = False
                data["status"] = "fail"
                status = 500
        self._send_json(status, data, headers=[("Cache-Control", "no-store")])

    def websocket_health(self):
        self._send_json(200, {"status": "pass"}, headers=[("Cache-Control", "no-store")])

    # -- web client ----------------------------------------------------------------

    def _select_db(self):
        dbs = db_filter(self.config, dbutil.list_dbs(self.config), self._host())
        return dbs[0] if len(dbs) == 1 else None

    def root(self):
        self._redirect("/odoo" if release.major >= 18 else "/web")

    def webclient(self):
        self._redirect("/web/login?redirect=%s" % urlsplit(self.path).path)

    def login(self):
        dbname = self.query.get("db") or self._select_db()
        if not dbname:
            self._redirect("/web/database/selector")
            return
        log.set_dbname(dbname)
        try:
            with dbutil.connect(self.config, dbname) as conn:
                initialized = dbutil.is_initialized(conn)
            conn.close()
            if not initialized:
                message = "Database %s not initialized, you can force it with `-i base`" % dbname
                logging.getLogger("odoo.modules.loading").error(message)
                self._send(500, _page("500: Internal Server Error", "<h1>Internal Server Error</h1>\n<p>%s</p>"
                                      % html.escape(message)))
                return
            error = ""
            if self.command == "POST":
                form = self._form()
                uid = self.server.dispatcher.common_authenticate(
                    self._client_address(), dbname, form.get("login", ""), form.get("password", ""))
                if uid:
                    self._redirect(self.query.get("redirect") or ("/odoo" if release.major >= 18 else "/web"),
                                   headers=[self._session_cookie()])
                    return
                error = '<p class="alert alert-danger" role="alert">Wrong login/password</p>'
            form_html = ('<form class="oe_login_form" role="form" method="post" action="/web/login">\n'
                         '<input type="hidden" name="csrf_token" value="%s"/>\n'
                         '<input type="text" name="login" id="login" required="required" autofocus="autofocus"/>\n'
                         '<input type="password" name="password" id="password" required="required"/>\n'
                         '%s<button type="submit" class="btn btn-primary">Log in</button>\n</form>'
                         % (secrets.token_hex(20), error))
            self._send(200, _page("Login | Odoo", form_html), headers=[self._session_cookie()])
        finally:
            log.set_dbname(None)

    def version_info_route(self):
        request = json.loads(self._body() or b"{}")
        self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"), "result": rpc.version_info()})

    def session_authenticate(self):
        request = json.loads(self._body() or b"{}")
        params = request.get("params") or {}
        try:
            uid = self.server.dispatcher.authenticate(params.get("db"), params.get("login"), params.get("password"))
            if not uid:
                raise AccessDenied()
            result = {"uid": uid, "is_admin": uid in (1, 2), "db": params.get("db"),
                      "username": params.get("login"), "server_version": release.version,
                      "server_version_info": release.version_info}
            self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"), "result": result},
                            headers=[self._session_cookie()])
        except Exception as e:
            logging.getLogger("odoo.http").info("authentication failed for db %s login %s: %s",
                                                params.get("db"), params.get("login"), e)
            self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"), "error": _json_error(e)})

    # -- RPC ---------------------------------------------------------------------------

    def jsonrpc(self):
        try:
            request = json.loads(self._body() or b"{}")
        except ValueError as e:
            self._send_json(400, {"jsonrpc": "2.0", "id": None,
                                  "error": {"code": 400, "message": "Invalid JSON data: %s" % e}})
            return
        params = request.get("params") or {}
        try:
            result = self.server.dispatcher.dispatch(params.get("service"), params.get("method"),
                                                     params.get("args") or [], self._client_address())
            self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"), "result": result})
        except Exception as e:
            if not isinstance(e, UserError):
                logging.getLogger("odoo.http").exception("Exception during JSON request handling.")
            self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"), "error": _json_error(e)})

    def xmlrpc(self):
        path = urlsplit(self.path).path
        legacy = not path.startswith("/xmlrpc/2/")
        service = path.rstrip("/").rsplit("/", 1)[-1]
        try:
            params, method = xmlrpc.client.loads(self._body())
            result = self.server.dispatcher.dispatch(service, method, list(params), self._client_address())
            response = xmlrpc.client.dumps((_none_to_false(result),), methodresponse=True, allow_none=False)
        except Exception as e:
            if not isinstance(e, UserError):
                logging.getLogger("odoo.http").exception("Exception during XML-RPC request handling.")
            response = xmlrpc.client.dumps(_xmlrpc_fault(e, legacy), methodresponse=True)
        self._send(200, response, "text/xml; charset=utf-8")

    # -- database manager ----------------------------------------------------------------

    def database_manager(self):
        from . import dbmanager
        self._send(200, dbmanager.render(self.config))

    def database_list(self):
        request = json.loads(self._body() or b"{}")
        try:
            self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"),
                                  "result": self.server.dispatcher.db_list(self._client_address())})
        except Exception as e:
            self._send_json(200, {"jsonrpc": "2.0", "id": request.get("id"), "error": _json_error(e)})

    def database_backup(self):
        from . import dbmanager
        dbmanager.backup_route(self)

    def database_restore(self):
        from . import dbmanager
        dbmanager.restore_route(self)

    def database_drop(self):
        from . import dbmanager
        dbmanager.drop_route(self)


def _json_error(exception):
    return {"code": 200, "message": "Odoo Server Error", "data": serialize_exception(exception)}


def _xmlrpc_fault(exception, legacy):
    if legacy:
        if isinstance(exception, AccessDenied):
            return xmlrpc.client.Fault("AccessDenied", str(exception))
        if isinstance(exception, UserError):
            return xmlrpc.client.Fault("warning -- %s\n\n%s" % (type(exception).__name__, exception), "")
        return xmlrpc.client.Fault(str(exception), "".join(traceback.format_exception(exception)))
    if isinstance(exception, AccessDenied):
        return xmlrpc.client.Fault(RPC_FAULT_CODE_ACCESS_DENIED, str(exception))
    if isinstance(exception, AccessError):
        return xmlrpc.client.Fault(RPC_FAULT_CODE_ACCESS_ERROR, str(exception))
    if isinstance(exception, (UserError, MissingError)):
        return xmlrpc.client.Fault(RPC_FAULT_CODE_WARNING, str(exception))
    return xmlrpc.client.Fault(RPC_FAULT_CODE_APPLICATION_ERROR, "".join(traceback.format_exception(exception)))


def _none_to_false(value):
    if value is None:
        return False
    if isinstance(value, list):
        return [_none_to_false(v) for v in value]
    if isinstance(value, dict):
        return {k: _none_to_false(v) for k, v in value.items()}
    return value


ROUTES = {
    "/": Handler.root,
    "/odoo": Handler.webclient,
    "/web": Handler.webclient,
    "/web/health": Handler.health,
    "/websocket/health": Handler.websocket_health,
    "/web/login": Handler.login,
    "/web/webclient/version_info": Handler.version_info_route,
    "/web/session/authenticate": Handler.session_authenticate,
    "/jsonrpc": Handler.jsonrpc,
    "/xmlrpc/2/common": Handler.xmlrpc,
    "/xmlrpc/2/object": Handler.xmlrpc,
    "/xmlrpc/2/db": Handler.xmlrpc,
    "/xmlrpc/common": Handler.xmlrpc,
    "/xmlrpc/object": Handler.xmlrpc,
    "/xmlrpc/db": Handler.xmlrpc,
    "/web/database/manager": Handler.database_manager,
    "/web/database/selector": Handler.database_manager,
    "/web/database/list": Handler.database_list,
    "/web/database/backup": Handler.database_backup,
    "/web/database/restore": Handler.database_restore,
    "/web/database/drop": Handler.database_drop,
}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, config, dispatcher):
        self.config = config
        self.dispatcher = dispatcher
        super().__init__(address, Handler)


def serve(config):
    """Serve HTTP until SIGTERM or SIGINT; return the exit status."""
    if not config.get("http_enable", True):
        _logger.info("HTTP service disabled by --no-http")
        threading.Event().wait()
    dispatcher = rpc.Dispatcher(config)
    interface = config.get("http_interface") or ""
    servers = [Server((interface, int(config["http_port"])), config, dispatcher)]
    _logger.info("HTTP service (werkzeug) running on %s:%s", interface or socket.gethostname(), config["http_port"])
    if int(config.get("workers") or 0) > 0:
        # NOTE: no worker processes are forked. The gevent port only exists so
        # that /websocket/health and routing to 8072 can be tested.
        servers.append(Server((interface, int(config["gevent_port"])), config, dispatcher))
        _logger.info("Evented Service (longpolling) running on %s:%s", interface or "0.0.0.0", config["gevent_port"])
    if int(config.get("max_cron_threads") or 0) > 0:
        _logger.info("max_cron_threads=%d ignored: the stand-in runs no scheduled actions",
                     int(config["max_cron_threads"]))

    stopped = threading.Event()

    def stop(signum, frame):
        _logger.info("Initiating shutdown")
        _logger.info("Hit CTRL-C again or send a second signal to force the shutdown.")
        stopped.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for thread in threads:
        thread.start()
    stopped.wait()
    for s in servers:
        s.shutdown()
        s.server_close()
    sys.stdout.flush()
    return 0
