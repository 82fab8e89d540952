//! The binary caps glibc's malloc arenas at one per core
//! (`memory::limit_malloc_arenas`). A test binary of its own: the cap is
//! process-wide, and arenas made before it stay.

#![cfg(all(target_os = "linux", target_env = "gnu"))]

use std::sync::Barrier;

use compressorize_server::config::default_workers;
use compressorize_server::memory::limit_malloc_arenas;

/// The number of arenas glibc reports (`<heap nr="…">` in malloc_info).
fn arenas() -> usize {
    let mut buffer: *mut libc::c_char = std::ptr::null_mut();
    let mut length: libc::size_t = 0;
    // SAFETY: open_memstream allocates the buffer and sets both outputs on
    // fclose; the buffer is read as `length` bytes and then freed.
    let xml = unsafe {
        let stream = libc::open_memstream(&mut buffer, &mut length);
        assert!(!stream.is_null(), "open_memstream failed");
        assert_eq!(libc::malloc_info(0, stream), 0, "malloc_info failed");
        libc::fclose(stream);
        let bytes = std::slice::from_raw_parts(buffer.cast::<u8>(), length).to_vec();
        libc::free(buffer.cast());
        String::from_utf8(bytes).expect("malloc_info writes XML")
    };
    xml.matches("<heap nr=").count()
}

#[test]
fn threads_share_at_most_one_arena_per_core() {
    if std::env::var_os("MALLOC_ARENA_MAX").is_some() {
        eprintln!("MALLOC_ARENA_MAX is set: glibc's own setting rules, nothing to test");
        return;
    }
    // The main thread's arena and this test thread's exist already.
    let before = arenas();
    limit_malloc_arenas();
    let cores = default_workers();
    // Without the cap glibc gives each new thread an arena of its own, up
    // to 8 per core: these would take about `threads` of them.
    let threads = 4 * cores + 4;
    let barrier = Barrier::new(threads);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                // All alive at once, each allocating (an image row's worth).
                barrier.wait();
                let row = std::hint::black_box(vec![1u8; 64 * 1024]);
                barrier.wait();
                drop(row);
            });
        }
    });
    let made = arenas();
    assert!(
        made <= before.max(cores),
        "{made} malloc arenas ({before} before) for {threads} threads on {cores} cores"
    );
}
