//! The `Store` contract, checked on every back-end the same way: a real
//! SQLite file, and a real PostgreSQL database (a fresh one per test, on the
//! server `scripts/test.sh` starts; see `helpers::postgres_url`). Beside
//! the plain reads and writes, what only concurrency shows: no lost
//! rate-limit counts, no queue limit overrun, no job or webhook delivery
//! claimed twice.

use std::collections::HashSet;
use std::sync::Arc;

use compressorize_server::store::{
    self, ApiKey, DeliveryOutcome, DeliveryStatus, Job, JobFailure, JobMode, JobResult, JobSource,
    JobStatus, NewDelivery, Plan, QueueLimits, Store,
};

use crate::helpers::postgres_url;

/// A store on each back-end: SQLite always, PostgreSQL when the test
/// suite's server is there.
async fn stores() -> Vec<(&'static str, Arc<dyn Store>, Option<tempfile::TempDir>)> {
    let dir = tempfile::TempDir::new().unwrap();
    let sqlite_url = format!("sqlite://{}", dir.path().join("store.db").display());
    let mut stores = vec![(
        "sqlite",
        store::open(&sqlite_url).await.expect("open sqlite"),
        Some(dir),
    )];
    if let Some(url) = postgres_url().await {
        stores.push((
            "postgres",
            store::open(&url).await.expect("open postgres"),
            None,
        ));
    }
    stores
}

fn key(n: u8) -> ApiKey {
    ApiKey {
        id: format!("key_{n}"),
        key_hash: [n; 32],
        key_prefix: format!("cmp_{n}"),
        name: Some(format!("key {n}")),
        plan: Plan::Paid,
        webhook_secret: format!("whsec_{n}"),
        created_at: 1_000 + i64::from(n),
        revoked_at: None,
    }
}

fn queued(id: &str, key_id: &str, created_at: i64, size: i64) -> Job {
    Job {
        id: id.to_owned(),
        key_id: key_id.to_owned(),
        status: JobStatus::Pending,
        mode: JobMode::Async,
        source: JobSource::Upload,
        source_url: None,
        options: "{}".into(),
        input_blob: Some(format!("inputs/{id}")),
        output_blob: None,
        original_size: size,
        compressed_size: None,
        format: None,
        width: None,
        height: None,
        quality: None,
        error_code: None,
        error_message: None,
        webhook_url: Some("https://hooks.example.test/x".into()),
        attempts: 0,
        claimed_by: None,
        lease_expires_at: None,
        created_at,
        started_at: None,
        completed_at: None,
        expires_at: None,
    }
}

const NO_LIMITS: QueueLimits = QueueLimits {
    max_jobs: i64::MAX,
    max_bytes: i64::MAX,
};

fn result(id: &str, at: i64) -> JobResult {
    JobResult {
        output_blob: format!("results/{id}.webp"),
        compressed_size: 10,
        format: "webp".into(),
        width: 3,
        height: 2,
        quality: Some(80),
        completed_at: at,
        expires_at: at + 1_000,
    }
}

fn delivery(id: &str, job_id: &str, at: i64) -> NewDelivery {
    NewDelivery {
        id: id.to_owned(),
        job_id: job_id.to_owned(),
        key_id: "key_1".into(),
        url: "https://hooks.example.test/x".into(),
        payload: format!("{{\"id\":\"{job_id}\"}}"),
        created_at: at,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_and_rate_limits() {
    for (name, store, _dir) in stores().await {
        store.ping().await.unwrap();
        for n in [1, 2] {
            store.insert_key(&key(n)).await.unwrap();
        }
        assert!(
            store.insert_key(&key(1)).await.is_err(),
            "{name}: duplicate id"
        );
        assert_eq!(
            store.key_by_hash(&[1; 32]).await.unwrap(),
            Some(key(1)),
            "{name}"
        );
        assert_eq!(store.key_by_hash(&[9; 32]).await.unwrap(), None, "{name}");
        assert_eq!(
            store.key_by_id("key_2").await.unwrap(),
            Some(key(2)),
            "{name}"
        );
        let listed: Vec<String> = store
            .list_keys()
            .await
            .unwrap()
            .into_iter()
            .map(|k| k.id)
            .collect();
        assert_eq!(listed, ["key_1", "key_2"], "{name}");
        assert!(store.revoke_key("key_2", 5_000).await.unwrap(), "{name}");
        assert!(
            !store.revoke_key("key_2", 6_000).await.unwrap(),
            "{name}: twice"
        );
        assert_eq!(
            store.key_by_id("key_2").await.unwrap().unwrap().revoked_at,
            Some(5_000)
        );
        assert!(
            store
                .set_webhook_secret("key_1", "whsec_new")
                .await
                .unwrap()
        );
        assert!(
            !store
                .set_webhook_secret("key_9", "whsec_new")
                .await
                .unwrap()
        );
        assert_eq!(
            store
                .key_by_id("key_1")
                .await
                .unwrap()
                .unwrap()
                .webhook_secret,
            "whsec_new"
        );

        // A fixed window: counts go up, and start again once it has passed.
        for (now, start, count) in [
            (10_000, 10_000, 1),
            (10_500, 10_000, 2),
            (11_000, 11_000, 1),
        ] {
            let window = store.hit_rate_limit("key_1", now, 1_000).await.unwrap();
            assert_eq!(
                (window.window_start, window.count),
                (start, count),
                "{name} at {now}"
            );
        }
        // Concurrent requests never lose a count.
        let hits = (0..40).map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                store
                    .hit_rate_limit("key_1", 11_100, 1_000)
                    .await
                    .unwrap()
                    .count
            })
        });
        let mut counts: Vec<i64> = futures_util::future::join_all(hits)
            .await
            .into_iter()
            .map(Result::unwrap)
            .collect();
        counts.sort_unstable();
        assert_eq!(counts, (2..=41).collect::<Vec<_>>(), "{name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_queue_limits_hold_under_concurrent_enqueues() {
    for (name, store, _dir) in stores().await {
        store.insert_key(&key(1)).await.unwrap();
        let limits = QueueLimits {
            max_jobs: 5,
            max_bytes: 1_000,
        };
        let attempts = (0..24).map(|n| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                store
                    .enqueue_job(&queued(&format!("job_{n:02}"), "key_1", n, 100), limits)
                    .await
                    .unwrap()
            })
        });
        let taken = futures_util::future::join_all(attempts)
            .await
            .into_iter()
            .filter(|r| *r.as_ref().unwrap())
            .count();
        assert_eq!(taken, 5, "{name}");
        let stats = store.queue_stats().await.unwrap();
        assert_eq!((stats.jobs, stats.bytes), (5, 500), "{name}");
        // Bytes count too: 500 queued + 600 > 1,000.
        let roomy = QueueLimits {
            max_jobs: 100,
            max_bytes: 1_000,
        };
        assert!(
            !store
                .enqueue_job(&queued("big", "key_1", 99, 600), roomy)
                .await
                .unwrap()
        );
        assert!(
            store
                .enqueue_job(&queued("fits", "key_1", 99, 500), roomy)
                .await
                .unwrap()
        );
        assert_eq!(store.queue_stats().await.unwrap().bytes, 1_000, "{name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_are_claimed_fairly_once_each_and_leases_run_out() {
    for (name, store, _dir) in stores().await {
        for n in [1, 2] {
            store.insert_key(&key(n)).await.unwrap();
        }
        // Key 1 queued three jobs before key 2's one.
        for (id, key_id, at) in [
            ("a1", "key_1", 1),
            ("a2", "key_1", 2),
            ("a3", "key_1", 3),
            ("b1", "key_2", 4),
        ] {
            assert!(
                store
                    .enqueue_job(&queued(id, key_id, at, 10), NO_LIMITS)
                    .await
                    .unwrap()
            );
        }
        let now = 100_000;
        let first = store
            .claim_job("w-1", now, 1_000, 3)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((first.id.as_str(), first.attempts), ("a1", 1), "{name}");
        assert_eq!(first.status, JobStatus::Processing);
        assert_eq!(first.lease_expires_at, Some(now + 1_000));
        assert_eq!(first.started_at, Some(now));
        // Key 2 has nothing running, so its job goes before key 1's next.
        let second = store
            .claim_job("w-2", now, 1_000, 3)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(second.id, "b1", "{name}: fair across keys");

        // Only the holder renews, completes or releases.
        assert!(store.renew_lease("a1", "w-1", now + 5_000).await.unwrap());
        assert!(!store.renew_lease("a1", "w-2", now + 5_000).await.unwrap());
        assert!(
            !store
                .complete_job("a1", "w-2", &result("a1", now), None)
                .await
                .unwrap()
        );
        assert!(store.release_job("b1", "w-2").await.unwrap());
        assert_eq!(
            store.job("b1").await.unwrap().unwrap().status,
            JobStatus::Pending
        );

        // Concurrent claims take each job once.
        let claims = (0..6).map(|n| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                store
                    .claim_job(&format!("c-{n}"), now, 1_000, 3)
                    .await
                    .unwrap()
            })
        });
        let claimed: Vec<String> = futures_util::future::join_all(claims)
            .await
            .into_iter()
            .filter_map(|r| r.unwrap().map(|job| job.id))
            .collect();
        let unique: HashSet<&String> = claimed.iter().collect();
        assert_eq!(
            unique.len(),
            claimed.len(),
            "{name}: claimed twice: {claimed:?}"
        );
        let mut sorted = claimed.clone();
        sorted.sort();
        assert_eq!(sorted, ["a2", "a3", "b1"], "{name}");

        // A stopping process hands its jobs back, the attempt uncounted.
        assert_eq!(store.release_claims("c-").await.unwrap(), 3, "{name}");
        for (id, attempts) in [("a2", 0), ("a3", 0), ("b1", 1)] {
            let job = store.job(id).await.unwrap().unwrap();
            assert_eq!(
                (job.status, job.claimed_by, job.attempts),
                (JobStatus::Pending, None, attempts),
                "{name}: {id}"
            );
        }

        // A lease that ran out is taken again (a1's ran out at now + 5 s)...
        let later = now + 10_000;
        let again = store
            .claim_job("w-3", later, 1_000, 2)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((again.id.as_str(), again.attempts), ("a1", 2), "{name}");
        // ...until its attempts are spent: then it waits for its failure.
        let next = store
            .claim_job("w-4", later + 5_000, 1_000, 2)
            .await
            .unwrap()
            .unwrap();
        assert_ne!(next.id, "a1", "{name}");
        let exhausted = store.exhausted_jobs(later + 5_000, 2).await.unwrap();
        assert_eq!(
            exhausted.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(),
            ["a1"],
            "{name}"
        );
        // With no worker given, a job fails only once its lease ran out.
        let failure = JobFailure {
            code: "compression_failed".into(),
            message: "gave up".into(),
            failed_at: later + 500,
            expires_at: later + 2_000,
        };
        assert!(
            !store.fail_job("a1", None, &failure, None).await.unwrap(),
            "{name}: lease live"
        );
        let failure = JobFailure {
            failed_at: later + 5_000,
            ..failure
        };
        assert!(
            store.fail_job("a1", None, &failure, None).await.unwrap(),
            "{name}"
        );
        let failed = store.job("a1").await.unwrap().unwrap();
        assert_eq!(failed.status, JobStatus::Failed);
        assert_eq!(failed.error_code.as_deref(), Some("compression_failed"));
        assert_eq!((failed.input_blob, failed.claimed_by), (None, None));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_deliveries_and_retention() {
    for (name, store, _dir) in stores().await {
        store.insert_key(&key(1)).await.unwrap();
        for (id, at) in [("j1", 1), ("j2", 2)] {
            assert!(
                store
                    .enqueue_job(&queued(id, "key_1", at, 10), NO_LIMITS)
                    .await
                    .unwrap()
            );
        }
        let now = 50_000;
        for worker in ["w-1", "w-2"] {
            store
                .claim_job(worker, now, 1_000, 3)
                .await
                .unwrap()
                .unwrap();
        }
        // Completion and its webhook delivery are written together.
        assert!(
            store
                .complete_job(
                    "j1",
                    "w-1",
                    &result("j1", now),
                    Some(&delivery("d1", "j1", now))
                )
                .await
                .unwrap()
        );
        let done = store.job("j1").await.unwrap().unwrap();
        assert_eq!(done.status, JobStatus::Complete, "{name}");
        assert_eq!(done.output_blob.as_deref(), Some("results/j1.webp"));
        assert_eq!(
            (done.width, done.height, done.quality),
            (Some(3), Some(2), Some(80))
        );
        assert_eq!(done.input_blob, None);
        assert!(
            !store
                .complete_job("j1", "w-1", &result("j1", now), None)
                .await
                .unwrap(),
            "{name}: once"
        );
        let failure = JobFailure {
            code: "unsupported_format".into(),
            message: "not an image".into(),
            failed_at: now,
            expires_at: now + 1_000,
        };
        assert!(
            store
                .fail_job(
                    "j2",
                    Some("w-2"),
                    &failure,
                    Some(&delivery("d2", "j2", now))
                )
                .await
                .unwrap()
        );

        // Due deliveries go to one sender each.
        let claims = (0..4).map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move { store.claim_deliveries(now, 60_000, 10).await.unwrap() })
        });
        let mut sent: Vec<String> = futures_util::future::join_all(claims)
            .await
            .into_iter()
            .flat_map(|r| r.unwrap().into_iter().map(|d| d.id))
            .collect();
        sent.sort();
        assert_eq!(sent, ["d1", "d2"], "{name}");
        assert!(
            store
                .claim_deliveries(now, 60_000, 10)
                .await
                .unwrap()
                .is_empty(),
            "{name}: leased"
        );
        let outcome = DeliveryOutcome {
            status: DeliveryStatus::Delivered,
            attempts: 1,
            next_attempt_at: now,
            last_error: None,
            at: now + 7,
        };
        store.record_delivery("d1", &outcome).await.unwrap();
        let recorded = store.deliveries_for_job("j1").await.unwrap();
        assert_eq!(recorded.len(), 1);
        assert_eq!(recorded[0].status, DeliveryStatus::Delivered, "{name}");
        assert_eq!(recorded[0].delivered_at, Some(now + 7));
        assert_eq!(recorded[0].payload, "{\"id\":\"j1\"}");

        // Blobs the rows point at, then retention.
        let referenced = store.referenced_blobs().await.unwrap();
        assert_eq!(
            referenced,
            HashSet::from(["results/j1.webp".to_owned()]),
            "{name}"
        );
        assert!(store.expired_jobs(now + 999, 10).await.unwrap().is_empty());
        let mut expired: Vec<String> = store
            .expired_jobs(now + 1_000, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|j| j.id)
            .collect();
        expired.sort();
        assert_eq!(expired, ["j1", "j2"], "{name}");
        store.delete_job("j1").await.unwrap();
        store.delete_job("j1").await.unwrap();
        assert_eq!(store.job("j1").await.unwrap(), None);
        assert!(
            store.deliveries_for_job("j1").await.unwrap().is_empty(),
            "{name}"
        );

        // A finished job still holding its input (a crash between the two).
        let mut leftover = queued("j3", "key_1", 3, 10);
        leftover.status = JobStatus::Complete;
        store.insert_job(&leftover).await.unwrap();
        let with_input = store.finished_with_input(10).await.unwrap();
        assert_eq!(
            with_input.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(),
            ["j3"],
            "{name}"
        );
        store.clear_input_blob("j3").await.unwrap();
        assert!(store.finished_with_input(10).await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn other_database_urls_are_refused_without_their_password() {
    let error = store::open("mysql://app:hunter2@db.example.test/images")
        .await
        .expect_err("mysql is not a back-end");
    let message = error.to_string();
    assert!(
        message.contains("mysql://app:***@db.example.test/images"),
        "{message}"
    );
    assert!(!message.contains("hunter2"), "{message}");
    assert!(
        message.contains("postgres://"),
        "{message}: names what works"
    );
}
