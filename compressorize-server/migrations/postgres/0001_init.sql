-- Compressorize store on PostgreSQL, version 1: the tables of the SQLite
-- schema's versions 1 and 2 (../0001_init.sql, ../0002_async_jobs.sql), the
-- same columns and meanings. Timestamps are Unix milliseconds (BIGINT).

CREATE TABLE api_keys (
    id             TEXT PRIMARY KEY,              -- "key_<hex>", shown by `keys list`
    key_hash       BYTEA NOT NULL UNIQUE,         -- SHA-256 of the secret key; the key itself is never stored
    key_prefix     TEXT NOT NULL,                 -- first characters of the key, for display only
    name           TEXT,
    plan           TEXT NOT NULL CHECK (plan IN ('free', 'paid')),
    webhook_secret TEXT NOT NULL,                 -- per-account HMAC secret for webhook signatures
    created_at     BIGINT NOT NULL,
    revoked_at     BIGINT                         -- NULL while the key is valid
);

-- One fixed window per key (see ../0001_init.sql).
CREATE TABLE rate_limits (
    key_id       TEXT PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    window_start BIGINT NOT NULL,
    count        BIGINT NOT NULL
);

CREATE TABLE jobs (
    id               TEXT PRIMARY KEY,
    key_id           TEXT NOT NULL REFERENCES api_keys (id),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'complete', 'failed')),
    mode             TEXT NOT NULL CHECK (mode IN ('sync', 'async')),
    source           TEXT NOT NULL CHECK (source IN ('upload', 'url')),
    source_url       TEXT,
    options          TEXT NOT NULL,               -- JSON: the requested format, quality, max_width, ...
    input_blob       TEXT,                        -- blob key of the input (async jobs)
    output_blob      TEXT,                        -- blob key of the result
    original_size    BIGINT NOT NULL,
    compressed_size  BIGINT,
    format           TEXT,                        -- output format name: jpeg, png, webp, avif
    width            BIGINT,
    height           BIGINT,
    quality          BIGINT,
    error_code       TEXT,
    error_message    TEXT,
    webhook_url      TEXT,
    attempts         BIGINT NOT NULL DEFAULT 0,
    claimed_by       TEXT,                        -- worker id holding the lease
    lease_expires_at BIGINT,
    created_at       BIGINT NOT NULL,
    started_at       BIGINT,
    completed_at     BIGINT,
    expires_at       BIGINT                       -- results are deleted after this time
);

CREATE INDEX jobs_by_key ON jobs (key_id, created_at);
CREATE INDEX jobs_queue ON jobs (status, created_at) WHERE status IN ('pending', 'processing');
CREATE INDEX jobs_expiry ON jobs (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX jobs_by_input_blob ON jobs (input_blob) WHERE input_blob IS NOT NULL;
CREATE INDEX jobs_by_output_blob ON jobs (output_blob) WHERE output_blob IS NOT NULL;

-- Webhook deliveries, written in the transaction that finishes their job.
CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    job_id          TEXT NOT NULL,
    key_id          TEXT NOT NULL REFERENCES api_keys (id),
    url             TEXT NOT NULL,
    payload         TEXT NOT NULL,               -- the exact JSON body that is signed and sent
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,             -- also a short lease while a send is in flight
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    delivered_at    BIGINT
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_job ON webhook_deliveries (job_id);
