-- Where an imported recipient list came from: DTSEN, SP2D (a tahap's payment list) or OTHER. Lists imported before
-- have none (NULL).
ALTER TABLE recipient_import ADD COLUMN list_source VARCHAR(10);
ALTER TABLE recipient_list ADD COLUMN list_source VARCHAR(10);
