-- (1) Staff accounts bound to an area (#23): the kecamatan a TKSK or camat serves (on the city tier they see only its
-- cases) and, where it applies, the kelurahan (a PSM's, a Kasi Kesos's). Names as the kiosks send them.
ALTER TABLE account ADD COLUMN kecamatan VARCHAR(80);
ALTER TABLE account ADD COLUMN kelurahan VARCHAR(80);

-- (2) Retention: the city prunes applied message ids by age, the kiosk the attachments the broker took by age.
CREATE INDEX idx_sync_inbox_received ON sync_inbox (received_ts);
CREATE INDEX idx_sync_sent_attachment_sent ON sync_sent_attachment (sent_ts);

-- (3) When the outcomes a kiosk message yielded were at the broker (or it yielded none): a duplicate of the message
-- then sends none again, which the broker would only drop as duplicates (one warning each). Empty: not known.
ALTER TABLE sync_inbox ADD COLUMN outcomes_sent_ts TIMESTAMP;
