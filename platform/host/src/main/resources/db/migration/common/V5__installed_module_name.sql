-- The program's name as it last answered, so a disabled or stopped module keeps its name on the admin screen.
ALTER TABLE installed_module ADD COLUMN name_id VARCHAR(200);
ALTER TABLE installed_module ADD COLUMN name_en VARCHAR(200);
