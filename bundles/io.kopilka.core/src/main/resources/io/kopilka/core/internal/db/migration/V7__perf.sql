-- Kopilka schema version 7 (performance): id blocks for the ledger and receipt tables, so that their rows get their
-- ids without an identity round trip each and can be written in batches (IdBlocks). last_id is the last id handed out.
CREATE TABLE id_block (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  last_id BIGINT NOT NULL
)
;
INSERT INTO id_block (name, last_id) SELECT 'journal_entry', COALESCE(MAX(id), 0) FROM journal_entry
;
INSERT INTO id_block (name, last_id) SELECT 'posting', COALESCE(MAX(id), 0) FROM posting
;
INSERT INTO id_block (name, last_id) SELECT 'bonus_lot', COALESCE(MAX(id), 0) FROM bonus_lot
;
INSERT INTO id_block (name, last_id) SELECT 'lot_movement', COALESCE(MAX(id), 0) FROM lot_movement
;
INSERT INTO id_block (name, last_id) SELECT 'receipt', COALESCE(MAX(id), 0) FROM receipt
;
INSERT INTO id_block (name, last_id) SELECT 'receipt_line', COALESCE(MAX(id), 0) FROM receipt_line
