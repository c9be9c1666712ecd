-- The programs each kelurahan runs (#24). On the city: the list its admin set per kelurahan, with a revision that
-- grows with every change in the city (unique: a kiosk moved to another kelurahan still takes the newest). On a kiosk:
-- the one list the city last sent it and its revision; an older or equal revision arriving later changes nothing.
CREATE TABLE city_kelurahan_programs (
    kelurahan VARCHAR(80) NOT NULL,
    programs VARCHAR(2000) NOT NULL,
    revision BIGINT NOT NULL,
    changed_ts TIMESTAMP NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (kelurahan)
);
CREATE UNIQUE INDEX idx_city_kelurahan_programs_rev ON city_kelurahan_programs (revision);
CREATE TABLE kiosk_city_programs (
    id INTEGER NOT NULL,
    kelurahan VARCHAR(80) NOT NULL,
    programs VARCHAR(2000) NOT NULL,
    revision BIGINT NOT NULL,
    applied_ts TIMESTAMP NOT NULL,
    PRIMARY KEY (id)
);
