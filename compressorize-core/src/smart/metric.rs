//! The perceptual metrics the search steers by: a distance between the
//! prepared source (the reference) and a decoded candidate, lower = closer.
//!
//! Two metrics, one per kind of image (see [`PerceptualMetric`]):
//!
//! - SSIMULACRA2 (`fast-ssim2` crate, BSD-2-Clause, BSD-3-Clause and MIT),
//!   the judge's own metric, in every build. It steers graphics sent to
//!   JPEG, WebP and AVIF: there DSSIM is blind to what the judge punishes
//!   most (colour bleeding, banding on synthetic gradients) and harsher than
//!   it on text, so no one DSSIM line fits them (docs/BENCHMARKS.md,
//!   session 21). It also steers photos sent to AVIF, whose image-quality
//!   tune DSSIM agrees less with (session 26).
//! - DSSIM (`dssim-core`, AGPL-3.0, like this workspace: the `dssim` cargo
//!   feature, on by default) steers other photos (JPEG, WebP) and palette
//!   PNGs, for which it is calibrated and cheaper. Built with
//!   `--no-default-features` (or with the `ssimulacra2` feature),
//!   SSIMULACRA2 steers those too and dssim-core is left out.
//!
//! Either way the target is given on the SSIMULACRA2 scale, and each metric
//! maps it to its own distance threshold (see [`Metric::threshold`]).

use crate::color::expand_gray_u8;
use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// A full-reference image metric, prepared once per reference and then
/// compared against many candidates (in parallel, hence `Sync`).
pub(crate) trait Metric: Sync {
    /// The reference in the metric's internal form (computed once).
    type Reference: Send + Sync;

    /// Prepares `image` (8-bit RGB or RGBA, see [`comparable`]) as a reference.
    fn reference(&self, image: &Image) -> Result<Self::Reference>;

    /// Distance of `candidate` (same size and layout as the reference) from it.
    fn distance(&self, reference: &Self::Reference, candidate: &Image) -> Result<f64>;

    /// The distance at or below which an image scores `target` or more on
    /// the SSIMULACRA2 scale (70 high quality, 80 invisible side by side,
    /// 90 visually lossless), as calibrated on the corpus for `content`.
    fn threshold(&self, target: f32, content: Content) -> f64;

    /// How many SSIMULACRA2 points `distance` is above (positive) or below
    /// the `threshold` computed for `content`: how a measured distance is
    /// reported on the target's scale.
    fn points_above(&self, distance: f64, threshold: f64, content: Content) -> f64;
}

/// What kind of image a threshold is for: metrics and the judge disagree
/// differently on photos and on flat-colour graphics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Content {
    /// Camera images (lossy JPEG/WebP/AVIF output).
    Photo,
    /// Screenshots, logos, diagrams (palette PNG, near-lossless WebP).
    Graphic,
}

#[cfg(feature = "dssim")]
mod dssim;
mod ssimulacra2;

#[cfg(feature = "dssim")]
pub(crate) use dssim::Dssim;
pub(crate) use ssimulacra2::Ssimulacra2;

/// Runs `$body` with `$metric` bound to the [`Metric`] implementation a
/// [`PerceptualMetric`] names (the search is generic over the metric).
macro_rules! with_metric {
    ($kind:expr, |$metric:ident| $body:expr) => {
        match $kind {
            #[cfg(feature = "dssim")]
            $crate::smart::metric::PerceptualMetric::Dssim => {
                let $metric = &$crate::smart::metric::Dssim::default();
                $body
            }
            $crate::smart::metric::PerceptualMetric::Ssimulacra2 => {
                let $metric = &$crate::smart::metric::Ssimulacra2;
                $body
            }
        }
    };
}
pub(crate) use with_metric;

/// A perceptual metric smart quality steers by (see
/// [`SmartAim`](crate::SmartAim)): distances are 0 for identical images and
/// grow as they differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PerceptualMetric {
    /// DSSIM (`dssim-core`): multi-scale structural dissimilarity in L*a*b*.
    /// Only in builds with the `dssim` feature (the default).
    #[cfg(feature = "dssim")]
    Dssim,
    /// SSIMULACRA2 (`fast-ssim2`): the distance is 100 − the score.
    Ssimulacra2,
}

impl PerceptualMetric {
    /// The metric this build steers photos (sent to JPEG or WebP: AVIF's
    /// are always steered by SSIMULACRA2, see [`crate::smart_aim`]) and
    /// palette PNGs by: DSSIM with the `dssim` feature (the default) unless
    /// `ssimulacra2` is on too, else SSIMULACRA2.
    #[must_use]
    pub fn for_photos() -> Self {
        #[cfg(all(feature = "dssim", not(feature = "ssimulacra2")))]
        return PerceptualMetric::Dssim;
        #[cfg(not(all(feature = "dssim", not(feature = "ssimulacra2"))))]
        return PerceptualMetric::Ssimulacra2;
    }

    /// Perceptual distance of `candidate` from `reference`: 0 = identical,
    /// lower is closer. Both must have the same dimensions; alpha is
    /// compared when either image has translucent pixels, else both are
    /// composited over white.
    pub fn distance(self, reference: &Image, candidate: &Image) -> Result<f64> {
        if (reference.width, reference.height) != (candidate.width, candidate.height) {
            return Err(Error::failed(format!(
                "cannot compare a {}x{} image with a {}x{} one",
                reference.width, reference.height, candidate.width, candidate.height
            )));
        }
        let alpha = [reference, candidate]
            .iter()
            .any(|i| i.layout.has_alpha() && i.uses_alpha());
        with_metric!(self, |metric| {
            let prepared = metric.reference(&comparable(reference, alpha))?;
            metric.distance(&prepared, &comparable(candidate, alpha))
        })
    }

    /// The metric's name (`dssim`, `ssimulacra2`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            #[cfg(feature = "dssim")]
            PerceptualMetric::Dssim => "dssim",
            PerceptualMetric::Ssimulacra2 => "ssimulacra2",
        }
    }
}

/// Smallest side the multi-scale metrics work on; smaller images are
/// enlarged by pixel repetition before comparing (both sides alike).
const MIN_SIDE: u32 = 16;

/// `image` as 8-bit RGB, or RGBA when `alpha` (what the metrics compare).
pub(crate) fn comparable(image: &Image, alpha: bool) -> Image {
    let eight = if alpha {
        image.to_8bit()
    } else {
        image.flatten_on_white()
    };
    let Samples::U8(samples) = &eight.samples else {
        unreachable!("to_8bit returns 8-bit samples")
    };
    let (mut samples, mut layout) = expand_gray_u8(samples, eight.layout);
    if alpha && layout == Layout::Rgb {
        samples = samples
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], u8::MAX])
            .collect();
        layout = Layout::Rgba;
    }
    enlarge_if_tiny(Image {
        layout,
        samples: Samples::U8(samples),
        ..eight
    })
}

fn enlarge_if_tiny(image: Image) -> Image {
    let factor = MIN_SIDE.div_ceil(image.width.min(image.height));
    if factor <= 1 {
        return image;
    }
    let Samples::U8(samples) = &image.samples else {
        return image;
    };
    let channels = image.layout.channels();
    let (width, height) = (image.width * factor, image.height * factor);
    let mut out = Vec::with_capacity(width as usize * height as usize * channels);
    for y in 0..height {
        let row = (y / factor) as usize * image.width as usize;
        for x in 0..width {
            let at = (row + (x / factor) as usize) * channels;
            out.extend_from_slice(&samples[at..at + channels]);
        }
    }
    Image {
        width,
        height,
        layout: image.layout,
        samples: Samples::U8(out),
    }
}

fn rgb8(image: &Image) -> Result<&[u8]> {
    match &image.samples {
        Samples::U8(v) if matches!(image.layout, Layout::Rgb | Layout::Rgba) => Ok(v),
        _ => Err(Error::failed("metric input must be 8-bit RGB(A)")),
    }
}
