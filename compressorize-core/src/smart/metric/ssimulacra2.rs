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

#[cfg(test)]
mod tests {
    use super::*;

    /// An 8-bit RGB image of ramps, 8 × 8 blocks and noise: content for
    /// every kernel, at any size, without a decoder in between.
    fn pattern(width: u32, height: u32) -> Image {
        let mut state: u32 = 0x1234_5678;
        let mut noise = || {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 24) as i32 % 25 - 12
        };
        let mut rgb = Vec::with_capacity(width as usize * height as usize * 3);
        for y in 0..height {
            for x in 0..width {
                let block = if (x / 8 + y / 8) % 2 == 0 { 40 } else { 200 };
                let ramps = [x * 255 / (width - 1), y * 255 / (height - 1)].map(|v| v as i32);
                for v in [ramps[0], ramps[1], block] {
                    rgb.push((v + noise()).clamp(0, 255) as u8);
                }
            }
        }
        Image {
            width,
            height,
            layout: crate::pixels::Layout::Rgb,
            samples: Samples::U8(rgb),
        }
    }

    /// `image` posterised to 32 levels a channel.
    fn posterized(image: &Image) -> Image {
        let Samples::U8(rgb) = &image.samples else {
            unreachable!("pattern makes 8-bit samples")
        };
        Image {
            samples: Samples::U8(rgb.iter().map(|v| (v & 0xF8) | 4).collect()),
            ..image.clone()
        }
    }

    /// The vendored fast-ssim2 (vendor/fast-ssim2/COMPRESSORIZE.md) runs
    /// its own kernels and keeps planes between compares and references;
    /// the smart search's calibration and every output measured so far
    /// rest on the published crate's scores. These are fast-ssim2 0.9.1's,
    /// from crates.io, for the same pairs: widths and heights that are and
    /// are not multiples of 8, one narrower than two column blocks.
    #[test]
    fn scores_are_the_published_crates_bit_for_bit() {
        let published = [
            (203, 141, 89.26457095117193_f64),
            (64, 48, 90.12274201180901),
            (9, 300, 96.03966628165453),
            (640, 19, 94.45417662372128),
        ];
        let metric = Ssimulacra2;
        for (width, height, score) in published {
            let source = pattern(width, height);
            let candidate = posterized(&source);
            let reference = metric.reference(&source).unwrap();
            let expected = 100.0 - score;
            // The compares and references before (of other sizes, in this
            // loop and in other tests) fill the process's pool of planes;
            // these reuse them, two compares at once.
            let first = metric.distance(&reference, &candidate).unwrap();
            let (second, third) = rayon::join(
                || metric.distance(&reference, &candidate).unwrap(),
                || metric.distance(&reference, &candidate).unwrap(),
            );
            for distance in [first, second, third] {
                assert_eq!(
                    distance.to_bits(),
                    expected.to_bits(),
                    "{width} x {height}: {distance} against {expected}"
                );
            }
            assert_eq!(metric.distance(&reference, &source).unwrap(), 0.0);
        }
    }
}
