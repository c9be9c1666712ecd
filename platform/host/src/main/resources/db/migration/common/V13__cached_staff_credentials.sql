-- A kiosk's cache of staff credentials the identity provider accepted (#24): the password's slow hash, the account's
-- role and kecamatan and when the provider last accepted them, so that the kiosk lets the officer in while it cannot
-- reach the provider, for a limited time after that (ANJUNGAN_STAFF_OFFLINE_DAYS). Never the password itself.
CREATE TABLE staff_credential (
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role_name VARCHAR(16) NOT NULL,
    kecamatan VARCHAR(80),
    verified_ts TIMESTAMP NOT NULL,
    PRIMARY KEY (username)
);
