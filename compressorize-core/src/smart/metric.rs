//! The perceptual metric the search steers by: a distance between the
//! prepared source (the reference) and a decoded candidate, lower = closer.
//!
//! The default is DSSIM (`dssim-core`, AGPL-3.0, like this workspace: the
//! `dssim` cargo feature, on by default); the `ssimulacra2` feature switches
//! to SSIMULACRA2 (`fast-ssim2` crate, BSD-2-Clause, BSD-3-Clause and MIT),
//! the judge's own metric, and takes precedence when both are on. Built
//! with `--no-default-features --features ssimulacra2`, dssim-core is left
//! out. Either way the target is given on the SSIMULACRA2 scale, and each
//! metric maps it to its own distance threshold (see [`Metric::threshold`]).

#[cfg(not(any(feature = "dssim", feature = "ssimulacra2")))]
compile_error!(
    "compressorize-core needs a metric for smart quality: \
     enable the `dssim` (default) or the `ssimulacra2` feature"
);

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
#[cfg(feature = "ssimulacra2")]
mod ssimulacra2;

/// The metric this build uses.
#[cfg(all(feature = "dssim", not(feature = "ssimulacra2")))]
pub(crate) type ActiveMetric = dssim::Dssim;
/// The metric this build uses.
#[cfg(feature = "ssimulacra2")]
pub(crate) type ActiveMetric = ssimulacra2::Ssimulacra2;

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
