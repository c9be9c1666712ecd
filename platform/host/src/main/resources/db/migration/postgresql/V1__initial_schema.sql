-- The schema as the releases before Flyway created it through EclipseLink (PostgreSQL), without what later migrations
-- add. Differs from derby/V1 only in types (BOOLEAN, TEXT, NUMERIC). Identifiers are unquoted, as EclipseLink writes
-- its SQL.

CREATE TABLE account (
    username VARCHAR(64) NOT NULL,
    active BOOLEAN,
    display_name VARCHAR(200),
    failed_logins INTEGER,
    locked_ts TIMESTAMP,
    password_hash VARCHAR(400),
    pin_hash VARCHAR(400),
    role_name VARCHAR(16),
    PRIMARY KEY (username)
);

CREATE TABLE attachment (
    id VARCHAR(36) NOT NULL,
    content_type VARCHAR(40),
    created_ts TIMESTAMP,
    in_use BOOLEAN,
    file_path VARCHAR(500),
    sha256 VARCHAR(64),
    size_bytes BIGINT,
    PRIMARY KEY (id)
);

CREATE TABLE audit_entry (
    seq_no BIGINT NOT NULL,
    action_name VARCHAR(80),
    actor_name VARCHAR(300),
    detail VARCHAR(2000),
    entry_hash VARCHAR(64),
    entry_ts TIMESTAMP,
    subject VARCHAR(300),
    subject_key VARCHAR(64),
    PRIMARY KEY (seq_no)
);

CREATE TABLE case_step (
    id BIGINT NOT NULL,
    actor_name VARCHAR(300),
    note VARCHAR(2000),
    step_ts TIMESTAMP,
    state VARCHAR(60),
    state_label_en VARCHAR(200),
    state_label_id VARCHAR(200),
    tracking VARCHAR(40),
    transition_id VARCHAR(60),
    PRIMARY KEY (id)
);

CREATE TABLE chain_head (
    chain_name VARCHAR(80) NOT NULL,
    balance_rp BIGINT,
    last_hash VARCHAR(64),
    last_seq BIGINT,
    PRIMARY KEY (chain_name)
);

CREATE TABLE claim_once (
    claim_key VARCHAR(200) NOT NULL,
    scope VARCHAR(120) NOT NULL,
    claimed_by VARCHAR(300),
    claimed_ts TIMESTAMP,
    details_json VARCHAR(4000),
    PRIMARY KEY (claim_key, scope)
);

CREATE TABLE counter_value (
    counter_name VARCHAR(200) NOT NULL,
    amount BIGINT,
    PRIMARY KEY (counter_name)
);

CREATE TABLE installed_module (
    code VARCHAR(16) NOT NULL,
    enabled BOOLEAN,
    jar_file VARCHAR(500),
    previous_jar_file VARCHAR(500),
    previous_version VARCHAR(64),
    signer_sha256 VARCHAR(64),
    symbolic_name VARCHAR(200),
    updated_ts TIMESTAMP,
    module_version VARCHAR(64),
    PRIMARY KEY (code)
);

CREATE TABLE kiosk_case (
    tracking VARCHAR(40) NOT NULL,
    category VARCHAR(80),
    closed BOOLEAN,
    created_ts TIMESTAMP,
    created_by VARCHAR(64),
    data_json TEXT,
    due_ts TIMESTAMP,
    kelurahan VARCHAR(80),
    program VARCHAR(16),
    program_name_en VARCHAR(200),
    program_name_id VARCHAR(200),
    receipt_json TEXT,
    service VARCHAR(80),
    service_title_en VARCHAR(200),
    service_title_id VARCHAR(200),
    state VARCHAR(60),
    state_label_en VARCHAR(200),
    state_label_id VARCHAR(200),
    subject_nik VARCHAR(16),
    row_version BIGINT,
    PRIMARY KEY (tracking)
);

CREATE TABLE ledger_entry (
    id BIGINT NOT NULL,
    actor_name VARCHAR(300),
    amount_rp BIGINT,
    entry_hash VARCHAR(64),
    entry_kind VARCHAR(40),
    ledger_name VARCHAR(80),
    memo VARCHAR(1000),
    entry_ts TIMESTAMP,
    reverses_seq BIGINT,
    seq_no BIGINT,
    PRIMARY KEY (id)
);

CREATE TABLE musyawarah_decision (
    id VARCHAR(60) NOT NULL,
    approved BOOLEAN,
    attendees VARCHAR(7500),
    held_on DATE,
    meeting_id VARCHAR(40),
    note VARCHAR(500),
    place VARCHAR(200),
    recorded_ts TIMESTAMP,
    recorded_by VARCHAR(64),
    tracking VARCHAR(40),
    PRIMARY KEY (id)
);

CREATE TABLE quota_slot (
    id BIGINT NOT NULL,
    holder VARCHAR(200),
    placed BOOLEAN,
    quota_name VARCHAR(200),
    ticket BIGINT,
    PRIMARY KEY (id)
);

CREATE TABLE recipient_import (
    import_id VARCHAR(16) NOT NULL,
    period VARCHAR(40),
    problem_code VARCHAR(40),
    problem_en VARCHAR(1000),
    problem_id VARCHAR(1000),
    program VARCHAR(16),
    rows_imported BIGINT,
    rows_read BIGINT,
    rows_rejected BIGINT,
    started_ts TIMESTAMP,
    state VARCHAR(10),
    updated_ts TIMESTAMP,
    PRIMARY KEY (import_id)
);

CREATE TABLE recipient_list (
    list_key VARCHAR(60) NOT NULL,
    period VARCHAR(40),
    program VARCHAR(16),
    row_count BIGINT,
    stored_as VARCHAR(40),
    updated_ts TIMESTAMP,
    PRIMARY KEY (list_key)
);

CREATE TABLE resident (
    nik VARCHAR(16) NOT NULL,
    address VARCHAR(300),
    birth_date DATE,
    kelurahan VARCHAR(80),
    kk VARCHAR(16),
    full_name VARCHAR(200),
    rt VARCHAR(3),
    rw VARCHAR(3),
    standing VARCHAR(16),
    PRIMARY KEY (nik)
);

CREATE TABLE sequence (
    seq_name VARCHAR(50) NOT NULL,
    seq_count NUMERIC(38,0),
    PRIMARY KEY (seq_name)
);

-- unique keys the ledger and the quotas rely on (a racing insert fails instead of writing a second row)
ALTER TABLE ledger_entry ADD CONSTRAINT unq_ledger_entry_0 UNIQUE (ledger_name, seq_no);
ALTER TABLE quota_slot ADD CONSTRAINT unq_quota_slot_0 UNIQUE (quota_name, holder);

CREATE INDEX musyawarah_tracking ON musyawarah_decision (tracking);
CREATE INDEX recipient_list_program ON recipient_list (program);

-- EclipseLink's table sequencing (@GeneratedValue(strategy = TABLE)) counts in this row
INSERT INTO sequence (seq_name, seq_count) VALUES ('SEQ_GEN_TABLE', 0);
