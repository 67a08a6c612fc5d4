-- A regulator's list can say why a licence was suspended, revoked or blacklisted and since when:
-- the staged row keeps it, and applying the list records it as a sanction. Twin files with
-- identical text for SQLite and PostgreSQL.
ALTER TABLE licence_import_row ADD COLUMN sanction TEXT NOT NULL DEFAULT '';
ALTER TABLE licence_import_row ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE licence_import_row ADD COLUMN since TEXT;
