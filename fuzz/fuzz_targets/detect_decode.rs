//! Format detection, header reading and decoding of arbitrary bytes.
//!
//! Must never panic, hang or allocate beyond the pixel budget: every decoder
//! checks the declared size before allocating.
#![no_main]

use compressorize_core::{Limits, decode, detect, header_dimensions};
use libfuzzer_sys::fuzz_target;

/// 4 megapixels: enough for real photos in the seed corpus, small enough that
/// a forged header cannot make the fuzzer allocate gigabytes.
const MAX_PIXELS: u64 = 4_000_000;

fuzz_target!(|data: &[u8]| {
    let format = detect(data);
    // Reads only the header; a size is only ever read from a detected format.
    if header_dimensions(data).is_some() {
        assert!(format.is_some(), "read a header that detect() rejected");
    }
    let limits = Limits::default().with_max_pixels(MAX_PIXELS);
    if let Ok(image) = decode(data, &limits) {
        // Only a detected format can decode, and the result must honour
        // the budget and the `Image` invariants.
        assert!(format.is_some(), "decoded bytes that detect() rejected");
        assert!(image.width >= 1 && image.height >= 1);
        assert!(u64::from(image.width) * u64::from(image.height) <= MAX_PIXELS);
        let len = match &image.samples {
            compressorize_core::Samples::U8(v) => v.len(),
            compressorize_core::Samples::U16(v) => v.len(),
        };
        assert_eq!(len, image.sample_count(), "sample buffer size mismatch");
    }
});
