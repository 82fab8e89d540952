//! Smart JPEG: a 4:2:0 quality search, a check whether 4:4:4 at a lower
//! quality is smaller (not for grey images, which have no chroma), a 4:4:4
//! search where 4:2:0 cannot serve (found early when its first probe
//! misses far), and the answer's final coding (the chosen probe recoded,
//! or one full encode).

use super::metric::Metric;
use super::prober::Prober;
use super::search::Probe;
use super::{Choice, HIGHEST, LOWEST, Search, finish, first_probe, is_tiny};
use crate::encode::{self, Chroma, EncodeSettings};
use crate::error::Result;
use crate::format::Format;

/// The top of JPEG's 4:4:4 search (see [`jpeg_full_chroma_search`]).
const JPEG_FULL_CHROMA_HIGHEST: u8 = 100;
/// How much lower a JPEG 4:4:4 probe goes than the 4:2:0 answer.
const FULL_CHROMA_STEP: u8 = 8;
/// How many times the threshold a colour graphic's first 4:2:0 probe must
/// miss by for the search to ask at once whether 4:2:0 can serve at all
/// (see [`search_half`]). Of the 14 colour corpus graphics of 128 × 128
/// or more, probed at every quality, the three whose first probe missed
/// by 1.5× or more never passed as 4:2:0 up to 95 (Transparency 2.56×,
/// debug_triangle 2.11×, vips_memtrace 1.81×); of those that missed by
/// less, two passed (vips_interconvert_diagram 1.31× at 90,
/// Exoplanet_Phase_Curve_Diagram 1.16× at 86) and one did not
/// (test-pattern 1.20×; docs/BENCHMARKS.md, session 58).
const HALF_CHROMA_FAR_MISS: f64 = 1.5;

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
        let best = jpeg_full_chroma_search(base, prober, threshold, None)?;
        return finish_jpeg(search, prober, best, Chroma::Full);
    }
    let half = probe_settings(base, Chroma::Half);
    // A 4:4:4 answer above 95 is outside the 4:2:0 search: no seed there.
    let seed = failed.filter(|f| (LOWEST..=HIGHEST).contains(&f.quality));
    let (best_half, full_first) = match seed {
        Some(failed) => (prober.search_seeded(&half, threshold, failed)?, None),
        None => search_half(search, &half, prober)?,
    };
    if best_half.distance > threshold {
        // Colour detail finer than 4:2:0 keeps (coloured text and lines).
        // When 4:4:4 misses the target too, the closer attempt is the
        // best effort.
        let best_full = jpeg_full_chroma_search(base, prober, threshold, full_first)?;
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
                ..probe_settings(base, Chroma::Full)
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

/// The settings JPEG's probes encode with: `base` at `chroma`, with
/// MozJPEG's standard progressive scans (`fast`: nearly the pixels of a
/// final encode, in less time); the searches set the quality.
pub(super) fn probe_settings<'a>(base: &EncodeSettings<'a>, chroma: Chroma) -> EncodeSettings<'a> {
    EncodeSettings {
        chroma,
        fast: true,
        ..*base
    }
}

/// The 4:2:0 search from its usual first probe, and 4:4:4's first probe
/// when it was made on the way. When the first probe of a colour graphic
/// (steered by SSIMULACRA2, whose distances the factor was measured on)
/// misses the threshold by [`HALF_CHROMA_FAR_MISS`] or more, 4:2:0 at
/// [`HIGHEST`] is probed beside 4:4:4 at the first probe's quality: if
/// even the top fails, that failure is 4:2:0's answer and the 4:4:4
/// search starts from the probe already made; if it passes, the 4:2:0
/// search goes on between its two probes. Before, such images walked
/// 4:2:0 up to 95 first, a round or two of probes that could not pass
/// (Transparency, 300 × 300: 76, then 94 and 95, then 4:4:4 from 76).
pub(super) fn search_half<M: Metric>(
    search: &Search<'_, M>,
    half: &EncodeSettings<'_>,
    prober: &Prober<'_, M>,
) -> Result<(Probe, Option<Probe>)> {
    let threshold = search.aim.threshold;
    let range = (LOWEST, HIGHEST);
    let quality = first_probe(Format::Jpeg);
    let first = prober.probe(&EncodeSettings { quality, ..*half })?;
    let colour_graphic = search.aim.graphic && !encode::jpeg_codes_grey(search.image);
    if !colour_graphic || first.distance < HALF_CHROMA_FAR_MISS * threshold {
        return Ok((
            prober.search_resumed(half, threshold, range, &[first])?,
            None,
        ));
    }
    let full = EncodeSettings {
        quality,
        ..probe_settings(search.base, Chroma::Full)
    };
    let top = EncodeSettings {
        quality: HIGHEST,
        ..*half
    };
    let (full_first, at_top) = rayon::join(|| prober.probe(&full), || prober.probe(&top));
    let (full_first, at_top) = (full_first?, at_top?);
    if at_top.distance > threshold {
        return Ok((at_top, Some(full_first)));
    }
    let best = prober.search_resumed(half, threshold, range, &[first, at_top])?;
    Ok((best, None))
}

/// The lowest 4:4:4 JPEG quality up to 100 that meets `threshold` (JPEG
/// has no lossless mode to fall back on; the highest probed when none
/// does), for images 4:2:0 does not serve: tiny ones, and those it fails
/// even at [`HIGHEST`] (on the corpus a 100 × 60 circle with a coloured
/// rim scored 36 by SSIMULACRA2 as 4:2:0 quality 95, 83 as 4:4:4 quality
/// 94). From `first`, a 4:4:4 probe already made, when given.
pub(super) fn jpeg_full_chroma_search<M: Metric>(
    base: &EncodeSettings<'_>,
    prober: &Prober<'_, M>,
    threshold: f64,
    first: Option<Probe>,
) -> Result<Probe> {
    let full = probe_settings(base, Chroma::Full);
    let range = (LOWEST, JPEG_FULL_CHROMA_HIGHEST);
    match first {
        Some(first) => prober.search_resumed(&full, threshold, range, &[first]),
        None => prober.search(&full, threshold, range),
    }
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
