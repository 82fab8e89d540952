-- Compressorize store, version 2: webhook deliveries for async jobs (issue 5).
-- A delivery row is written in the same transaction that finishes its job,
-- so a crash never loses a notification; the delivery task retries it with
-- exponential backoff until it is delivered or given up.

CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    job_id          TEXT NOT NULL,
    key_id          TEXT NOT NULL REFERENCES api_keys (id),
    url             TEXT NOT NULL,
    payload         TEXT NOT NULL,               -- the exact JSON body that is signed and sent
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,            -- also a short lease while a send is in flight
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_job ON webhook_deliveries (job_id);
CREATE INDEX jobs_by_input_blob ON jobs (input_blob) WHERE input_blob IS NOT NULL;
CREATE INDEX jobs_by_output_blob ON jobs (output_blob) WHERE output_blob IS NOT NULL;
