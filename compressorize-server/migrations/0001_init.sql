-- Compressorize store, version 1. Timestamps are Unix milliseconds (INTEGER).
-- Designed for the sync path (issue 4) and the async job queue (issue 5):
-- the lease columns (claimed_by, lease_expires_at, attempts) are used by workers.

CREATE TABLE api_keys (
    id             TEXT PRIMARY KEY,              -- "key_<hex>", shown by `keys list`
    key_hash       BLOB NOT NULL UNIQUE,          -- SHA-256 of the secret key; the key itself is never stored
    key_prefix     TEXT NOT NULL,                 -- first characters of the key, for display only
    name           TEXT,
    plan           TEXT NOT NULL CHECK (plan IN ('free', 'paid')),
    webhook_secret TEXT NOT NULL,                 -- per-account HMAC secret for webhook signatures
    created_at     INTEGER NOT NULL,
    revoked_at     INTEGER                        -- NULL while the key is valid
);

-- One fixed window per key: the window starts at the first request after the
-- previous window ended and lasts the configured length (60 s by default).
CREATE TABLE rate_limits (
    key_id       TEXT PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    window_start INTEGER NOT NULL,
    count        INTEGER NOT NULL
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
    original_size    INTEGER NOT NULL,
    compressed_size  INTEGER,
    format           TEXT,                        -- output format name: jpeg, png, webp, avif
    width            INTEGER,
    height           INTEGER,
    quality          INTEGER,
    error_code       TEXT,
    error_message    TEXT,
    webhook_url      TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    claimed_by       TEXT,                        -- worker id holding the lease
    lease_expires_at INTEGER,
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,
    completed_at     INTEGER,
    expires_at       INTEGER                      -- results are deleted after this time
);

CREATE INDEX jobs_by_key ON jobs (key_id, created_at);
CREATE INDEX jobs_queue ON jobs (status, created_at) WHERE status IN ('pending', 'processing');
CREATE INDEX jobs_expiry ON jobs (expires_at) WHERE expires_at IS NOT NULL;
