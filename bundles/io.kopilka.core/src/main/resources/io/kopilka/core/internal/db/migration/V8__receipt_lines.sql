-- Kopilka schema version 8 (performance): receipt lines are keyed by (receipt_id, id), their receipt first. A commit
-- writes 5-20 lines; before, each line went into three B-trees (its primary key, the foreign key's backing index and
-- receipt_line_receipt_idx sharing it) plus a foreign-key probe of receipt. Now it goes into one, which also serves
-- every read of a receipt's lines. Lines are written only with their receipt, in its transaction, by ReceiptRows; the
-- ledger check reports a line whose receipt is missing. Ids still come from id_block 'receipt_line'.
CREATE TABLE receipt_line_v8 (
  id BIGINT NOT NULL,
  receipt_id BIGINT NOT NULL,
  line_id VARCHAR(64) NOT NULL,
  sku VARCHAR(128),
  name VARCHAR(300),
  groups_text VARCHAR(1000),
  quantity DECIMAL(19, 3) NOT NULL,
  price BIGINT NOT NULL,
  amount BIGINT NOT NULL,
  discount BIGINT NOT NULL,
  redemption BIGINT NOT NULL,
  refunded BIGINT NOT NULL,
  CONSTRAINT receipt_line_pk PRIMARY KEY (receipt_id, id)
)
;
INSERT INTO receipt_line_v8 (id, receipt_id, line_id, sku, name, groups_text, quantity, price, amount, discount,
  redemption, refunded)
  SELECT id, receipt_id, line_id, sku, name, groups_text, quantity, price, amount, discount, redemption, refunded
  FROM receipt_line
;
DROP TABLE receipt_line
;
RENAME TABLE receipt_line_v8 TO receipt_line
