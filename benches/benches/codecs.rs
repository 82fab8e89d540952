//! Encode speed and output size per codec on one ~2 MP photo, at fixed
//! quality 75 and with `smart` quality side by side (the search's cost is
//! the difference).
//!
//! Run with `cargo bench -p compressorize-benches`. Each measurement is a full
//! `compress` call (JPEG decode + encode); the `decode` group is the baseline
//! to subtract. The compare runner (`src/bin/compare.rs`) measures quality
//! and bytes against a peer. The corpus is read from `<workspace root>/../shared/corpus`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use compressorize_core::{Format, Limits, Options, OutputFormat, Quality, compress, decode};
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};

/// 1920x1080 baseline JPEG, 829 KB, no metadata: a typical camera-quality
/// input (`flowers.jpeg`, same size, is an already-tiny 85 KB file).
const PHOTO: &str = "photos/northern_cardinal_bird.jpg";
const QUALITY: u8 = 75;

fn corpus_file(relative: &str) -> Vec<u8> {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    assert!(
        corpus.is_dir(),
        "test corpus not found at {} (expected `<workspace root>/../shared/corpus`)",
        corpus.display()
    );
    let path = corpus.join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn options(format: Format, quality: Quality) -> Options {
    Options {
        format: OutputFormat::Exactly(format),
        quality,
        ..Options::default()
    }
}

fn codecs(c: &mut Criterion) {
    let input = corpus_file(PHOTO);
    let formats = [Format::Jpeg, Format::Png, Format::WebP, Format::Avif];

    eprintln!("{PHOTO}: {} bytes", input.len());
    for (format, quality) in formats
        .into_iter()
        .flat_map(|f| [(f, Quality::Fixed(QUALITY)), (f, Quality::Smart)])
    {
        let out = compress(&input, &options(format, quality)).expect("compress");
        eprintln!(
            "  {:<4} {:<9} {:>9} bytes (quality {:?}, {}x{}, {}% saved{})",
            format.name(),
            format!("{quality:?}"),
            out.compressed_size,
            out.quality,
            out.width,
            out.height,
            out.savings_percent(),
            if out.passthrough { ", passthrough" } else { "" }
        );
    }

    let mut group = c.benchmark_group("decode");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("jpeg", |b| {
        b.iter(|| decode(black_box(&input), &Limits::default()).expect("decode"));
    });
    group.finish();

    for format in formats {
        let mut group = c.benchmark_group(format.name());
        // Flat sampling: 10 samples of equal iteration counts, so slow codecs
        // (AVIF takes seconds) need only 10 runs instead of 55.
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(5));
        for (name, quality) in [
            ("compress_2mp_q75", Quality::Fixed(QUALITY)),
            ("compress_2mp_smart", Quality::Smart),
        ] {
            let options = options(format, quality);
            group.bench_function(name, |b| {
                b.iter(|| compress(black_box(&input), &options).expect("compress"));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, codecs);
criterion_main!(benches);
