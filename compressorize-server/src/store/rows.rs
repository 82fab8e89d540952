//! Rows read back into the store's types, for every back-end: the columns
//! have the same names and meanings in each schema; only the row type differs.

use std::str::FromStr;

use sqlx::Row;
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

use super::{
    ApiKey, Delivery, DeliveryStatus, Job, JobMode, JobSource, JobStatus, Plan, StoreError,
    StoreResult,
};

/// A row's columns as the store's value types.
pub(super) trait StoreRow {
    /// A `TEXT NOT NULL` column.
    fn text(&self, name: &str) -> StoreResult<String>;
    /// A nullable `TEXT` column.
    fn opt_text(&self, name: &str) -> StoreResult<Option<String>>;
    /// A non-null integer column.
    fn int(&self, name: &str) -> StoreResult<i64>;
    /// A nullable integer column.
    fn opt_int(&self, name: &str) -> StoreResult<Option<i64>>;
    /// A byte column.
    fn bytes(&self, name: &str) -> StoreResult<Vec<u8>>;
}

/// The same decoding for each back-end's row type.
macro_rules! store_row {
    ($($row:ty),*) => {$(
        impl StoreRow for $row {
            fn text(&self, name: &str) -> StoreResult<String> {
                Ok(self.try_get(name)?)
            }
            fn opt_text(&self, name: &str) -> StoreResult<Option<String>> {
                Ok(self.try_get(name)?)
            }
            fn int(&self, name: &str) -> StoreResult<i64> {
                Ok(self.try_get(name)?)
            }
            fn opt_int(&self, name: &str) -> StoreResult<Option<i64>> {
                Ok(self.try_get(name)?)
            }
            fn bytes(&self, name: &str) -> StoreResult<Vec<u8>> {
                Ok(self.try_get(name)?)
            }
        }
    )*};
}

store_row!(SqliteRow, PgRow);

/// An `api_keys` row.
pub(super) fn key_from_row(row: &impl StoreRow) -> StoreResult<ApiKey> {
    Ok(ApiKey {
        id: row.text("id")?,
        key_hash: row
            .bytes("key_hash")?
            .try_into()
            .map_err(|_| StoreError::Corrupt("key_hash is not 32 bytes".into()))?,
        key_prefix: row.text("key_prefix")?,
        name: row.opt_text("name")?,
        plan: Plan::from_str(&row.text("plan")?).map_err(StoreError::Corrupt)?,
        webhook_secret: row.text("webhook_secret")?,
        created_at: row.int("created_at")?,
        revoked_at: row.opt_int("revoked_at")?,
    })
}

/// A `jobs` row.
pub(super) fn job_from_row(row: &impl StoreRow) -> StoreResult<Job> {
    Ok(Job {
        id: row.text("id")?,
        key_id: row.text("key_id")?,
        status: JobStatus::parse(&row.text("status")?)?,
        mode: match row.text("mode")?.as_str() {
            "sync" => JobMode::Sync,
            "async" => JobMode::Async,
            other => return Err(StoreError::Corrupt(format!("job mode '{other}'"))),
        },
        source: match row.text("source")?.as_str() {
            "upload" => JobSource::Upload,
            "url" => JobSource::Url,
            other => return Err(StoreError::Corrupt(format!("job source '{other}'"))),
        },
        source_url: row.opt_text("source_url")?,
        options: row.text("options")?,
        input_blob: row.opt_text("input_blob")?,
        output_blob: row.opt_text("output_blob")?,
        original_size: row.int("original_size")?,
        compressed_size: row.opt_int("compressed_size")?,
        format: row.opt_text("format")?,
        width: row.opt_int("width")?,
        height: row.opt_int("height")?,
        quality: row.opt_int("quality")?,
        error_code: row.opt_text("error_code")?,
        error_message: row.opt_text("error_message")?,
        webhook_url: row.opt_text("webhook_url")?,
        attempts: row.int("attempts")?,
        claimed_by: row.opt_text("claimed_by")?,
        lease_expires_at: row.opt_int("lease_expires_at")?,
        created_at: row.int("created_at")?,
        started_at: row.opt_int("started_at")?,
        completed_at: row.opt_int("completed_at")?,
        expires_at: row.opt_int("expires_at")?,
    })
}

/// A `webhook_deliveries` row.
pub(super) fn delivery_from_row(row: &impl StoreRow) -> StoreResult<Delivery> {
    Ok(Delivery {
        id: row.text("id")?,
        job_id: row.text("job_id")?,
        key_id: row.text("key_id")?,
        url: row.text("url")?,
        payload: row.text("payload")?,
        status: match row.text("status")?.as_str() {
            "pending" => DeliveryStatus::Pending,
            "delivered" => DeliveryStatus::Delivered,
            "failed" => DeliveryStatus::Failed,
            other => return Err(StoreError::Corrupt(format!("delivery status '{other}'"))),
        },
        attempts: row.int("attempts")?,
        next_attempt_at: row.int("next_attempt_at")?,
        last_error: row.opt_text("last_error")?,
        created_at: row.int("created_at")?,
        delivered_at: row.opt_int("delivered_at")?,
    })
}
