//! The embedded store: one SQLite file (WAL mode, `synchronous=FULL`), schema
//! migrations embedded in the binary.

use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use super::Migrations;
use super::rows::{delivery_from_row, job_from_row, key_from_row};
use super::{
    ApiKey, BoxFuture, Delivery, DeliveryOutcome, DeliveryStatus, Job, JobFailure, JobResult,
    NewDelivery, QueueLimits, QueueStats, RateWindow, Store, StoreError, StoreResult,
};

/// The schema, in order. Never edit an applied migration: add a new one.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "init", include_str!("../../migrations/0001_init.sql")),
    (
        2,
        "async jobs",
        include_str!("../../migrations/0002_async_jobs.sql"),
    ),
];

/// SQLite-backed [`Store`].
#[derive(Debug, Clone)]
pub struct SqliteStore {
    /// Reads, several at once (WAL readers never wait for the writer).
    pool: SqlitePool,
    /// Writes, one at a time: SQLite allows one writer, and writers that
    /// meet in SQLite wait in its busy handler, which sleeps in growing
    /// steps (up to 100 ms); queued here, each goes as soon as the last is
    /// done.
    writer: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` (`sqlite://PATH`) and
    /// applies the migrations.
    pub async fn open(url: &str) -> StoreResult<Self> {
        if !url.starts_with("sqlite:") {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        }
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a commit is on disk when it returns (an accepted async
            // job must survive an OS crash too, not only a process crash).
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
        Migrator::new(Migrations(MIGRATIONS))
            .await?
            .run(&writer)
            .await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(SqliteStore { pool, writer })
    }
}

async fn insert_delivery(
    conn: &mut sqlx::SqliteConnection,
    delivery: &NewDelivery,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO webhook_deliveries (id, job_id, key_id, url, payload, status, attempts,
           next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
    )
    .bind(&delivery.id)
    .bind(&delivery.job_id)
    .bind(&delivery.key_id)
    .bind(&delivery.url)
    .bind(&delivery.payload)
    .bind(delivery.created_at)
    .bind(delivery.created_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends the transaction that finished a job: when the job's row changed,
/// its webhook delivery is queued in the same transaction and both commit;
/// otherwise (the lease was lost) nothing is written. Whether it changed.
async fn commit_finished(
    mut tx: sqlx::Transaction<'_, sqlx::Sqlite>,
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

impl Store for SqliteStore {
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
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&key.id)
            .bind(key.key_hash.as_slice())
            .bind(&key.key_prefix)
            .bind(&key.name)
            .bind(key.plan.as_str())
            .bind(&key.webhook_secret)
            .bind(key.created_at)
            .bind(key.revoked_at)
            .execute(&self.writer)
            .await?;
            Ok(())
        })
    }

    fn key_by_hash<'a>(&'a self, hash: &'a [u8; 32]) -> BoxFuture<'a, StoreResult<Option<ApiKey>>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM api_keys WHERE key_hash = ?")
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
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
            )
            .bind(now_ms)
            .bind(id)
            .execute(&self.writer)
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
            // One statement, so concurrent requests (and processes) never lose a count.
            let row = sqlx::query(
                "INSERT INTO rate_limits (key_id, window_start, count) VALUES (?1, ?2, 1)
                 ON CONFLICT (key_id) DO UPDATE SET
                   count = CASE WHEN rate_limits.window_start + ?3 <= ?2 THEN 1 ELSE rate_limits.count + 1 END,
                   window_start = CASE WHEN rate_limits.window_start + ?3 <= ?2 THEN ?2 ELSE rate_limits.window_start END
                 RETURNING window_start, count",
            )
            .bind(key_id)
            .bind(now_ms)
            .bind(window_ms)
            .fetch_one(&self.writer)
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
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            .execute(&self.writer)
            .await?;
            Ok(())
        })
    }

    fn job<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<Option<Job>>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM jobs WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(job_from_row).transpose()
        })
    }

    fn key_by_id<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<Option<ApiKey>>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM api_keys WHERE id = ?")
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
            let done = sqlx::query("UPDATE api_keys SET webhook_secret = ? WHERE id = ?")
                .bind(secret)
                .bind(id)
                .execute(&self.writer)
                .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn queue_stats(&self) -> BoxFuture<'_, StoreResult<QueueStats>> {
        Box::pin(async move {
            let row = sqlx::query(
                "SELECT COUNT(*) AS jobs, COALESCE(SUM(original_size), 0) AS bytes FROM jobs
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
            // Check and insert in one statement: SQLite runs writes one at a
            // time, so two requests cannot both take the last place.
            let done = sqlx::query(
                "INSERT INTO jobs (id, key_id, status, mode, source, source_url, options, input_blob,
                   original_size, webhook_url, attempts, created_at)
                 SELECT ?, ?, 'pending', 'async', ?, ?, ?, ?, ?, ?, 0, ?
                 WHERE (SELECT COUNT(*) FROM jobs WHERE mode = 'async' AND status IN ('pending', 'processing')) < ?
                   AND (SELECT COALESCE(SUM(original_size), 0) FROM jobs
                        WHERE mode = 'async' AND status IN ('pending', 'processing')) + ? <= ?",
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
            .bind(job.original_size)
            .bind(limits.max_bytes)
            .execute(&self.writer)
            .await?;
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
            // Fair queue: among claimable jobs, the key with the fewest jobs
            // under a live lease first, then the oldest job.
            let row = sqlx::query(
                "UPDATE jobs SET status = 'processing', claimed_by = ?1, lease_expires_at = ?2 + ?3,
                   attempts = attempts + 1, started_at = COALESCE(started_at, ?2)
                 WHERE id = (
                   SELECT j.id FROM jobs j
                   WHERE j.mode = 'async'
                     AND (j.status = 'pending'
                          OR (j.status = 'processing' AND j.lease_expires_at < ?2 AND j.attempts < ?4))
                   ORDER BY (SELECT COUNT(*) FROM jobs f
                             WHERE f.key_id = j.key_id AND f.status = 'processing'
                               AND f.lease_expires_at >= ?2),
                            j.created_at, j.id
                   LIMIT 1)
                 RETURNING *",
            )
            .bind(worker)
            .bind(now_ms)
            .bind(lease_ms)
            .bind(max_attempts)
            .fetch_optional(&self.writer)
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
                "UPDATE jobs SET lease_expires_at = ? WHERE id = ? AND claimed_by = ? AND status = 'processing'",
            )
            .bind(until_ms)
            .bind(id)
            .bind(worker)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    fn release_claims<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, StoreResult<u64>> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE jobs SET status = 'pending', claimed_by = NULL, lease_expires_at = NULL,
                   attempts = MAX(attempts - 1, 0)
                 WHERE status = 'processing' AND substr(claimed_by, 1, length(?1)) = ?1",
            )
            .bind(prefix)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected())
        })
    }

    fn release_job<'a>(&'a self, id: &'a str, worker: &'a str) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE jobs SET status = 'pending', claimed_by = NULL, lease_expires_at = NULL
                 WHERE id = ? AND claimed_by = ? AND status = 'processing'",
            )
            .bind(id)
            .bind(worker)
            .execute(&self.writer)
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
            let mut tx = self.writer.begin().await?;
            let done = sqlx::query(
                "UPDATE jobs SET status = 'complete', output_blob = ?, compressed_size = ?, format = ?,
                   width = ?, height = ?, quality = ?, completed_at = ?, expires_at = ?,
                   claimed_by = NULL, lease_expires_at = NULL, input_blob = NULL
                 WHERE id = ? AND claimed_by = ? AND status = 'processing'",
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
            let mut tx = self.writer.begin().await?;
            let done = sqlx::query(
                "UPDATE jobs SET status = 'failed', error_code = ?1, error_message = ?2,
                   completed_at = ?3, expires_at = ?4, claimed_by = NULL, lease_expires_at = NULL,
                   input_blob = NULL
                 WHERE id = ?5 AND status = 'processing'
                   AND ((?6 IS NOT NULL AND claimed_by = ?6)
                        OR (?6 IS NULL AND lease_expires_at < ?3))",
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
                   AND lease_expires_at < ? AND attempts >= ? ORDER BY created_at LIMIT 100",
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
                 LIMIT ?",
            )
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(job_from_row).collect()
        })
    }

    fn clear_input_blob<'a>(&'a self, id: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            sqlx::query("UPDATE jobs SET input_blob = NULL WHERE id = ?")
                .bind(id)
                .execute(&self.writer)
                .await?;
            Ok(())
        })
    }

    fn expired_jobs(&self, now_ms: i64, limit: i64) -> BoxFuture<'_, StoreResult<Vec<Job>>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM jobs WHERE expires_at IS NOT NULL AND expires_at <= ?
                 ORDER BY expires_at LIMIT ?",
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
            let mut tx = self.writer.begin().await?;
            sqlx::query("DELETE FROM webhook_deliveries WHERE job_id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM jobs WHERE id = ?")
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
            let rows = sqlx::query(
                "UPDATE webhook_deliveries SET next_attempt_at = ?1 + ?2
                 WHERE id IN (SELECT id FROM webhook_deliveries
                              WHERE status = 'pending' AND next_attempt_at <= ?1
                              ORDER BY next_attempt_at LIMIT ?3)
                 RETURNING *",
            )
            .bind(now_ms)
            .bind(lease_ms)
            .bind(limit)
            .fetch_all(&self.writer)
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
                "UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?,
                   last_error = ?, delivered_at = ? WHERE id = ?",
            )
            .bind(outcome.status.as_str())
            .bind(outcome.attempts)
            .bind(outcome.next_attempt_at)
            .bind(&outcome.last_error)
            .bind(delivered_at)
            .bind(id)
            .execute(&self.writer)
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
                "SELECT * FROM webhook_deliveries WHERE job_id = ? ORDER BY created_at, id",
            )
            .bind(job_id)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(delivery_from_row).collect()
        })
    }
}
