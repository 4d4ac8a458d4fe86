// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "core/common/logging.h"
#include "core/common/version.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

// Version 1: the core entities and the audit trail.
Migration coreEntities()
{
    return { 1, QStringLiteral("customers, tenants, hosts, instances and audit events"),
        {
            QStringLiteral(R"(CREATE TABLE customers (
                id {uuid} PRIMARY KEY,
                name TEXT NOT NULL,
                email TEXT NOT NULL,
                email_key TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                company TEXT NOT NULL DEFAULT '',
                country TEXT NOT NULL DEFAULT 'ZW',
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
                notes TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1,
                CONSTRAINT ux_customers_email UNIQUE (email_key)
            ))"),
            QStringLiteral("CREATE INDEX ix_customers_name ON customers (name)"),
            QStringLiteral(R"(CREATE TABLE tenants (
                id {uuid} PRIMARY KEY,
                customer_id {uuid} NOT NULL REFERENCES customers (id),
                name TEXT NOT NULL,
                slug TEXT NOT NULL,
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1,
                CONSTRAINT ux_tenants_slug UNIQUE (slug)
            ))"),
            QStringLiteral("CREATE INDEX ix_tenants_customer ON tenants (customer_id)"),
            QStringLiteral(R"(CREATE TABLE hosts (
                id {uuid} PRIMARY KEY,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                docker_endpoint TEXT NOT NULL,
                tls_ca_path TEXT NOT NULL DEFAULT '',
                tls_cert_path TEXT NOT NULL DEFAULT '',
                tls_key_path TEXT NOT NULL DEFAULT '',
                pg_host TEXT NOT NULL,
                pg_port INTEGER NOT NULL,
                pg_admin_user TEXT NOT NULL,
                pg_container_host TEXT NOT NULL DEFAULT '',
                pg_password_ref TEXT NOT NULL DEFAULT '',
                base_domain TEXT NOT NULL,
                image_repository TEXT NOT NULL DEFAULT 'odoo',
                port_range_start INTEGER NOT NULL DEFAULT 0,
                port_range_end INTEGER NOT NULL DEFAULT 0,
                cpu_millicores INTEGER NOT NULL,
                memory_bytes {bigint} NOT NULL,
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'maintenance', 'retired')),
                allow_superuser_override {bool} NOT NULL DEFAULT {false},
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1,
                CONSTRAINT ux_hosts_name UNIQUE (name_key)
            ))"),
            // pg_server is the host's PostgreSQL endpoint ("host:port",
            // lower case), copied in so that the unique index below keeps
            // database names unique per server, whichever Docker host uses it.
            QStringLiteral(R"(CREATE TABLE instances (
                id {uuid} PRIMARY KEY,
                tenant_id {uuid} NOT NULL REFERENCES tenants (id),
                host_id {uuid} NOT NULL REFERENCES hosts (id),
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                odoo_version TEXT NOT NULL CHECK (odoo_version IN ('16.0', '17.0', '18.0', '19.0')),
                image_tag TEXT NOT NULL,
                instance_type TEXT NOT NULL CHECK (instance_type IN ('development', 'staging', 'production')),
                cpu_millicores INTEGER NOT NULL CHECK (cpu_millicores > 0),
                memory_bytes {bigint} NOT NULL CHECK (memory_bytes > 0),
                storage_bytes {bigint} NOT NULL CHECK (storage_bytes > 0),
                admin_email TEXT NOT NULL,
                demo_data {bool} NOT NULL DEFAULT {false},
                database_name TEXT NOT NULL,
                pg_server TEXT NOT NULL,
                custom_addons {json} NOT NULL,
                disabled_modules {json} NOT NULL,
                environment {json} NOT NULL,
                subdomain TEXT NOT NULL,
                published_port INTEGER,
                container_id TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('creating', 'starting', 'running', 'stopping', 'stopped',
                    'restarting', 'suspended', 'updating', 'backing_up', 'restoring', 'error', 'deleting', 'deleted')),
                status_message TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1
            ))"),
            QStringLiteral("CREATE UNIQUE INDEX ux_instances_pg_database ON instances (pg_server, database_name) "
                           "WHERE status <> 'deleted'"),
            QStringLiteral("CREATE UNIQUE INDEX ux_instances_subdomain ON instances (host_id, subdomain) "
                           "WHERE status <> 'deleted'"),
            QStringLiteral("CREATE UNIQUE INDEX ux_instances_port ON instances (host_id, published_port) "
                           "WHERE published_port IS NOT NULL AND status <> 'deleted'"),
            QStringLiteral("CREATE INDEX ix_instances_tenant ON instances (tenant_id)"),
            QStringLiteral("CREATE INDEX ix_instances_host ON instances (host_id)"),
            QStringLiteral(R"(CREATE TABLE audit_events (
                id {uuid} PRIMARY KEY,
                occurred_at {timestamp} NOT NULL,
                os_user TEXT NOT NULL,
                admin_name TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL,
                target_type TEXT NOT NULL,
                target_id TEXT NOT NULL,
                details {json} NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX ix_audit_target ON audit_events (target_type, target_id)"),
            QStringLiteral("CREATE INDEX ix_audit_time ON audit_events (occurred_at)"),
        } };
}

// Version 2: jobs with their log, and backups.
Migration jobsAndBackups()
{
    return { 2, QStringLiteral("jobs, job log and backups"),
        {
            QStringLiteral(R"(CREATE TABLE jobs (
                id {uuid} PRIMARY KEY,
                kind TEXT NOT NULL,
                target_type TEXT NOT NULL,
                target_id TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
                progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
                steps {json} NOT NULL,
                current_step INTEGER NOT NULL DEFAULT 0,
                error TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                started_at {timestamp},
                finished_at {timestamp}
            ))"),
            QStringLiteral("CREATE INDEX ix_jobs_target ON jobs (target_type, target_id)"),
            QStringLiteral("CREATE INDEX ix_jobs_state ON jobs (state)"),
            QStringLiteral(R"(CREATE TABLE job_log (
                job_id {uuid} NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                logged_at {timestamp} NOT NULL,
                level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
                message TEXT NOT NULL,
                PRIMARY KEY (job_id, sequence)
            ))"),
            QStringLiteral(R"(CREATE TABLE backups (
                id {uuid} PRIMARY KEY,
                instance_id {uuid} NOT NULL REFERENCES instances (id),
                location TEXT NOT NULL,
                tier TEXT NOT NULL CHECK (tier IN ('manual', 'daily', 'weekly', 'monthly')),
                size_bytes {bigint} NOT NULL DEFAULT 0,
                sha256 TEXT NOT NULL DEFAULT '',
                odoo_version TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'completed', 'failed', 'expired')),
                created_at {timestamp} NOT NULL,
                expires_at {timestamp}
            ))"),
            QStringLiteral("CREATE INDEX ix_backups_instance ON backups (instance_id, created_at)"),
        } };
}

// Version 3: the expected TLS server name of a host, and the status and
// name indexes of the instance list.
Migration hostTlsServerName()
{
    return { 3, QStringLiteral("hosts.tls_server_name and instance list indexes"),
        {
            QStringLiteral("ALTER TABLE hosts ADD COLUMN tls_server_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX ix_instances_status ON instances (status)"),
            QStringLiteral("CREATE INDEX ix_instances_name ON instances (name)"),
        } };
}

// Version 4: jobs record the process that runs them, a cancel request from
// another process and the interrupted state; hosts get their own Docker
// network. SQLite cannot change a table's CHECK constraint, so there jobs
// and job_log are rebuilt and copied. job_log is dropped first, because
// dropping jobs with foreign keys on would cascade into it.
Migration jobOwnerAndHostNetwork()
{
    const QString states = QStringLiteral("'queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'");
    return { 4, QStringLiteral("interrupted jobs, job owner and cancel request, hosts.docker_network"),
        {
            QStringLiteral("ALTER TABLE hosts ADD COLUMN docker_network TEXT NOT NULL DEFAULT ''"),
        },
        {
            QStringLiteral(R"(CREATE TABLE jobs_v4 (
                id {uuid} PRIMARY KEY,
                kind TEXT NOT NULL,
                target_type TEXT NOT NULL,
                target_id TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN (%1)),
                progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
                steps {json} NOT NULL,
                current_step INTEGER NOT NULL DEFAULT 0,
                error TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                started_at {timestamp},
                finished_at {timestamp},
                owner TEXT NOT NULL DEFAULT '',
                cancel_requested {bool} NOT NULL DEFAULT {false}
            ))")
                .arg(states),
            QStringLiteral("INSERT INTO jobs_v4 (id, kind, target_type, target_id, state, progress, steps, current_step, "
                           "error, created_at, started_at, finished_at) SELECT id, kind, target_type, target_id, state, "
                           "progress, steps, current_step, error, created_at, started_at, finished_at FROM jobs"),
            QStringLiteral(R"(CREATE TABLE job_log_v4 (
                job_id {uuid} NOT NULL REFERENCES jobs_v4 (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                logged_at {timestamp} NOT NULL,
                level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
                message TEXT NOT NULL,
                PRIMARY KEY (job_id, sequence)
            ))"),
            QStringLiteral("INSERT INTO job_log_v4 (job_id, sequence, logged_at, level, message) "
                           "SELECT job_id, sequence, logged_at, level, message FROM job_log"),
            QStringLiteral("DROP TABLE job_log"),
            QStringLiteral("DROP TABLE jobs"),
            // SQLite 3.26 and later rewrite job_log_v4's reference to the new name.
            QStringLiteral("ALTER TABLE jobs_v4 RENAME TO jobs"),
            QStringLiteral("ALTER TABLE job_log_v4 RENAME TO job_log"),
            QStringLiteral("CREATE INDEX ix_jobs_target ON jobs (target_type, target_id)"),
            QStringLiteral("CREATE INDEX ix_jobs_state ON jobs (state)"),
        },
        {
            QStringLiteral("ALTER TABLE jobs DROP CONSTRAINT jobs_state_check"),
            QStringLiteral("ALTER TABLE jobs ADD CONSTRAINT jobs_state_check CHECK (state IN (%1))").arg(states),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE"),
        } };
}

// Version 5: backups on two tiers (a local file and an S3 object), with
// their kind, the times they were archived and verified, the deleted
// state, and the per-instance retention policy. SQLite cannot change a
// CHECK constraint, so the backups table is rebuilt; the version 2 tiers
// map to kinds: "manual" stays manual, daily, weekly and monthly become
// scheduled.
Migration backupTiers()
{
    return { 5, QStringLiteral("backup kinds, S3 keys, archive and verify times, retention policies"),
        {
            QStringLiteral(R"(CREATE TABLE backups_v5 (
                id {uuid} PRIMARY KEY,
                instance_id {uuid} NOT NULL REFERENCES instances (id),
                kind TEXT NOT NULL CHECK (kind IN ('manual', 'scheduled', 'safety')),
                location TEXT NOT NULL DEFAULT '',
                s3_key TEXT NOT NULL DEFAULT '',
                size_bytes {bigint} NOT NULL DEFAULT 0,
                sha256 TEXT NOT NULL DEFAULT '',
                odoo_version TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'completed', 'failed', 'expired',
                    'deleted')),
                error TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                expires_at {timestamp},
                archived_at {timestamp},
                verified_at {timestamp},
                deleted_at {timestamp}
            ))"),
            QStringLiteral("INSERT INTO backups_v5 (id, instance_id, kind, location, size_bytes, sha256, "
                           "odoo_version, state, created_at, expires_at) "
                           "SELECT id, instance_id, CASE WHEN tier = 'manual' THEN 'manual' ELSE 'scheduled' END, "
                           "location, size_bytes, sha256, odoo_version, state, created_at, expires_at FROM backups"),
            QStringLiteral("DROP TABLE backups"),
            QStringLiteral("ALTER TABLE backups_v5 RENAME TO backups"),
            QStringLiteral("CREATE INDEX ix_backups_instance ON backups (instance_id, created_at)"),
            QStringLiteral("CREATE INDEX ix_backups_state ON backups (state)"),
            QStringLiteral(R"(CREATE TABLE backup_policies (
                instance_id {uuid} PRIMARY KEY REFERENCES instances (id),
                keep_daily INTEGER NOT NULL CHECK (keep_daily >= 0),
                keep_weekly INTEGER NOT NULL CHECK (keep_weekly >= 0),
                keep_monthly INTEGER NOT NULL CHECK (keep_monthly >= 0),
                interval_hours INTEGER NOT NULL CHECK (interval_hours >= 0),
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT ''
            ))"),
        } };
}

// Version 6: billing. Plans, subscriptions with their history, invoices with
// their lines and per-year number counters, Paynow payments, billing
// settings, and the instances that dunning suspended. Money columns hold
// integer cents, and dates are ISO 8601 text.
Migration billing()
{
    return { 6, QStringLiteral("plans, subscriptions, invoices, payments and billing settings"),
        {
            QStringLiteral(R"(CREATE TABLE plans (
                id {uuid} PRIMARY KEY,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                price_usd_cents {bigint} NOT NULL CHECK (price_usd_cents >= 0),
                price_zwg_cents {bigint} NOT NULL CHECK (price_zwg_cents >= 0),
                max_instances INTEGER NOT NULL CHECK (max_instances >= 0),
                max_cpu_millicores INTEGER NOT NULL CHECK (max_cpu_millicores >= 0),
                max_memory_bytes {bigint} NOT NULL CHECK (max_memory_bytes >= 0),
                max_storage_bytes {bigint} NOT NULL CHECK (max_storage_bytes >= 0),
                backup_retention_days INTEGER NOT NULL CHECK (backup_retention_days >= 0),
                trial_days INTEGER NOT NULL DEFAULT 0 CHECK (trial_days >= 0),
                active {bool} NOT NULL,
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1,
                CONSTRAINT ux_plans_name UNIQUE (name_key)
            ))"),
            QStringLiteral(R"(CREATE TABLE subscriptions (
                id {uuid} PRIMARY KEY,
                customer_id {uuid} NOT NULL REFERENCES customers (id),
                plan_id {uuid} NOT NULL REFERENCES plans (id),
                currency TEXT NOT NULL CHECK (currency IN ('USD', 'ZWG')),
                status TEXT NOT NULL CHECK (status IN ('trial', 'active', 'past_due', 'suspended', 'cancelled')),
                period_start TEXT NOT NULL,
                period_end TEXT NOT NULL,
                next_invoice_date TEXT NOT NULL,
                trial_ends_on TEXT,
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1
            ))"),
            QStringLiteral("CREATE UNIQUE INDEX ux_subscriptions_live ON subscriptions (customer_id) "
                           "WHERE status <> 'cancelled'"),
            QStringLiteral(R"(CREATE TABLE subscription_events (
                id {uuid} PRIMARY KEY,
                subscription_id {uuid} NOT NULL REFERENCES subscriptions (id),
                sequence INTEGER NOT NULL,
                occurred_at {timestamp} NOT NULL,
                actor TEXT NOT NULL,
                from_status TEXT NOT NULL DEFAULT '',
                to_status TEXT NOT NULL,
                plan_id {uuid} NOT NULL,
                note TEXT NOT NULL DEFAULT ''
            ))"),
            QStringLiteral("CREATE UNIQUE INDEX ux_subscription_events ON subscription_events (subscription_id, sequence)"),
            QStringLiteral(R"(CREATE TABLE invoice_counters (
                year INTEGER PRIMARY KEY,
                last_number INTEGER NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE invoices (
                id {uuid} PRIMARY KEY,
                number TEXT,
                customer_id {uuid} NOT NULL REFERENCES customers (id),
                subscription_id {uuid} NOT NULL REFERENCES subscriptions (id),
                currency TEXT NOT NULL CHECK (currency IN ('USD', 'ZWG')),
                status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'void')),
                period_start TEXT NOT NULL,
                period_end TEXT NOT NULL,
                issue_date TEXT,
                due_date TEXT NOT NULL,
                vat_rate_bp INTEGER NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
                subtotal_cents {bigint} NOT NULL,
                tax_cents {bigint} NOT NULL,
                total_cents {bigint} NOT NULL,
                void_reason TEXT NOT NULL DEFAULT '',
                paid_at {timestamp},
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                updated_by TEXT NOT NULL DEFAULT '',
                row_version {bigint} NOT NULL DEFAULT 1,
                CONSTRAINT ux_invoices_number UNIQUE (number),
                CHECK ((status = 'draft' AND number IS NULL) OR (status IN ('open', 'paid') AND number IS NOT NULL)
                    OR status = 'void')
            ))"),
            // One invoice per subscription and period, unless voided.
            QStringLiteral("CREATE UNIQUE INDEX ux_invoices_period ON invoices (subscription_id, period_start) "
                           "WHERE status <> 'void'"),
            QStringLiteral("CREATE INDEX ix_invoices_customer ON invoices (customer_id)"),
            QStringLiteral("CREATE INDEX ix_invoices_status_due ON invoices (status, due_date)"),
            QStringLiteral(R"(CREATE TABLE invoice_lines (
                invoice_id {uuid} NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                description TEXT NOT NULL,
                quantity {bigint} NOT NULL CHECK (quantity > 0),
                unit_cents {bigint} NOT NULL,
                amount_cents {bigint} NOT NULL,
                PRIMARY KEY (invoice_id, position)
            ))"),
            QStringLiteral(R"(CREATE TABLE payments (
                id {uuid} PRIMARY KEY,
                invoice_id {uuid} NOT NULL REFERENCES invoices (id),
                reference TEXT NOT NULL,
                paynow_reference TEXT NOT NULL DEFAULT '',
                poll_url TEXT NOT NULL,
                browser_url TEXT NOT NULL DEFAULT '',
                method TEXT NOT NULL CHECK (method IN ('web', 'ecocash', 'onemoney')),
                phone TEXT NOT NULL DEFAULT '',
                amount_cents {bigint} NOT NULL CHECK (amount_cents > 0),
                currency TEXT NOT NULL CHECK (currency IN ('USD', 'ZWG')),
                status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled', 'failed', 'flagged')),
                paynow_status TEXT NOT NULL DEFAULT '',
                applied_at {timestamp},
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL,
                row_version {bigint} NOT NULL DEFAULT 1,
                CONSTRAINT ux_payments_reference UNIQUE (reference)
            ))"),
            QStringLiteral("CREATE INDEX ix_payments_invoice ON payments (invoice_id)"),
            QStringLiteral(R"(CREATE TABLE billing_settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE dunning_suspensions (
                instance_id {uuid} PRIMARY KEY REFERENCES instances (id),
                subscription_id {uuid} NOT NULL REFERENCES subscriptions (id),
                invoice_id {uuid} NOT NULL REFERENCES invoices (id),
                suspended_at {timestamp} NOT NULL
            ))"),
        } };
}

// Version 8: the objects each provisioning job created for an instance
// (database, role, volume, container, keychain entry), so that a delete or
// a clean-up removes only those. `location` is the PostgreSQL server key
// for a database or role and the host id for Docker objects. Instances
// created before this version have no rows; see instanceobjects.h.
Migration instanceObjects()
{
    return { 8, QStringLiteral("instance_objects"),
        {
            QStringLiteral(R"(CREATE TABLE instance_objects (
                id {uuid} PRIMARY KEY,
                instance_id {uuid} NOT NULL REFERENCES instances (id),
                job_id TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN ('database', 'role', 'volume', 'container', 'secret')),
                name TEXT NOT NULL,
                location TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                removed_at {timestamp}
            ))"),
            QStringLiteral("CREATE INDEX ix_instance_objects_instance ON instance_objects (instance_id)"),
        } };
}

// Version 9: the state each instance was in when dunning suspended it, so
// that a payment starts only the instances the suspension stopped. Rows
// from before this version resume as running, as they did then.
Migration dunningPreviousStatus()
{
    return { 9, QStringLiteral("dunning_suspensions.previous_status"),
        {
            QStringLiteral("ALTER TABLE dunning_suspensions ADD COLUMN previous_status TEXT NOT NULL DEFAULT 'running' "
                           "CHECK (previous_status IN ('running', 'stopped'))"),
        } };
}

// Version 10: payment attempts, how each paid payment was applied, and the
// day of the month a subscription is billed on.
// - payments.failure_reason: why an attempt failed or was cancelled before
//   Paynow reported a final status. Each attempt is stored before it is
//   sent, so its merchant reference is never reused.
// - payments.application: how a paid payment was applied to its invoice
//   (settled it, arrived after it was paid, or arrived for a void invoice),
//   and whether it was refunded since. Payments applied before this version
//   settled their invoice.
// - subscriptions.billing_day: the day of the month periods start on, kept
//   through short months. Existing subscriptions take the day their current
//   period starts on.
Migration paymentAttempts()
{
    return { 10, QStringLiteral("payment attempts and application, subscription billing day"),
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN failure_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE payments ADD COLUMN application TEXT NOT NULL DEFAULT '' "
                           "CHECK (application IN ('', 'settled', 'overpayment', 'void_invoice', 'refunded'))"),
            QStringLiteral("UPDATE payments SET application = 'settled' WHERE applied_at IS NOT NULL"),
            QStringLiteral("ALTER TABLE subscriptions ADD COLUMN billing_day INTEGER NOT NULL DEFAULT 1 "
                           "CHECK (billing_day BETWEEN 1 AND 31)"),
            // Only well-formed dates. A subscription started in 9999 before
            // dates were checked has empty date fields, and PostgreSQL
            // cannot cast an empty string to an integer.
            QStringLiteral("UPDATE subscriptions SET billing_day = CAST(substr(period_start, 9, 2) AS INTEGER) "
                           "WHERE period_start LIKE '____-__-__' AND substr(period_start, 9, 2) BETWEEN '01' AND '31'"),
        } };
}

// Version 11: payments.paid_after_close_at, set when Paynow reported a
// payment paid after it had failed, been cancelled by Paynow or refunded.
// Such a payment is money to refund or apply while its application is
// empty. It is a column of its own because SQLite cannot widen the CHECK
// constraint of payments.application in place.
Migration paidAfterClose()
{
    return { 11, QStringLiteral("payments.paid_after_close_at"),
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN paid_after_close_at {timestamp}"),
        } };
}

// Version 12: the object ledger also lists Docker networks, so a failed
// create removes a network that it made and that nothing else uses. SQLite
// cannot widen the CHECK constraint on instance_objects.kind in place, so
// it copies the table.
Migration ledgerNetworks()
{
    const QString kinds = QStringLiteral("('database', 'role', 'volume', 'container', 'secret', 'network')");
    return { 12, QStringLiteral("instance_objects.kind network"), {},
        {
            QStringLiteral(R"(CREATE TABLE instance_objects_v12 (
                id {uuid} PRIMARY KEY,
                instance_id {uuid} NOT NULL REFERENCES instances (id),
                job_id TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN %1),
                name TEXT NOT NULL,
                location TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                removed_at {timestamp}
            ))")
                .arg(kinds),
            QStringLiteral("INSERT INTO instance_objects_v12 (id, instance_id, job_id, kind, name, location, created_at, "
                           "removed_at) SELECT id, instance_id, job_id, kind, name, location, created_at, removed_at "
                           "FROM instance_objects"),
            QStringLiteral("DROP TABLE instance_objects"),
            QStringLiteral("ALTER TABLE instance_objects_v12 RENAME TO instance_objects"),
            QStringLiteral("CREATE INDEX ix_instance_objects_instance ON instance_objects (instance_id)"),
        },
        {
            QStringLiteral("ALTER TABLE instance_objects DROP CONSTRAINT instance_objects_kind_check"),
            QStringLiteral("ALTER TABLE instance_objects ADD CONSTRAINT instance_objects_kind_check CHECK (kind IN %1)")
                .arg(kinds),
        } };
}

// Version 13: the "final" backup kind, the backup a delete takes before it
// removes anything. SQLite cannot widen the CHECK constraint on
// backups.kind in place, so it copies the table. On PostgreSQL the
// constraint keeps the name of the table it was made on (backups_v5).
Migration finalBackups()
{
    const QString kinds = QStringLiteral("('manual', 'scheduled', 'safety', 'final')");
    return { 13, QStringLiteral("backups.kind final"), {},
        {
            QStringLiteral(R"(CREATE TABLE backups_v13 (
                id {uuid} PRIMARY KEY,
                instance_id {uuid} NOT NULL REFERENCES instances (id),
                kind TEXT NOT NULL CHECK (kind IN %1),
                location TEXT NOT NULL DEFAULT '',
                s3_key TEXT NOT NULL DEFAULT '',
                size_bytes {bigint} NOT NULL DEFAULT 0,
                sha256 TEXT NOT NULL DEFAULT '',
                odoo_version TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'completed', 'failed', 'expired',
                    'deleted')),
                error TEXT NOT NULL DEFAULT '',
                created_at {timestamp} NOT NULL,
                expires_at {timestamp},
                archived_at {timestamp},
                verified_at {timestamp},
                deleted_at {timestamp}
            ))")
                .arg(kinds),
            QStringLiteral("INSERT INTO backups_v13 (id, instance_id, kind, location, s3_key, size_bytes, sha256, "
                           "odoo_version, state, error, created_at, expires_at, archived_at, verified_at, deleted_at) "
                           "SELECT id, instance_id, kind, location, s3_key, size_bytes, sha256, odoo_version, state, "
                           "error, created_at, expires_at, archived_at, verified_at, deleted_at FROM backups"),
            QStringLiteral("DROP TABLE backups"),
            QStringLiteral("ALTER TABLE backups_v13 RENAME TO backups"),
            QStringLiteral("CREATE INDEX ix_backups_instance ON backups (instance_id, created_at)"),
            QStringLiteral("CREATE INDEX ix_backups_state ON backups (state)"),
        },
        {
            QStringLiteral("ALTER TABLE backups DROP CONSTRAINT IF EXISTS backups_v5_kind_check"),
            QStringLiteral("ALTER TABLE backups DROP CONSTRAINT IF EXISTS backups_kind_check"),
            QStringLiteral("ALTER TABLE backups ADD CONSTRAINT backups_kind_check CHECK (kind IN %1)").arg(kinds),
        } };
}

// Version 14: payments.settled_invoice_id, the open invoice an admin
// applied a payment to after it was held as money to refund. It may be
// another invoice of the customer than the payment's own.
Migration heldPaymentSettlements()
{
    return { 14, QStringLiteral("payments.settled_invoice_id"),
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN settled_invoice_id {uuid} REFERENCES invoices (id)"),
        } };
}

// Version 15: the applied amount of held payments. payments.applied_cents
// is the part of a held payment applied to invoices, and
// payment_allocations has one row per invoice it paid, so a held payment
// larger than an invoice pays it and keeps the rest held. Payments applied
// whole under version 14 get their row. catalog_properties holds values the
// program sets once per catalog, such as the payment reference prefix.
Migration heldPaymentAllocations()
{
    return { 15, QStringLiteral("payments.applied_cents, payment_allocations and catalog_properties"),
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN applied_cents {bigint} NOT NULL DEFAULT 0"),
            QStringLiteral(R"(CREATE TABLE payment_allocations (
                id {uuid} PRIMARY KEY,
                payment_id {uuid} NOT NULL REFERENCES payments (id),
                invoice_id {uuid} NOT NULL REFERENCES invoices (id),
                amount_cents {bigint} NOT NULL CHECK (amount_cents > 0),
                applied_at {timestamp} NOT NULL,
                applied_by TEXT NOT NULL DEFAULT '',
                refunded_at {timestamp}
            ))"),
            QStringLiteral("CREATE INDEX ix_payment_allocations_payment ON payment_allocations (payment_id)"),
            QStringLiteral("CREATE INDEX ix_payment_allocations_invoice ON payment_allocations (invoice_id)"),
            QStringLiteral(R"(CREATE TABLE catalog_properties (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ))"),
            QStringLiteral("INSERT INTO payment_allocations (id, payment_id, invoice_id, amount_cents, applied_at, "
                           "refunded_at) SELECT id, id, settled_invoice_id, amount_cents, COALESCE(applied_at, "
                           "updated_at), CASE WHEN application = 'refunded' THEN updated_at END FROM payments "
                           "WHERE settled_invoice_id IS NOT NULL"),
            QStringLiteral("UPDATE payments SET applied_cents = amount_cents WHERE settled_invoice_id IS NOT NULL "
                           "AND application = 'settled'"),
        } };
}

// Version 16: the result of a backup's last verification, so that a
// backup found damaged no longer counts as the newest good one. Version 15
// is reserved for billing.
Migration backupVerifyResults()
{
    return { 16, QStringLiteral("backups.verify_status, checked_at and verify_error"),
        {
            QStringLiteral("ALTER TABLE backups ADD COLUMN verify_status TEXT NOT NULL DEFAULT 'unchecked' CHECK "
                           "(verify_status IN ('unchecked', 'passed', 'local_damaged', 's3_damaged', 'damaged'))"),
            QStringLiteral("ALTER TABLE backups ADD COLUMN checked_at {timestamp}"),
            QStringLiteral("ALTER TABLE backups ADD COLUMN verify_error TEXT NOT NULL DEFAULT ''"),
        } };
}

Status fail(const QString &what, const QSqlError &error)
{
    qCWarning(lcCatalog) << "migration failed:" << what << error.text();
    return makeError(tr("Could not upgrade the catalog schema (%1): %2").arg(what, error.text()));
}

Status execute(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(what, query.lastError());
    return {};
}

Status newerSchemaError(int found)
{
    return makeError(tr("The catalog has schema version %1, but this program (SaaSOdoo %2) supports at most "
                        "version %3. Upgrade the program; the catalog was not changed.")
                         .arg(found)
                         .arg(saasodoo::version())
                         .arg(latestSchemaVersion()));
}

// Returns the versions recorded in schema_version.
Result<QSet<int>> appliedVersions(const QSqlDatabase &db)
{
    QSet<int> versions;
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return versions;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return makeError(tr("Could not read the catalog schema version: %1").arg(query.lastError().text()));
    while (query.next())
        versions.insert(query.value(0).toInt());
    return versions;
}

Status applyOne(const QSqlDatabase &db, const SqlDialect &dialect, const Migration &migration)
{
    const QString what = tr("version %1, %2").arg(migration.version).arg(migration.description);
    if (Status begun = execute(db, dialect.beginWriteStatement(), what); !begun)
        return begun;

    auto rollback = [&db] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("ROLLBACK"));
    };

    // Another program may be migrating the same catalog: PostgreSQL serializes
    // on this lock and SQLite on BEGIN IMMEDIATE. Then re-read the version.
    if (dialect.backend() == Backend::Postgres) {
        if (Status locked = execute(db, QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"), what); !locked) {
            rollback();
            return locked;
        }
    }
    const Result<int> current = readSchemaVersion(db);
    if (!current) {
        rollback();
        return makeError(current.error());
    }
    if (*current > latestSchemaVersion()) {
        rollback();
        return newerSchemaError(*current);
    }
    const Result<QSet<int>> applied = appliedVersions(db);
    if (!applied) {
        rollback();
        return makeError(applied.error());
    }
    if (applied->contains(migration.version)) {
        rollback();
        return {};
    }

    const QStringList backendStatements
        = dialect.backend() == Backend::Postgres ? migration.postgresStatements : migration.sqliteStatements;
    for (const QString &statement : migration.statements + backendStatements) {
        if (Status done = execute(db, dialect.translate(statement), what); !done) {
            rollback();
            return done;
        }
    }

    QSqlQuery record(db);
    record.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, description, applied_at, program_version) VALUES (?, ?, ?, ?)"));
    bind(record, migration.version);
    bind(record, migration.description);
    bind(record, encodeTime(nowUtc()));
    bind(record, saasodoo::version());
    if (!record.exec()) {
        const QSqlError error = record.lastError();
        rollback();
        return fail(what, error);
    }
    if (Status committed = execute(db, QStringLiteral("COMMIT"), what); !committed) {
        rollback();
        return committed;
    }
    qCInfo(lcCatalog) << "catalog schema upgraded to version" << migration.version;
    return {};
}

} // namespace

// Version 7: a removed host keeps its row, because the records of its
// deleted instances refer to it, but leaves the host lists and frees its
// name.
Migration removedHosts()
{
    return { 7, QStringLiteral("hosts.removed_at"),
        {
            QStringLiteral("ALTER TABLE hosts ADD COLUMN removed_at {timestamp}"),
        } };
}

const QList<Migration> &migrations()
{
    static const QList<Migration> all { coreEntities(), jobsAndBackups(), hostTlsServerName(),
        jobOwnerAndHostNetwork(), backupTiers(), billing(), removedHosts(), instanceObjects(), dunningPreviousStatus(),
        paymentAttempts(), paidAfterClose(), ledgerNetworks(), finalBackups(), heldPaymentSettlements(),
        heldPaymentAllocations(), backupVerifyResults() };
    return all;
}

int latestSchemaVersion()
{
    // Areas reserve versions in blocks, so the list need not be in order.
    int latest = 0;
    for (const Migration &migration : migrations())
        latest = std::max(latest, migration.version);
    return latest;
}

Result<int> readSchemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next()) {
        return makeError(tr("Could not read the catalog schema version: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

Status migrate(const QSqlDatabase &db, const SqlDialect &dialect, int targetVersion)
{
    const Result<int> current = readSchemaVersion(db);
    if (!current)
        return makeError(current.error());
    if (*current > latestSchemaVersion())
        return newerSchemaError(*current);

    if (*current == 0) {
        const QString create = dialect.translate(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
            "applied_at {timestamp} NOT NULL, program_version TEXT NOT NULL)"));
        if (Status created = execute(db, create, tr("schema_version table")); !created)
            return created;
    }
    // Versions are reserved per area and may land out of order, so every
    // migration that is not recorded yet is applied, also one below the
    // highest recorded version.
    const Result<QSet<int>> applied = appliedVersions(db);
    if (!applied)
        return makeError(applied.error());
    for (const Migration &migration : migrations()) {
        if (applied->contains(migration.version) || migration.version > targetVersion)
            continue;
        if (Status applied = applyOne(db, dialect, migration); !applied)
            return applied;
    }
    return {};
}

} // namespace saasodoo::catalog
