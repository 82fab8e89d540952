//! The scale-out store: PostgreSQL, shared by any number of API nodes and
//! workers. Schema migrations are embedded in the binary and applied under
//! sqlx's migration lock, so nodes may start at the same time.
//!
//! Where SQLite serialises every write, PostgreSQL runs them side by side,
//! so the queue's claims skip rows another transaction has locked (`FOR
//! UPDATE SKIP LOCKED`), and the back-pressure check and its insert hold a
//! transaction-scoped advisory lock.

use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Row};

use super::Migrations;
use super::rows::{delivery_from_row, job_from_row, key_from_row};
use super::{
    ApiKey, BoxFuture, Delivery, DeliveryOutcome, DeliveryStatus, Job, JobFailure, JobResult,
    NewDelivery, QueueLimits, QueueStats, RateWindow, Store, StoreResult,
};

/// The schema, in order. Never edit an applied migration: add a new one.
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "init",
    include_str!("../../migrations/postgres/0001_init.sql"),
)];

/// Advisory lock key held while a job is checked against the queue limits
/// and inserted (any fixed number no other part of the schema uses).
const ENQUEUE_LOCK: i64 = 0x636f_6d70_7173;

/// PostgreSQL-backed [`Store`].
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`,
    /// with libpq's query parameters such as `sslmode`) and applies the
    /// migrations.
    pub async fn open(url: &str) -> StoreResult<Self> {
        let options: PgConnectOptions = url.parse()?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options.application_name("compressorize"))
            .await?;
        Migrator::new(Migrations(MIGRATIONS))
            .await?
            .run(&pool)
            .await?;
        Ok(PgStore { pool })
    }
}

async fn insert_delivery(conn: &mut sqlx::PgConnection, delivery: &NewDelivery) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO webhook_deliveries (id, job_id, key_id, url, payload, status, attempts,
           next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6)",
    )
    .bind(&delivery.id)
    .bind(&delivery.job_id)
    .bind(&delivery.key_id)
    .bind(&delivery.url)
    .bind(&delivery.payload)
    .bind(delivery.created_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends the transaction that finished a job: when the job's row changed,
/// its webhook delivery is queued in the same transaction and both commit;
/// otherwise (the lease was lost) nothing is written. Whether it changed.
async fn commit_finished(
    mut tx: sqlx::Transaction<'_, sqlx::Postgres>,
    rows_changed: u64,
    delivery: Option<&NewDelivery>,
) -> StoreResult<bool> {
    if rows_changed != 1 {
        return Ok(false); // dropping the transaction rolls it back
    }
    if let Some(delivery) = delivery {
        insert_delivery(&mut tx, delivery).await?;
    }
    tx.commit().await?;
    Ok(true)
}

impl Store for PgStore {
    fn ping(&self) -> BoxFuture<'_, StoreResult<()>> {
        Box::pin(async move {
            sqlx::query("SELECT 1").execute(&self.pool).await?;
            Ok(())
        })
    }

    fn insert_key<'a>(&'a self, key: &'a ApiKey) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            sqlx::query(
                "INSERT INTO api_keys (id, key_hash, key_prefix, name, plan, webhook_secret, created_at, revoked_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&key.id)
            .bind(key.key_hash.as_slice())
            .bind(&key.key_prefix)
            .bind(&key.name)
            .bind(key.plan.as_str())
            .bind(&key.webhook_secret)
            .bind(key.created_at)
            .bind(key.revoked_at)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn key_by_hash<'a>(&'a self, hash: &'a [u8; 32]) -> BoxFuture<'a, StoreResult<Option<ApiKey>>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM api_keys WHERE key_hash = $1")
                .bind(hash.as_slice())
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(key_from_row).transpose()
        })
    }

    fn list_keys(&self) -> BoxFuture<'_, StoreResult<Vec<ApiKey>>> {
        Box::pin(async move {
            let rows = sqlx::query("SELECT * FROM api_keys ORDER BY created_at, id")
                .fetch_all(&self.pool)
                .await?;
            rows.iter().map(key_from_row).collect()
        })
    }

    fn revoke_key<'a>(&'a self, id: &'a str, now_ms: i64) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
            )
            .bind(now_ms)
            .bind(id)
            .execute(&self.pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn hit_rate_limit<'a>(
        &'a self,
        key_id: &'a str,
        now_ms: i64,
        window_ms: i64,
    ) -> BoxFuture<'a, StoreResult<RateWindow>> {
        Box::pin(async move {
            // One statement: the upsert locks the key's row, so concurrent
            // requests on any node never lose a count.
            let row = sqlx::query(
                "INSERT INTO rate_limits (key_id, window_start, count) VALUES ($1, $2, 1)
                 ON CONFLICT (key_id) DO UPDATE SET
                   count = CASE WHEN rate_limits.window_start + $3 <= $2 THEN 1 ELSE rate_limits.count + 1 END,
                   window_start = CASE WHEN rate_limits.window_start + $3 <= $2 THEN $2 ELSE rate_limits.window_start END
                 RETURNING window_start, count",
            )
            .bind(key_id)
            .bind(now_ms)
            .bind(window_ms)
            .fetch_one(&self.pool)
            .await?;
            Ok(RateWindow {
                window_start: row.try_get("window_start")?,
                count: row.try_get("count")?,
            })
        })
    }

    fn insert_job<'a>(&'a self, job: &'a Job) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            sqlx::query(
                "INSERT INTO jobs (id, key_id, status, mode, source, source_url, options, input_blob,
                   output_blob, original_size, compressed_size, format, width, height, quality,
                   error_code, error_message, webhook_url, attempts, claimed_by, lease_expires_at,
                   created_at, started_at, completed_at, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                   $17, $18, $19, $20, $21, $22, $23, $24, $25)",
            )
            .bind(&job.id)
            .bind(&job.key_id)
            .bind(job.status.as_str())
            .bind(job.mode.as_str())
            .bind(job.source.as_str())
            .bind(&job.source_url)
            .bind(&job.options)
            .bind(&job.input_blob)
            .bind(&job.output_blob)
            .bind(job.original_size)
            .bind(job.compressed_size)
            .bind(&job.format)
            .bind(job.width)
            .bind(job.height)
            .bind(job.quality)
            .bind(&job.error_code)
            .bind(&job.error_message)
            .bind(&job.webhook_url)
            .bind(job.attempts)
            .bind(&job.claimed_by)
            .bind(job.lease_expires_at)
            .bind(job.created_at)
            .bind(job.started_at)
            .bind(job.completed_at)
            .bind(job.expires_at)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn job<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<Option<Job>>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM jobs WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(job_from_row).transpose()
        })
    }

    fn key_by_id<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<Option<ApiKey>>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM api_keys WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(key_from_row).transpose()
        })
    }

    fn set_webhook_secret<'a>(
        &'a self,
        id: &'a str,
        secret: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let done = sqlx::query("UPDATE api_keys SET webhook_secret = $1 WHERE id = $2")
                .bind(secret)
                .bind(id)
                .execute(&self.pool)
                .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn queue_stats(&self) -> BoxFuture<'_, StoreResult<QueueStats>> {
        Box::pin(async move {
            let row = sqlx::query(
                "SELECT COUNT(*) AS jobs, COALESCE(SUM(original_size), 0)::BIGINT AS bytes FROM jobs
                 WHERE mode = 'async' AND status IN ('pending', 'processing')",
            )
            .fetch_one(&self.pool)
            .await?;
            Ok(QueueStats {
                jobs: row.try_get("jobs")?,
                bytes: row.try_get("bytes")?,
            })
        })
    }

    fn enqueue_job<'a>(
        &'a self,
        job: &'a Job,
        limits: QueueLimits,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            // Enqueues from every node take turns, so two cannot both take
            // the last place (the lock ends with the transaction).
            let mut tx = self.pool.begin().await?;
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(ENQUEUE_LOCK)
                .execute(&mut *tx)
                .await?;
            let done = sqlx::query(
                "INSERT INTO jobs (id, key_id, status, mode, source, source_url, options, input_blob,
                   original_size, webhook_url, attempts, created_at)
                 SELECT $1, $2, 'pending', 'async', $3, $4, $5, $6, $7, $8, 0, $9
                 WHERE (SELECT COUNT(*) FROM jobs WHERE mode = 'async' AND status IN ('pending', 'processing')) < $10
                   AND (SELECT COALESCE(SUM(original_size), 0) FROM jobs
                        WHERE mode = 'async' AND status IN ('pending', 'processing')) + $7 <= $11",
            )
            .bind(&job.id)
            .bind(&job.key_id)
            .bind(job.source.as_str())
            .bind(&job.source_url)
            .bind(&job.options)
            .bind(&job.input_blob)
            .bind(job.original_size)
            .bind(&job.webhook_url)
            .bind(job.created_at)
            .bind(limits.max_jobs)
            .bind(limits.max_bytes)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn claim_job<'a>(
        &'a self,
        worker: &'a str,
        now_ms: i64,
        lease_ms: i64,
        max_attempts: i64,
    ) -> BoxFuture<'a, StoreResult<Option<Job>>> {
        Box::pin(async move {
            // Fair queue, as in SQLite: the key with the fewest jobs under a
            // live lease first, then the oldest job. A row another worker is
            // claiming is skipped, not waited for (and never claimed twice).
            let row = sqlx::query(
                "UPDATE jobs SET status = 'processing', claimed_by = $1, lease_expires_at = $2 + $3,
                   attempts = attempts + 1, started_at = COALESCE(started_at, $2)
                 WHERE id = (
                   SELECT j.id FROM jobs j
                   WHERE j.mode = 'async'
                     AND (j.status = 'pending'
                          OR (j.status = 'processing' AND j.lease_expires_at < $2 AND j.attempts < $4))
                   ORDER BY (SELECT COUNT(*) FROM jobs f
                             WHERE f.key_id = j.key_id AND f.status = 'processing'
                               AND f.lease_expires_at >= $2),
                            j.created_at, j.id
                   LIMIT 1
                   FOR UPDATE OF j SKIP LOCKED)
                 RETURNING *",
            )
            .bind(worker)
            .bind(now_ms)
            .bind(lease_ms)
            .bind(max_attempts)
            .fetch_optional(&self.pool)
            .await?;
            row.as_ref().map(job_from_row).transpose()
        })
    }

    fn renew_lease<'a>(
        &'a self,
        id: &'a str,
        worker: &'a str,
        until_ms: i64,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE jobs SET lease_expires_at = $1
                 WHERE id = $2 AND claimed_by = $3 AND status = 'processing'",
            )
            .bind(until_ms)
            .bind(id)
            .bind(worker)
            .execute(&self.pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn release_claims<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, StoreResult<u64>> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE jobs SET status = 'pending', claimed_by = NULL, lease_expires_at = NULL,
                   attempts = GREATEST(attempts - 1, 0)
                 WHERE status = 'processing' AND starts_with(claimed_by, $1)",
            )
            .bind(prefix)
            .execute(&self.pool)
            .await?;
            Ok(done.rows_affected())
        })
    }

    fn release_job<'a>(&'a self, id: &'a str, worker: &'a str) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE jobs SET status = 'pending', claimed_by = NULL, lease_expires_at = NULL
                 WHERE id = $1 AND claimed_by = $2 AND status = 'processing'",
            )
            .bind(id)
            .bind(worker)
            .execute(&self.pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn complete_job<'a>(
        &'a self,
        id: &'a str,
        worker: &'a str,
        result: &'a JobResult,
        delivery: Option<&'a NewDelivery>,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let mut tx = self.pool.begin().await?;
            let done = sqlx::query(
                "UPDATE jobs SET status = 'complete', output_blob = $1, compressed_size = $2,
                   format = $3, width = $4, height = $5, quality = $6, completed_at = $7,
                   expires_at = $8, claimed_by = NULL, lease_expires_at = NULL, input_blob = NULL
                 WHERE id = $9 AND claimed_by = $10 AND status = 'processing'",
            )
            .bind(&result.output_blob)
            .bind(result.compressed_size)
            .bind(&result.format)
            .bind(result.width)
            .bind(result.height)
            .bind(result.quality)
            .bind(result.completed_at)
            .bind(result.expires_at)
            .bind(id)
            .bind(worker)
            .execute(&mut *tx)
            .await?;
            commit_finished(tx, done.rows_affected(), delivery).await
        })
    }

    fn fail_job<'a>(
        &'a self,
        id: &'a str,
        worker: Option<&'a str>,
        failure: &'a JobFailure,
        delivery: Option<&'a NewDelivery>,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let mut tx = self.pool.begin().await?;
            let done = sqlx::query(
                "UPDATE jobs SET status = 'failed', error_code = $1, error_message = $2,
                   completed_at = $3, expires_at = $4, claimed_by = NULL, lease_expires_at = NULL,
                   input_blob = NULL
                 WHERE id = $5 AND status = 'processing'
                   AND (($6::TEXT IS NOT NULL AND claimed_by = $6::TEXT)
                        OR ($6::TEXT IS NULL AND lease_expires_at < $3))",
            )
            .bind(&failure.code)
            .bind(&failure.message)
            .bind(failure.failed_at)
            .bind(failure.expires_at)
            .bind(id)
            .bind(worker)
            .execute(&mut *tx)
            .await?;
            commit_finished(tx, done.rows_affected(), delivery).await
        })
    }

    fn exhausted_jobs(
        &self,
        now_ms: i64,
        max_attempts: i64,
    ) -> BoxFuture<'_, StoreResult<Vec<Job>>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM jobs WHERE mode = 'async' AND status = 'processing'
                   AND lease_expires_at < $1 AND attempts >= $2 ORDER BY created_at LIMIT 100",
            )
            .bind(now_ms)
            .bind(max_attempts)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(job_from_row).collect()
        })
    }

    fn finished_with_input(&self, limit: i64) -> BoxFuture<'_, StoreResult<Vec<Job>>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM jobs WHERE status IN ('complete', 'failed') AND input_blob IS NOT NULL
                 LIMIT $1",
            )
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(job_from_row).collect()
        })
    }

    fn clear_input_blob<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            sqlx::query("UPDATE jobs SET input_blob = NULL WHERE id = $1")
                .bind(id)
                .execute(&self.pool)
                .await?;
            Ok(())
        })
    }

    fn expired_jobs(&self, now_ms: i64, limit: i64) -> BoxFuture<'_, StoreResult<Vec<Job>>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM jobs WHERE expires_at IS NOT NULL AND expires_at <= $1
                 ORDER BY expires_at LIMIT $2",
            )
            .bind(now_ms)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(job_from_row).collect()
        })
    }

    fn delete_job<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let mut tx = self.pool.begin().await?;
            sqlx::query("DELETE FROM webhook_deliveries WHERE job_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM jobs WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn referenced_blobs(&self) -> BoxFuture<'_, StoreResult<std::collections::HashSet<String>>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT input_blob AS blob FROM jobs WHERE input_blob IS NOT NULL
                 UNION ALL
                 SELECT output_blob FROM jobs WHERE output_blob IS NOT NULL",
            )
            .fetch_all(&self.pool)
            .await?;
            rows.iter()
                .map(|row| Ok(row.try_get::<String, _>("blob")?))
                .collect()
        })
    }

    fn claim_deliveries(
        &self,
        now_ms: i64,
        lease_ms: i64,
        limit: i64,
    ) -> BoxFuture<'_, StoreResult<Vec<Delivery>>> {
        Box::pin(async move {
            // Rows another sender is claiming are skipped: each due delivery
            // goes to one sender.
            let rows = sqlx::query(
                "UPDATE webhook_deliveries SET next_attempt_at = $1 + $2
                 WHERE id IN (SELECT id FROM webhook_deliveries
                              WHERE status = 'pending' AND next_attempt_at <= $1
                              ORDER BY next_attempt_at LIMIT $3
                              FOR UPDATE SKIP LOCKED)
                 RETURNING *",
            )
            .bind(now_ms)
            .bind(lease_ms)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(delivery_from_row).collect()
        })
    }

    fn record_delivery<'a>(
        &'a self,
        id: &'a str,
        outcome: &'a DeliveryOutcome,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let delivered_at = (outcome.status == DeliveryStatus::Delivered).then_some(outcome.at);
            sqlx::query(
                "UPDATE webhook_deliveries SET status = $1, attempts = $2, next_attempt_at = $3,
                   last_error = $4, delivered_at = $5 WHERE id = $6",
            )
            .bind(outcome.status.as_str())
            .bind(outcome.attempts)
            .bind(outcome.next_attempt_at)
            .bind(&outcome.last_error)
            .bind(delivered_at)
            .bind(id)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn deliveries_for_job<'a>(
        &'a self,
        job_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<Vec<Delivery>>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM webhook_deliveries WHERE job_id = $1 ORDER BY created_at, id",
            )
            .bind(job_id)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(delivery_from_row).collect()
        })
    }
}
