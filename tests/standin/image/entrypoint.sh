#!/bin/bash
# Entrypoint of the Odoo stand-in image. It follows the official image's
# entrypoint.sh for 17.0, 18.0 and 19.0 (odoo/docker); ODOO_VERSION selects
# the 19.0 rules, which leave the PG* variables to Odoo itself.

set -e

if [ -v PASSWORD_FILE ]; then
    PASSWORD="$(< $PASSWORD_FILE)"
fi

series_major="${ODOO_VERSION%%.*}"

# Each value takes the first non-empty variable of its chain, as ":=" does.
if [ "$series_major" -ge 19 ] 2>/dev/null; then
    : ${HOST:=${DB_PORT_5432_TCP_ADDR:='db'}}
    : ${PORT:=${DB_PORT_5432_TCP_PORT:=5432}}
    : ${USER:=${DB_ENV_POSTGRES_USER:=${POSTGRES_USER:='odoo'}}}
    : ${PASSWORD:=${DB_ENV_POSTGRES_PASSWORD:=${POSTGRES_PASSWORD:='odoo'}}}
else
    : ${HOST:=${DB_PORT_5432_TCP_ADDR:=${PGHOST:='db'}}}
    : ${PORT:=${DB_PORT_5432_TCP_PORT:=${PGPORT:=5432}}}
    : ${USER:=${DB_ENV_POSTGRES_USER:=${POSTGRES_USER:=${PGUSER:='odoo'}}}}
    : ${PASSWORD:=${DB_ENV_POSTGRES_PASSWORD:=${POSTGRES_PASSWORD:=${PGPASSWORD:='odoo'}}}}
fi

DB_ARGS=()
# Add --<param> <value> unless $ODOO_RC sets the key, so the config file wins.
# From 19.0 on, a set PG* variable also suppresses the argument because Odoo
# reads PGHOST, PGPORT, PGUSER and PGPASSWORD itself.
function check_config() {
    param="$1"
    value="$2"
    pg_env="$3"
    if grep -q -E "^\s*\b${param}\b\s*=" "$ODOO_RC"; then
        return
    fi
    if [ "$series_major" -ge 19 ] 2>/dev/null && [ -n "${!pg_env}" ]; then
        return
    fi
    DB_ARGS+=("--${param}")
    DB_ARGS+=("${value}")
}
check_config "db_host" "$HOST" PGHOST
check_config "db_port" "$PORT" PGPORT
check_config "db_user" "$USER" PGUSER
check_config "db_password" "$PASSWORD" PGPASSWORD

case "$1" in
    -- | odoo)
        shift
        if [[ "$1" == "scaffold" ]] ; then
            exec odoo "$@"
        else
            wait-for-psql.py "${DB_ARGS[@]}" --timeout=30
            exec odoo "$@" "${DB_ARGS[@]}"
        fi
        ;;
    -*)
        wait-for-psql.py "${DB_ARGS[@]}" --timeout=30
        exec odoo "$@" "${DB_ARGS[@]}"
        ;;
    *)
        exec "$@"
esac

exit 1
