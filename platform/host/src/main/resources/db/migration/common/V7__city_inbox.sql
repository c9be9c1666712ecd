-- The city tier (#23): every kiosk's messages applied once, the cases with their origin, claims settled across
-- kiosks, and each kiosk's audit chain kept per origin.

-- One row per applied message, written in the transaction that applied it: a duplicate changes nothing.
CREATE TABLE sync_inbox (
    msg_id VARCHAR(200) NOT NULL,
    kind VARCHAR(16),
    kiosk_id VARCHAR(8),
    received_ts TIMESTAMP,
    applied_as VARCHAR(40),
    PRIMARY KEY (msg_id)
);

-- A case the city received: which kiosk it came from, its kecamatan, how many steps the kiosk had taken, and who
-- owns it now (the kiosk, or the city once its staff took a step).
ALTER TABLE kiosk_case ADD COLUMN origin_kiosk VARCHAR(8);
ALTER TABLE kiosk_case ADD COLUMN kecamatan VARCHAR(80);
ALTER TABLE kiosk_case ADD COLUMN owner_name VARCHAR(8);
ALTER TABLE kiosk_case ADD COLUMN kiosk_steps INTEGER;
CREATE INDEX idx_kiosk_case_kecamatan ON kiosk_case (kecamatan);

-- An attachment received from a kiosk keeps the kiosk's id (its own id is the kiosk's UUID) and hash.
ALTER TABLE attachment ADD COLUMN origin_kiosk VARCHAR(8);

-- The kiosks the city heard from.
CREATE TABLE city_kiosk (
    kiosk_id VARCHAR(8) NOT NULL,
    kelurahan VARCHAR(80),
    kecamatan VARCHAR(80),
    last_message_ts TIMESTAMP,
    messages BIGINT,
    PRIMARY KEY (kiosk_id)
);

-- Claim-once keys across kiosks: the first case the city received with a key holds it.
CREATE TABLE city_claim (
    claim_scope VARCHAR(120) NOT NULL,
    claim_key VARCHAR(200) NOT NULL,
    tracking VARCHAR(40),
    kiosk_id VARCHAR(8),
    claimed_ts TIMESTAMP,
    PRIMARY KEY (claim_scope, claim_key)
);

-- A later case whose key another case holds: the TKSK's conflict worklist.
CREATE TABLE city_conflict (
    tracking VARCHAR(40) NOT NULL,
    kiosk_id VARCHAR(8),
    claim_scope VARCHAR(120),
    claim_key VARCHAR(200),
    held_by VARCHAR(40),
    held_kiosk VARCHAR(8),
    kelurahan VARCHAR(80),
    kecamatan VARCHAR(80),
    listed_ts TIMESTAMP,
    PRIMARY KEY (tracking)
);

-- Each kiosk's audit chain, entry by entry as the kiosk hashed it.
CREATE TABLE origin_audit (
    kiosk_id VARCHAR(8) NOT NULL,
    seq_no BIGINT NOT NULL,
    entry_ts TIMESTAMP,
    actor_name VARCHAR(300),
    action_name VARCHAR(80),
    subject VARCHAR(300),
    detail VARCHAR(2000),
    subject_key VARCHAR(64),
    entry_hash VARCHAR(64),
    PRIMARY KEY (kiosk_id, seq_no)
);

-- How far each kiosk's chain is verified (contiguous from 1) and anchored in the city's own chain.
CREATE TABLE origin_chain (
    kiosk_id VARCHAR(8) NOT NULL,
    verified_seq BIGINT,
    verified_hash VARCHAR(64),
    problem VARCHAR(300),
    PRIMARY KEY (kiosk_id)
);
