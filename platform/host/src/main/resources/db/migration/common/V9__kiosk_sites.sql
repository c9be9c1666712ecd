-- Where the city registered each kiosk (#24): the kelurahan whose recipient list it receives and whose programs it
-- runs, and the kecamatan. Set by the city's admin, never taken from what a kiosk says of itself: a kiosk that named
-- another kelurahan would otherwise receive that kelurahan's residents.
CREATE TABLE city_kiosk_site (
    kiosk_id VARCHAR(8) NOT NULL,
    kelurahan VARCHAR(80) NOT NULL,
    kecamatan VARCHAR(80) NOT NULL,
    registered_ts TIMESTAMP NOT NULL,
    registered_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (kiosk_id)
);
CREATE INDEX idx_city_kiosk_site_kelurahan ON city_kiosk_site (kelurahan);
