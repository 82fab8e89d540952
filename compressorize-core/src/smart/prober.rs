//! The prober: the image a search's probes encode (the whole image, or a
//! mosaic of its most detailed tiles), its reference prepared once for the
//! metric, and the searches along quality that the formats' choosers run
//! on it (interpolated by [`super::search`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use super::metric::{Metric, comparable};
use super::search::{self, Probe, StepCurve};
use super::{
    AVIF_PROBE_SPEED, HIGHEST, LOWEST, Probing, first_probe, lowest_quality, made_once, sample,
    step_curve,
};
use crate::decode;
use crate::encode::webp::LossyPlanes;
use crate::encode::{self, Chroma, EncodeSettings, WebpMode};
use crate::error::{Error, Result};
use crate::format::Format;
use crate::limits::Limits;
use crate::pixels::Image;

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

/// The image probes run on, and its prepared reference.
pub(super) struct Prober<'m, M: Metric> {
    metric: &'m M,
    format: Format,
    /// The whole image or a mosaic of it, 8-bit, as the encoder takes it.
    pub(super) image: Image,
    /// Whether `image` is a mosaic of tiles.
    pub(super) mosaic: bool,
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
    /// For lossy WebP: `image` converted to the encoder's planes once per
    /// conversion, plain and sharp, for every probe in that conversion
    /// (see [`Prober::encode_image`]).
    webp_planes: [OnceLock<LossyPlanes>; 2],
    /// For lossy WebP: the bytes every output of `image` spends on its
    /// alpha plane, once a probe showed them (see
    /// [`encode::webp::alpha_chunk_bytes`]).
    webp_alpha_bytes: OnceLock<usize>,
}

/// Encoded probes by quality and chroma, filled by probes running in
/// parallel.
type KeptOutputs = Mutex<Vec<((u8, Chroma), Vec<u8>)>>;

/// The image a prober encodes and measures: the whole image or a mosaic
/// of its most detailed tiles, 8-bit as the encoder takes it.
pub(super) struct ProbeImage {
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
    /// search's is made beside [`super::smart_aim`] (see [`super::encode()`]).
    pub(super) fn new(format: Format, full: &Image, probing: Probing) -> Self {
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
    pub(super) fn new(metric: &'m M, format: Format, full: &Image, probing: Probing) -> Self {
        Prober::on(metric, format, ProbeImage::new(format, full, probing))
    }

    /// A prober of `probe_image`, with photos' usual slope.
    pub(super) fn on(metric: &'m M, format: Format, probe_image: ProbeImage) -> Self {
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
            webp_planes: Default::default(),
            webp_alpha_bytes: OnceLock::new(),
        }
    }

    /// The probe image's reference, prepared on first use.
    fn reference(&self) -> Result<&M::Reference> {
        made_once(&self.reference, || {
            self.metric.reference(&comparable(&self.image, self.alpha))
        })
    }

    /// Prepares the reference now, where a core would otherwise idle (the
    /// whole image's, beside the search: see
    /// [`super::Search::run_checked`]).
    pub(super) fn prepare(&self) -> Result<()> {
        self.reference().map(drop)
    }

    /// Searches with the usual slope for photos or, `photo` false, for
    /// graphics and flat illustrations (see [`step_curve`]).
    pub(super) fn steered_for(mut self, photo: bool) -> Self {
        self.curve = step_curve(self.format, photo);
        self
    }

    /// Keeps every probe's output, for [`Prober::output`] (which probers
    /// do: [`super::Search::prober_of`]).
    pub(super) fn keeping_outputs(mut self) -> Self {
        self.outputs = Some(Mutex::new(Vec::new()));
        self
    }

    /// The kept output of the probe at `settings`' chroma coded as
    /// `quality` would be (see [`Prober::coding`]), if the probes encoded
    /// the whole image and kept their outputs.
    pub(super) fn output(&self, settings: &EncodeSettings<'_>, quality: u8) -> Option<Vec<u8>> {
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
    pub(super) fn measure(&self, bytes: &[u8]) -> Result<f64> {
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
    pub(super) fn probe(&self, settings: &EncodeSettings<'_>) -> Result<Probe> {
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
        let bytes = self.encode_image(settings)?;
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
    pub(super) fn probe_if_smaller(
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
        let (bytes, prepared) = rayon::join(|| self.encode_image(settings), || self.prepare());
        let bytes = bytes?;
        prepared?;
        Ok(bytes)
    }

    /// The probe image encoded at `settings`. Lossy WebP codes the planes
    /// converted at the first probe (the same bytes; sharp YUV's
    /// conversion was 13% of smart WebP's CPU on the corpus graphics, once
    /// per probe).
    fn encode_image(&self, settings: &EncodeSettings<'_>) -> Result<Vec<u8>> {
        let slot = match (self.format, settings.webp) {
            (Format::WebP, WebpMode::Lossy) => 0,
            (Format::WebP, WebpMode::LossySharpYuv) => 1,
            _ => return encode::encode(&self.image, self.format, settings),
        };
        let planes = made_once(&self.webp_planes[slot], || {
            LossyPlanes::new(&self.image, settings.webp)
        })?;
        let bytes = planes.encode(settings.quality, settings.fast)?;
        self.webp_alpha_bytes
            .get_or_init(|| encode::webp::alpha_chunk_bytes(&bytes));
        Ok(bytes)
    }

    /// The bytes every lossy WebP of the whole image spends on its alpha
    /// plane, once a probe of the whole image has been encoded (a mosaic's
    /// say nothing of the whole image's).
    pub(super) fn whole_image_alpha_bytes(&self) -> Option<usize> {
        if self.mosaic {
            return None;
        }
        self.webp_alpha_bytes.get().copied()
    }

    /// `full`, the image this prober was made from, encoded at `settings`:
    /// from the probes' planes when the probe image is the whole image
    /// (lossy WebP's final and floor encodes; see [`Prober::encode_image`]).
    pub(super) fn encode_full(
        &self,
        full: &Image,
        settings: &EncodeSettings<'_>,
    ) -> Result<Vec<u8>> {
        if self.mosaic {
            encode::encode(full, self.format, settings)
        } else {
            self.encode_image(settings)
        }
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
    pub(super) fn search(
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
    pub(super) fn search_seeded(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        failed: Probe,
    ) -> Result<Probe> {
        let range = (lowest_quality(self.format), HIGHEST);
        self.search_resumed(settings, threshold, range, &[failed])
    }

    /// [`Prober::search`] over `range`, its first batch the probes
    /// `known` (at least one, already measured at `settings`): the search
    /// goes on from them without encoding them again.
    pub(super) fn search_resumed(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        range: (u8, u8),
        known: &[Probe],
    ) -> Result<Probe> {
        let first: Vec<u8> = known.iter().map(|p| p.quality).collect();
        self.search_from(settings, threshold, range, &first, known)
    }

    /// [`Prober::search`] from [`LOWEST`] up, then, when [`LOWEST`]
    /// passes and the format goes lower (AVIF), on down from it to
    /// [`lowest_quality`] where that is smaller (see
    /// [`Prober::search_below_lowest`]).
    pub(super) fn search_down_to_floor(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
    ) -> Result<Probe> {
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
    pub(super) fn search_to_lowest(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
    ) -> Result<Probe> {
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
    /// [`super::Search::below_floor_after_check`]), from the probe made
    /// ahead too: the Netherlands flag (900 × 600) as AVIF probed its mosaic at
    /// 55, 30 and 31, and after the check 1 and 3 (answer 1); now at 55,
    /// 30 and 1, and after the check no more on the mosaic: three mosaic
    /// probes in two rounds for five in three (docs/BENCHMARKS.md,
    /// session 39).
    pub(super) fn search_below_lowest(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
        at_lowest: Probe,
    ) -> Result<Probe> {
        let mut known = vec![at_lowest];
        known.append(&mut self.lock_ahead());
        let range = (lowest_quality(self.format), LOWEST);
        self.search_resumed(settings, threshold, range, &known)
    }

    /// The probes below [`LOWEST`] the last [`Prober::search_to_lowest`]
    /// made ahead (a poisoned lock holds only measurements).
    fn lock_ahead(&self) -> std::sync::MutexGuard<'_, Vec<Probe>> {
        self.ahead.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The search of [`Prober::search`] and [`Prober::search_resumed`]
    /// (which [`Prober::search_seeded`] and [`Prober::search_below_lowest`]
    /// call): from a first batch at `first`,
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
    /// [`super::webp::lossless_may_lose`]). A probe that finds it said no
    /// fails, which ends the search at once; that error is not passed on.
    pub(super) fn search_from_while(
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
    pub(super) fn search_calibrated(
        &self,
        settings: &EncodeSettings<'_>,
        threshold: f64,
    ) -> Result<Probe> {
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
