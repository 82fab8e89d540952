//! Smart quality on corpus images: output meets the quality floor (by the
//! library's own metric; the independent judge runs in the compare
//! benchmark), is never larger than the input in the same format, is
//! deterministic, palette PNGs really are palettes, and JPEG keeps full
//! chroma only where it pays and where 4:2:0 cannot meet the target.

mod common;

use compressorize_core::{
    Format, Image, Limits, Options, OutputFormat, PerceptualMetric, Quality, SmartAim, Source,
    compress, decode, detect, distance_threshold, perceptual_distance, smart_aim,
};

/// The floor: no image below SSIMULACRA2 72.
const FLOOR: f32 = 72.0;

fn smart(input: &[u8], format: Format) -> compressorize_core::Compressed {
    let options = Options {
        format: OutputFormat::Exactly(format),
        ..Options::default()
    };
    compress(input, &options).unwrap_or_else(|e| panic!("smart {}: {e}", format.name()))
}

fn fixed(input: &[u8], format: Format, quality: u8) -> compressorize_core::Compressed {
    let options = Options {
        format: OutputFormat::Exactly(format),
        quality: Quality::Fixed(quality),
        ..Options::default()
    };
    compress(input, &options).unwrap_or_else(|e| panic!("{} at q{quality}: {e}", format.name()))
}

#[test]
fn smart_output_meets_the_floor_on_the_full_image() {
    let cases = [
        ("photos/fox.jpg", Format::Jpeg),
        ("photos/fox.jpg", Format::WebP),
        ("photos/fox.jpg", Format::Avif),
        ("photos/kodim23.png", Format::Jpeg),
        ("photos/northern_cardinal_bird.jpg", Format::Jpeg),
        ("graphics/lorem_ipsum_screenshot.png", Format::Png),
        ("graphics/vips_sequence_diagram.png", Format::WebP),
        ("graphics/embedgravitybird.png", Format::Png),
        ("graphics/cat_rgba_gama_srgb.png", Format::Png),
        ("graphics/vips_rgba.png", Format::Png),
        ("graphics/blackbug.png", Format::Png),
        ("graphics/lorem_ipsum_screenshot.png", Format::Jpeg),
        ("graphics/iptc.png", Format::Avif),
    ];
    for (file, format) in cases {
        let input = common::read(file);
        let source = decode(&input, &Limits::default()).unwrap();
        // The floor on the scale of the metric smart steers this image by.
        let floor = smart_aim(&source, detect(&input).unwrap(), format, FLOOR);
        let out = smart(&input, format);
        assert_eq!(out.format, format);
        let decoded = decode(&out.bytes, &Limits::default()).unwrap();
        assert_eq!(
            (decoded.width, decoded.height),
            (source.width, source.height)
        );
        let distance = floor.distance(&source, &decoded).unwrap();
        assert!(
            distance <= floor.threshold,
            "{file} as {}: distance {distance:.6} above the floor {:.6} (q {:?}, {} bytes)",
            format.name(),
            floor.threshold,
            out.quality,
            out.compressed_size
        );
        if format != Format::Png && !out.passthrough {
            let score = out.score.expect("smart reports its score");
            assert!((FLOOR..=100.0).contains(&(score as f32)), "{file}: {score}");
        }
    }
}

#[test]
fn smart_lossy_output_is_smaller_than_fixed_high_quality() {
    // Smart is "just good enough": on a photo it must not spend the bytes
    // of quality 95. Not so for WebP when steering by SSIMULACRA2 (the
    // `ssimulacra2` feature): on this photo's mosaic of its most detailed
    // tiles the judge asks for quality 93 (README, known limits).
    let input = common::read("photos/northern_cardinal_bird.jpg");
    let formats: &[Format] = if cfg!(feature = "ssimulacra2") {
        &[Format::Jpeg]
    } else {
        &[Format::Jpeg, Format::WebP]
    };
    for &format in formats {
        let smart = smart(&input, format);
        let q95 = fixed(&input, format, 95);
        assert!(
            smart.compressed_size < q95.compressed_size * 3 / 4,
            "{}: smart {} vs q95 {}",
            format.name(),
            smart.compressed_size,
            q95.compressed_size
        );
        let q = smart.quality.expect("lossy output reports its quality");
        assert!((30..=95).contains(&q), "quality {q}");
    }
}

#[test]
fn smart_never_returns_more_bytes_than_the_input_in_the_same_format() {
    let files = [
        "photos/fox.jpg",
        "photos/flowers.jpeg",
        "photos/Landscape_9.jpg",
        "photos/paris_icc_exif_xmp.png",
        "graphics/tango-address-book-new-32.png",
        "graphics/vips_indexed.png",
        "graphics/Transparency.png",
        "webp/lossy_alpha1.webp",
        "avif/fox.8bpc.yuv420.avif",
    ];
    for file in files {
        let input = common::read(file);
        let out = compress(&input, &Options::default()).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(
            out.compressed_size <= input.len(),
            "{file}: {} > {}",
            out.compressed_size,
            input.len()
        );
        assert_eq!(out.compressed_size, out.bytes.len());
    }
}

#[test]
fn smart_is_deterministic() {
    for (file, format) in [
        ("photos/fox.jpg", Format::Jpeg),
        ("photos/fox.jpg", Format::Avif),
        ("graphics/lorem_ipsum_screenshot.png", Format::Png),
        ("graphics/cat_rgba_gama_srgb.png", Format::Png),
    ] {
        let input = common::read(file);
        let a = smart(&input, format);
        let b = smart(&input, format);
        assert_eq!(a.bytes, b.bytes, "{file} as {}", format.name());
        assert_eq!((a.quality, a.score), (b.quality, b.score));
    }
}

#[test]
fn screenshots_become_palette_pngs_much_smaller_than_lossless() {
    // 1,770 colours: too many for a lossless palette.
    let input = common::read("graphics/vips_memtrace_screenshot.png");
    let smart = smart(&input, Format::Png);
    let lossless = compress(
        &input,
        &Options {
            quality: Quality::Fixed(100),
            ..Options::default()
        },
    )
    .unwrap();
    assert!(
        smart.compressed_size * 10 < lossless.compressed_size * 8,
        "palette {} vs lossless {}",
        smart.compressed_size,
        lossless.compressed_size
    );
    // Stored as a palette image (colour type 3, PLTE chunk present), and an
    // independent decoder reads it back at the same size.
    assert_eq!(chunk_types(&smart.bytes)[0].1[9], 3, "IHDR colour type");
    assert!(chunk_types(&smart.bytes).iter().any(|(t, _)| t == b"PLTE"));
    let decoded = image::load_from_memory(&smart.bytes).unwrap();
    assert_eq!(
        (decoded.width(), decoded.height()),
        (smart.width, smart.height)
    );
}

#[test]
fn translucent_photos_become_palettes_that_keep_their_alpha() {
    // A photo with a soft alpha edge: 69,182 colours, too many for a
    // lossless palette, and translucent, so the RGBA quantiser is used.
    let input = common::read("graphics/cat_rgba_gama_srgb.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let smart = smart(&input, Format::Png);
    let lossless = fixed(&input, Format::Png, 100);
    if cfg!(feature = "ssimulacra2") {
        // Steering by SSIMULACRA2, graphics are held to the plain target,
        // which no palette of this photo meets: it stays lossless.
        assert_eq!(smart.compressed_size, lossless.compressed_size);
        return;
    }
    assert!(
        smart.compressed_size * 2 < lossless.compressed_size,
        "palette {} vs lossless {}",
        smart.compressed_size,
        lossless.compressed_size
    );
    assert_translucent_palette(&smart.bytes);
    // Alpha is close to the source's everywhere (the metric also checks
    // colour, over white and black).
    let rgba = |bytes: &[u8]| image::load_from_memory(bytes).unwrap().to_rgba8();
    let (before, after) = (rgba(&input), rgba(&smart.bytes));
    assert_eq!(before.dimensions(), (source.width, source.height));
    let alpha_error: Vec<u8> = before
        .pixels()
        .zip(after.pixels())
        .map(|(a, b)| a[3].abs_diff(b[3]))
        .collect();
    let mean = alpha_error.iter().map(|&e| f64::from(e)).sum::<f64>() / alpha_error.len() as f64;
    assert!(mean < 2.0, "mean alpha error {mean:.2}");
    let worst = alpha_error.iter().max().unwrap();
    assert!(*worst <= 64, "max alpha error {worst}");
}

#[test]
fn flat_translucent_graphics_become_small_palettes() {
    // A flat drawing with antialiased translucent edges (107,405 bytes).
    // NeuQuant's own palette passes it at 7,599 bytes; the k-means-refined
    // palettes alone needed more colours and took 10,907.
    let input = common::read("graphics/blackbug.png");
    let out = smart(&input, Format::Png);
    assert!(
        out.compressed_size < 9_000,
        "blackbug: {} bytes",
        out.compressed_size
    );
    assert_translucent_palette(&out.bytes);
}

#[test]
fn small_avif_photos_are_not_encoded_far_above_the_target() {
    // 403 × 302: probed whole, with partial 16×16 blocks at two edges.
    // Probes at rav1e speed 10 damaged those edges, and smart climbed to
    // quality 95 (21,847 bytes) where quality 79 meets the target.
    let input = common::read("photos/paris_icc_exif_xmp.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let out = smart(&input, Format::Avif);
    let quality = out.quality.expect("a lossy quality");
    assert!(
        quality < 90,
        "quality {quality}, {} bytes",
        out.compressed_size
    );
    let decoded = decode(&out.bytes, &Limits::default()).unwrap();
    let distance = perceptual_distance(&source, &decoded).unwrap();
    assert!(
        distance <= distance_threshold(FLOOR),
        "distance {distance:.6}"
    );
    // Not far better than asked for: above the distance of target 90.
    assert!(
        distance > distance_threshold(90.0),
        "distance {distance:.6} at quality {quality}: wastefully good"
    );
    // Probed whole at the final settings, the answer is the chosen probe's
    // own output: byte for byte what a fixed encode at its quality gives.
    assert_eq!(out.bytes, fixed(&input, Format::Avif, quality).bytes);
}

#[test]
fn smart_quality_takes_the_lowest_quality_that_meets_its_aim() {
    // 480 × 369: probed whole, so smart's answer is exactly what a
    // full-image search for its aim finds.
    let input = common::read("photos/Landscape_9.jpg");
    let source = decode(&input, &Limits::default()).unwrap();
    let aim = smart_aim(&source, Format::Jpeg, Format::Avif, 80.0);
    let threshold = aim.threshold;
    let distance = |bytes: &[u8]| distance_of(aim.metric, &source, bytes);
    let out = smart(&input, Format::Avif);
    let quality = out.quality.expect("a lossy quality");
    let met = distance(&out.bytes);
    assert!(met <= threshold, "q{quality}: {met:.6} > {threshold:.6}");
    // Reported on the target's scale: at or above the target when met.
    assert_eq!(out.score, Some(aim.score(met)));
    assert!(aim.score(met) >= 80.0 && aim.score(threshold) == 80.0);
    // The reported quality is the lowest coded like the answer, so the one
    // below codes differently, and it falls short.
    let below = distance(&fixed(&input, Format::Avif, quality - 1).bytes);
    assert!(
        below > threshold,
        "q{}: {below:.6} also meets {threshold:.6}",
        quality - 1
    );
}

#[test]
fn a_jpeg_probed_whole_reports_its_own_score() {
    // Probed whole, the answer is the chosen probe's pixels, its scans
    // searched again: the score reported is the output's own, exactly. A
    // diagram (4:2:0), a 64 × 64 thumbnail (4:4:4) and a 480 × 369 photo.
    for file in [
        "graphics/vips_cogs.png",
        "graphics/iptc.png",
        "photos/Landscape_9.jpg",
    ] {
        let input = common::read(file);
        let source = decode(&input, &Limits::default()).unwrap();
        let input_format = detect(&input).unwrap();
        let aim = smart_aim(&source, input_format, Format::Jpeg, 80.0);
        let out = smart(&input, Format::Jpeg);
        let met = jpeg_distance(&aim, &source, &out.bytes);
        assert!(
            met <= aim.threshold,
            "{file}: {met:.6} > {:.6}",
            aim.threshold
        );
        assert_eq!(out.score, Some(aim.score(met)), "{file}");
    }
}

#[test]
fn a_jpeg_graphic_probed_on_a_mosaic_takes_its_probes_coding() {
    // 768 × 512, grey (so no chroma to choose), judged a graphic, probed
    // on a mosaic: encoded as its probes were and recoded with the scans
    // searched, smaller than a fixed encode at the same quality.
    let input = common::read("graphics/kodim03_grayscale_gamma1.6.png");
    let source = decode(&input, &Limits::default()).unwrap();
    assert!(graphic_aim(&source, Format::Jpeg).graphic);
    let out = smart(&input, Format::Jpeg);
    let quality = out.quality.expect("a lossy quality");
    let fixed = fixed(&input, Format::Jpeg, quality);
    assert!(
        out.bytes.len() < fixed.bytes.len(),
        "q{quality}: {} B, fixed {} B",
        out.bytes.len(),
        fixed.bytes.len()
    );
}

#[test]
fn smart_aim_depends_on_the_content_and_the_output_format() {
    let photo = decode(&common::read("photos/fox.jpg"), &Limits::default()).unwrap();
    let webp = smart_aim(&photo, Format::Jpeg, Format::WebP, 80.0);
    let avif = smart_aim(&photo, Format::Jpeg, Format::Avif, 80.0);
    let screenshot = common::read("graphics/lorem_ipsum_screenshot.png");
    let screenshot = decode(&screenshot, &Limits::default()).unwrap();
    let as_palette = smart_aim(&screenshot, Format::Png, Format::Png, 80.0);
    let as_lossy = smart_aim(&screenshot, Format::Png, Format::WebP, 80.0);
    let as_photo = smart_aim(&screenshot, Format::Jpeg, Format::WebP, 80.0);
    assert!(as_palette.graphic && as_lossy.graphic && !as_photo.graphic);
    // Graphics sent to lossy formats are steered by SSIMULACRA2 itself, at
    // the target: 100 - 80.
    // So are photos sent to AVIF, in every build.
    for aim in [as_lossy, avif] {
        assert_eq!(aim.metric, PerceptualMetric::Ssimulacra2);
        assert_eq!(aim.threshold, 20.0);
    }
    for aim in [webp, as_palette, as_photo] {
        assert_eq!(aim.metric, PerceptualMetric::for_photos());
    }
    if cfg!(feature = "ssimulacra2") || !cfg!(feature = "dssim") {
        // Steering by the judge itself needs no corrections.
        for aim in [webp, as_palette, as_photo] {
            assert_eq!(aim.threshold, distance_threshold(80.0));
        }
        return;
    }
    // Fox is textured (fur, grass), so it aims a little below the target.
    let webp = webp.threshold;
    assert!(
        distance_threshold(80.0) < webp && webp < distance_threshold(78.0),
        "fox to WebP: {webp:.6}"
    );
    // A screenshot from a PNG is a graphic, held to a stricter threshold as
    // a palette; the same pixels from a JPEG are judged as a photo.
    let (graphic, as_photo) = (as_palette.threshold, as_photo.threshold);
    assert!(
        graphic < distance_threshold(80.0) && graphic < as_photo,
        "graphic {graphic:.6}, as a photo {as_photo:.6}"
    );
}

/// A palette PNG (colour type 3) whose tRNS keeps partial alpha.
fn assert_translucent_palette(png: &[u8]) {
    let chunks = chunk_types(png);
    assert_eq!(chunks[0].1[9], 3, "IHDR colour type");
    let trns = chunks
        .iter()
        .find(|(t, _)| t == b"tRNS")
        .expect("tRNS chunk");
    assert!(
        trns.1.iter().any(|&a| a != 0 && a != 255),
        "partial alpha kept"
    );
}

/// (type, data) of every chunk of a PNG.
fn chunk_types(png: &[u8]) -> Vec<([u8; 4], Vec<u8>)> {
    let mut chunks = Vec::new();
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = png[at + 4..at + 8].try_into().unwrap();
        chunks.push((kind, png[at + 8..at + 8 + len].to_vec()));
        at += 12 + len;
    }
    chunks
}

#[test]
fn the_target_is_validated() {
    let input = common::read("photos/fox.jpg");
    for target in [0.0, 29.9, 99.5, f32::NAN] {
        let err = compress(
            &input,
            &Options {
                smart_target: target,
                ..Options::default()
            },
        )
        .unwrap_err();
        assert_eq!(err.code(), "invalid_param");
        assert_eq!(err.param(), Some("smart_target"));
    }
}

/// Luma sampling factors (horizontal, vertical) from a JPEG's SOF segment:
/// (2, 2) is 4:2:0, (1, 1) with equal chroma factors is 4:4:4.
fn luma_sampling(jpeg: &[u8]) -> (u8, u8) {
    // SOF: precision, height, width, component count, then luma's id and
    // sampling factors.
    let factors = common::jpeg_segment(jpeg, &[0xC0, 0xC1, 0xC2])[7];
    (factors >> 4, factors & 0x0F)
}

#[test]
fn jpeg_chroma_subsampling_follows_the_content() {
    // A photo keeps 4:2:0.
    let photo = smart(&common::read("photos/fox.jpg"), Format::Jpeg);
    assert_eq!(luma_sampling(&photo.bytes), (2, 2), "fox.jpg");
    // Thin coloured lines: 4:2:0 needs quality 95 for the target, 4:4:4 a
    // lower quality and fewer bytes.
    let input = common::read("graphics/test-pattern.png");
    let pattern = smart(&input, Format::Jpeg);
    assert_eq!(luma_sampling(&pattern.bytes), (1, 1), "test-pattern.png");
    let half_at_95 = fixed(&input, Format::Jpeg, 95);
    assert_eq!(luma_sampling(&half_at_95.bytes), (2, 2));
    assert!(
        pattern.bytes.len() < half_at_95.bytes.len(),
        "4:4:4 at q{:?}: {} bytes, 4:2:0 at q95: {}",
        pattern.quality,
        pattern.bytes.len(),
        half_at_95.bytes.len()
    );
    // A diagram whose 4:2:0 answer loses to 4:4:4 a step (8 qualities)
    // lower, probed beside the 4:2:0 encode: 4:4:4, and smaller than 4:2:0
    // a step higher.
    let input = common::read("graphics/Exoplanet_Phase_Curve_Diagram_indexed.png");
    let diagram = smart(&input, Format::Jpeg);
    assert_eq!(luma_sampling(&diagram.bytes), (1, 1), "Exoplanet");
    let quality = diagram.quality.expect("a lossy answer");
    let half_a_step_up = fixed(&input, Format::Jpeg, quality + 8);
    assert_eq!(luma_sampling(&half_a_step_up.bytes), (2, 2));
    assert!(
        diagram.bytes.len() < half_a_step_up.bytes.len(),
        "4:4:4 at q{quality}: {} bytes, 4:2:0 at q{}: {}",
        diagram.bytes.len(),
        quality + 8,
        half_a_step_up.bytes.len()
    );
}

/// Distance of `encoded`, decoded, from `source` by `metric`.
fn distance_of(metric: PerceptualMetric, source: &Image, encoded: &[u8]) -> f64 {
    let decoded = decode(encoded, &Limits::default()).unwrap();
    metric.distance(source, &decoded).unwrap()
}

/// Distance of a JPEG from `source` as a page shows them (over white), by
/// the metric `aim` names.
fn jpeg_distance(aim: &SmartAim, source: &Image, jpeg: &[u8]) -> f64 {
    distance_of(aim.metric, &source.flatten_on_white(), jpeg)
}

/// What smart holds `source`, a PNG graphic, to as `format` at the default
/// target.
fn graphic_aim(source: &Image, format: Format) -> SmartAim {
    let aim = smart_aim(source, Format::Png, format, 80.0);
    assert!(aim.graphic);
    aim
}

/// Smart JPEG of `input` is 4:4:4 and meets `aim`.
fn assert_smart_jpeg_is_full_chroma_within(input: &[u8], source: &Image, aim: &SmartAim) {
    let out = smart(input, Format::Jpeg);
    assert_eq!(luma_sampling(&out.bytes), (1, 1), "4:4:4");
    let met = jpeg_distance(aim, source, &out.bytes);
    assert!(
        met <= aim.threshold,
        "q{:?}: {met:.6} > {:.6}",
        out.quality,
        aim.threshold
    );
}

#[test]
fn jpeg_searches_full_chroma_up_to_quality_100_when_half_chroma_misses_the_target() {
    // 300 × 300, translucent coloured shapes: as 4:2:0 even quality 95
    // misses the target (the judge gave it 52), and smart used to return
    // that anyway.
    let input = common::read("graphics/Transparency.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let aim = graphic_aim(&source, Format::Jpeg);
    let half_at_95 = jpeg_distance(&aim, &source, &fixed(&input, Format::Jpeg, 95).bytes);
    assert!(
        half_at_95 > aim.threshold,
        "4:2:0 q95 meets the target ({half_at_95:.6} <= {:.6}): the case no longer tests the fallback",
        aim.threshold
    );
    assert_smart_jpeg_is_full_chroma_within(&input, &source, &aim);
}

#[test]
fn tiny_images_become_full_chroma_jpegs_that_meet_the_target() {
    // A 64 × 64 photo thumbnail: half-resolution chroma would smear it.
    let input = common::read("graphics/iptc.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let aim = graphic_aim(&source, Format::Jpeg);
    assert_smart_jpeg_is_full_chroma_within(&input, &source, &aim);
}

#[test]
fn tiny_graphics_that_lossy_webp_cannot_serve_become_lossless_webp() {
    // A 32 × 32 icon: lossy WebP (4:2:0) washes out its red "@" even at
    // quality 95 (the judge gave it 20), which smart used to return as its
    // best effort because it was smaller than lossless.
    let input = common::read("graphics/tango-address-book-new-32.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let aim = graphic_aim(&source, Format::WebP);
    let threshold = aim.threshold;
    let lossy_at_95 = distance_of(aim.metric, &source, &fixed(&input, Format::WebP, 95).bytes);
    assert!(
        lossy_at_95 > threshold,
        "lossy q95 meets the target ({lossy_at_95:.6} <= {threshold:.6}): the case no longer tests the fallback"
    );
    let out = smart(&input, Format::WebP);
    assert_eq!(out.format, Format::WebP);
    assert_eq!(out.quality, None, "lossless (or near-lossless) WebP");
    let met = distance_of(aim.metric, &source, &out.bytes);
    assert!(met <= threshold, "{met:.6} > {threshold:.6}");
}

/// Distinct RGBA colours of `image`, counted up to `most` + 1.
fn distinct_colours(image: &image::RgbaImage, most: usize) -> usize {
    let mut seen = std::collections::HashSet::new();
    for pixel in image.pixels() {
        seen.insert(pixel.0);
        if seen.len() > most {
            break;
        }
    }
    seen.len()
}

#[test]
fn graphics_of_few_colours_become_palette_webps_smaller_than_palette_pngs() {
    // A terminal screenshot (opaque, antialiased text) and a translucent
    // star: as lossy WebP 18,418 bytes at quality 67 and, lossless, 1,458
    // bytes. Quantised to a palette that meets the target, then coded
    // losslessly (VP8L), they take fewer bytes than either, and than the
    // same search's palette PNG.
    for file in ["graphics/vips_memtrace_screenshot.png", "graphics/star.png"] {
        let input = common::read(file);
        let source = decode(&input, &Limits::default()).unwrap();
        let aim = graphic_aim(&source, Format::WebP);
        let out = smart(&input, Format::WebP);
        assert_eq!(out.format, Format::WebP);
        assert_eq!(out.quality, None, "{file}: not lossy");
        assert!(
            out.bytes.windows(4).any(|w| w == b"VP8L"),
            "{file}: a lossless bitstream"
        );
        let shown = common::independent_decode(&out.bytes);
        assert_eq!(shown.dimensions(), (source.width, source.height), "{file}");
        let colours = distinct_colours(&shown, 256);
        assert!(colours <= 256, "{file}: a palette");
        let original = distinct_colours(&common::independent_decode(&input), 1 << 20);
        assert!(
            colours < original,
            "{file}: {colours} colours of {original}"
        );
        let met = distance_of(aim.metric, &source, &out.bytes);
        assert!(
            met <= aim.threshold,
            "{file}: {met:.6} > {:.6}",
            aim.threshold
        );
        let score = out.score.expect("a palette's score");
        assert!(
            (100.0 - met - score).abs() < 1.0,
            "{file}: reported {score:.2}"
        );
        let png = smart(&input, Format::Png);
        assert!(
            out.compressed_size < png.compressed_size,
            "{file}: {} bytes, the palette PNG {}",
            out.compressed_size,
            png.compressed_size
        );
    }
}

#[test]
fn diagrams_as_webp_meet_the_target_in_fewer_bytes_than_plain_quality_95() {
    // 2000 × 1000, colour gradients on a flat pink ground: plain 4:2:0
    // bleeds their edges, and on the most detailed tiles smart probes it
    // misses the target even at quality 95 (the judge gave the whole image
    // 70), which smart then returned as its best effort. libwebp's sharp
    // RGB -> YUV conversion met it at quality 90 (the judge: 84, 11,834
    // bytes; the unit test sharp_yuv_keeps_a_diagrams_colour_edges); a
    // palette of the fewest colours that meets it, coded losslessly, now
    // takes 6,912.
    let input = common::read("graphics/debug_triangle_corners_widescreen.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let aim = graphic_aim(&source, Format::WebP);
    let threshold = aim.threshold;
    let out = smart(&input, Format::WebP);
    let met = distance_of(aim.metric, &source, &out.bytes);
    assert!(
        met <= threshold,
        "q{:?}: {met:.6} > {threshold:.6}",
        out.quality
    );
    let plain_at_95 = fixed(&input, Format::WebP, 95);
    assert!(
        out.bytes.len() < plain_at_95.bytes.len(),
        "q{:?}: {} bytes, plain q95 {}",
        out.quality,
        out.bytes.len(),
        plain_at_95.bytes.len()
    );
}

/// SSIMULACRA2 score (the judge's metric) of `encoded`, decoded, against
/// `source`, both composited over white as SSIMULACRA2 compares them.
fn ssimulacra2_score(source: &Image, encoded: &[u8]) -> f64 {
    100.0 - distance_of(PerceptualMetric::Ssimulacra2, source, encoded)
}

#[test]
fn graphics_sent_to_lossy_formats_land_near_the_target() {
    // A text screenshot steered by DSSIM became 4:4:4 quality 97 (244,594
    // bytes) that the judge scored 92.6: DSSIM is harsher than the eye on
    // text. Steered by SSIMULACRA2 it lands just above the target, and the
    // score smart reports is the one measured.
    let input = common::read("graphics/lorem_ipsum_screenshot.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let out = smart(&input, Format::Jpeg);
    let score = ssimulacra2_score(&source, &out.bytes);
    assert!(
        (80.0..86.0).contains(&score),
        "q{:?}: {score:.2}, {} bytes",
        out.quality,
        out.compressed_size
    );
    let reported = out.score.expect("a score");
    assert!((reported - score).abs() < 1.0, "reported {reported:.2}");
}

#[test]
fn a_search_whose_scores_fall_as_quality_rises_still_meets_the_target() {
    // swiss (a 68 × 68 flag) as AVIF scores lower at quality 63 than at 55
    // (72.9 against 74.3): the search's estimates crept up one step at a
    // time and ran out of rounds at 63, which it returned though it fails.
    // It now tries the top quality and searches on from there, with rounds
    // enough to come back down: it took quality 95 (94.4, 2,264 bytes)
    // where 85 scores 83.1 in 1,146 while it had two rounds after the
    // first pair.
    let input = common::read("graphics/swiss.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let at_63 = ssimulacra2_score(&source, &fixed(&input, Format::Avif, 63).bytes);
    assert!(
        at_63 < 75.0,
        "quality 63 scores {at_63:.2}: the case no longer tests the search"
    );
    let out = smart(&input, Format::Avif);
    let score = ssimulacra2_score(&source, &out.bytes);
    assert!(
        score >= 80.0,
        "q{:?}: {score:.2}, {} bytes",
        out.quality,
        out.compressed_size
    );
    assert!(
        score < 90.0,
        "q{:?}: {score:.2}, {} bytes: far above the target",
        out.quality,
        out.compressed_size
    );
    assert!(out.compressed_size < input.len(), "never larger");
}

#[test]
fn sparse_drawings_meet_the_target_whole() {
    // Ink strokes on 2048 × 1536 of transparency, probed on a mosaic of
    // tiles, which few strokes fill. As JPEG quality 37 once met the target
    // there yet scored 65 whole: MozJPEG's deringing inverted a few blocks
    // the mosaic did not hold (see encode/jpeg.rs; now 84). Smart measures
    // a graphic's output whole, and searches the whole image when it
    // misses (the unit test
    // a_mosaic_answer_that_misses_the_target_whole_is_searched_whole).
    let input = common::read("graphics/blackbug.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let out = smart(&input, Format::Jpeg);
    let score = ssimulacra2_score(&source, &out.bytes);
    assert!(score >= 80.0, "q{:?}: {score:.2}", out.quality);
}

#[test]
fn flat_graphics_go_below_avif_quality_30_when_the_target_allows() {
    // Quality 30 (libaom quantiser 44 of 63) was the floor of every AVIF
    // search, where flat graphics scored far above the target. vips_cogs
    // is probed whole, so its answer meets the target exactly; blackbug
    // (2048 × 1536) is probed on a mosaic and measured whole after, within
    // the check's tolerance (a distance 1.1 × the threshold: 78).
    for (file, lowest_score) in [
        ("graphics/vips_cogs.png", 80.0),
        ("graphics/blackbug.png", 78.0),
    ] {
        let input = common::read(file);
        let source = decode(&input, &Limits::default()).unwrap();
        let at_30 = fixed(&input, Format::Avif, 30);
        let score_at_30 = ssimulacra2_score(&source, &at_30.bytes);
        assert!(
            score_at_30 > 85.0,
            "{file} at quality 30 scores {score_at_30:.2}: the case no longer tests the floor"
        );
        let out = smart(&input, Format::Avif);
        let score = ssimulacra2_score(&source, &out.bytes);
        let summary = format!(
            "{file}: q{:?}, {score:.2}, {} bytes (quality 30: {} bytes)",
            out.quality, out.compressed_size, at_30.compressed_size
        );
        assert!(out.quality.is_some_and(|q| q < 30), "{summary}");
        assert!(out.compressed_size < at_30.compressed_size, "{summary}");
        assert!((lowest_score..85.0).contains(&score), "{summary}");
    }
}

#[test]
fn synthetic_gradients_keep_their_smooth_steps() {
    // 300 × 200 of smooth gradients, 94% of it blocks whose luma barely
    // varies: smoother than any photo DSSIM was calibrated on. DSSIM
    // passed it as AVIF quality 30, whose banding the judge scored 67;
    // SSIMULACRA2 steers it instead.
    let input = common::read("graphics/ztxt_example.png");
    let source = decode(&input, &Limits::default()).unwrap();
    let aim = smart_aim(&source, Format::Png, Format::Avif, 80.0);
    let out = smart(&input, Format::Avif);
    let score = ssimulacra2_score(&source, &out.bytes);
    assert!(score >= 78.0, "q{:?}: {score:.2}", out.quality);
    assert!(!aim.graphic);
    assert_eq!(aim.metric, PerceptualMetric::Ssimulacra2);
}

/// A logo stored as a lossless WebP is a graphic, as the same pixels in a
/// PNG are. Only PNG sources used to be looked at for flat areas, so the
/// logo was searched as a photo: lossy only, 11,150 bytes at quality 30.
/// As a graphic its palette and lossless candidates compete, and one of
/// them wins at fewer bytes than any lossy WebP of it.
#[test]
fn a_lossless_webp_logo_is_searched_as_a_graphic() {
    let input = common::read("webp/lossless1_alpha.webp");
    let source = decode(&input, &Limits::default()).unwrap();
    assert_eq!(Source::of(Format::WebP, &input), Source::Lossless);
    let aim = smart_aim(
        &source,
        Source::of(Format::WebP, &input),
        Format::WebP,
        80.0,
    );
    assert!(aim.graphic);
    assert_eq!(aim.metric, PerceptualMetric::Ssimulacra2);

    let out = smart(&input, Format::WebP);
    assert!(!out.passthrough);
    assert_eq!(out.quality, None, "not lossy");
    assert!(
        out.bytes.windows(4).any(|w| w == b"VP8L"),
        "a lossless bitstream"
    );
    // Quality 30 is the lowest smart's lossy search goes, and WebP's output
    // grows with quality.
    let lowest_lossy = fixed(&input, Format::WebP, 30);
    assert!(
        out.compressed_size < lowest_lossy.compressed_size,
        "{} bytes, lossy at 30 {}",
        out.compressed_size,
        lowest_lossy.compressed_size
    );
    let met = distance_of(aim.metric, &source, &out.bytes);
    assert!(met <= aim.threshold, "{met:.6} > {:.6}", aim.threshold);
}

/// Coloured noise behind text (two lossless WebPs of the corpus, judged
/// photos): plain 4:2:0 smears its colours at every quality, so smart WebP
/// returned quality 95 as its best effort, under the target (the judge:
/// 66.9 and 72.7; DSSIM's estimate: 70.8 and 70.5). libwebp's sharp
/// RGB -> YUV conversion keeps them: the target met on the search's probes
/// in fewer bytes than plain quality 95 (the judge: 79.1 at 44,452 bytes
/// against 51,928; 79.2 at 10,874 against 22,216).
#[test]
fn photos_whose_colours_4_2_0_smears_meet_the_target_through_sharp_yuv() {
    for file in [
        "webp/lossless_multi-color.webp",
        "webp/lossless_simple_xmp.webp",
    ] {
        let input = common::read(file);
        let source = decode(&input, &Limits::default()).unwrap();
        let lossless = Source::of(Format::WebP, &input);
        let aim = smart_aim(&source, lossless, Format::WebP, 80.0);
        let floor = smart_aim(&source, lossless, Format::WebP, FLOOR);
        assert!(!aim.graphic, "{file}: a photo");
        let plain_95 = fixed(&input, Format::WebP, 95);
        let plain_met = distance_of(aim.metric, &source, &plain_95.bytes);
        assert!(
            plain_met > aim.threshold,
            "{file}: plain 4:2:0 at 95 {plain_met:.6} meets the target {:.6}",
            aim.threshold
        );
        let out = smart(&input, Format::WebP);
        assert!(
            out.quality.is_some_and(|q| q < 95),
            "{file}: {:?}",
            out.quality
        );
        let met = distance_of(aim.metric, &source, &out.bytes);
        assert!(
            met <= floor.threshold,
            "{file}: {met:.6} > {:.6}",
            floor.threshold
        );
        // Within 2% of the target's distance (the search measures its
        // probes; the final encode is at libwebp's full effort).
        assert!(
            met <= aim.threshold * 1.02,
            "{file}: {met:.6} > {:.6}",
            aim.threshold
        );
        assert!(
            out.compressed_size < plain_95.compressed_size,
            "{file}: {} bytes, plain at 95 {}",
            out.compressed_size,
            plain_95.compressed_size
        );
    }
}
