-- A later release's script, for the upgrade test only.
ALTER TABLE guest ADD COLUMN nickname VARCHAR(64)
;
UPDATE guest SET nickname = 'migrated'
