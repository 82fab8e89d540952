//! Smart JPEG: a 4:2:0 quality search, a check whether 4:4:4 at a lower
//! quality is smaller (not for grey images, which have no chroma), a 4:4:4
//! search where 4:2:0 cannot serve, and the answer's final coding (the
//! chosen probe recoded, or one full encode).

use super::metric::Metric;
use super::prober::Prober;
use super::search::Probe;
use super::{Choice, HIGHEST, LOWEST, Search, finish, is_tiny};
use crate::encode::{self, Chroma, EncodeSettings};
use crate::error::Result;
use crate::format::Format;

/// The top of JPEG's 4:4:4 search (see [`jpeg_full_chroma_search`]).
const JPEG_FULL_CHROMA_HIGHEST: u8 = 100;
/// How much lower a JPEG 4:4:4 probe goes than the 4:2:0 answer.
const FULL_CHROMA_STEP: u8 = 8;

/// JPEG: the search, from `prober`'s probes, and the answer's final coding.
pub(super) fn choose<M: Metric>(
    search: &Search<'_, M>,
    prober: &Prober<'_, M>,
    failed: Option<Probe>,
) -> Result<Choice> {
    let (image, base, threshold) = (search.image, search.base, search.aim.threshold);
    if is_tiny(image) {
        // Icons and thumbnails: half-resolution chroma smears their colour
        // at any quality (libjpeg through Pillow: the judge gave a 64 × 64
        // photo 63 at 4:2:0 quality 100, 80 at 4:4:4 quality 95), and their
        // bytes are few either way.
        let best = jpeg_full_chroma_search(base, prober, threshold)?;
        return finish_jpeg(search, prober, best, Chroma::Full);
    }
    let half = EncodeSettings {
        chroma: Chroma::Half,
        fast: true,
        ..*base
    };
    // A 4:4:4 answer above 95 is outside the 4:2:0 search: no seed there.
    let seed = failed.filter(|f| (LOWEST..=HIGHEST).contains(&f.quality));
    let best_half = match seed {
        Some(failed) => prober.search_seeded(&half, threshold, failed)?,
        None => prober.search(&half, threshold, (LOWEST, HIGHEST))?,
    };
    if best_half.distance > threshold {
        // Colour detail finer than 4:2:0 keeps (coloured text and lines).
        // When 4:4:4 misses the target too, the closer attempt is the
        // best effort.
        let best_full = jpeg_full_chroma_search(base, prober, threshold)?;
        return if best_full.distance <= best_half.distance {
            finish_jpeg(search, prober, best_full, Chroma::Full)
        } else {
            finish_jpeg(search, prober, best_half, Chroma::Half)
        };
    }
    if encode::jpeg_codes_grey(image) {
        // One grey component: a 4:4:4 probe would be a 4:2:0 one below
        // the answer (kodim03_grayscale and grey-8bit-alpha spent one
        // encode each on it, and grey-8bit-alpha its measurement, 11 ms of
        // 84).
        return finish_jpeg(search, prober, best_half, Chroma::Half);
    }
    // Full-resolution chroma costs bytes at equal quality but can meet the
    // target at a lower one (coloured edges, text): one probe a step down,
    // on one core while the 4:2:0 answer is encoded on the other (MozJPEG
    // is single-threaded), so the check adds little time when 4:2:0 wins;
    // measured only when it is the smaller. When 4:4:4 wins, its final
    // encode starts at once, beside the 4:2:0 one rather than after it
    // (whose output is then dropped): Exoplanet_Phase_Curve_Diagram
    // (3840 × 2160), whose 4:2:0 encode takes 420 ms and 4:4:4's 660, went
    // from 1.14 s to 0.79 by the CLI.
    let full_chroma_quality = best_half
        .quality
        .checked_sub(FULL_CHROMA_STEP)
        .filter(|q| *q >= LOWEST);
    let (full_choice, half_choice) = rayon::join(
        || {
            let Some(quality) = full_chroma_quality else {
                return Ok(None);
            };
            let settings = EncodeSettings {
                quality,
                chroma: Chroma::Full,
                fast: true,
                ..*base
            };
            let better_full = prober
                .probe_if_smaller(&settings, best_half.bytes)?
                .filter(|p| p.distance <= threshold);
            better_full
                .map(|probe| finish_jpeg(search, prober, probe, Chroma::Full))
                .transpose()
        },
        || finish_jpeg(search, prober, best_half, Chroma::Half),
    );
    match full_choice? {
        Some(choice) => Ok(choice),
        None => half_choice,
    }
}

/// The lowest 4:4:4 JPEG quality up to 100 that meets `threshold` (JPEG
/// has no lossless mode to fall back on; the highest probed when none
/// does), for images 4:2:0 does not serve: tiny ones, and those it fails
/// even at [`HIGHEST`] (on the corpus a 100 × 60 circle with a coloured
/// rim scored 36 by SSIMULACRA2 as 4:2:0 quality 95, 83 as 4:4:4 quality
/// 94).
pub(super) fn jpeg_full_chroma_search<M: Metric>(
    base: &EncodeSettings<'_>,
    prober: &Prober<'_, M>,
    threshold: f64,
) -> Result<Probe> {
    let full = EncodeSettings {
        chroma: Chroma::Full,
        fast: true,
        ..*base
    };
    prober.search(&full, threshold, (LOWEST, JPEG_FULL_CHROMA_HIGHEST))
}

/// The full-size JPEG at a probe's quality and the given chroma. Where
/// the probe encoded the whole image, its output is coded again with the
/// scans searched, from its DCT coefficients: the very pixels measured, in
/// 0.41 of a final encode's time and 0.995 of its bytes (the 40 corpus
/// graphics at qualities 40, 55, 70 and 85, 4:2:0 and 4:4:4, median and
/// total; docs/BENCHMARKS.md, session 43). A final encode's trellis
/// quantisation follows its searched scans, so its pixels differ a little
/// from the probe's.
///
/// A graphic probed on a mosaic is encoded with fast scans and recoded so
/// too: the coding its probes measured, in 0.98–1.003 of a final encode's
/// bytes on the nine corpus graphics it changed (Exoplanet_Phase_Curve_Diagram
/// 204,748 → 201,510 B), for 1.04–1.12× its time (their whole search:
/// 1.028, median). On photos the two take the same bytes (0.999), and
/// photos keep the one final encode.
pub(super) fn finish_jpeg<M: Metric>(
    search: &Search<'_, M>,
    prober: &Prober<'_, M>,
    best: Probe,
    chroma: Chroma,
) -> Result<Choice> {
    let settings = EncodeSettings {
        quality: best.quality,
        chroma,
        ..*search.base
    };
    let fast_output = match prober.output(&settings, best.quality) {
        Some(kept) => Some(kept),
        None if search.aim.graphic => {
            let fast = EncodeSettings {
                fast: true,
                ..settings
            };
            Some(encode::encode(search.image, Format::Jpeg, &fast)?)
        }
        None => None,
    };
    let recoded = fast_output
        .and_then(|fast_output| encode::recode_jpeg_with_searched_scans(&fast_output).ok());
    match recoded {
        Some(bytes) => Ok(Choice {
            bytes,
            quality: Some(best.quality),
            distance: Some(best.distance),
        }),
        // A photo probed on a mosaic, or (never seen) a fast encode that
        // could not be recoded: encoded with the scans searched.
        None => finish(search.image, Format::Jpeg, &settings, best.distance),
    }
}
