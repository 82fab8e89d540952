//! SSIMULACRA2 (`fast-ssim2`, BSD/MIT): the judge's own metric.

use super::{Content, Metric, rgb8};
use crate::error::{Error, Result};
use crate::pixels::{Image, Samples};

/// SSIMULACRA2: distance = 100 − score, by
/// `fast-ssim2` (BSD/MIT): SIMD kernels and a reference prepared once, so
/// each probe only processes its candidate.
#[derive(Default)]
pub(crate) struct Ssimulacra2;

impl Ssimulacra2 {
    /// Runs `measure` on `image` as 8-bit sRGB, alpha composited over white
    /// as a browser on a white page would show it.
    fn with_srgb<T>(
        image: &Image,
        measure: impl FnOnce(
            &fast_ssim2::PixelSlice<'_>,
        ) -> std::result::Result<T, fast_ssim2::Ssimulacra2Error>,
    ) -> Result<T> {
        use fast_ssim2::{PixelDescriptor, PixelSlice};
        // The metrics take 8-bit RGB(A), as `comparable` makes it.
        rgb8(image)?;
        let flat = image.flatten_on(u8::MAX);
        let Samples::U8(rgb) = &flat.samples else {
            unreachable!("flatten_on returns 8-bit samples")
        };
        let stride = flat.width as usize * 3;
        let slice = PixelSlice::new(
            rgb,
            flat.width,
            flat.height,
            stride,
            PixelDescriptor::RGB8_SRGB,
        )
        .map_err(|e| Error::failed(format!("SSIMULACRA2 input: {e}")))?;
        measure(&slice).map_err(|e| Error::failed(format!("SSIMULACRA2 failed: {e}")))
    }
}

impl Metric for Ssimulacra2 {
    type Reference = fast_ssim2::Ssimulacra2Reference;

    fn reference(&self, image: &Image) -> Result<Self::Reference> {
        Self::with_srgb(image, fast_ssim2::Ssimulacra2Reference::new)
    }

    fn distance(&self, reference: &Self::Reference, candidate: &Image) -> Result<f64> {
        let score = Self::with_srgb(candidate, |slice| reference.compare(slice))?;
        Ok(100.0 - score)
    }

    fn threshold(&self, target: f32, _content: Content) -> f64 {
        100.0 - f64::from(target)
    }

    fn points_above(&self, distance: f64, threshold: f64, _content: Content) -> f64 {
        threshold - distance
    }
}
