//! Process-wide memory settings, applied once when the binary starts.

/// Caps glibc's malloc arenas at one per core, unless `MALLOC_ARENA_MAX`
/// is set in the environment (then glibc reads that instead).
///
/// glibc gives threads up to 8 arenas per core, and every thread that
/// touches an image (tokio's, rayon's, libaom's) can end up keeping freed
/// image buffers in an arena of its own. Measured with
/// `scripts/bench-load.sh` (4 clients, 2 workers, 2 cores; every corpus
/// image once per format, runs interleaved): peak memory on the graphics
/// 1,534–1,707 MB → 1,155–1,294 MB, on the photos 1,553 → 1,314 MB, the
/// wall time within ±2% (docs/BENCHMARKS.md, session 30). A no-op on other
/// C libraries.
///
/// Call it before the threads start: arenas already made stay.
pub fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        if std::env::var_os("MALLOC_ARENA_MAX").is_some() {
            return;
        }
        let cores = crate::config::default_workers();
        let arenas = libc::c_int::try_from(cores).unwrap_or(libc::c_int::MAX);
        // SAFETY: mallopt only sets a tunable of the allocator, and
        // M_ARENA_MAX takes any positive count.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, arenas);
        }
    }
}
