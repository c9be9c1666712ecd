-- A kelurahan the city handed back to its kiosks (#24): on the city, the row keeps its place in the revisions (a list
-- replayed after the hand-back stays older) and says since when the city no longer sets its programs; on a kiosk, the
-- revision of the hand-back it applied, after which its own admin switches the programs again.
ALTER TABLE city_kelurahan_programs ADD COLUMN released_ts TIMESTAMP;
ALTER TABLE kiosk_city_programs ADD COLUMN released_ts TIMESTAMP;
