-- Why a fetch or a run went as it did, as a code that the admin area shows in the reader's
-- language (FetchReason); the message beside it keeps the technical detail.
ALTER TABLE fetch_log ADD COLUMN reason VARCHAR(40);
ALTER TABLE source ADD COLUMN last_error_reason VARCHAR(40);
