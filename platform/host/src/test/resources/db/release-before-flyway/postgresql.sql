-- The schema the last release before Flyway created on PostgreSQL (EclipseLink's create-or-extend-tables,
-- UniqueKeys, Indexes and SchemaMarker), dumped with pg_dump --schema-only from a new database (the schema qualifier
-- removed, so that it loads into any schema).
-- With the rows it wrote at creation. DatabaseSchemaIT upgrades it. Statements end with ";" at a line's end.
CREATE TABLE account (
    username character varying(64) NOT NULL,
    active boolean,
    display_name character varying(200),
    failed_logins integer,
    locked_ts timestamp without time zone,
    password_hash character varying(400),
    pin_hash character varying(400),
    role_name character varying(16)
);
CREATE TABLE anjungan_schema (
    entities character varying(64) NOT NULL
);
CREATE TABLE attachment (
    id character varying(36) NOT NULL,
    content_type character varying(40),
    created_ts timestamp without time zone,
    in_use boolean,
    file_path character varying(500),
    sha256 character varying(64),
    size_bytes bigint
);
CREATE TABLE audit_entry (
    seq_no bigint NOT NULL,
    action_name character varying(80),
    actor_name character varying(300),
    detail character varying(2000),
    entry_hash character varying(64),
    entry_ts timestamp without time zone,
    subject character varying(300),
    subject_key character varying(64)
);
CREATE TABLE case_step (
    id bigint NOT NULL,
    actor_name character varying(300),
    note character varying(2000),
    step_ts timestamp without time zone,
    state character varying(60),
    state_label_en character varying(200),
    state_label_id character varying(200),
    tracking character varying(40),
    transition_id character varying(60)
);
CREATE TABLE chain_head (
    chain_name character varying(80) NOT NULL,
    balance_rp bigint,
    last_hash character varying(64),
    last_seq bigint
);
CREATE TABLE claim_once (
    claim_key character varying(200) NOT NULL,
    scope character varying(120) NOT NULL,
    claimed_by character varying(300),
    claimed_ts timestamp without time zone,
    details_json character varying(4000)
);
CREATE TABLE counter_value (
    counter_name character varying(200) NOT NULL,
    amount bigint
);
CREATE TABLE installed_module (
    code character varying(16) NOT NULL,
    enabled boolean,
    jar_file character varying(500),
    previous_jar_file character varying(500),
    previous_version character varying(64),
    signer_sha256 character varying(64),
    symbolic_name character varying(200),
    updated_ts timestamp without time zone,
    module_version character varying(64)
);
CREATE TABLE kiosk_case (
    tracking character varying(40) NOT NULL,
    category character varying(80),
    closed boolean,
    created_ts timestamp without time zone,
    created_by character varying(64),
    data_json text,
    due_ts timestamp without time zone,
    kelurahan character varying(80),
    program character varying(16),
    program_name_en character varying(200),
    program_name_id character varying(200),
    receipt_json text,
    service character varying(80),
    service_title_en character varying(200),
    service_title_id character varying(200),
    state character varying(60),
    state_label_en character varying(200),
    state_label_id character varying(200),
    subject_nik character varying(16),
    row_version bigint
);
CREATE TABLE ledger_entry (
    id bigint NOT NULL,
    actor_name character varying(300),
    amount_rp bigint,
    entry_hash character varying(64),
    entry_kind character varying(40),
    ledger_name character varying(80),
    memo character varying(1000),
    entry_ts timestamp without time zone,
    reverses_seq bigint,
    seq_no bigint
);
CREATE TABLE musyawarah_decision (
    id character varying(60) NOT NULL,
    approved boolean,
    attendees character varying(7500),
    held_on date,
    meeting_id character varying(40),
    note character varying(500),
    place character varying(200),
    recorded_ts timestamp without time zone,
    recorded_by character varying(64),
    tracking character varying(40)
);
CREATE TABLE quota_slot (
    id bigint NOT NULL,
    holder character varying(200),
    placed boolean,
    quota_name character varying(200),
    ticket bigint
);
CREATE TABLE recipient_import (
    import_id character varying(16) NOT NULL,
    period character varying(40),
    problem_code character varying(40),
    problem_en character varying(1000),
    problem_id character varying(1000),
    program character varying(16),
    rows_imported bigint,
    rows_read bigint,
    rows_rejected bigint,
    list_source character varying(10),
    started_ts timestamp without time zone,
    state character varying(10),
    updated_ts timestamp without time zone
);
CREATE TABLE recipient_list (
    list_key character varying(60) NOT NULL,
    period character varying(40),
    program character varying(16),
    row_count bigint,
    list_source character varying(10),
    stored_as character varying(40),
    updated_ts timestamp without time zone
);
CREATE TABLE resident (
    nik character varying(16) NOT NULL,
    address character varying(300),
    birth_date date,
    kelurahan character varying(80),
    kk character varying(16),
    full_name character varying(200),
    rt character varying(3),
    rw character varying(3),
    standing character varying(16)
);
CREATE TABLE sequence (
    seq_name character varying(50) NOT NULL,
    seq_count numeric(38,0)
);
ALTER TABLE ONLY account
    ADD CONSTRAINT account_pkey PRIMARY KEY (username);
ALTER TABLE ONLY attachment
    ADD CONSTRAINT attachment_pkey PRIMARY KEY (id);
ALTER TABLE ONLY audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (seq_no);
ALTER TABLE ONLY case_step
    ADD CONSTRAINT case_step_pkey PRIMARY KEY (id);
ALTER TABLE ONLY chain_head
    ADD CONSTRAINT chain_head_pkey PRIMARY KEY (chain_name);
ALTER TABLE ONLY claim_once
    ADD CONSTRAINT claim_once_pkey PRIMARY KEY (claim_key, scope);
ALTER TABLE ONLY counter_value
    ADD CONSTRAINT counter_value_pkey PRIMARY KEY (counter_name);
ALTER TABLE ONLY installed_module
    ADD CONSTRAINT installed_module_pkey PRIMARY KEY (code);
ALTER TABLE ONLY kiosk_case
    ADD CONSTRAINT kiosk_case_pkey PRIMARY KEY (tracking);
ALTER TABLE ONLY ledger_entry
    ADD CONSTRAINT ledger_entry_pkey PRIMARY KEY (id);
ALTER TABLE ONLY musyawarah_decision
    ADD CONSTRAINT musyawarah_decision_pkey PRIMARY KEY (id);
ALTER TABLE ONLY quota_slot
    ADD CONSTRAINT quota_slot_pkey PRIMARY KEY (id);
ALTER TABLE ONLY recipient_import
    ADD CONSTRAINT recipient_import_pkey PRIMARY KEY (import_id);
ALTER TABLE ONLY recipient_list
    ADD CONSTRAINT recipient_list_pkey PRIMARY KEY (list_key);
ALTER TABLE ONLY resident
    ADD CONSTRAINT resident_pkey PRIMARY KEY (nik);
ALTER TABLE ONLY sequence
    ADD CONSTRAINT sequence_pkey PRIMARY KEY (seq_name);
ALTER TABLE ONLY ledger_entry
    ADD CONSTRAINT unq_ledger_entry_0 UNIQUE (ledger_name, seq_no);
ALTER TABLE ONLY quota_slot
    ADD CONSTRAINT unq_quota_slot_0 UNIQUE (quota_name, holder);
CREATE INDEX idx_case_step_tracking ON case_step USING btree (tracking);
CREATE INDEX musyawarah_tracking ON musyawarah_decision USING btree (tracking);
CREATE INDEX recipient_list_program ON recipient_list USING btree (program);
INSERT INTO sequence (seq_name, seq_count) VALUES ('SEQ_GEN_TABLE', 0);
INSERT INTO anjungan_schema (entities) VALUES ('6f1c2a0e5d3b4c7a8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d');
