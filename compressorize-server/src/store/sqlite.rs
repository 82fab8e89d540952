//! The embedded store: one SQLite file (WAL mode), schema migrations embedded
//! in the binary.

use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{Row, SqlitePool};

use super::{
    ApiKey, BoxFuture, Job, JobMode, JobSource, JobStatus, Plan, RateWindow, Store, StoreError,
    StoreResult,
};

/// The schema, in order. Never edit an applied migration: add a new one.
const MIGRATIONS: &[(i64, &str, &str)] =
    &[(1, "init", include_str!("../../migrations/0001_init.sql"))];

#[derive(Debug)]
struct Embedded;

impl MigrationSource<'static> for Embedded {
    fn resolve(self) -> BoxFuture<'static, Result<Vec<Migration>, sqlx::error::BoxDynError>> {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// SQLite-backed [`Store`].
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
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
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Migrator::new(Embedded).await?.run(&pool).await?;
        Ok(SqliteStore { pool })
    }
}

fn key_from_row(row: &SqliteRow) -> StoreResult<ApiKey> {
    let hash: Vec<u8> = row.try_get("key_hash")?;
    let plan: String = row.try_get("plan")?;
    Ok(ApiKey {
        id: row.try_get("id")?,
        key_hash: hash
            .try_into()
            .map_err(|_| StoreError::Corrupt("key_hash is not 32 bytes".into()))?,
        key_prefix: row.try_get("key_prefix")?,
        name: row.try_get("name")?,
        plan: Plan::from_str(&plan).map_err(StoreError::Corrupt)?,
        webhook_secret: row.try_get("webhook_secret")?,
        created_at: row.try_get("created_at")?,
        revoked_at: row.try_get("revoked_at")?,
    })
}

fn job_from_row(row: &SqliteRow) -> StoreResult<Job> {
    let status: String = row.try_get("status")?;
    let mode: String = row.try_get("mode")?;
    let source: String = row.try_get("source")?;
    Ok(Job {
        id: row.try_get("id")?,
        key_id: row.try_get("key_id")?,
        status: JobStatus::parse(&status)?,
        mode: match mode.as_str() {
            "sync" => JobMode::Sync,
            "async" => JobMode::Async,
            other => return Err(StoreError::Corrupt(format!("job mode '{other}'"))),
        },
        source: match source.as_str() {
            "upload" => JobSource::Upload,
            "url" => JobSource::Url,
            other => return Err(StoreError::Corrupt(format!("job source '{other}'"))),
        },
        source_url: row.try_get("source_url")?,
        options: row.try_get("options")?,
        input_blob: row.try_get("input_blob")?,
        output_blob: row.try_get("output_blob")?,
        original_size: row.try_get("original_size")?,
        compressed_size: row.try_get("compressed_size")?,
        format: row.try_get("format")?,
        width: row.try_get("width")?,
        height: row.try_get("height")?,
        quality: row.try_get("quality")?,
        error_code: row.try_get("error_code")?,
        error_message: row.try_get("error_message")?,
        webhook_url: row.try_get("webhook_url")?,
        attempts: row.try_get("attempts")?,
        claimed_by: row.try_get("claimed_by")?,
        lease_expires_at: row.try_get("lease_expires_at")?,
        created_at: row.try_get("created_at")?,
        started_at: row.try_get("started_at")?,
        completed_at: row.try_get("completed_at")?,
        expires_at: row.try_get("expires_at")?,
    })
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
            .execute(&self.pool)
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
            .execute(&self.pool)
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
}
