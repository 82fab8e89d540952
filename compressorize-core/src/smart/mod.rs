//! Smart quality: for each image and output format, the encoder settings
//! that reach a perceptual target with the fewest bytes.
//!
//! The target is on the SSIMULACRA2 scale ([`Options::smart_target`],
//! default 80: "invisible side by side"); [`SmartAim`] picks the metric
//! for the image (SSIMULACRA2 for graphics and synthetic gradients sent to
//! lossy formats and for photos sent to AVIF, DSSIM for the rest in the
//! default build: see [`metric`])
//! and turns the target into its distance threshold. Per format:
//!
//! - JPEG (MozJPEG): quality search with 4:2:0 chroma, then a check whether
//!   4:4:4 at a lower quality is smaller (graphics, red detail); a 4:4:4
//!   search up to quality 100 for images under 128 × 128 and when 4:2:0
//!   misses the target even at 95. Probes skip MozJPEG's scan search;
//!   where they encode the whole image, the answer is the chosen probe
//!   itself with its scans searched again, losslessly (see [`finish_jpeg`]).
//! - WebP (libwebp): lossy quality search; for graphics (PNG sources with
//!   large flat areas, tiny images) with sharp RGB → YUV conversion, and
//!   also lossless and near-lossless; the smallest that meets the target
//!   wins.
//! - AVIF (libaom): quality search, final encode at
//!   [`Options::avif_speed`]. Photos are probed at a faster speed,
//!   calibrated by one probe at the final speed: faster codings distort
//!   more, by a factor that is the photo's own (see [`avif`]). Graphics
//!   and photos under 90,000 pixels (300 × 300) are probed at the final
//!   speed.
//! - PNG: palette quantisation ([`palette`]), else lossless oxipng.
//!
//! Photos aim a little higher the more smooth area they have, where DSSIM
//! forgives what the eye does not ([`smooth`]).
//!
//! Probes run on a mosaic of representative tiles for large images
//! ([`sample`]), against a reference prepared once, in parallel batches
//! placed by interpolation ([`search`]); the full image is encoded once
//! (or not again, where the probes encoded it whole).
//! Where SSIMULACRA2 steers, the output is then measured whole: a mosaic
//! can miss the few tiles where a sparse drawing breaks, and then the
//! search runs again on the whole image.
//!
//! [`Options::smart_target`]: crate::Options::smart_target
//! [`Options::avif_speed`]: crate::Options::avif_speed

mod metric;
mod palette;
mod sample;
mod search;
mod smooth;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::decode;
use crate::encode::{self, Chroma, EncodeSettings, WebpMode};
use crate::error::{Error, Result};
use crate::format::Format;
use crate::limits::Limits;
use crate::pixels::Image;
pub use metric::PerceptualMetric;
use metric::{Content, Metric, comparable, with_metric};
use search::{Probe, StepCurve};

/// What the search chose, ready to be wrapped with metadata.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    /// The encoded image (full size).
    pub bytes: Vec<u8>,
    /// Encoder quality, `None` for lossless and palette output.
    pub quality: Option<u8>,
    /// Metric distance of the chosen setting, measured on the probe image
    /// (the mosaic for large images) or, where checked, on the whole image;
    /// `None` when lossless.
    pub distance: Option<f64>,
}

/// What smart quality reports of its output: see
/// [`Compressed`](crate::Compressed).
#[derive(Debug)]
pub(crate) struct Outcome {
    pub bytes: Vec<u8>,
    pub quality: Option<u8>,
    /// The measured score on the target's (SSIMULACRA2) scale.
    pub score: Option<f64>,
}

/// Where probes run: on a mosaic of tiles for large images, or always on
/// the whole image.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Probing {
    Sampled,
    /// With `failed`, the mosaic's answer, measured whole and missing the
    /// target: the lossy search starts from it (see
    /// [`Prober::search_seeded`]).
    Whole {
        failed: Option<Probe>,
    },
}

impl Probing {
    /// The measured answer that missed the target whole, if any.
    fn failed(self) -> Option<Probe> {
        match self {
            Probing::Whole { failed } => failed,
            Probing::Sampled => None,
        }
    }
}

/// The quality range searched: the lowest JPEG and WebP go, the floor of
/// AVIF's first search (see [`AVIF_LOWEST`]), and the highest.
const LOWEST: u8 = 30;
const HIGHEST: u8 = 95;
/// How low AVIF goes once [`LOWEST`] passes: libaom's coarsest quantiser
/// but one (62 of 63), where flat graphics can still meet the target: at
/// the floor of 30 (quantiser 44) 21 of the 40 corpus graphics stopped,
/// 18 of them scoring above 85 by SSIMULACRA2, such as blackbug 90.3
/// (7,046 B; 80.8 at quality 5, 3,761 B), vips_cogs 93.7 (3,425 B; 79.8
/// at 1, 2,035 B) and image-in-alpha 88.2 (5,847 B; 80.3 at 10, 3,849 B).
/// The first search still stops at 30: searched from 1, the graphics'
/// flat slope sent answers of 31–35 (test-pattern, lorem_ipsum) through
/// probes in the twenties, for the same answers 1.4–1.6× slower
/// (docs/BENCHMARKS.md, session 31).
const AVIF_LOWEST: u8 = 1;

/// The qualities smart quality chooses among for lossy `format`, lowest
/// and highest (JPEG's 4:4:4 search for small images goes to 100).
///
/// ```
/// use compressorize_core::{Format, smart_quality_range};
///
/// assert_eq!(smart_quality_range(Format::Avif), (1, 95));
/// assert_eq!(smart_quality_range(Format::Jpeg), (30, 95));
/// ```
pub const fn smart_quality_range(format: Format) -> (u8, u8) {
    (lowest_quality(format), HIGHEST)
}

/// The lowest quality a search of `format` ends at.
const fn lowest_quality(format: Format) -> u8 {
    match format {
        Format::Avif => AVIF_LOWEST,
        Format::Jpeg | Format::WebP | Format::Png => LOWEST,
    }
}
/// Our AVIF speed (libaom cpu-used 8) for the probes of photos' mosaics,
/// calibrated by one probe at the final speed (see
/// [`Prober::search_calibrated`]). On fox's 448 × 448 mosaic a probe took
/// 81 ms against 363 at the default speed 6; speed 10 (cpu-used 9), 50 ms,
/// strayed further (replayed: 10 answers of 84 below the full-speed
/// search's, up to 8.7% over the threshold, against 7 and 5.1%).
const AVIF_PROBE_SPEED: u8 = 9;
/// Photos probed whole take [`AVIF_PROBE_SPEED`]'s probes from this many
/// pixels (300 × 300). On the corpus photos fitted within 480 × 480
/// (99,000–188,000 pixels), smart AVIF took 0.74 of the time with fast
/// probes and chose the same 15 qualities; within 640 × 640, 0.77 of the
/// time, one answer two qualities higher (+0.4% bytes over the 15); within
/// 320 × 320 (37,000–84,000 pixels), where a full-speed probe takes
/// 60–100 ms, 0.86 of the time for 1.6% more bytes (4 answers one or two
/// qualities higher; docs/BENCHMARKS.md, session 28).
const AVIF_FAST_PROBE_MIN_PIXELS: u64 = 90_000;
/// How much more a probe at [`AVIF_PROBE_SPEED`] typically distorts a
/// photo's mosaic than one at the default speed: the median ratio of their
/// SSIMULACRA2 distances (100 − score) over qualities 46–60 on the corpus
/// photos (e^0.026; by DSSIM it was e^0.061).
const AVIF_FAST_DISTORTION: f64 = 1.027;
/// How close to the threshold (ln of the ratio) a calibrated AVIF answer's
/// estimated distance may come before the answer is checked at the full
/// speed (see [`Prober::search_calibrated`]). A photo's fast/full ratio
/// moves along quality by a few percent, and SSIMULACRA2's distance moves
/// by only about 2% a quality near the target, so an estimate that close
/// can be one or two qualities off: northern_cardinal's mosaic took 51
/// where the full-speed search takes 52. Replayed over the corpus photos
/// (session 26), 0.03 checked 48 of 84 answers and left 2 lower than the
/// full-speed search's, at most 1% over the threshold; 0.02 checked 32
/// and left 5; checking only answers 6 or more qualities from the first
/// probe (session 25's rule, made for DSSIM) checked 22 and left 12, up
/// to 5.4% over.
const AVIF_CHECK_MARGIN: f64 = 0.03;
/// The top of JPEG's 4:4:4 search (see [`jpeg_full_chroma_search`]).
const JPEG_FULL_CHROMA_HIGHEST: u8 = 100;
/// How much lower a JPEG 4:4:4 probe goes than the 4:2:0 answer.
const FULL_CHROMA_STEP: u8 = 8;
/// Near-lossless preprocessing level tried for WebP graphics.
const NEAR_LOSSLESS_LEVEL: u8 = 60;
/// SSIMULACRA2 points by which a photo aims below the target on DSSIM's
/// scale, per output format: what the judge sees and DSSIM does not. At
/// offset 0 the compare runner's median landed this far above 79.5 once
/// the encoder gained it: JPEG with finer low frequencies (less blocking;
/// 79.3 → 80.5). WebP's autofilter did the same (79.4 → 80.5), but an
/// offset of 1.0 there cost more than it saved: median 78.7 at 0.936 of
/// sharp's bytes, against 80.5 at 0.867 with none. AVIF photos took 2.2
/// (10 bits: 79.5 → 81.7) until SSIMULACRA2 came to steer them (see
/// [`smart_aim`]). Only DSSIM needs an offset: SSIMULACRA2 is the judge
/// itself (see [`photo_target`]).
fn target_offset(format: Format) -> f32 {
    match format {
        Format::Jpeg => 1.0,
        Format::WebP | Format::Png | Format::Avif => 0.0,
    }
}

/// What a photo with `smooth_share` ([`smooth::smooth_share`]) aims at on
/// DSSIM's scale for `target`: its corrections for what the judge sees and
/// it does not, the format's offset, and higher the smoother the photo.
fn photo_target(format: Format, target: f32, smooth_share: f64) -> f32 {
    target - target_offset(format) + smooth::target_shift(smooth_share)
}

/// The first probe: one quality near the usual answer at the default
/// target (medians on the corpus photos: AVIF 55 of 51–61 since libaom's
/// image-quality tune, 62 of 54–68 before; JPEG 76 of 55–86, WebP 86 of
/// 82–89), from which the typical slope of the encoder's
/// [`StepCurve`] estimates the next. For AVIF a pair encoded one core each
/// took about as long as two single probes with both cores each. For JPEG
/// and WebP, whose encoders use one core, replaying each photo's probes at
/// every quality through the search, one first probe took 17% (JPEG) and
/// 20% (WebP) less probing time than the pairs used before (68 and 86, 70
/// and 88), for the same answers but on two JPEG photos
/// (docs/BENCHMARKS.md, session 20).
fn first_probe(format: Format) -> u8 {
    match format {
        Format::Avif => 55,
        Format::WebP => 86,
        Format::Jpeg | Format::Png => 76,
    }
}

/// The usual slope of ln(distance) along ln(101 − quality) for JPEG and
/// WebP: 1.41, MozJPEG's median over the 15 corpus photos' mosaics between
/// 70 and 85 (1.14–1.52 on 11 of them, up to 3.99 on smooth ones; libwebp's
/// median between 80 and 90 is 1.55, and 1.41 also simulated best for
/// WebP).
const PROPORTIONAL_SLOPE: f64 = 1.41;
/// The same for MozJPEG on graphics, steered by SSIMULACRA2: its distance
/// moves about half as fast along ln(101 − quality) there (session 29
/// fitted a median of 0.40 on 24 graphics). Over the 40 corpus graphics
/// by the CLI, 0.6 took 207 measurements where 1.41 took 236 (0.7: 199,
/// 0.5: 200), for 0.999 of the bytes (0.7: 1.001, 0.5: 1.012): six answers
/// moved, five to fewer bytes, all passing (the distances are not
/// monotone), one to more (docs/BENCHMARKS.md, session 39).
const JPEG_GRAPHIC_SLOPE: f64 = 0.6;
/// The usual slope of ln(distance) along AVIF's quality for photos: the
/// median between 60 and 74 on the corpus photos' mosaics (0.049–0.075).
const AVIF_PHOTO_SLOPE: f64 = -0.056;
/// The same for graphics and flat illustrations, steered by SSIMULACRA2:
/// its distance changes about 2.5× slower along quality on them. Between
/// qualities 30 and 55, on the 36 corpus images steered so as AVIF (the
/// graphics and flowers), the median slope was −0.021 over the 31 not
/// coded losslessly (−0.0005 to −0.042, one outlier −0.56). Replaying
/// their searches on distances measured at every coding, −0.022 took 94
/// rounds of probes where the photos' slope took 137 (130 probes against
/// 173), with the same answers but two lower ones that pass (the
/// distances are not monotone); −0.028 took 96 rounds and one answer
/// higher (docs/BENCHMARKS.md, session 29).
const AVIF_FLAT_SLOPE: f64 = -0.022;

/// How each encoder's quantiser step follows its quality (see
/// [`StepCurve`]), with the usual slope for photos or, for AVIF and JPEG,
/// for graphics (and for AVIF flat illustrations too: `photo` false).
const fn step_curve(format: Format, photo: bool) -> StepCurve {
    match format {
        Format::Avif => StepCurve::Exponential {
            typical_slope: if photo {
                AVIF_PHOTO_SLOPE
            } else {
                AVIF_FLAT_SLOPE
            },
        },
        Format::Jpeg if !photo => StepCurve::Proportional {
            typical_slope: JPEG_GRAPHIC_SLOPE,
        },
        Format::Jpeg | Format::WebP | Format::Png => StepCurve::Proportional {
            typical_slope: PROPORTIONAL_SLOPE,
        },
    }
}

/// Encodes `image` as `format` at the fewest bytes that meet `target`.
pub(crate) fn encode(
    image: &Image,
    input_format: Format,
    format: Format,
    base: &EncodeSettings<'_>,
    target: f32,
) -> Result<Outcome> {
    // Lossy searches start on the mosaic (or a small image whole), which
    // is made without the aim: both are passes over the whole image, run
    // on two cores before any probe (a 2048-pixel photo's mosaic took
    // 6-19 ms, its aim a few once the flat share stopped calling `bcmp`).
    let (aim, sampled_image) = rayon::join(
        || smart_aim(image, input_format, format, target),
        || (format != Format::Png).then(|| ProbeImage::new(format, image, Probing::Sampled)),
    );
    let choice = with_metric!(aim.metric, |metric| {
        let search = Search::new(metric, &aim, image, format, base);
        match sampled_image {
            Some(probe_image) => search.with_sampled_image(probe_image),
            None => search,
        }
        .run_checked()
    })?;
    Ok(Outcome {
        bytes: choice.bytes,
        quality: choice.quality,
        score: choice.distance.map(|d| aim.score(d)),
    })
}

/// How far past the threshold an output measured whole may land, as a
/// factor on the distance: 2 points of SSIMULACRA2 at the default target
/// (photos steered by DSSIM spread 76–81 around 80). Without it flowers
/// (1920 × 1080) as AVIF, 79.4 whole at quality 30, was searched whole up
/// to quality 33 (80.3): 14.4 s instead of 3.4.
const WHOLE_TOLERANCE: f64 = 1.1;

/// Largest image a metric measures whole (a lossy output where
/// SSIMULACRA2 steers, WebP's near-lossless candidate for graphics): a
/// 12-megapixel SSIMULACRA2 comparison peaked at 1.3 GB here (about 105
/// bytes a pixel), so a 100-megapixel one would need 10 GB. Above it the
/// mosaic's answer stands and near-lossless WebP is not tried.
const WHOLE_METRIC_MAX_PIXELS: u64 = 8_000_000;

/// Whether `image` is small enough to be measured whole (see
/// [`WHOLE_METRIC_MAX_PIXELS`]).
fn fits_whole_metric(image: &Image) -> bool {
    image.pixel_count() <= WHOLE_METRIC_MAX_PIXELS
}

/// What `cell` holds, made by `make` on first use. Two callers racing to
/// fill it both make it; the first stored is kept.
fn made_once<T>(cell: &OnceLock<T>, make: impl FnOnce() -> Result<T>) -> Result<&T> {
    if let Some(made) = cell.get() {
        return Ok(made);
    }
    let made = make()?;
    Ok(cell.get_or_init(|| made))
}

/// One image's search for one output format.
struct Search<'a, M: Metric> {
    metric: &'a M,
    aim: &'a SmartAim,
    image: &'a Image,
    format: Format,
    base: &'a EncodeSettings<'a>,
    /// The whole image's prober, prepared at most once per search (see
    /// [`Search::whole`]).
    whole: OnceLock<Prober<'a, M>>,
    /// The mosaic's (or a small image's) prober, likewise (see
    /// [`Search::sampled`]).
    sampled: OnceLock<Prober<'a, M>>,
    /// WebP's lossless and near-lossless candidates for a graphic, encoded
    /// at most once per search (see [`Search::webp_lossless`]).
    webp_lossless: OnceLock<Vec<Choice>>,
    /// The size of a WebP graphic's lossless output, once encoded.
    webp_lossless_bytes: OnceLock<usize>,
    /// A WebP graphic's lossy output at [`LOWEST`], when encoded to see
    /// whether lossless beats every lossy output (see [`webp`]).
    webp_floor: Mutex<Option<Vec<u8>>>,
}

impl<'a, M: Metric> Search<'a, M> {
    fn new(
        metric: &'a M,
        aim: &'a SmartAim,
        image: &'a Image,
        format: Format,
        base: &'a EncodeSettings<'a>,
    ) -> Self {
        Search {
            metric,
            aim,
            image,
            format,
            base,
            whole: OnceLock::new(),
            sampled: OnceLock::new(),
            webp_lossless: OnceLock::new(),
            webp_lossless_bytes: OnceLock::new(),
            webp_floor: Mutex::new(None),
        }
    }

    /// This search with its mosaic's (or a small image's) prober made
    /// from `probe_image`, made ahead by [`ProbeImage::new`] with
    /// [`Probing::Sampled`], instead of on first use.
    fn with_sampled_image(self, probe_image: ProbeImage) -> Self {
        let prober = self.prober_of(Probing::Sampled, probe_image);
        // A search just made holds no prober yet: this is the first.
        let _ = self.sampled.set(prober);
        self
    }

    fn run(&self, probing: Probing) -> Result<Choice> {
        let (image, base, threshold) = (self.image, self.base, self.aim.threshold);
        match self.format {
            Format::Png => png(image, base, self.metric, threshold),
            Format::Jpeg => {
                self.with_prober(probing, |prober| jpeg(self, prober, probing.failed()))
            }
            Format::WebP => self.with_prober(probing, |prober| webp(self, prober, probing)),
            Format::Avif => self.with_prober(probing, |prober| {
                avif(image, base, prober, threshold, probing, self.avif_photo())
            }),
        }
    }

    /// Runs `search` with the prober `probing` asks for: the mosaic's (or
    /// an image too small for one), or the whole image's.
    fn with_prober<T>(
        &self,
        probing: Probing,
        search: impl FnOnce(&Prober<'a, M>) -> Result<T>,
    ) -> Result<T> {
        match probing {
            Probing::Sampled => search(self.sampled()?),
            Probing::Whole { .. } => search(self.whole()?),
        }
    }

    /// A prober set up for this search: with the usual slope of its
    /// content, and for AVIF, without EXIF to carry, keeping the outputs of
    /// probes of the whole image, which are then final encodes (small
    /// photos skip the one encode the search would otherwise repeat).
    ///
    /// A JPEG graphic's first search takes graphics' slope; the whole
    /// image's search after a failed check keeps photos': it starts from a
    /// failing probe just below the answer, past which a flatter slope
    /// jumps further (session 29 measured flowers' full-size rounds so).
    fn prober(&self, probing: Probing) -> Result<Prober<'a, M>> {
        let probe_image = ProbeImage::new(self.format, self.image, probing);
        Ok(self.prober_of(probing, probe_image))
    }

    /// [`Search::prober`] on `probe_image`, made for `probing`.
    fn prober_of(&self, probing: Probing, probe_image: ProbeImage) -> Prober<'a, M> {
        let photo = match self.format {
            Format::Avif => self.avif_photo(),
            _ => !(self.aim.graphic && probing == Probing::Sampled),
        };
        let prober = Prober::on(self.metric, self.format, probe_image).steered_for(photo);
        // Probes of the whole image keep their outputs where one can be the
        // answer without a second encode (see [`Prober::output`]): a JPEG
        // probe's fast scans are searched again from its coefficients, the
        // same pixels (see [`finish_jpeg`]; JPEG's encoder flattens the
        // image as its probes do), and AVIF's probes run at the final
        // settings, unless the output carries EXIF or the probes' pixels
        // were converted (16-bit sources).
        let keeps_outputs = match self.format {
            Format::Jpeg => !prober.mosaic,
            Format::Avif => self.base.avif_exif.is_none() && prober.image == *self.image,
            Format::Png | Format::WebP => false,
        };
        if keeps_outputs {
            prober.keeping_outputs()
        } else {
            prober
        }
    }

    /// The whole image's prober, its reference prepared on first use and
    /// shared after: by WebP's near-lossless candidate, the whole-image
    /// check and the whole-image search after a failed check.
    fn whole(&self) -> Result<&Prober<'a, M>> {
        self.prepared(&self.whole, Probing::Whole { failed: None })
    }

    /// The mosaic's prober (a small image's whole), prepared on first use
    /// and shared after: by the search and by AVIF's step below
    /// [`LOWEST`] after the whole-image check.
    fn sampled(&self) -> Result<&Prober<'a, M>> {
        self.prepared(&self.sampled, Probing::Sampled)
    }

    /// The prober `cell` holds, prepared for `probing` on first use.
    fn prepared<'s>(
        &self,
        cell: &'s OnceLock<Prober<'a, M>>,
        probing: Probing,
    ) -> Result<&'s Prober<'a, M>> {
        made_once(cell, || self.prober(probing))
    }

    /// WebP's lossless candidate for a graphic and, where the image can be
    /// measured whole, its near-lossless one, encoded on first use. A
    /// lossy answer that fails the whole-image check is searched again;
    /// these stay as they were (encoding them again cost test-pattern,
    /// 1280 × 960, half a second).
    ///
    /// Near-lossless must meet the target to be chosen, lossless always
    /// does, so a near-lossless output no smaller than the lossless one
    /// cannot win and is left out unmeasured: on images of few colours it
    /// is the very same bytes (blackbug, 2048 × 1536: 17,426 B both, and
    /// 574 ms of SSIMULACRA2 to find them identical). The whole image's
    /// reference, which that measurement prepared beside the lossy search,
    /// is then prepared here all the same when the answer will be checked
    /// whole (see [`Search::run_checked`]).
    fn webp_lossless(&self) -> Result<&[Choice]> {
        let candidates = made_once(&self.webp_lossless, || {
            let encode = |webp| {
                let settings = EncodeSettings { webp, ..*self.base };
                encode::encode(self.image, Format::WebP, &settings)
            };
            let near = NEAR_LOSSLESS_LEVEL;
            let (lossless, near_lossless) = rayon::join(
                || {
                    let lossless = encode(WebpMode::Lossless)?;
                    let _ = self.webp_lossless_bytes.set(lossless.len());
                    Ok(lossless)
                },
                || {
                    fits_whole_metric(self.image)
                        .then(|| encode(WebpMode::NearLossless(near)))
                        .transpose()
                },
            );
            let lossless = Choice {
                bytes: lossless?,
                quality: None,
                distance: None,
            };
            let smaller = near_lossless?.filter(|bytes| bytes.len() < lossless.bytes.len());
            let near_lossless = match smaller {
                Some(bytes) => Some(Choice {
                    distance: Some(self.whole()?.measure(&bytes)?),
                    bytes,
                    quality: None,
                }),
                None if self.checks_whole() => {
                    self.whole()?.prepare()?;
                    None
                }
                None => None,
            };
            Ok([Some(lossless), near_lossless]
                .into_iter()
                .flatten()
                .collect())
        })?;
        Ok(candidates)
    }

    /// Whether an AVIF search treats the image as a photo: steered without
    /// a whole-image check, detail spread evenly, which faster codings
    /// distort alike (not so flat illustrations, see
    /// [`Prober::search_calibrated`]).
    fn avif_photo(&self) -> bool {
        !self.aim.graphic && !self.aim.measure_whole
    }

    /// The answer on the probe image, measured whole where
    /// [`Search::check_whole`] says. For AVIF and JPEG the whole image's
    /// reference is prepared beside the search rather than after it: it
    /// runs on one core, which the searches leave partly idle (flowers,
    /// 1920 × 1080 as AVIF, 1.35 s → 1.27 by the CLI, 0.12 s of reference
    /// hidden; peak memory 374 → 440–480 MB). WebP graphics keep both
    /// cores busy already, measuring their near-lossless candidate whole
    /// beside the lossy search (a third task there made plum-blossom-large
    /// slower, 4.58 s → 4.78, and held a second whole reference: 718 → 931
    /// MB).
    fn run_checked(&self) -> Result<Choice> {
        if !self.checks_whole() {
            return self.run(Probing::Sampled);
        }
        if self.format == Format::WebP {
            let choice = self.run(Probing::Sampled)?;
            return self.check_whole(choice);
        }
        let (choice, whole) = rayon::join(
            || self.run(Probing::Sampled),
            || self.whole().and_then(Prober::prepare),
        );
        let choice = choice?;
        whole?;
        self.check_whole(choice)
    }

    /// Whether a lossy answer is measured whole (see [`Search::check_whole`]).
    fn checks_whole(&self) -> bool {
        let (width, height) = (self.image.width, self.image.height);
        self.aim.measure_whole && sample::is_sampled(width, height) && fits_whole_metric(self.image)
    }

    /// A lossy output chosen on a mosaic, measured whole (by
    /// [`Search::whole`]) where SSIMULACRA2 steers (graphics, and
    /// photos too smooth for DSSIM). Sparse drawings can break in a few
    /// blocks the mosaic does not hold: on the corpus, blackbug (ink
    /// strokes on 2048 × 1536 of transparency) as JPEG quality 37 met the
    /// target on its mosaic yet scored 65 whole, with black streaks beside
    /// some strokes; quality 42 scored 85. Those streaks were inverted
    /// blocks, MozJPEG's deringing overflowing its integer DCT (see
    /// `encode/jpeg.rs`); since that was mended its mosaic's answer passes
    /// whole, and no corpus graphic sent to JPEG is searched whole. Other
    /// photos are not checked: their detail is spread, DSSIM's calibration
    /// already accounts for the mosaic (see [`metric`]), and photos sent to
    /// AVIF, steered by SSIMULACRA2 on the mosaic, land near the target
    /// whole (docs/BENCHMARKS.md, session 26).
    ///
    /// An output within [`WHOLE_TOLERANCE`] of the threshold passes (and
    /// AVIF's at [`LOWEST`] may go lower: see
    /// [`Search::below_floor_after_check`]). When it misses by more, the
    /// whole image is searched (full-size probes: for AVIF of 1920 × 1080,
    /// 2 s each) from that measurement (see [`Prober::search_seeded`]);
    /// WebP's lossless candidates are not encoded again (see
    /// [`Search::webp_lossless`]). Searching the
    /// mosaic again, its threshold tightened by the ratio the two
    /// measurements differed by, took blackbug to quality 93 (91.2, 33,683
    /// bytes) where the whole search finds 49 (85.5, 19,271).
    fn check_whole(&self, choice: Choice) -> Result<Choice> {
        let Some(quality) = choice.quality else {
            return Ok(choice);
        };
        let on_mosaic = choice.distance;
        let distance = self.whole()?.measure(&choice.bytes)?;
        if distance <= self.aim.threshold * WHOLE_TOLERANCE {
            let checked = Choice {
                distance: Some(distance),
                ..choice
            };
            let goes_lower = lowest_quality(self.format) < LOWEST;
            return match on_mosaic {
                Some(on_mosaic) if quality == LOWEST && goes_lower => {
                    self.below_floor_after_check(checked, on_mosaic, distance)
                }
                _ => Ok(checked),
            };
        }
        let failed = Probe {
            quality,
            bytes: choice.bytes.len(),
            distance,
        };
        self.run(Probing::Whole {
            failed: Some(failed),
        })
    }

    /// An answer at [`LOWEST`] of a format that goes lower (AVIF), `checked`
    /// whole, taken lower where the target allows (see [`AVIF_LOWEST`]),
    /// on the search's own mosaic prober. Below LOWEST a mosaic and its
    /// image part more (flowers, 1920 × 1080: at quality 1 its mosaic met
    /// the target, 18.1 against 20, the whole missed it, 22.1, so a
    /// search of the whole image followed, three more full-size probes),
    /// but their ratio holds: the mosaic is searched on down against the
    /// threshold scaled by the ratio measured at LOWEST (`on_mosaic`
    /// against `whole`), and its answer is measured whole. When that
    /// misses, or is no smaller, the checked answer at LOWEST stands: at
    /// most one full-size encode and measurement more than before.
    fn below_floor_after_check(
        &self,
        checked: Choice,
        on_mosaic: f64,
        whole: f64,
    ) -> Result<Choice> {
        let settings = EncodeSettings {
            avif_exif: None,
            ..*self.base
        };
        let at_floor = Probe {
            quality: LOWEST,
            bytes: checked.bytes.len(),
            distance: on_mosaic,
        };
        // A whole output without distortion says nothing of the ratio.
        let ratio = if whole > 0.0 { on_mosaic / whole } else { 1.0 };
        let mosaic_threshold = self.aim.threshold * ratio;
        let lower = self
            .sampled()?
            .search_below_lowest(&settings, mosaic_threshold, at_floor)?;
        if lower.quality >= LOWEST {
            return Ok(checked);
        }
        let whole_prober = self.whole()?;
        let measured = whole_prober.probe(&EncodeSettings {
            quality: lower.quality,
            ..settings
        })?;
        if measured.distance > self.aim.threshold * WHOLE_TOLERANCE {
            return Ok(checked);
        }
        let bytes = match whole_prober.output(&settings, lower.quality) {
            Some(bytes) => bytes,
            None => encode::encode(
                self.image,
                Format::Avif,
                &EncodeSettings {
                    quality: lower.quality,
                    ..*self.base
                },
            )?,
        };
        if bytes.len() >= checked.bytes.len() {
            return Ok(checked);
        }
        Ok(Choice {
            bytes,
            quality: Some(lower.quality),
            distance: Some(measured.distance),
        })
    }
}

/// What smart quality holds one image to: the metric it steers by and the
/// distance a candidate must not exceed (see [`smart_aim`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SmartAim {
    /// The metric the search steers this image by.
    pub metric: PerceptualMetric,
    /// The distance, by [`SmartAim::metric`], a candidate must not exceed.
    pub threshold: f64,
    /// Whether the image is judged as a graphic: a PNG source with large
    /// flat areas, or an image under 128 × 128.
    pub graphic: bool,
    /// The target asked for, on the SSIMULACRA2 scale.
    target: f32,
    /// Whether a lossy output probed on a mosaic is measured whole (see
    /// [`Search::check_whole`]).
    measure_whole: bool,
}

impl SmartAim {
    /// The distance of `candidate` from `reference` by this aim's metric
    /// (see [`PerceptualMetric::distance`]).
    pub fn distance(&self, reference: &Image, candidate: &Image) -> Result<f64> {
        self.metric.distance(reference, candidate)
    }

    /// A distance by this aim's metric on the target's scale, SSIMULACRA2's:
    /// the target itself at [`SmartAim::threshold`], higher when closer, at
    /// most 100. Exact for SSIMULACRA2; for DSSIM an estimate along its
    /// calibration line.
    #[must_use]
    pub fn score(&self, distance: f64) -> f64 {
        let content = self.content();
        let points = with_metric!(self.metric, |metric| {
            metric.points_above(distance, self.threshold, content)
        });
        (f64::from(self.target) + points).min(100.0)
    }

    fn content(&self) -> Content {
        if self.graphic {
            Content::Graphic
        } else {
            Content::Photo
        }
    }
}

/// The image probes run on, and its prepared reference.
struct Prober<'m, M: Metric> {
    metric: &'m M,
    format: Format,
    /// The whole image or a mosaic of it, 8-bit, as the encoder takes it.
    image: Image,
    /// Whether `image` is a mosaic of tiles.
    mosaic: bool,
    alpha: bool,
    /// `image` prepared for the metric once, beside the first probe's
    /// encode (see [`Prober::encode`]) or ahead of the search
    /// (see [`Prober::prepare`]).
    reference: OnceLock<M::Reference>,
    /// Along which curve, with which usual slope, searches interpolate
    /// (photos' unless [`Prober::steered_for`] says otherwise).
    curve: StepCurve,
    /// Probe outputs, when [`Prober::keeping_outputs`] asked.
    outputs: Option<KeptOutputs>,
    /// Probes below [`LOWEST`] made ahead (see [`Prober::search_to_lowest`]).
    ahead: Mutex<Vec<Probe>>,
}

/// Encoded probes by quality and chroma, filled by probes running in
/// parallel.
type KeptOutputs = Mutex<Vec<((u8, Chroma), Vec<u8>)>>;

/// The image a prober encodes and measures: the whole image or a mosaic
/// of its most detailed tiles, 8-bit as the encoder takes it.
struct ProbeImage {
    image: Image,
    /// Whether `image` is a mosaic of tiles.
    mosaic: bool,
    /// Whether the output keeps alpha (the metric then sees it).
    alpha: bool,
}

impl ProbeImage {
    /// `full` made ready for `format`'s probes, as `probing` asks. A pass
    /// over the whole image (converting it, and for a mosaic choosing
    /// its tiles), which depends on nothing the aim decides: the first
    /// search's is made beside [`smart_aim`] (see [`encode`]).
    fn new(format: Format, full: &Image, probing: Probing) -> Self {
        let alpha = format != Format::Jpeg && full.layout.has_alpha() && full.uses_alpha();
        let eight = if format == Format::Jpeg {
            full.flatten_on_white()
        } else {
            full.to_8bit()
        };
        let tiles = match probing {
            Probing::Sampled => sample::choose_tiles(&eight),
            Probing::Whole { .. } => None,
        };
        let mosaic = tiles.is_some();
        let image = match tiles {
            Some(tiles) => sample::mosaic(&eight, &tiles),
            None => eight,
        };
        ProbeImage {
            image,
            mosaic,
            alpha,
        }
    }
}

impl<'m, M: Metric> Prober<'m, M> {
    /// A prober of `full` as `probing` asks (the search's own go through
    /// [`Search::prober`]).
    #[cfg(test)]
    fn new(metric: &'m M, format: Format, full: &Image, probing: Probing) -> Self {
        Prober::on(metric, format, ProbeImage::new(format, full, probing))
    }

    /// A prober of `probe_image`, with photos' usual slope.
    fn on(metric: &'m M, format: Format, probe_image: ProbeImage) -> Self {
        let ProbeImage {
            image,
            mosaic,
            alpha,
        } = probe_image;
        Prober {
            metric,
            format,
            image,
            mosaic,
            alpha,
            reference: OnceLock::new(),
            curve: step_curve(format, true),
            outputs: None,
            ahead: Mutex::new(Vec::new()),
        }
    }

    /// The probe image's reference, prepared on first use.
    fn reference(&self) -> Result<&M::Reference> {
        made_once(&self.reference, || {
            self.metric.reference(&comparable(&self.image, self.alpha))
        })
    }

    /// Prepares the reference now, where a core would otherwise idle (the
    /// whole image's, beside the search: see [`Search::run_checked`]).
    fn prepare(&self) -> Result<()> {
        self.reference().map(drop)
    }

    /// Searches with the usual slope for photos or, `photo` false, for
    /// graphics and flat illustrations (see [`step_curve`]).
    fn steered_for(mut self, photo: bool) -> Self {
        self.curve = step_curve(self.format, photo);
        self
    }

    /// Keeps every probe's output, for [`Prober::output`] (which probers
    /// do: [`Search::prober_of`]).
    fn keeping_outputs(mut self) -> Self {
        self.outputs = Some(Mutex::new(Vec::new()));
        self
    }

    /// The kept output of the probe at `settings`' chroma coded as
    /// `quality` would be (see [`Prober::coding`]), if the probes encoded
    /// the whole image and kept their outputs.
    fn output(&self, settings: &EncodeSettings<'_>, quality: u8) -> Option<Vec<u8>> {
        let mut outputs = self
            .outputs
            .as_ref()?
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let key = (self.coding(quality), settings.chroma);
        let at = outputs
            .iter()
            .position(|((q, chroma), _)| (self.coding(*q), *chroma) == key)?;
        Some(outputs.swap_remove(at).1)
    }

    /// Equal for qualities the encoder codes alike on the probed image.
    /// Any alpha channel counts: whether the encoder drops an opaque one
    /// only makes the key finer than it needs to be, never coarser.
    fn coding(&self, quality: u8) -> (u8, u8) {
        encode::coding_key(self.format, quality, self.image.layout.has_alpha())
    }

    /// Distance of `bytes` (an encoding of the probe image) from it.
    fn measure(&self, bytes: &[u8]) -> Result<f64> {
        let decoded = decode::decode(self.format, bytes, &Limits::default())?.image;
        if decoded == self.image {
            // Flat colour, or stripes on JPEG's block grid, can decode to
            // the very pixels: every metric puts that at 0, unmeasured.
            return Ok(0.0);
        }
        self.metric
            .distance(self.reference()?, &comparable(&decoded, self.alpha))
    }

    /// Encodes and measures one setting, keeping the output when asked
    /// (see [`Prober::keeping_outputs`]).
    fn probe(&self, settings: &EncodeSettings<'_>) -> Result<Probe> {
        let bytes = self.encode(settings)?;
        self.measured_and_kept(settings, bytes)
    }

    /// [`Prober::probe`], asking `go_on` with the output's size between the
    /// encode and the measurement; `None`, unmeasured, when it says no.
    /// The reference is not prepared beside the encode, only for the
    /// measurement: where `go_on` stops a search it is never needed (a
    /// WebP graphic that lossless wins, whose other core is busy with the
    /// lossless encodes anyway).
    fn probe_checked(
        &self,
        settings: &EncodeSettings<'_>,
        go_on: impl FnOnce(usize) -> Result<bool>,
    ) -> Result<Option<Probe>> {
        let bytes = encode::encode(&self.image, self.format, settings)?;
        if !go_on(bytes.len())? {
            return Ok(None);
        }
        self.measured_and_kept(settings, bytes).map(Some)
    }

    /// `bytes` measured, and kept when asked (see [`Prober::keep`]).
    fn measured_and_kept(&self, settings: &EncodeSettings<'_>, bytes: Vec<u8>) -> Result<Probe> {
        let probe = self.measured(settings.quality, &bytes)?;
        self.keep(settings, bytes);
        Ok(probe)
    }

    /// A probe measured only when its output is smaller than `bytes`: one
    /// no smaller cannot win, and its measurement can cost more than the
    /// encode. Blackbug (2048 × 1536) as JPEG, searched whole after its
    /// mosaic's answer failed the check, spent 460 ms after its final
    /// 4:2:0 encode on a 4:4:4 probe of 44,939 bytes against 4:2:0's
    /// 27,685, 370 ms of it in SSIMULACRA2.
    ///
    /// Called once a search has measured its answer, so the reference is
    /// ready and [`Prober::probe_checked`] need not prepare it beside the
    /// encode.
    fn probe_if_smaller(
        &self,
        settings: &EncodeSettings<'_>,
        bytes: usize,
    ) -> Result<Option<Probe>> {
        self.probe_checked(settings, |output| Ok(output < bytes))
    }

    /// Keeps a probe's output when asked (see [`Prober::keeping_outputs`]).
    fn keep(&self, settings: &EncodeSettings<'_>, bytes: Vec<u8>) {
        if let Some(outputs) = &self.outputs {
            outputs
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(((settings.quality, settings.chroma), bytes));
        }
    }

    /// A probe at settings the output is never encoded with (a faster
    /// AVIF coding): measured, never kept.
    fn trial_probe(&self, settings: &EncodeSettings<'_>) -> Result<Probe> {
        let bytes = self.encode(settings)?;
        self.measured(settings.quality, &bytes)
    }

    /// The probe image encoded at `settings`. The first probe prepares the
    /// reference beside its encode, on a core a single first probe leaves
    /// idle: kodim23 (768 × 512) as JPEG, whose 448 × 448 mosaic's DSSIM
    /// reference takes about as long as a probe's encode, 77.6 → 68.7 ms by
    /// the CLI. Later probes find it ready (two probes asking at once while
    /// it is not would both make it, see [`made_once`]; searches start with
    /// one probe, or, for AVIF photos, with probes of very different
    /// lengths).
    fn encode(&self, settings: &EncodeSettings<'_>) -> Result<Vec<u8>> {
        let (bytes, prepared) = rayon::join(
            || encode::encode(&self.image, self.format, settings),
            || self.prepare(),
        );
        let bytes = bytes?;
        prepared?;
        Ok(bytes)
    }

    /// `bytes`, the probe image encoded at `quality`, measured.
    fn measured(&self, quality: u8, bytes: &[u8]) -> Result<Probe> {
        Ok(Probe {
            quality,
            bytes: bytes.len(),
            distance: self.measure(bytes)?,
        })
    }

    /// Lowest passing quality in `lowest..=highest` for settings that vary
    /// only in quality (the highest probed when none passes), starting from
    /// the usual answer, or from `lowest` when the range was cut short
    /// below.
    fn search(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        range: (u8, u8),
    ) -> Result<Probe> {
        let (lowest, highest) = range;
        let first = if lowest > LOWEST {
            lowest
        } else {
            first_probe(self.format).clamp(lowest, highest)
        };
        self.search_from(settings, threshold, range, &[first], &[])
    }

    /// [`Prober::search`] over the whole range, starting from `failed`, an
    /// output already measured that misses `threshold` (the mosaic's
    /// answer, measured whole): it stands for the first probe, and the
    /// first estimate extrapolates from it. Flowers as JPEG (1920 × 1080):
    /// its mosaic's 58 scored 76.5 whole; searching from the usual first
    /// probe took three rounds of whole-image probes (76, 64, 63: 64), from
    /// 58 one pair (63, 64). Test-pattern as lossy WebP (1280 × 960): its
    /// mosaic's 81 missed whole; from just above it the search took five
    /// whole-image probes (82, 84, 85, 89, 87: 87), from 81 four (84, 83,
    /// 90, 87).
    ///
    /// The seed was encoded at the final settings, the probes at faster
    /// ones, and for JPEG it may have been 4:4:4: as a failing bound
    /// it holds (4:4:4 distorts less than 4:2:0 at the same quality,
    /// MozJPEG's fast scans code nearly the same pixels, and libwebp's
    /// probe effort scores as its final one, within ±0.8 of SSIMULACRA2 on
    /// the corpus photos), as an estimate it only steers the next pair.
    fn search_seeded(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        failed: Probe,
    ) -> Result<Probe> {
        let range = (lowest_quality(self.format), HIGHEST);
        self.search_from(settings, threshold, range, &[failed.quality], &[failed])
    }

    /// [`Prober::search`] from [`LOWEST`] up, then, when [`LOWEST`]
    /// passes and the format goes lower (AVIF), on down from it to
    /// [`lowest_quality`] where that is smaller (see
    /// [`Prober::search_below_lowest`]).
    fn search_down_to_floor(&self, settings: &EncodeSettings<'_>, threshold: f64) -> Result<Probe> {
        let best = self.search_to_lowest(settings, threshold)?;
        if best.quality > LOWEST || best.distance > threshold {
            return Ok(best);
        }
        let lower = self.search_below_lowest(settings, threshold, best)?;
        // An image without detail can code a few bytes larger lower down
        // (full-transparent: 469 B at 30, 471 at 1).
        Ok(if lower.bytes < best.bytes {
            lower
        } else {
            best
        })
    }

    /// [`Prober::search`] over [`LOWEST`]..=[`HIGHEST`] for a format that
    /// goes lower (AVIF): where the first estimate lies well below LOWEST,
    /// the probe beside LOWEST is that estimate (see
    /// [`search::lowest_passing_in`]), kept for
    /// [`Prober::search_below_lowest`].
    fn search_to_lowest(&self, settings: &EncodeSettings<'_>, threshold: f64) -> Result<Probe> {
        let range = search::Range {
            lowest: LOWEST,
            highest: HIGHEST,
            floor: lowest_quality(self.format),
        };
        let outcome = search::lowest_passing_in(
            range,
            &[first_probe(self.format)],
            threshold,
            self.curve,
            |quality| self.coding(quality),
            |quality| {
                self.probe(&EncodeSettings {
                    quality,
                    ..*settings
                })
            },
        )?;
        *self.lock_ahead() = outcome.ahead;
        Ok(outcome.best)
    }

    /// The lowest quality below [`LOWEST`], down to [`lowest_quality`],
    /// that meets `threshold`, from `at_lowest` (LOWEST's probe, passing)
    /// and the probes [`Prober::search_to_lowest`] made below it at the
    /// same settings; `at_lowest` when none passes. A mosaic's answer at
    /// LOWEST goes on down after the whole-image check (see
    /// [`Search::below_floor_after_check`]), from the probe made ahead
    /// too: the Netherlands flag (900 × 600) as AVIF probed its mosaic at
    /// 55, 30 and 31, and after the check 1 and 3 (answer 1); now at 55,
    /// 30 and 1, and after the check no more on the mosaic: three mosaic
    /// probes in two rounds for five in three (docs/BENCHMARKS.md,
    /// session 39).
    fn search_below_lowest(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        at_lowest: Probe,
    ) -> Result<Probe> {
        let mut known = vec![at_lowest];
        known.append(&mut self.lock_ahead());
        let first: Vec<u8> = known.iter().map(|p| p.quality).collect();
        let range = (lowest_quality(self.format), LOWEST);
        self.search_from(settings, threshold, range, &first, &known)
    }

    /// The probes below [`LOWEST`] the last [`Prober::search_to_lowest`]
    /// made ahead (a poisoned lock holds only measurements).
    fn lock_ahead(&self) -> std::sync::MutexGuard<'_, Vec<Probe>> {
        self.ahead.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The search of [`Prober::search`], [`Prober::search_seeded`] and
    /// [`Prober::search_below_lowest`]: from a first batch at `first`,
    /// those of them `known` holds already measured. A `known` probe that
    /// fails, or sits at the bottom of the range when it passes, is the
    /// answer without another encode.
    fn search_from(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        range: (u8, u8),
        first: &[u8],
        known: &[Probe],
    ) -> Result<Probe> {
        let always = None::<fn(usize) -> Result<bool>>;
        self.search_from_while(settings, threshold, range, first, known, always)?
            .ok_or_else(|| Error::failed("a search told to go on stopped"))
    }

    /// [`Prober::search_from`], asking `go_on`, when given, with the first
    /// probe's size once that probe is encoded (before it is measured) and
    /// before each later probe; `None` when it said no (see
    /// [`lossless_may_lose`]). A probe that finds it said no fails, which
    /// ends the search at once; that error is not passed on.
    fn search_from_while(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        (lowest, highest): (u8, u8),
        first: &[u8],
        known: &[Probe],
        go_on: Option<impl Fn(usize) -> Result<bool> + Sync>,
    ) -> Result<Option<Probe>> {
        let first_bytes = OnceLock::new();
        let stopped = AtomicBool::new(false);
        let outcome = search::lowest_passing(
            lowest,
            highest,
            first,
            threshold,
            self.curve,
            |quality| self.coding(quality),
            |quality| {
                let settings = EncodeSettings {
                    quality,
                    ..*settings
                };
                let known = known.iter().find(|probe| probe.quality == quality);
                let probe = match (known, &go_on) {
                    (Some(&probe), _) => probe,
                    (_, None) => self.probe(&settings)?,
                    (_, Some(go_on)) => {
                        let stop = || -> Result<Probe> {
                            stopped.store(true, Ordering::Relaxed);
                            Err(Error::failed("the search was stopped"))
                        };
                        if let Some(&bytes) = first_bytes.get()
                            && !go_on(bytes)?
                        {
                            return stop();
                        }
                        // The first probe's size is all `go_on` needs:
                        // asked before its measurement, which is wasted
                        // when the answer is no.
                        let first =
                            |bytes| first_bytes.set(bytes).map_or(Ok(true), |()| go_on(bytes));
                        match self.probe_checked(&settings, first)? {
                            Some(probe) => probe,
                            None => return stop(),
                        }
                    }
                };
                let _ = first_bytes.set(probe.bytes);
                Ok(probe)
            },
        );
        match outcome {
            Err(_) if stopped.load(Ordering::Relaxed) => Ok(None),
            outcome => outcome.map(|outcome| Some(outcome.best)),
        }
    }

    /// [`Prober::search`] for AVIF photos with probes at
    /// [`AVIF_PROBE_SPEED`], about 5× cheaper than the default speed's,
    /// calibrated by one probe at `settings`' own speed.
    ///
    /// A faster libaom coding distorts a photo more at the same quality,
    /// by a factor that differs from photo to photo (on the corpus mosaics
    /// at quality 55, SSIMULACRA2's distance up to 8% higher at cpu-used 8
    /// than at the default cpu-used 5; one 0.8% lower) and varies little
    /// along quality near the answer. So the usual answer is probed at the
    /// full speed while a search at the fast speed runs beside it, against
    /// the threshold scaled by the typical factor ([`AVIF_FAST_DISTORTION`]);
    /// the search then goes on from the probes it made against the
    /// threshold divided by this photo's factor (seldom needing another
    /// probe). An answer whose estimate comes within [`AVIF_CHECK_MARGIN`]
    /// of the threshold is checked at the full speed, and when it misses,
    /// the factor measured there steers a search above it. When the
    /// probes encode the whole image and keep their outputs, every answer
    /// is checked: the check is then the final encode, so it costs only
    /// its measurement, and the reported distance is measured, not
    /// estimated. Flat illustrations break this (flowers' mosaic:
    /// SSIMULACRA2 88 at cpu-used 5, 30 at cpu-used 8, quality 30), so
    /// graphics and photos checked whole keep full-speed probes.
    ///
    /// Replayed over the 12 corpus photos probed on a mosaic, each at its
    /// threshold scaled by 0.85–1.15 (84 cases), the answer was the
    /// full-speed search's in 75; 7 took a higher quality, 2 a lower one
    /// at most 1% over the threshold (docs/BENCHMARKS.md, session 26).
    fn search_calibrated(&self, settings: &EncodeSettings<'_>, threshold: f64) -> Result<Probe> {
        let first = first_probe(Format::Avif);
        let fast_settings = EncodeSettings {
            avif_speed: AVIF_PROBE_SPEED,
            ..*settings
        };
        // Fast probes by coding, so that the second search reuses the first's.
        let made: Mutex<Vec<Probe>> = Mutex::new(Vec::new());
        let fast = |quality: u8| -> Result<Probe> {
            let known = |p: &&Probe| self.coding(p.quality) == self.coding(quality);
            let lock = || made.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(probe) = lock().iter().find(known) {
                return Ok(Probe { quality, ..*probe });
            }
            let probe = self.trial_probe(&EncodeSettings {
                quality,
                ..fast_settings
            })?;
            lock().push(probe);
            Ok(probe)
        };
        let search = |threshold: f64, lowest: u8, start: &[u8]| {
            search::lowest_passing(
                lowest,
                HIGHEST,
                start,
                threshold,
                self.curve,
                |quality| self.coding(quality),
                fast,
            )
        };
        let (real, typical) = rayon::join(
            || {
                self.probe(&EncodeSettings {
                    quality: first,
                    ..*settings
                })
            },
            || search(threshold * AVIF_FAST_DISTORTION, LOWEST, &[first]),
        );
        let (real, typical) = (real?, typical?);
        let factor = real.distance / fast(first)?.distance;
        let probed: Vec<u8> = typical.probes.iter().map(|p| p.quality).collect();
        let mut best = search(threshold / factor, LOWEST, &probed)?.best;
        if self.coding(best.quality) == self.coding(first) {
            best.distance = real.distance;
            return Ok(best);
        }
        let check_is_final = self.outputs.is_some();
        if !check_is_final && best.distance * factor < threshold * (-AVIF_CHECK_MARGIN).exp() {
            best.distance *= factor;
            return Ok(best);
        }
        // Near the threshold, the factor's drift along quality decides:
        // check the answer at the full speed, and when it misses,
        // recalibrate there and search above it.
        let checked = self.probe(&EncodeSettings {
            quality: best.quality,
            ..*settings
        })?;
        if checked.distance <= threshold {
            if check_is_final {
                // The factor drifts along quality: recalibrated where the
                // answer passed, the fast probes may point to a lower
                // coding, and when that passes at the full speed too, it
                // is the answer.
                let factor = checked.distance / best.distance;
                let lower = search(threshold / factor, LOWEST, &probed)?.best;
                let lower_coding = self.coding(lower.quality);
                if lower.quality < best.quality && lower_coding != self.coding(best.quality) {
                    // The first probe's coding was measured at the full
                    // speed already: not encoded twice.
                    let confirmed = if lower_coding == self.coding(first) {
                        Probe {
                            quality: lower.quality,
                            ..real
                        }
                    } else {
                        self.probe(&EncodeSettings {
                            quality: lower.quality,
                            ..*settings
                        })?
                    };
                    if confirmed.distance <= threshold {
                        return Ok(confirmed);
                    }
                }
            }
            return Ok(checked);
        }
        if best.quality == HIGHEST {
            return Ok(checked);
        }
        let above = (best.quality..=HIGHEST)
            .find(|&q| self.coding(q) != self.coding(best.quality))
            .unwrap_or(HIGHEST);
        if check_is_final {
            // Full-speed probes are final encodes here, and usually the
            // next coding up is the answer.
            return self.search(settings, threshold, (above, HIGHEST));
        }
        let factor = checked.distance / best.distance;
        let mut best = search(threshold / factor, above, &[above])?.best;
        best.distance *= factor;
        Ok(best)
    }
}

fn jpeg<M: Metric>(
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
fn jpeg_full_chroma_search<M: Metric>(
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
fn finish_jpeg<M: Metric>(
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

/// WebP: a lossy quality search on `prober`; for graphics also lossless
/// and near-lossless (measured by `search`'s whole-image prober).
fn webp<M: Metric>(
    search: &Search<'_, M>,
    prober: &Prober<'_, M>,
    probing: Probing,
) -> Result<Choice> {
    let (image, base, threshold) = (search.image, search.base, search.aim.threshold);
    let graphic = search.aim.graphic;
    // Graphics keep their coloured lines and text through 4:2:0 with the
    // sharp conversion; photos do not need it.
    let lossy_mode = if graphic {
        WebpMode::LossySharpYuv
    } else {
        WebpMode::Lossy
    };
    let final_settings = |quality| EncodeSettings {
        quality,
        webp: lossy_mode,
        ..*base
    };
    let floor_settings = final_settings(LOWEST);
    // `None` when lossless is known to beat every lossy output.
    let lossy = || -> Result<Option<Choice>> {
        let probe_settings = EncodeSettings {
            webp: lossy_mode,
            fast: true,
            ..*base
        };
        let best = match probing.failed() {
            Some(failed) => prober.search_seeded(&probe_settings, threshold, failed)?,
            None if graphic => {
                let go_on = |first| lossless_may_lose(search, prober, first, &floor_settings);
                let (range, first) = ((LOWEST, HIGHEST), first_probe(Format::WebP));
                match prober.search_from_while(
                    &probe_settings,
                    threshold,
                    range,
                    &[first],
                    &[],
                    Some(go_on),
                )? {
                    Some(best) => best,
                    None => return Ok(None),
                }
            }
            None => prober.search(&probe_settings, threshold, (LOWEST, HIGHEST))?,
        };
        let floor = search
            .webp_floor
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(bytes) = floor.filter(|_| best.quality == LOWEST) {
            return Ok(Some(Choice {
                bytes,
                quality: Some(LOWEST),
                distance: Some(best.distance),
            }));
        }
        finish(
            image,
            Format::WebP,
            &final_settings(best.quality),
            best.distance,
        )
        .map(Some)
    };
    // Graphics often compress better with VP8L; near-lossless is checked
    // against the target like lossy. Photos skip these costly full encodes.
    if !graphic {
        return lossy()?.ok_or_else(|| Error::failed("a photo's lossy WebP search stopped"));
    }
    let (lossy, others) = rayon::join(lossy, || search.webp_lossless());
    let (lossy, others) = (lossy?, others?);
    // Lossy and near-lossless must meet the target; lossless always does.
    // Graphics are steered by SSIMULACRA2, the judge's own metric, so a
    // lossy output that misses is visibly damaged, never the best effort:
    // a 32 × 32 icon as quality 95 scored 20, its colours smeared by 4:2:0,
    // yet it was smaller than lossless.
    let meets = |c: &Choice| c.distance.is_none_or(|d| d <= threshold);
    let smallest_other = others
        .iter()
        .filter(|c| meets(c))
        .min_by_key(|c| c.bytes.len())
        .expect("lossless always meets the target");
    Ok(match lossy {
        Some(lossy) if meets(&lossy) && lossy.bytes.len() < smallest_other.bytes.len() => lossy,
        _ => smallest_other.clone(),
    })
}

/// How much smaller than the first lossy probe (scaled to the whole image)
/// a WebP graphic's lossless output must be before the lossy search checks
/// whether lossless beats it (see [`lossless_may_lose`]). On the 34 corpus
/// graphics with a lossless candidate, lossless was at most 0.67 of that
/// where it was no larger than lossy at [`LOWEST`], at least 0.81 where
/// it was larger, but for two: image-in-alpha (0.98, lossless 376 bytes
/// the smaller) and plum-blossom-large (0.32: the mosaic's detailed tiles
/// overstate a sparse image; there the check costs one encode).
const LOSSLESS_LIKELY_WINS: f64 = 0.75;

/// Whether a WebP graphic's lossy search should go on: `false` once
/// lossless is known to be no larger than the lossy output at [`LOWEST`]
/// (WebP's output grows with quality, and lossless always meets the
/// target). That output is encoded once, when lossless is known and looks
/// likely to win against `first_bytes`, the search's first probe, and is
/// kept for an answer at [`LOWEST`]. Where lossless won, the search used
/// to walk on for nothing and its final encode took longest (the three
/// Netherlands flags: 112 bytes lossless, 1,400–1,466 lossy at 30, after
/// five rounds; lorem_ipsum: 39,102 against 75,686).
fn lossless_may_lose<M: Metric>(
    search: &Search<'_, M>,
    prober: &Prober<'_, M>,
    first_bytes: usize,
    floor_settings: &EncodeSettings<'_>,
) -> Result<bool> {
    let Some(&lossless) = search.webp_lossless_bytes.get() else {
        return Ok(true);
    };
    let scale = search.image.pixel_count() as f64 / prober.image.pixel_count() as f64;
    if lossless as f64 > LOSSLESS_LIKELY_WINS * first_bytes as f64 * scale {
        return Ok(true);
    }
    // One encode for both probes of a pair: the other waits (the encode
    // runs no rayon work, so nothing it waits for can need this thread).
    let mut floor = search
        .webp_floor
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let floor_bytes = match &*floor {
        Some(bytes) => bytes.len(),
        None => {
            let bytes = encode::encode(search.image, Format::WebP, floor_settings)?;
            floor.insert(bytes).len()
        }
    };
    Ok(lossless > floor_bytes)
}

/// Below this many pixels (128 × 128) an image is held to the graphics
/// threshold: on the corpus, a 64 × 64 photo thumbnail (iptc.png) palettised
/// to the photo threshold scored 67 by SSIMULACRA2.
const TINY_PIXELS: u64 = 128 * 128;

/// Whether the image is under [`TINY_PIXELS`].
fn is_tiny(image: &Image) -> bool {
    image.pixel_count() < TINY_PIXELS
}

/// AVIF: a quality search. A photo's probes (of its mosaic, or of the
/// whole photo from [`AVIF_FAST_PROBE_MIN_PIXELS`]) run at
/// [`AVIF_PROBE_SPEED`], calibrated by one probe at the final speed (see
/// [`Prober::search_calibrated`]); other probes (graphics, photos checked
/// whole, smaller photos) run at the final speed, and the final encode
/// always does. Photos probed whole at the final speed cost about as much
/// as a full-image bisection (paris, 403 × 302: 6 probes, 0.83 s against
/// 0.13 s for one encode). Probes of the whole image that pass at
/// [`LOWEST`] search on down to [`AVIF_LOWEST`]; a mosaic's answer goes
/// there only once it passed whole (see
/// [`Search::below_floor_after_check`]), and one too large to be measured
/// whole stays at LOWEST. Photos' fast probes stop at [`LOWEST`] (no corpus
/// photo probed so comes near it: 46–60).
fn avif<M: Metric>(
    image: &Image,
    base: &EncodeSettings<'_>,
    prober: &Prober<'_, M>,
    threshold: f64,
    probing: Probing,
    photo: bool,
) -> Result<Choice> {
    let probe_settings = EncodeSettings {
        avif_exif: None,
        ..*base
    };
    let fast_probes = photo && image.pixel_count() >= AVIF_FAST_PROBE_MIN_PIXELS;
    let best = if fast_probes && base.avif_speed < AVIF_PROBE_SPEED {
        prober.search_calibrated(&probe_settings, threshold)?
    } else if let Some(failed) = probing.failed() {
        prober.search_seeded(&probe_settings, threshold, failed)?
    } else if !prober.mosaic {
        prober.search_down_to_floor(&probe_settings, threshold)?
    } else {
        // A mosaic goes below LOWEST only after the whole-image check.
        prober.search_to_lowest(&probe_settings, threshold)?
    };
    if let Some(bytes) = prober.output(&probe_settings, best.quality) {
        return Ok(Choice {
            bytes,
            quality: Some(best.quality),
            distance: Some(best.distance),
        });
    }
    finish(
        image,
        Format::Avif,
        &EncodeSettings {
            quality: best.quality,
            ..*base
        },
        best.distance,
    )
}

fn png<M: Metric>(
    image: &Image,
    base: &EncodeSettings<'_>,
    metric: &M,
    threshold: f64,
) -> Result<Choice> {
    match palette::choose(image, metric, threshold, base.png_timeout)? {
        palette::PaletteChoice::Palette { png, distance } => Ok(Choice {
            bytes: png,
            quality: None,
            distance: Some(distance),
        }),
        palette::PaletteChoice::Lossless => Ok(Choice {
            bytes: encode::encode(image, Format::Png, base)?,
            quality: None,
            distance: None,
        }),
    }
}

/// The full-size encode at the chosen settings.
fn finish(
    image: &Image,
    format: Format,
    settings: &EncodeSettings<'_>,
    distance: f64,
) -> Result<Choice> {
    Ok(Choice {
        bytes: encode::encode(image, format, settings)?,
        quality: Some(settings.quality),
        distance: Some(distance),
    })
}

/// Perceptual distance of `candidate` from `reference` by the metric smart
/// quality steers photos by ([`PerceptualMetric::for_photos`]: DSSIM by
/// default): 0 = identical, lower is closer. Both must have the same
/// dimensions; alpha is compared when either image has translucent pixels,
/// else both are composited over white. Graphics sent to lossy formats, and
/// photos sent to AVIF, are steered by SSIMULACRA2: [`smart_aim`] says which
/// metric holds an image.
///
/// ```no_run
/// use compressorize_core::{decode, perceptual_distance, distance_threshold, Limits};
///
/// let original = decode(&std::fs::read("photo.png")?, &Limits::default())?;
/// let compressed = decode(&std::fs::read("photo.jpg")?, &Limits::default())?;
/// let distance = perceptual_distance(&original, &compressed)?;
/// println!("meets the default target: {}", distance <= distance_threshold(80.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn perceptual_distance(reference: &Image, candidate: &Image) -> Result<f64> {
    PerceptualMetric::for_photos().distance(reference, candidate)
}

/// The [`perceptual_distance`] at or below which a photo meets `target`
/// on the SSIMULACRA2 scale (see [`Options::smart_target`](crate::Options::smart_target)).
/// Smart quality holds each image to a threshold of its own, by content,
/// output format and smoothness ([`smart_aim`]).
#[must_use]
pub fn distance_threshold(target: f32) -> f64 {
    with_metric!(PerceptualMetric::for_photos(), |metric| {
        metric.threshold(target, Content::Photo)
    })
}

/// The metric and distance smart quality holds `image` to when it encodes
/// it as `format` from an `input_format` source for `target`. Graphics (PNG
/// sources with large flat areas, and images under 128 × 128) sent to JPEG,
/// WebP or AVIF are steered by SSIMULACRA2, as are photos sent to AVIF and
/// photos smoother than any DSSIM was calibrated on (synthetic gradients),
/// the last ones measured whole after the mosaic; graphics sent to PNG are
/// held to a stricter threshold, and other photos aim by format and by how
/// smooth they are. For tools that search the same target another way (the
/// benchmarks' full-image bisection); the search applies it to its probe
/// image, a mosaic of the most detailed tiles for large images.
///
/// ```no_run
/// use compressorize_core::{Format, Limits, decode, smart_aim};
///
/// let photo = decode(&std::fs::read("photo.jpg")?, &Limits::default())?;
/// let aim = smart_aim(&photo, Format::Jpeg, Format::Avif, 80.0);
/// println!(
///     "smart AVIF holds this photo to a {} distance of {:.6}",
///     aim.metric.name(),
///     aim.threshold
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn smart_aim(image: &Image, input_format: Format, format: Format, target: f32) -> SmartAim {
    // Graphics are lossless sources with large flat areas (screenshots,
    // logos, diagrams); photo-like PNGs are judged as photos, whatever the
    // output format. Tiny images count as graphics too: the metrics have
    // few scales to look at there, and bytes are few.
    let graphic = is_tiny(image) || (input_format == Format::Png && image.looks_like_graphic());
    let lossy = format != Format::Png;
    let (metric, aimed, content, measure_whole) = if graphic {
        let metric = if lossy {
            PerceptualMetric::Ssimulacra2
        } else {
            PerceptualMetric::for_photos()
        };
        (metric, target, Content::Graphic, lossy)
    } else if PerceptualMetric::for_photos() == PerceptualMetric::Ssimulacra2 {
        // Steering by the judge itself needs no corrections (and skips the
        // pass over the image).
        (PerceptualMetric::Ssimulacra2, target, Content::Photo, false)
    } else {
        let share = smooth::smooth_share(image);
        if smooth::beyond_calibration(share) && lossy {
            (PerceptualMetric::Ssimulacra2, target, Content::Photo, true)
        } else if format == Format::Avif {
            // libaom's image-quality tune spends its bits where SSIMULACRA2
            // looks, and DSSIM agrees less with the judge on its outputs: on
            // the corpus photos, steered by SSIMULACRA2 on the same mosaic,
            // smart took 1.008 of sharp's bytes at equal median against
            // 1.015 steered by DSSIM (docs/BENCHMARKS.md, session 26). An
            // AVIF probe costs far more than the metric, so the judge's own
            // metric adds little time here (smart's median 1,932 ms against
            // 1,964; for JPEG it took 10.7× the fixed encode's time).
            (PerceptualMetric::Ssimulacra2, target, Content::Photo, false)
        } else {
            let aimed = photo_target(format, target, share);
            (PerceptualMetric::for_photos(), aimed, Content::Photo, false)
        }
    };
    SmartAim {
        metric,
        threshold: with_metric!(metric, |m| m.threshold(aimed, content)),
        graphic,
        target,
        measure_whole,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pixels::{Layout, Samples};

    fn rgb(width: u32, height: u32, pixel: impl Fn(u32, u32) -> [u8; 3]) -> Image {
        let samples = (0..height)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .flat_map(|(x, y)| pixel(x, y))
            .collect();
        Image {
            width,
            height,
            layout: Layout::Rgb,
            samples: Samples::U8(samples),
        }
    }

    #[test]
    fn smooth_photos_with_few_colours_are_not_graphics() {
        // A noisy gradient: under 16,384 colours, but neighbours differ.
        let gradient = rgb(256, 256, |x, y| {
            let noise = ((x * 7 + y * 13) % 3) as u8;
            [(x / 2) as u8 + noise, (y / 4) as u8, 100]
        });
        assert!(gradient.distinct_colours_up_to(1 << 14).is_some());
        assert!(!gradient.looks_like_graphic());
        // Flat blocks of colour: a diagram.
        let blocks = rgb(256, 256, |x, y| {
            [(x / 32 * 30) as u8, (y / 32 * 30) as u8, 0]
        });
        assert!(blocks.looks_like_graphic());
        // A diagram with a gradient: 65,536 colours on a flat background.
        let diagram = rgb(512, 512, |x, y| {
            if x < 256 && y < 256 {
                [x as u8, y as u8, 128]
            } else {
                [255, 255, 255]
            }
        });
        assert!(diagram.distinct_colours_up_to(1 << 14).is_none());
        assert!(diagram.looks_like_graphic());
    }

    #[test]
    fn images_over_8_megapixels_are_not_measured_whole() {
        // Checked on the dimensions alone, before any pixel is converted.
        let sized = |width, height| Image {
            width,
            height,
            layout: Layout::Gray,
            samples: Samples::U8(Vec::new()),
        };
        assert!(fits_whole_metric(&sized(4000, 2000)));
        assert!(!fits_whole_metric(&sized(4000, 2001)));
    }

    #[test]
    fn fast_avif_probes_find_the_full_speed_answer_on_photo_mosaics() {
        // fox and kodim23 answer near the first probe; northern_cardinal
        // far below it, where its answer is checked at the full speed.
        for file in [
            "photos/fox.jpg",
            "photos/kodim23.png",
            "photos/northern_cardinal_bird.jpg",
        ] {
            let bytes = crate::test_corpus(file);
            let image = crate::decode(&bytes, &Limits::default()).unwrap();
            let input = crate::detect(&bytes).unwrap();
            let aim = smart_aim(&image, input, Format::Avif, 80.0);
            assert!(
                !aim.graphic && !aim.measure_whole,
                "{file}: a photo not measured whole"
            );
            assert!(
                sample::is_sampled(image.width, image.height),
                "{file}: probed on a mosaic"
            );
            let settings = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(1));
            with_metric!(aim.metric, |metric| {
                let prober = Prober::new(metric, Format::Avif, &image, Probing::Sampled);
                let full = prober
                    .search(&settings, aim.threshold, (LOWEST, HIGHEST))
                    .unwrap();
                let fast = prober.search_calibrated(&settings, aim.threshold).unwrap();
                let at_full_speed = prober
                    .probe(&EncodeSettings {
                        quality: fast.quality,
                        ..settings
                    })
                    .unwrap();
                assert_eq!(
                    fast.quality, full.quality,
                    "{file}: fast probes chose q{} ({:.6} at full speed, threshold {:.6})",
                    fast.quality, at_full_speed.distance, aim.threshold
                );
                // The reported distance estimates the full-speed one.
                let ratio = fast.distance / at_full_speed.distance;
                assert!(
                    (0.94..=1.06).contains(&ratio),
                    "{file}: estimate off by {ratio:.3}"
                );
            });
        }
    }

    #[test]
    fn fast_avif_probes_of_small_photos_keep_the_full_speed_answer() {
        // Probed whole: the answer is checked at the full speed, and that
        // probe's output is the one returned, never a fast probe's.
        for (file, width) in [("photos/fox.jpg", 480), ("photos/kodim23.png", 480)] {
            let image = corpus_image(file, Some(width));
            assert!(
                !sample::is_sampled(image.width, image.height),
                "{file}: probed whole"
            );
            let aim = smart_aim(&image, Format::Png, Format::Avif, 80.0);
            assert!(!aim.graphic && !aim.measure_whole, "{file}: a photo");
            let fast = image.pixel_count() >= AVIF_FAST_PROBE_MIN_PIXELS;
            assert!(fast, "{file}: fast probes");
            let settings = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(1));
            with_metric!(aim.metric, |metric| {
                let probing = Probing::Sampled;
                let search = Search::new(metric, &aim, &image, Format::Avif, &settings);
                let chosen = search.run(probing).unwrap();
                let full = Prober::new(metric, Format::Avif, &image, probing)
                    .search(&settings, aim.threshold, (LOWEST, HIGHEST))
                    .unwrap();
                assert_eq!(chosen.quality, Some(full.quality), "{file}");
                let at_full_speed = EncodeSettings {
                    quality: full.quality,
                    ..settings
                };
                let expected = encode::encode(&image, Format::Avif, &at_full_speed).unwrap();
                assert!(
                    chosen.bytes == expected,
                    "{file}: not the full-speed encode"
                );
                let distance = chosen.distance.unwrap();
                assert!(
                    distance <= aim.threshold,
                    "{file}: {distance} over the threshold"
                );
            });
        }
    }

    /// [`encode`] makes the mosaic (or a small image's probe image)
    /// beside the aim and hands it to the search: the answer is the one
    /// a search that makes its own finds, a mosaic's as JPEG and a small
    /// translucent graphic's as WebP (alpha kept).
    #[test]
    fn a_probe_image_made_beside_the_aim_gives_the_same_answer() {
        let cases = [
            ("photos/kodim23.png", Format::Jpeg),
            ("graphics/grey-8bit-alpha.png", Format::WebP),
        ];
        for (file, format) in cases {
            let image = corpus_image(file, None);
            let settings = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(5));
            let ahead = encode(&image, Format::Png, format, &settings, 80.0).unwrap();
            let aim = smart_aim(&image, Format::Png, format, 80.0);
            let own = with_metric!(aim.metric, |metric| {
                Search::new(metric, &aim, &image, format, &settings).run_checked()
            })
            .unwrap();
            assert!(ahead.bytes == own.bytes, "{file} as {format}: other bytes");
            assert_eq!(ahead.quality, own.quality, "{file} as {format}");
            assert_eq!(
                ahead.score,
                own.distance.map(|d| aim.score(d)),
                "{file} as {format}"
            );
        }
    }

    #[test]
    fn images_under_128_by_128_are_tiny() {
        assert!(is_tiny(&rgb(127, 128, |_, _| [0, 0, 0])));
        assert!(is_tiny(&rgb(64, 64, |_, _| [0, 0, 0])));
        assert!(!is_tiny(&rgb(128, 128, |_, _| [0, 0, 0])));
    }

    /// A search over [`LOWEST`]..=[`HIGHEST`] from the format's first
    /// probe, against a threshold of 20, on distances `measured` (without
    /// alpha), with photos' usual slope or graphics'.
    fn replayed_search(format: Format, measured: &[(u8, f64)], photo: bool) -> search::Outcome {
        let coding = |q| encode::coding_key(format, q, false);
        search::lowest_passing(
            LOWEST,
            HIGHEST,
            &[first_probe(format)],
            20.0,
            step_curve(format, photo),
            coding,
            |q| Ok(search::replayed(measured, coding, q)),
        )
        .unwrap()
    }

    #[test]
    fn graphics_avif_searches_start_from_a_flatter_slope() {
        // vips_interconvert_diagram's distances as AVIF (SSIMULACRA2,
        // threshold 20), measured at every coding from 30 to 58: even 30
        // passes. From 55 the photos' slope guesses 41, and the search walks
        // down in four rounds; the graphics' slope reaches 30 in two.
        let measured = [
            (30, 16.211),
            (31, 16.016),
            (33, 15.171),
            (34, 14.412),
            (35, 14.350),
            (36, 13.410),
            (37, 13.921),
            (38, 13.775),
            (39, 12.626),
            (41, 11.687),
            (42, 11.648),
            (43, 11.733),
            (44, 11.162),
            (45, 10.807),
            (46, 10.761),
            (47, 10.515),
            (48, 10.159),
            (49, 10.042),
            (50, 9.636),
            (51, 9.601),
            (52, 9.193),
            (53, 9.006),
            (54, 9.090),
            (55, 8.966),
            (56, 8.806),
            (57, 8.810),
            (58, 8.617),
        ];
        // Down to the floor of 30 the distances were measured to.
        let search = |photo| replayed_search(Format::Avif, &measured, photo);
        let (as_photo, as_graphic) = (search(true), search(false));
        assert_eq!(as_photo.best.quality, 30);
        assert_eq!(as_graphic.best.quality, 30);
        assert_eq!(as_photo.rounds, 4, "{:?}", as_photo.probes);
        assert_eq!(as_graphic.rounds, 2, "{:?}", as_graphic.probes);
    }

    #[test]
    fn jpeg_graphics_searches_start_from_a_flatter_slope() {
        // image-in-alpha's distances as 4:2:0 JPEG probes (SSIMULACRA2,
        // threshold 20), measured where either slope's search probed (by
        // the CLI): from 76 the photos' slope guesses 69 and walks down
        // 57, 35, 43, 45 to 46, eight probes in seven rounds; the
        // graphics' slope guesses 55 and finds 46 in five probes, four
        // rounds.
        let measured = [
            (35, 21.293),
            (43, 20.198),
            (45, 20.143),
            (46, 19.960),
            (55, 18.051),
            (56, 17.843),
            (57, 17.393),
            (69, 15.602),
            (70, 15.223),
            (76, 13.832),
        ];
        let search = |photo| replayed_search(Format::Jpeg, &measured, photo);
        let (as_photo, as_graphic) = (search(true), search(false));
        assert_eq!(as_photo.best.quality, 46);
        assert_eq!(as_graphic.best.quality, 46);
        assert_eq!(as_photo.probes.len(), 8, "{:?}", as_photo.probes);
        assert_eq!(as_graphic.probes.len(), 5, "{:?}", as_graphic.probes);
        assert_eq!(as_photo.rounds, 7, "{:?}", as_photo.probes);
        assert_eq!(as_graphic.rounds, 4, "{:?}", as_graphic.probes);
    }

    /// A corpus image, decoded, and fitted within `width` when given.
    fn corpus_image(path: &str, width: Option<u32>) -> Image {
        let bytes = crate::test_corpus(path);
        let decoded = crate::decode(&bytes, &Limits::default()).unwrap();
        let Some(width) = width else {
            return decoded;
        };
        let (w, h) = crate::resize::fit(decoded.width, decoded.height, Some(width), None);
        crate::resize::resize(&decoded, w, h).unwrap()
    }

    /// A metric that counts its measurements and the references it prepares.
    struct Counted<'m, M> {
        metric: &'m M,
        measured: std::sync::atomic::AtomicUsize,
        prepared: std::sync::atomic::AtomicUsize,
    }

    impl<'m, M> Counted<'m, M> {
        fn new(metric: &'m M) -> Self {
            Counted {
                metric,
                measured: 0.into(),
                prepared: 0.into(),
            }
        }

        /// The references prepared so far.
        fn prepared(&self) -> usize {
            self.prepared.load(std::sync::atomic::Ordering::Relaxed)
        }

        /// The measurements made since the last call.
        fn take(&self) -> usize {
            self.measured.swap(0, std::sync::atomic::Ordering::Relaxed)
        }
    }

    /// A probe at `quality` that misses `threshold`, as a whole-image
    /// check's failed answer does.
    fn failed_probe<M: Metric>(
        prober: &Prober<'_, M>,
        settings: &EncodeSettings<'_>,
        quality: u8,
        threshold: f64,
    ) -> Probe {
        let probe = prober
            .probe(&EncodeSettings {
                quality,
                ..*settings
            })
            .unwrap();
        assert!(probe.distance > threshold, "q{quality} passes");
        probe
    }

    impl<M: Metric> Metric for Counted<'_, M> {
        type Reference = M::Reference;

        fn reference(&self, image: &Image) -> Result<Self::Reference> {
            self.prepared
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            self.metric.reference(image)
        }

        fn distance(&self, reference: &Self::Reference, candidate: &Image) -> Result<f64> {
            self.measured
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            self.metric.distance(reference, candidate)
        }

        fn threshold(&self, target: f32, content: Content) -> f64 {
            self.metric.threshold(target, content)
        }

        fn points_above(&self, distance: f64, threshold: f64, content: Content) -> f64 {
            self.metric.points_above(distance, threshold, content)
        }
    }

    /// A metric that finds the image of size `whole` `factor` times worse
    /// than its mosaic does: how a drawing whose breaking blocks the mosaic
    /// misses looks to the whole-image check.
    struct HarsherWhole<'m, M> {
        metric: &'m M,
        whole: (u32, u32),
        factor: f64,
    }

    impl<M: Metric> Metric for HarsherWhole<'_, M> {
        type Reference = M::Reference;

        fn reference(&self, image: &Image) -> Result<Self::Reference> {
            self.metric.reference(image)
        }

        fn distance(&self, reference: &Self::Reference, candidate: &Image) -> Result<f64> {
            let distance = self.metric.distance(reference, candidate)?;
            let is_whole = (candidate.width, candidate.height) == self.whole;
            Ok(if is_whole {
                distance * self.factor
            } else {
                distance
            })
        }

        fn threshold(&self, target: f32, content: Content) -> f64 {
            self.metric.threshold(target, content)
        }

        fn points_above(&self, distance: f64, threshold: f64, content: Content) -> f64 {
            self.metric.points_above(distance, threshold, content)
        }
    }

    #[test]
    fn a_mosaic_answer_that_misses_the_target_whole_is_searched_whole() {
        // The Netherlands flag (900 × 600), a graphic probed on a mosaic,
        // whose JPEG answer passes whole; measured whole 1.5 times worse,
        // that answer misses, and the whole image is searched to a higher
        // quality that passes whole. (Blackbug did this for real until its
        // misses, inverted blocks, were mended in encode/jpeg.rs.)
        let image = corpus_image("graphics/Flag_of_the_Netherlands.png", None);
        let format = Format::Jpeg;
        let aim = smart_aim(&image, Format::Png, format, 80.0);
        assert!(aim.measure_whole && sample::is_sampled(image.width, image.height));
        let settings = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(5));
        let (plain, checked) = with_metric!(aim.metric, |metric| {
            let harsher = HarsherWhole {
                metric,
                whole: (image.width, image.height),
                factor: 1.5,
            };
            (
                Search::new(metric, &aim, &image, format, &settings).run_checked(),
                Search::new(&harsher, &aim, &image, format, &settings).run_checked(),
            )
        });
        let (plain, checked) = (plain.unwrap(), checked.unwrap());
        let tolerated = aim.threshold * WHOLE_TOLERANCE;
        let plain_whole = plain.distance.unwrap();
        assert!(
            plain_whole * 1.5 > tolerated,
            "the plain answer (q{:?}, {plain_whole:.2} whole) would pass the harsher check too",
            plain.quality
        );
        let checked_whole = checked.distance.unwrap();
        assert!(
            checked_whole <= tolerated,
            "q{:?}: {checked_whole:.2} whole",
            checked.quality
        );
        assert!(
            checked.quality > plain.quality,
            "{:?} vs {:?}",
            checked.quality,
            plain.quality
        );
        assert!(checked.bytes.len() > plain.bytes.len());
    }

    #[test]
    fn a_search_seeded_with_a_failed_answer_finds_the_same_answer_with_fewer_probes() {
        // After a failed whole-image check, the whole-image search of JPEG
        // (4:2:0) and lossy WebP starts from the failed answer's
        // measurement: against the usual first probe (76, 86) and against
        // a search from just above the failed quality (WebP's before).
        let image = corpus_image("photos/kodim23.png", Some(256));
        for format in [Format::Jpeg, Format::WebP] {
            let aim = smart_aim(&image, Format::Png, format, 80.0);
            let settings = EncodeSettings {
                fast: true,
                ..EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(1))
            };
            with_metric!(aim.metric, |metric| {
                let counted = Counted::new(metric);
                let whole = Probing::Whole { failed: None };
                let prober = Prober::new(&counted, format, &image, whole);
                let count = || counted.take();
                let usual = prober
                    .search(&settings, aim.threshold, (LOWEST, HIGHEST))
                    .unwrap();
                let usual_probes = count();
                assert!(
                    usual.distance <= aim.threshold,
                    "{format:?} q{}",
                    usual.quality
                );
                let (mut seeded_total, mut above_total) = (0, 0);
                for below in [2, 6, 12] {
                    let quality = usual.quality - below;
                    let seed = failed_probe(&prober, &settings, quality, aim.threshold);
                    count();
                    let seeded = prober
                        .search_seeded(&settings, aim.threshold, seed)
                        .unwrap();
                    let seeded_probes = count();
                    let above = prober
                        .search(&settings, aim.threshold, (seed.quality + 1, HIGHEST))
                        .unwrap();
                    let above_probes = count();
                    assert_eq!(seeded.quality, usual.quality, "{format:?} {below} below");
                    assert_eq!(above.quality, usual.quality, "{format:?} {below} below");
                    assert!(
                        seeded_probes <= usual_probes.min(above_probes),
                        "{format:?} seeded {below} below: {seeded_probes} probes, \
                         {usual_probes} from the usual first, {above_probes} from above"
                    );
                    seeded_total += seeded_probes;
                    above_total += above_probes;
                }
                assert!(
                    seeded_total < above_total,
                    "{format:?}: {seeded_total} probes seeded, {above_total} from above"
                );
            });
        }
    }

    #[test]
    fn a_candidate_no_smaller_than_the_answer_is_not_measured() {
        // JPEG's 4:4:4 probe beside the 4:2:0 answer: it can only win with
        // fewer bytes, so one that has no fewer goes unmeasured.
        let image = corpus_image("photos/kodim23.png", Some(256));
        let aim = smart_aim(&image, Format::Png, Format::Jpeg, 80.0);
        let settings = EncodeSettings {
            chroma: Chroma::Full,
            fast: true,
            ..EncodeSettings::at_quality(70, 6, std::time::Duration::from_secs(1))
        };
        with_metric!(aim.metric, |metric| {
            let counted = Counted::new(metric);
            let prober = Prober::new(&counted, Format::Jpeg, &image, Probing::Sampled);
            let probe = prober.probe(&settings).unwrap();
            assert_eq!(counted.take(), 1);
            let at_its_size = prober.probe_if_smaller(&settings, probe.bytes).unwrap();
            assert_eq!(at_its_size, None, "as large as the answer");
            assert_eq!(counted.take(), 0, "measured though no smaller");
            let above_its_size = prober.probe_if_smaller(&settings, probe.bytes + 1).unwrap();
            assert_eq!(above_its_size, Some(probe), "smaller than the answer");
            assert_eq!(counted.take(), 1);
        });
    }

    #[test]
    fn an_output_that_decodes_to_the_probe_image_is_not_measured() {
        // full-transparent (300 × 300) flattened on white for JPEG: a blank
        // page, which JPEG codes exactly even at quality 30.
        let image = corpus_image("graphics/full-transparent.png", None);
        let aim = smart_aim(&image, Format::Png, Format::Jpeg, 80.0);
        let settings = EncodeSettings {
            chroma: Chroma::Half,
            fast: true,
            ..EncodeSettings::at_quality(30, 6, std::time::Duration::from_secs(1))
        };
        with_metric!(aim.metric, |metric| {
            let counted = Counted::new(metric);
            let prober = Prober::new(
                &counted,
                Format::Jpeg,
                &image,
                Probing::Whole { failed: None },
            );
            let probe = prober.probe(&settings).unwrap();
            assert_eq!(probe.distance, 0.0);
            assert_eq!(
                counted.take(),
                0,
                "measured though it decodes to the probe image"
            );
        });
        // What a measurement would have said, by either metric, on a flat
        // page and on a photo with alpha.
        let rgb = corpus_image("photos/kodim23.png", Some(128));
        let photo = Image {
            layout: Layout::Rgba,
            samples: match &rgb.samples {
                Samples::U8(rgb) => Samples::U8(
                    rgb.chunks_exact(3)
                        .enumerate()
                        .flat_map(|(i, p)| [p[0], p[1], p[2], (i % 251) as u8])
                        .collect(),
                ),
                Samples::U16(_) => unreachable!("kodim23 is 8-bit"),
            },
            ..rgb
        };
        let mut metrics = vec![PerceptualMetric::Ssimulacra2];
        #[cfg(feature = "dssim")]
        metrics.push(PerceptualMetric::Dssim);
        for metric in metrics {
            for same in [&image, &photo] {
                assert_eq!(metric.distance(same, same).unwrap(), 0.0, "{metric:?}");
            }
        }
    }

    #[test]
    fn a_near_lossless_webp_no_smaller_than_lossless_is_not_measured() {
        // Three flat stripes: near-lossless changes nothing, its bytes are
        // lossless's, and it cannot win.
        let image = corpus_image("graphics/Flag_of_the_Netherlands.png", None);
        let aim = smart_aim(&image, Format::Png, Format::WebP, 80.0);
        assert!(aim.graphic, "a graphic");
        let base = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(1));
        with_metric!(aim.metric, |metric| {
            let counted = Counted::new(metric);
            let search = Search::new(&counted, &aim, &image, Format::WebP, &base);
            let candidates = search.webp_lossless().unwrap();
            assert_eq!(candidates.len(), 1, "lossless alone");
            assert_eq!(candidates[0].distance, None, "lossless");
            assert_eq!(counted.take(), 0, "measurements");
            // Its answer is checked whole: the reference is ready.
            assert_eq!(counted.prepared(), 1, "references prepared");
        });
    }

    #[test]
    fn a_webp_graphic_that_lossless_beats_stops_its_lossy_search() {
        // The flag's lossless output is 112 bytes, its lossy one at the
        // lowest quality over a thousand: once that is known, the first
        // lossy probe is encoded but neither measured nor given a
        // reference, and none follows.
        let image = corpus_image("graphics/Flag_of_the_Netherlands.png", None);
        let aim = smart_aim(&image, Format::Png, Format::WebP, 80.0);
        let base = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(1));
        with_metric!(aim.metric, |metric| {
            let counted = Counted::new(metric);
            let search = Search::new(&counted, &aim, &image, Format::WebP, &base);
            // Lossless known before the search goes on, as when its encode
            // is the quicker.
            let lossless = search.webp_lossless().unwrap()[0].bytes.len();
            let choice = search.run(Probing::Sampled).unwrap();
            assert_eq!((choice.quality, choice.bytes.len()), (None, lossless));
            assert_eq!(counted.take(), 0, "lossy probes measured");
            // The whole image's, for the check (see `webp_lossless`); the
            // unmeasured probe's mosaic needs none.
            assert_eq!(counted.prepared(), 1, "references prepared");
            let floor = search.webp_floor.lock().unwrap().as_ref().map(Vec::len);
            assert!(floor.is_some_and(|floor| floor >= lossless), "{floor:?}");
        });
    }

    #[test]
    fn webp_after_a_failed_check_searches_lossy_again_but_keeps_its_lossless_candidates() {
        // test-pattern's mosaic misleads the search: as WebP its answer
        // missed the target whole (quality 81 at 1280 × 960).
        let image = corpus_image("graphics/test-pattern.png", Some(640));
        let aim = smart_aim(&image, Format::Png, Format::WebP, 80.0);
        assert!(aim.graphic, "a graphic");
        let base = EncodeSettings::at_quality(80, 6, std::time::Duration::from_secs(1));
        with_metric!(aim.metric, |metric| {
            let counted = Counted::new(metric);
            let count = || counted.take();
            let search = Search::new(&counted, &aim, &image, Format::WebP, &base);
            search.run(Probing::Sampled).unwrap();
            let candidates = search.webp_lossless().unwrap().len();
            assert_eq!(candidates, 2, "lossless and near-lossless");
            let lossy = EncodeSettings {
                webp: WebpMode::LossySharpYuv,
                fast: true,
                ..base
            };
            let whole = search.whole().unwrap();
            let answer = whole
                .search(&lossy, aim.threshold, (LOWEST, HIGHEST))
                .unwrap();
            let failed = failed_probe(whole, &lossy, answer.quality - 6, aim.threshold);
            count();
            let seeded = whole.search_seeded(&lossy, aim.threshold, failed).unwrap();
            let seeded_probes = count();
            let choice = search
                .run(Probing::Whole {
                    failed: Some(failed),
                })
                .unwrap();
            // The near-lossless candidate is not encoded and measured again.
            assert_eq!(
                count(),
                seeded_probes,
                "measurements beyond the lossy search"
            );
            if choice.quality.is_some() {
                assert_eq!(choice.quality, Some(seeded.quality), "the lossy answer");
            }
            let meets = choice.distance.is_none_or(|d| d <= aim.threshold);
            assert!(meets, "{:?} misses the target", choice.distance);
            let decoded = crate::decode(&choice.bytes, &Limits::default()).unwrap();
            assert_eq!((decoded.width, decoded.height), (image.width, image.height));
            // One reference for the mosaic and one for the whole image,
            // however many probes measured against them.
            assert_eq!(counted.prepared(), 2, "references prepared");
        });
    }
}
