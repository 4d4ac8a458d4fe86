-- Tables of an initialised Odoo database, reduced to the columns the stand-in
-- fills. Column names and types follow the 17.0/18.0 ORM so that SQL written
-- against real Odoo also runs here.
CREATE TABLE res_partner (
    id serial PRIMARY KEY,
    name varchar,
    complete_name varchar,
    email varchar,
    is_company boolean DEFAULT false,
    company_id integer,
    active boolean DEFAULT true,
    create_uid integer, create_date timestamp without time zone,
    write_uid integer, write_date timestamp without time zone
);
CREATE TABLE res_company (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    partner_id integer NOT NULL REFERENCES res_partner(id),
    sequence integer DEFAULT 10,
    active boolean DEFAULT true,
    create_uid integer, create_date timestamp without time zone,
    write_uid integer, write_date timestamp without time zone
);
CREATE TABLE res_users (
    id serial PRIMARY KEY,
    login varchar NOT NULL,
    password varchar,
    active boolean DEFAULT true,
    partner_id integer NOT NULL REFERENCES res_partner(id),
    company_id integer NOT NULL REFERENCES res_company(id),
    share boolean DEFAULT false,
    create_uid integer, create_date timestamp without time zone,
    write_uid integer, write_date timestamp without time zone,
    CONSTRAINT res_users_login_key UNIQUE (login)
);
CREATE TABLE ir_module_module (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    state varchar(16),
    latest_version varchar,
    demo boolean DEFAULT false,
    application boolean DEFAULT false,
    auto_install boolean DEFAULT false,
    author varchar,
    shortdesc jsonb,
    create_uid integer, create_date timestamp without time zone,
    write_uid integer, write_date timestamp without time zone,
    CONSTRAINT ir_module_module_name_uniq UNIQUE (name)
);
CREATE TABLE ir_module_module_dependency (
    id serial PRIMARY KEY,
    module_id integer REFERENCES ir_module_module(id) ON DELETE CASCADE,
    name varchar
);
CREATE TABLE ir_model_data (
    id serial PRIMARY KEY,
    module varchar NOT NULL,
    name varchar NOT NULL,
    model varchar NOT NULL,
    res_id integer,
    noupdate boolean DEFAULT false,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE TABLE ir_attachment (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    description text,
    res_model varchar,
    res_field varchar,
    res_id integer,
    company_id integer,
    type varchar NOT NULL DEFAULT 'binary',
    url varchar(1024),
    public boolean DEFAULT false,
    access_token varchar,
    db_datas bytea,
    store_fname varchar,
    file_size integer,
    checksum varchar(40),
    mimetype varchar,
    index_content text,
    create_uid integer, create_date timestamp without time zone,
    write_uid integer, write_date timestamp without time zone
);
CREATE INDEX ir_attachment_checksum_index ON ir_attachment (checksum);
CREATE INDEX ir_attachment_store_fname_index ON ir_attachment (store_fname);
-- Since 17.0 a cron delegates its name to a server action; cron_name is the stored copy.
CREATE TABLE ir_act_server (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    type varchar NOT NULL DEFAULT 'ir.actions.server',
    state varchar NOT NULL DEFAULT 'code',
    model_name varchar,
    code text,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE TABLE ir_cron (
    id serial PRIMARY KEY,
    ir_actions_server_id integer NOT NULL REFERENCES ir_act_server(id) ON DELETE RESTRICT,
    cron_name varchar,
    user_id integer NOT NULL,
    active boolean DEFAULT true,
    interval_number integer DEFAULT 1,
    interval_type varchar DEFAULT 'months',
    nextcall timestamp without time zone NOT NULL,
    lastcall timestamp without time zone,
    priority integer DEFAULT 5,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE TABLE ir_mail_server (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    from_filter varchar,
    smtp_host varchar,
    smtp_port integer DEFAULT 25,
    smtp_authentication varchar DEFAULT 'login',
    smtp_user varchar,
    smtp_pass varchar,
    smtp_encryption varchar NOT NULL DEFAULT 'none',
    sequence integer DEFAULT 10,
    active boolean DEFAULT true,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE TABLE ir_config_parameter (
    id serial PRIMARY KEY,
    key varchar NOT NULL,
    value text NOT NULL,
    create_uid integer, create_date timestamp without time zone,
    write_uid integer, write_date timestamp without time zone,
    CONSTRAINT ir_config_parameter_key_uniq UNIQUE (key)
);
