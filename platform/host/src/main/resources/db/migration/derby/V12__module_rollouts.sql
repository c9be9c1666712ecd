-- Modules rolled out ring by ring (#24). The city's store of signed module jars, by content (every city node serves
-- the same bytes, whatever node took the upload); the rings an operator configured; each rollout with, per kiosk,
-- the version it ran before (what a halted ring returns to) and the desired state's revision; each kiosk's newest
-- heartbeat. On a kiosk: the newest desired state per module the city sent, and how far the kiosk got with it.
CREATE TABLE city_module_jar (
    sha256 VARCHAR(64) NOT NULL,
    code VARCHAR(16) NOT NULL,
    version VARCHAR(64) NOT NULL,
    signer VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    content BLOB(60M) NOT NULL,
    uploaded_ts TIMESTAMP NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (sha256)
);
CREATE TABLE city_rollout_ring (
    ring_number INTEGER NOT NULL,
    name VARCHAR(80) NOT NULL,
    kiosks VARCHAR(2000),
    kelurahan VARCHAR(2000),
    kecamatan VARCHAR(2000),
    whole_city SMALLINT NOT NULL,
    PRIMARY KEY (ring_number)
);
CREATE TABLE city_rollout (
    id BIGINT NOT NULL,
    code VARCHAR(16) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    version VARCHAR(64) NOT NULL,
    state VARCHAR(16) NOT NULL,
    ring INTEGER NOT NULL,
    ring_healthy_since TIMESTAMP,
    error_threshold INTEGER NOT NULL,
    created_ts TIMESTAMP NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    ended_ts TIMESTAMP,
    reason VARCHAR(400),
    PRIMARY KEY (id)
);
CREATE INDEX idx_city_rollout_state ON city_rollout (state);
CREATE TABLE city_rollout_kiosk (
    id VARCHAR(40) NOT NULL,
    rollout_id BIGINT NOT NULL,
    kiosk_id VARCHAR(8) NOT NULL,
    ring INTEGER NOT NULL,
    before_version VARCHAR(64),
    state VARCHAR(16) NOT NULL,
    revision BIGINT NOT NULL,
    sent_ts TIMESTAMP,
    sends INTEGER NOT NULL,
    problem VARCHAR(400),
    PRIMARY KEY (id)
);
CREATE INDEX idx_city_rollout_kiosk_rollout ON city_rollout_kiosk (rollout_id);
CREATE TABLE city_kiosk_status (
    kiosk_id VARCHAR(8) NOT NULL,
    reported_ts TIMESTAMP NOT NULL,
    received_ts TIMESTAMP NOT NULL,
    body CLOB(1M) NOT NULL,
    PRIMARY KEY (kiosk_id)
);
CREATE TABLE kiosk_desired_module (
    code VARCHAR(16) NOT NULL,
    version VARCHAR(64),
    sha256 VARCHAR(64),
    revision BIGINT NOT NULL,
    received_ts TIMESTAMP NOT NULL,
    applied_revision BIGINT,
    failed_revision BIGINT,
    problem VARCHAR(400),
    PRIMARY KEY (code)
);
