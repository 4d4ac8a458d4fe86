"""A small table-backed ORM serving the models that a provisioner reads and writes over RPC.

It understands Odoo's prefix-notation domains and the return shapes of
search, read, search_read, search_count, write and create. Only the fields
listed in MODELS exist; there is no record rule and no field-level access
beyond the write check in `Model.check_write`.
"""
import json
from datetime import date, datetime

import psycopg2
from psycopg2 import errorcodes, sql

from . import security
from .exceptions import AccessError, MissingError, ValidationError

# model: table, description, stored fields, many2one fields {field: (table, name column)}.
MODELS = {
    "res.users": ("res_users", "User",
                  ["login", "password", "active", "partner_id", "company_id", "share",
                   "create_date", "write_date"],
                  {"partner_id": ("res_partner", "name"), "company_id": ("res_company", "name")}),
    "res.partner": ("res_partner", "Contact",
                    ["name", "complete_name", "email", "is_company", "company_id", "active",
                     "create_date", "write_date"],
                    {"company_id": ("res_company", "name")}),
    "res.company": ("res_company", "Companies",
                    ["name", "partner_id", "sequence", "active", "create_date", "write_date"],
                    {"partner_id": ("res_partner", "name")}),
    "ir.module.module": ("ir_module_module", "Module",
                         ["name", "state", "latest_version", "demo", "application", "auto_install",
                          "author", "shortdesc", "create_date", "write_date"], {}),
    "ir.config_parameter": ("ir_config_parameter", "System Parameter",
                            ["key", "value", "create_date", "write_date"], {}),
    "ir.cron": ("ir_cron", "Scheduled Actions",
                ["cron_name", "active", "interval_number", "interval_type", "nextcall", "lastcall",
                 "priority", "user_id", "create_date", "write_date"],
                {"user_id": ("res_users", "login")}),
    "ir.mail_server": ("ir_mail_server", "Mail Server",
                       ["name", "from_filter", "smtp_host", "smtp_port", "smtp_authentication",
                        "smtp_user", "smtp_pass", "smtp_encryption", "sequence", "active",
                        "create_date", "write_date"], {}),
    "ir.attachment": ("ir_attachment", "Attachment",
                      ["name", "res_model", "res_field", "res_id", "company_id", "type", "url",
                       "public", "store_fname", "file_size", "checksum", "mimetype",
                       "create_date", "write_date"],
                      {"company_id": ("res_company", "name")}),
}

# Computed fields: the display name of each model and res.users' partner name.
DISPLAY_COLUMN = {"res.users": None, "ir.cron": "cron_name", "ir.config_parameter": "key"}
READONLY_FIELDS = {"id", "create_date", "write_date", "store_fname", "checksum", "file_size"}
# Users allowed to change other records: __system__ (1) and admin (2), the
# members of base.group_system in a fresh database.
ADMIN_UIDS = {1, 2}

OPERATORS = {"=", "!=", "<>", "<", ">", "<=", ">=", "in", "not in", "like", "ilike",
             "not like", "not ilike", "=like", "=ilike"}


class Model:
    def __init__(self, conn, uid, name, context=None):
        if name not in MODELS:
            raise KeyError(name)
        self.conn = conn
        self.uid = uid
        self.name = name
        self.table, self.description, self.columns, self.many2one = MODELS[name]
        self.context = context or {}

    # -- domains -----------------------------------------------------------------

    def _field_sql(self, field):
        if field == "id" or field in self.columns:
            return sql.SQL("{}.{}").format(sql.Identifier(self.table), sql.Identifier(field))
        if self.name == "res.users" and field == "name":
            return sql.SQL("(SELECT p.name FROM res_partner p WHERE p.id = res_users.partner_id)")
        if field == "display_name" and DISPLAY_COLUMN.get(self.name):
            return sql.Identifier(self.table, DISPLAY_COLUMN[self.name])
        raise ValueError("Invalid field %r in leaf %r" % (field, field))

    def _leaf_sql(self, leaf):
        if not isinstance(leaf, (list, tuple)) or len(leaf) != 3:
            raise ValueError("Invalid leaf %r" % (leaf,))
        field, operator, value = leaf
        operator = operator.lower()
        if operator not in OPERATORS:
            raise ValueError("Invalid leaf %r" % (leaf,))
        column = self._field_sql(field)
        if isinstance(value, (list, tuple)) and operator in ("=", "!=", "<>"):
            operator = "in" if operator == "=" else "not in"
        if operator in ("in", "not in"):
            values = list(value) if isinstance(value, (list, tuple)) else [value]
            if not values:
                return sql.SQL("FALSE" if operator == "in" else "TRUE"), []
            keyword = "= ANY(%s)" if operator == "in" else "<> ALL(%s)"
            return sql.SQL("{} " + keyword).format(column), [values]
        if value is False and operator in ("=", "!=", "<>"):
            return sql.SQL("{} IS NULL" if operator == "=" else "{} IS NOT NULL").format(column), []
        if operator in ("like", "ilike", "not like", "not ilike"):
            negated = operator.startswith("not")
            keyword = ("NOT " if negated else "") + operator.split()[-1].upper()
            return sql.SQL("{}::text " + keyword + " %s").format(column), ["%%%s%%" % value]
        if operator in ("=like", "=ilike"):
            return sql.SQL("{}::text " + operator[1:].upper() + " %s").format(column), [value]
        if operator == "<>":
            operator = "!="
        return sql.SQL("{} " + operator + " %s").format(column), [value]

    def _domain_sql(self, domain):
        """Translate a prefix-notation domain; consecutive terms are joined by an implicit '&'."""
        domain = list(domain or [])
        if (self.context.get("active_test", True) and "active" in self.columns
                and not any(isinstance(t, (list, tuple)) and t and t[0] == "active" for t in domain)):
            domain = ["&", ("active", "=", True)] + domain if domain else [("active", "=", True)]
        if not domain:
            return sql.SQL("TRUE"), []
        tokens = list(domain)
        stack = []
        for token in reversed(tokens):
            if token in ("&", "|"):
                left, right = stack.pop(), stack.pop()
                joiner = " AND " if token == "&" else " OR "
                stack.append((sql.SQL("({})").format(sql.SQL(joiner).join([left[0], right[0]])),
                              left[1] + right[1]))
            elif token == "!":
                inner = stack.pop()
                stack.append((sql.SQL("(NOT {})").format(inner[0]), inner[1]))
            else:
                stack.append(self._leaf_sql(token))
        while len(stack) > 1:
            left, right = stack.pop(), stack.pop()
            stack.append((sql.SQL("({} AND {})").format(left[0], right[0]), left[1] + right[1]))
        return stack[0]

    # -- reading -----------------------------------------------------------------

    def search(self, domain=None, offset=0, limit=None, order=None, count=False):
        where, params = self._domain_sql(domain)
        if count:
            return self.search_count(domain)
        query = sql.SQL("SELECT {t}.id FROM {t} WHERE {w}").format(t=sql.Identifier(self.table), w=where)
        query += sql.SQL(" ORDER BY ") + self._order_sql(order)
        if limit:
            query += sql.SQL(" LIMIT %s")
            params = params + [int(limit)]
        if offset:
            query += sql.SQL(" OFFSET %s")
            params = params + [int(offset)]
        with self.conn.cursor() as cr:
            cr.execute(query, params)
            return [row[0] for row in cr.fetchall()]

    def _order_sql(self, order):
        if not order:
            return sql.SQL("{}.id").format(sql.Identifier(self.table))
        parts = []
        for item in str(order).split(","):
            words = item.split()
            if not words:
                continue
            direction = words[1].upper() if len(words) > 1 else "ASC"
            if direction not in ("ASC", "DESC"):
                raise ValueError("Invalid \"order\" specified (%s)." % order)
            parts.append(self._field_sql(words[0]) + sql.SQL(" " + direction))
        return sql.SQL(", ").join(parts)

    def search_count(self, domain=None, limit=None):
        where, params = self._domain_sql(domain)
        with self.conn.cursor() as cr:
            cr.execute(sql.SQL("SELECT count(*) FROM {t} WHERE {w}").format(t=sql.Identifier(self.table), w=where),
                       params)
            return cr.fetchone()[0]

    def _available_fields(self):
        names = ["id"] + list(self.columns) + ["display_name"]
        if self.name == "res.users":
            names.append("name")
        return names

    def read(self, ids, fields=None, load="_classic_read"):
        ids = [ids] if isinstance(ids, int) else list(ids)
        available = self._available_fields()
        fields = list(fields or [f for f in available if f != "password"])
        for field in fields:
            if field not in available:
                raise ValueError("Invalid field %r on model %r" % (field, self.name))
        if not ids:
            return []
        with self.conn.cursor() as cr:
            cr.execute(sql.SQL("SELECT * FROM {} WHERE id = ANY(%s)").format(sql.Identifier(self.table)), [ids])
            names = [d.name for d in cr.description]
            rows = {row[0]: dict(zip(names, row)) for row in cr.fetchall()}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise MissingError("Record does not exist or has been deleted.\n(Record: %s(%s,), User: %s)"
                               % (self.name, ", ".join(map(str, missing)), self.uid))
        return [self._convert_row(rows[i], fields) for i in ids]

    def _convert_row(self, row, fields):
        result = {"id": row["id"]}
        for field in fields:
            if field == "id":
                continue
            if field == "password":
                result[field] = ""
            elif field == "display_name":
                result[field] = self._display_name(row)
            elif field == "name" and self.name == "res.users":
                result[field] = self._lookup("res_partner", "name", row["partner_id"])
            elif field in self.many2one:
                target_id = row[field]
                target_table, target_column = self.many2one[field]
                result[field] = [target_id, self._lookup(target_table, target_column, target_id)] if target_id else False
            else:
                result[field] = _to_rpc(row[field])
        return result

    def _display_name(self, row):
        if self.name == "res.users":
            return self._lookup("res_partner", "name", row["partner_id"])
        column = DISPLAY_COLUMN.get(self.name, "name")
        return _to_rpc(row.get(column))

    def _lookup(self, table, column, record_id):
        if not record_id:
            return False
        with self.conn.cursor() as cr:
            cr.execute(sql.SQL("SELECT {} FROM {} WHERE id = %s").format(sql.Identifier(column), sql.Identifier(table)),
                       [record_id])
            row = cr.fetchone()
            return _to_rpc(row[0]) if row else False

    def search_read(self, domain=None, fields=None, offset=0, limit=None, order=None):
        return self.read(self.search(domain, offset=offset, limit=limit, order=order), fields)

    # -- writing -----------------------------------------------------------------

    def check_write(self, ids, vals):
        if self.uid in ADMIN_UIDS:
            return
        if self.name == "res.users" and list(ids) == [self.uid] and set(vals) <= {"password"}:
            return
        raise AccessError("You are not allowed to modify '%s' (%s) records.\n\n"
                          "This operation is allowed for the following groups:\n\t- Administration/Settings"
                          % (self.description, self.name))

    def _prepare_vals(self, vals):
        prepared = {}
        for field, value in vals.items():
            if field == "name" and self.name == "res.users":
                continue
            if field not in self.columns or field in READONLY_FIELDS:
                raise ValueError("Invalid field %r on model %r" % (field, self.name))
            if field == "password" and self.name == "res.users":
                if not value:
                    raise ValidationError("Setting empty passwords is not allowed for security reasons!")
                value = security.hash_password(value)
            if field == "shortdesc":
                value = json.dumps({"en_US": value})
            prepared[field] = value
        return prepared

    def write(self, ids, vals):
        ids = [ids] if isinstance(ids, int) else list(ids)
        self.check_write(ids, vals)
        self.read(ids, ["id"])
        prepared = self._prepare_vals(vals)
        prepared["write_date"] = datetime.utcnow()
        assignments = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in prepared)
        with self.conn.cursor() as cr:
            try:
                cr.execute(sql.SQL("UPDATE {} SET {} WHERE id = ANY(%s)").format(sql.Identifier(self.table), assignments),
                           list(prepared.values()) + [ids])
            except psycopg2.IntegrityError as e:
                raise self._constraint_error(e) from e
            if self.name == "res.users" and "name" in vals:
                cr.execute("UPDATE res_partner SET name = %s, complete_name = %s WHERE id IN "
                           "(SELECT partner_id FROM res_users WHERE id = ANY(%s))", [vals["name"], vals["name"], ids])
        return True

    def create(self, vals_list):
        single = isinstance(vals_list, dict)
        created = []
        for vals in [vals_list] if single else vals_list:
            self.check_write([], vals)
            prepared = self._prepare_vals(vals)
            now = datetime.utcnow()
            prepared.setdefault("create_date", now)
            prepared.setdefault("write_date", now)
            if self.name == "res.users":
                prepared.setdefault("company_id", 1)
                with self.conn.cursor() as cr:
                    name = vals.get("name") or prepared.get("login")
                    cr.execute("INSERT INTO res_partner (name, complete_name, company_id, active, create_date, write_date)"
                               " VALUES (%s, %s, 1, true, %s, %s) RETURNING id", [name, name, now, now])
                    prepared.setdefault("partner_id", cr.fetchone()[0])
            columns = sql.SQL(", ").join(sql.Identifier(k) for k in prepared)
            placeholders = sql.SQL(", ").join(sql.Placeholder() for _ in prepared)
            with self.conn.cursor() as cr:
                try:
                    cr.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING id").format(
                        sql.Identifier(self.table), columns, placeholders), list(prepared.values()))
                except psycopg2.IntegrityError as e:
                    raise self._constraint_error(e) from e
                created.append(cr.fetchone()[0])
        return created[0] if single else created

    def _constraint_error(self, error):
        if error.pgcode == errorcodes.UNIQUE_VIOLATION and self.name == "res.users":
            return ValidationError("You can not have two users with the same login!")
        if error.pgcode == errorcodes.UNIQUE_VIOLATION and self.name == "ir.config_parameter":
            return ValidationError("Key must be unique.")
        return ValidationError("The operation cannot be completed: %s" % error.diag.message_primary)

    # -- model-specific methods --------------------------------------------------------

    def get_param(self, key, default=False):
        with self.conn.cursor() as cr:
            cr.execute("SELECT value FROM ir_config_parameter WHERE key = %s", [key])
            row = cr.fetchone()
            return row[0] if row else default

    def set_param(self, key, value):
        self.check_write([], {"value": value})
        old = self.get_param(key)
        now = datetime.utcnow()
        with self.conn.cursor() as cr:
            if value is False or value is None:
                cr.execute("DELETE FROM ir_config_parameter WHERE key = %s", [key])
            else:
                cr.execute("INSERT INTO ir_config_parameter (key, value, create_uid, create_date, write_uid, write_date)"
                           " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value,"
                           " write_uid = EXCLUDED.write_uid, write_date = EXCLUDED.write_date",
                           [key, str(value), self.uid, now, self.uid, now])
        return old

    def check_access_rights(self, operation, raise_exception=True):
        return True


# model: methods callable over RPC.
PUBLIC_METHODS = {"search", "search_count", "read", "search_read", "write", "create", "check_access_rights"}
MODEL_METHODS = {"ir.config_parameter": {"get_param", "set_param"}}


def call(conn, uid, model_name, method, args, kwargs):
    """Run `model.method(*args, **kwargs)` as execute_kw does and return the RPC result."""
    kwargs = dict(kwargs or {})
    context = kwargs.pop("context", None) or {}
    model = Model(conn, uid, model_name, context)
    if method not in PUBLIC_METHODS | MODEL_METHODS.get(model_name, set()):
        raise AttributeError("The method '%s' does not exist on the model '%s'" % (method, model_name))
    if method == "get_param" and model.uid not in ADMIN_UIDS:
        raise AccessError("You are not allowed to access 'System Parameter' (ir.config_parameter) records.")
    return getattr(model, method)(*args, **kwargs)


def _to_rpc(value):
    if value is None:
        return False
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dict):
        return value.get("en_US") or next(iter(value.values()), False)
    if isinstance(value, memoryview):
        return False
    return value
