//! Every file of the shared corpus through the public API: valid images
//! compress to all four formats and decode (independently) at the expected
//! size; bad files fail with the documented code and never panic.

mod common;

use common::{Row, independent_decode, manifest, read, refused_on_purpose};
use compressorize_core::{
    Format, Limits, Options, OutputFormat, Quality, compress, decode, header_dimensions,
};
use rayon::prelude::*;
use std::time::Duration;

const FORMATS: [Format; 4] = [Format::Jpeg, Format::Png, Format::WebP, Format::Avif];
/// Large images are bounded so the suite stays fast on two cores; the
/// resize path is exercised by the same assertion.
const MAX_SIDE: u32 = 1024;
/// oxipng's budget per image: this test checks that every output decodes
/// at the right size, not how small lossless PNGs get.
const PNG_TIMEOUT: Duration = Duration::from_millis(200);

fn is_image_format(row: &Row) -> bool {
    matches!(row.format.as_str(), "JPEG" | "PNG" | "WEBP" | "AVIF")
}

fn expected_size(row: &Row) -> (u32, u32) {
    // MANIFEST gives the stored size; this file's `clap` box crops it (Pillow
    // ignores clap, avifdec refuses the half-pixel offset; we round it down).
    let (w, h) = if row.path.ends_with("kimono.crop.avif") {
        (385, 330)
    } else {
        row.display_size()
    };
    let scale = (f64::from(MAX_SIDE) / f64::from(w))
        .min(f64::from(MAX_SIDE) / f64::from(h))
        .min(1.0);
    if scale >= 1.0 {
        (w, h)
    } else {
        (
            (f64::from(w) * scale).round() as u32,
            (f64::from(h) * scale).round() as u32,
        )
    }
}

/// Output dimensions as read back by a decoder that is not ours where one
/// exists (`image` for JPEG/PNG/WebP; AVIF via our rav1d-based decoder,
/// which shares no code with the libaom encoder).
fn decoded_size(bytes: &[u8], format: Format) -> (u32, u32) {
    if format == Format::Avif {
        let image = decode(bytes, &Limits::default()).expect("our AVIF output decodes");
        (image.width, image.height)
    } else {
        independent_decode(bytes).dimensions()
    }
}

#[test]
fn every_valid_image_compresses_to_every_format() {
    let rows: Vec<Row> = manifest()
        .into_iter()
        // Corrupt PngSuite files the manifest could not even sniff are in
        // too: they must be refused like the rest.
        .filter(|r| {
            !r.path.starts_with("bad/") && (is_image_format(r) || refused_on_purpose(r).is_some())
        })
        .collect();
    assert!(
        rows.len() > 250,
        "manifest looks incomplete: {} rows",
        rows.len()
    );
    let failures: Vec<String> = rows
        .par_iter()
        .flat_map_iter(|row| {
            let input = read(&row.path);
            let refused = refused_on_purpose(row);
            FORMATS.into_iter().filter_map(move |format| {
                let options = Options {
                    format: OutputFormat::Exactly(format),
                    quality: Quality::Fixed(75),
                    max_width: Some(MAX_SIDE),
                    max_height: Some(MAX_SIDE),
                    avif_speed: 10,
                    png_timeout: PNG_TIMEOUT,
                    ..Options::default()
                };
                let result = compress(&input, &options);
                // Animations become animated WebP or APNG, nothing else.
                let still_only = matches!(format, Format::Jpeg | Format::Avif);
                match (refused, result) {
                    (Some(_), Err(e)) if e.code() == "unsupported_format" => None,
                    (None, Err(e)) if row.notes.contains("ANIMATED") && still_only && e.param() == Some("format") => None,
                    (None, Ok(_)) if row.notes.contains("ANIMATED") && still_only => Some(format!("{}: an animation compressed to {format}", row.path)),
                    (Some(why), Ok(_)) => Some(format!("{}: expected refusal ({why}) but it compressed", row.path)),
                    (_, Err(e)) => Some(format!("{} → {format}: {} ({e})", row.path, e.code())),
                    (None, Ok(out)) => {
                        let want = expected_size(row);
                        let got = decoded_size(&out.bytes, format);
                        let reported = (out.width, out.height);
                        (got != want || reported != want).then(|| {
                            format!("{} → {format}: decoded {got:?}, reported {reported:?}, expected {want:?}", row.path)
                        })
                    }
                }
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn same_format_output_is_never_larger_than_input() {
    let rows: Vec<Row> = manifest()
        .into_iter()
        .filter(|r| {
            !r.path.starts_with("bad/") && is_image_format(r) && refused_on_purpose(r).is_none()
        })
        .filter(|r| u64::from(r.width) * u64::from(r.height) <= 4_000_000)
        .collect();
    let failures: Vec<String> = rows
        .par_iter()
        .filter_map(|row| {
            let input = read(&row.path);
            let options = Options {
                avif_speed: 10,
                ..Options::default()
            };
            match compress(&input, &options) {
                // Browsers cannot show arithmetic coding: re-encoded whatever
                // the size, and then decodable by an independent decoder.
                Ok(out) if row.notes.contains("ARITHMETIC") => {
                    (independent_decode(&out.bytes).dimensions() != expected_size(row))
                        .then(|| format!("{}: arithmetic input not re-encoded", row.path))
                }
                Ok(out)
                    if out.compressed_size <= input.len()
                        && out.bytes.len() == out.compressed_size =>
                {
                    None
                }
                Ok(out) => Some(format!(
                    "{}: {} → {} bytes",
                    row.path,
                    input.len(),
                    out.compressed_size
                )),
                Err(e) => Some(format!("{}: {} ({e})", row.path, e.code())),
            }
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The header gives every image's stored size without decoding, and it is
/// the size the decoder checks: the pixel bombs of `bad/` read over the
/// budget. A file's first 64 KiB give that size or none (two JPEGs carry
/// more than 64 KiB of metadata before their frame header), never another.
/// A header the decoder refuses gives none.
#[test]
fn headers_give_the_stored_size() {
    let mut failures = Vec::new();
    for row in manifest().into_iter().filter(is_image_format) {
        let input = read(&row.path);
        let whole = header_dimensions(&input);
        let head = header_dimensions(&input[..input.len().min(64 * 1024)]);
        let expected = Some((row.width, row.height));
        if row.path.starts_with("bad/bomb_") {
            let (w, h) = whole.unwrap_or_default();
            if u64::from(w) * u64::from(h) <= Limits::default().max_pixels {
                failures.push(format!("{}: {whole:?} is within the budget", row.path));
            }
        } else if !row.path.starts_with("bad/")
            && refused_on_purpose(&row).is_none()
            && (whole != expected || head.is_some_and(|_| head != whole))
        {
            failures.push(format!(
                "{}: {whole:?} whole, {head:?} from 64 KiB, MANIFEST {expected:?}",
                row.path
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // PngSuite's IHDR with a wrong CRC: the decoder refuses the file, so the
    // header gives no size to check a budget against.
    assert_eq!(header_dimensions(&read("pngsuite/xhdn0g08.png")), None);
}

/// What corpus/README.md says about `bad/`.
#[test]
fn bad_files_behave_as_documented() {
    let mut failures = Vec::new();
    for row in manifest()
        .into_iter()
        .filter(|r| r.path.starts_with("bad/"))
    {
        let name = row.path.trim_start_matches("bad/");
        let input = read(&row.path);
        let result = compress(&input, &Options::default());
        let verdict = match (&result, name) {
            (Ok(out), "png_content_named.jpg") => (out.format == Format::Png)
                .then_some(())
                .ok_or("should compress as PNG".to_string()),
            (Err(e), n)
                if n.starts_with("unsupported_")
                    || n.starts_with("empty.")
                    || n.contains("_named.") =>
            {
                (e.code() == "unsupported_format")
                    .then_some(())
                    .ok_or(format!("got {}", e.code()))
            }
            (Err(e), n) if n.starts_with("bomb_") => (e.code() == "file_too_large")
                .then_some(())
                .ok_or(format!("got {}", e.code())),
            (Ok(_), n)
                if n.starts_with("bomb_")
                    || n.starts_with("unsupported_")
                    || n.starts_with("empty.") =>
            {
                Err("should have been refused".to_string())
            }
            // Damaged files: a clear error in plain words (no Rust debug
            // output such as `ChunkType { type: IDAT, … }`), or a valid
            // image a decoder safely recovered.
            (Err(e), _) => (e.code() == "unsupported_format"
                && !e.to_string().is_empty()
                && !e.to_string().contains(['{', '}']))
            .then_some(())
            .ok_or(format!("got {}: {e}", e.code())),
            (Ok(out), _) => (decoded_size(&out.bytes, out.format) == (out.width, out.height))
                .then_some(())
                .ok_or("recovered output has the wrong size".to_string()),
        };
        if let Err(why) = verdict {
            failures.push(
                format!("{}: {why} ({result:?})", row.path)
                    .chars()
                    .take(300)
                    .collect::<String>(),
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn files_over_the_byte_limit_are_refused_before_decoding() {
    let input = read("photos/museum_12mp_q100_8MB.jpg");
    let options = Options {
        limits: Limits::default().with_max_input_bytes(1_000_000),
        ..Options::default()
    };
    let err = compress(&input, &options).unwrap_err();
    assert_eq!(err.code(), "file_too_large");
    // The same limit applies to garbage: size is checked before format.
    let err = compress(&vec![0u8; 1_000_001], &options).unwrap_err();
    assert_eq!(err.code(), "file_too_large");
}
