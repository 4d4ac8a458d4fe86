#!/usr/bin/env bash
# The baseline of bench_provision: the raw steps of provisioning N Odoo
# instances at once, with psql, createdb, the docker CLI and curl.
#
#   raw-provision.sh create PREFIX COUNT
#   raw-provision.sh remove PREFIX COUNT
#
# Per instance PREFIXi (i = 1..COUNT), all in parallel: a login role with
# a password and a UTF8 database from template0 owned by it, CONNECT
# revoked from PUBLIC; a volume; the init run (-i base, no demo data); the
# server container with a published port; then /web/health polled every
# 0.5 s, as the console does. Prints "instance NAME START END" per
# instance, with both times in seconds since the epoch.
#
# Reads: DOCKER_HOST, BENCH_IMAGE, BENCH_NETWORK, BENCH_CPUS, BENCH_MEMORY,
# PGHOST, PGPORT, PGUSER, PGPASSWORD (the console's admin role) and
# BENCH_PG_CONTAINER_HOST (PostgreSQL as the containers reach it).
set -uo pipefail

mode=$1
prefix=$2
count=$3

sql() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

create_one() {
    local name=$1 password
    password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
    local started=$EPOCHREALTIME
    {
        # PostgreSQL 15: the admin role must be a member of the new role to
        # create a database owned by it, as the console does.
        sql -c "CREATE ROLE \"$name\" LOGIN PASSWORD '$password'" -c "GRANT \"$name\" TO CURRENT_USER" &&
        createdb -T template0 -E UTF8 -O "$name" "$name" &&
        sql -c "REVOKE CONNECT, TEMPORARY ON DATABASE \"$name\" FROM PUBLIC" \
            -c "REVOKE \"$name\" FROM CURRENT_USER" &&
        docker volume create "$name" >/dev/null &&
        docker run --rm --network "$BENCH_NETWORK" -v "$name:/var/lib/odoo" \
            --cpus "$BENCH_CPUS" --memory "$BENCH_MEMORY" \
            -e HOST="$BENCH_PG_CONTAINER_HOST" -e PORT="$PGPORT" -e USER="$name" -e PASSWORD="$password" \
            "$BENCH_IMAGE" odoo -d "$name" -i base --without-demo=all --stop-after-init >/dev/null 2>&1 &&
        docker run -d --name "$name" --network "$BENCH_NETWORK" -v "$name:/var/lib/odoo" \
            --cpus "$BENCH_CPUS" --memory "$BENCH_MEMORY" --restart unless-stopped -p 127.0.0.1::8069 \
            -e HOST="$BENCH_PG_CONTAINER_HOST" -e PORT="$PGPORT" -e USER="$name" -e PASSWORD="$password" \
            "$BENCH_IMAGE" odoo -d "$name" "--db-filter=^$name\$" --proxy-mode --workers=0 \
            --max-cron-threads=1 >/dev/null
    } || { echo "failed $name" >&2; return 1; }
    local port
    port=$(docker port "$name" 8069/tcp | head -n 1)
    port=${port##*:}
    local deadline=$((SECONDS + 180))
    until curl -fs -o /dev/null "http://127.0.0.1:$port/web/health"; do
        if [ $SECONDS -ge $deadline ]; then
            echo "failed $name: /web/health did not respond within 180 s" >&2
            return 1
        fi
        sleep 0.5
    done
    printf 'instance %s %s %s\n' "$name" "$started" "$EPOCHREALTIME"
}

remove_one() {
    local name=$1
    docker rm -f "$name" >/dev/null 2>&1
    docker volume rm -f "$name" >/dev/null 2>&1
    # Dropping a database needs membership in its owner role (PostgreSQL 15).
    sql -c "GRANT \"$name\" TO CURRENT_USER" -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" \
        -c "DROP ROLE IF EXISTS \"$name\"" >/dev/null
}

pids=()
for i in $(seq 1 "$count"); do
    case $mode in
    create) create_one "$prefix$i" & ;;
    remove) remove_one "$prefix$i" & ;;
    *) echo "usage: $0 create|remove PREFIX COUNT" >&2; exit 2 ;;
    esac
    pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
exit $status
