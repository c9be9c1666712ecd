-- Recipient lists from the city to its kiosks (#24). On the city: the version of each program's newest list, raised in
-- the transaction that publishes a newer list, and when its publication to every registered kiosk returned (null: a
-- node stopped before, the next start publishes it again).
CREATE TABLE city_list_version (
    program VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    period VARCHAR(40) NOT NULL,
    list_source VARCHAR(10),
    published_ts TIMESTAMP NOT NULL,
    distributed_ts TIMESTAMP,
    PRIMARY KEY (program)
);
-- On a kiosk: the city's list version it loaded per program, written in the transaction that publishes the list, so
-- an older or equal version arriving late changes nothing.
CREATE TABLE kiosk_list_version (
    program VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    period VARCHAR(40) NOT NULL,
    row_count BIGINT NOT NULL,
    refused_rows BIGINT NOT NULL,
    applied_ts TIMESTAMP NOT NULL,
    PRIMARY KEY (program)
);
