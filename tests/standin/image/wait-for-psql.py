#!/usr/bin/env python3
"""Wait until PostgreSQL accepts a connection to the `postgres` database.

Mirrors wait-for-psql.py of the official Odoo image: each db_* value comes
from the [options] section of $ODOO_RC first, then from the command line,
then from the libpq PG* variables.
"""
import argparse
import configparser
import os
import sys
import time

import psycopg2

PG_ENV = {
    "db_host": "PGHOST",
    "db_port": "PGPORT",
    "db_user": "PGUSER",
    "db_password": "PGPASSWORD",
}


def main():
    arg_parser = argparse.ArgumentParser()
    for key in PG_ENV:
        arg_parser.add_argument("--" + key)
    arg_parser.add_argument("--timeout", type=int, default=5)
    args = arg_parser.parse_args()

    config = configparser.ConfigParser()
    rc_path = os.environ.get("ODOO_RC")
    if rc_path:
        config.read(rc_path)

    values = {}
    for key, env_name in PG_ENV.items():
        value = config.get("options", key, fallback=None) or getattr(args, key) or os.environ.get(env_name)
        if not value:
            print("wait-for-psql: missing value for %s (set it in %s, pass --%s or set %s)"
                  % (key, rc_path, key, env_name), file=sys.stderr)
            sys.exit(1)
        values[key] = value

    start_time = time.time()
    error = ""
    while (time.time() - start_time) < args.timeout:
        try:
            conn = psycopg2.connect(user=values["db_user"], host=values["db_host"],
                                    port=values["db_port"], password=values["db_password"],
                                    dbname="postgres")
            error = ""
            conn.close()
            break
        except psycopg2.OperationalError as e:
            error = e
        time.sleep(1)

    if error:
        print("Database connection failure: %s" % error, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
