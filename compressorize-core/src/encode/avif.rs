//! AVIF encoding: libaom codes the AV1 image ([`super::av1`]),
//! avif-serialize wraps it in the AVIF container.
//!
//! - Always 10 bits. 16-bit sources need them so smooth gradients don't band;
//!   8-bit sources gain from them too: 8-bit coding took 6% more bytes at
//!   equal SSIMULACRA2 on the corpus photos (docs/BENCHMARKS.md, session 12).
//! - Colour as full-range BT.601 Y'CbCr at full chroma resolution (4:2:0 took
//!   1–2% more bytes at equal quality on the photos); gray sources as
//!   monochrome AV1, which has no chroma planes to code at all.
//! - Alpha as a second, monochrome AV1 image, a little finer than the colour.
//!   The colour of fully transparent pixels is invisible: it is replaced by a
//!   fill from the visible neighbours, which costs almost no bits.
//!
//! libaom replaced rav1e in session 12: at equal SSIMULACRA2 on the 15
//! corpus photos it took 6% fewer bytes at its default speed, in about the
//! same time (docs/BENCHMARKS.md). The quality scale is libavif's and
//! libheif's (and so sharp's): quality q is libaom quantiser
//! ((100 − q) · 63 + 50) / 100.

use super::av1::{self, Coding, DEPTH, Preset, SRGB};
use crate::error::Result;
use crate::pixels::{Image, Layout, Samples};

/// Alpha of a fully opaque pixel: the largest sample value at [`DEPTH`] bits.
const OPAQUE: u16 = (1 << DEPTH) - 1;
/// [`OPAQUE`], the largest sample value, for the colour conversion.
const MAX: f64 = OPAQUE as f64;

/// How much finer than the colour the alpha plane is coded, in quality
/// points: edges of transparency show more than colour noise.
const ALPHA_QUALITY_BONUS: u8 = 10;

/// Encodes `image` as AVIF at `quality` (1..=100, libavif's scale) and
/// `speed` (1 slowest ..= 10 fastest: see [`preset`]), with `exif`
/// embedded if given.
pub(crate) fn encode(
    image: &Image,
    quality: u8,
    speed: u8,
    exif: Option<&[u8]>,
) -> Result<Vec<u8>> {
    encode_with_controls(image, quality, speed, exif, &[])
}

/// [`encode`], with more libaom controls `(id, value)` applied after ours:
/// how the benches' lab measures settings the library does not offer.
pub(crate) fn encode_with_controls(
    image: &Image,
    quality: u8,
    speed: u8,
    exif: Option<&[u8]>,
    extra_controls: &[(u32, i32)],
) -> Result<Vec<u8>> {
    let planes = Planes::from_image(image);
    let (width, height) = (image.width as usize, image.height as usize);
    let (color_quantizer, alpha_quantizer) = quantizers(quality, true);
    let color_coding = Coding {
        quantizer: color_quantizer,
        preset: preset(speed),
        colour: Some(SRGB),
        extra_controls,
    };
    let alpha_coding = Coding {
        quantizer: alpha_quantizer,
        colour: None,
        ..color_coding
    };
    let (color, alpha) = rayon::join(
        || av1::encode(&planes.color, width, height, color_coding),
        || {
            planes
                .alpha
                .as_ref()
                .map(|alpha| av1::encode(std::slice::from_ref(alpha), width, height, alpha_coding))
                .transpose()
        },
    );
    let (color, alpha) = (color?, alpha?);

    let mut container = avif_serialize::Aviffy::new();
    container
        .set_matrix_coefficients(avif_serialize::constants::MatrixCoefficients::Bt601)
        .set_full_color_range(true);
    if planes.color.len() == 1 {
        // Monochrome is only allowed in AV1's main profile (4:4:4 is "high").
        container.set_monochrome(true).set_seq_profile(0);
    }
    if let Some(exif) = exif {
        container.set_exif(exif.to_vec());
    }
    Ok(container.to_vec(&color, alpha.as_deref(), image.width, image.height, DEPTH))
}

/// libaom's quantisers for the colour and (when `alpha`; else 0) the alpha
/// at `quality`: everything the quality changes in the coding.
pub(super) fn quantizers(quality: u8, alpha: bool) -> (u8, u8) {
    let alpha_quantizer = if alpha {
        quantizer(quality.saturating_add(ALPHA_QUALITY_BONUS))
    } else {
        0
    };
    (quantizer(quality), alpha_quantizer)
}

/// libavif's (and libheif's, and so sharp's) quality scale → libaom's
/// quantiser (0 = lossless ..= 63), linear.
fn quantizer(quality: u8) -> u8 {
    let quality = u16::from(quality.min(100));
    (((100 - quality) * 63 + 50) / 100) as u8
}

/// Our speed (1 slowest ..= 10 fastest) → libaom's settings: cpu-used is
/// speed − 1, and speed 6, the default, leaves out partitions under 8×8.
/// On the corpus photos at equal SSIMULACRA2, cpu-used 5 took 8.1% fewer
/// bytes than cpu-used 6 in 5.0× the encode time; without the small
/// partitions, 7.6% fewer in 3.3× the time (docs/BENCHMARKS.md, session 15).
fn preset(speed: u8) -> Preset {
    let speed = speed.clamp(1, 10);
    Preset {
        cpu_used: speed - 1,
        min_partition: if speed == 6 { 8 } else { 4 },
    }
}

/// An image as 10-bit planes, ready for libaom.
struct Planes {
    /// Y', Cb, Cr; or Y' alone for gray sources.
    color: Vec<Vec<u16>>,
    /// Opacity, if any pixel is not fully opaque.
    alpha: Option<Vec<u16>>,
}

impl Planes {
    fn from_image(image: &Image) -> Planes {
        let width = image.width as usize;
        let mut planes = match &image.samples {
            Samples::U8(samples) => split(samples, image.layout, MAX / 255.0),
            Samples::U16(samples) => split(samples, image.layout, MAX / 65535.0),
        };
        if let Some(alpha) = &planes.alpha {
            if alpha.iter().all(|&a| a == OPAQUE) {
                planes.alpha = None;
            } else {
                for plane in &mut planes.color {
                    fill_invisible(plane, alpha, width);
                }
            }
        }
        planes
    }
}

/// Full-range BT.601 Y'CbCr (or Y' alone) and alpha at 10 bits from
/// interleaved samples, each multiplied by `scale` to reach 0..=1023.
fn split<T: Copy + Into<f64>>(samples: &[T], layout: Layout, scale: f64) -> Planes {
    let channels = layout.channels();
    let pixels = samples.len() / channels;
    let quantize = |v: f64| v.round().clamp(0.0, MAX) as u16;
    let middle = (MAX + 1.0) / 2.0;
    let color_planes = if layout.is_gray() { 1 } else { 3 };
    let mut color: Vec<Vec<u16>> = (0..color_planes)
        .map(|_| Vec::with_capacity(pixels))
        .collect();
    let mut alpha = layout.has_alpha().then(|| Vec::with_capacity(pixels));
    for px in samples.chunks_exact(channels) {
        if layout.is_gray() {
            color[0].push(quantize(px[0].into() * scale));
        } else {
            let [r, g, b] = [px[0], px[1], px[2]].map(|c| c.into() * scale);
            let y = 0.299 * r + 0.587 * g + 0.114 * b;
            color[0].push(quantize(y));
            color[1].push(quantize((b - y) / 1.772 + middle));
            color[2].push(quantize((r - y) / 1.402 + middle));
        }
        if let Some(alpha) = &mut alpha {
            alpha.push(quantize(px[channels - 1].into() * scale));
        }
    }
    Planes { color, alpha }
}

/// Replaces the samples of fully transparent pixels by a smooth fill from
/// the visible ones, so that the encoder spends next to nothing on them and
/// nothing sharp sits beside the visible edges to ring into them.
///
/// A push-pull fill: halve the plane again and again, averaging only
/// visible samples, then fill each invisible sample from the next coarser
/// level. Near the visible edges the fill is the average of the closest
/// visible samples; further away it is flat over ever larger, aligned
/// squares, which AV1 codes as flat blocks. (Interpolating between the
/// squares instead took 1.1% more bytes over eight corpus graphics with
/// alpha at quality 80.)
fn fill_invisible(plane: &mut [u16], alpha: &[u16], width: usize) {
    let height = plane.len() / width;
    // Level 0 is half the plane's size: each sample holds the sum and the
    // count of the visible samples it covers.
    let mut levels = vec![Level::halve(width, height, |at| {
        let visible = if alpha[at] > 0 { 1.0 } else { 0.0 };
        (f32::from(plane[at]) * visible, visible)
    })];
    while let Some(finer) = levels.last().filter(|l| l.width > 1 || l.height > 1) {
        let coarser = Level::halve(finer.width, finer.height, |at| {
            (finer.sum[at], finer.count[at])
        });
        levels.push(coarser);
    }
    // From the coarsest level down: what covers nothing visible takes the
    // value of the sample covering it one level up.
    if let Some(top) = levels.last_mut() {
        top.settle(None);
    }
    for level in (0..levels.len() - 1).rev() {
        let (finer, coarser) = levels.split_at_mut(level + 1);
        finer[level].settle(Some(&coarser[0]));
    }
    let half = &levels[0];
    for y in 0..height {
        for x in 0..width {
            if alpha[y * width + x] == 0 {
                plane[y * width + x] = half.value_covering(x, y).round() as u16;
            }
        }
    }
}

/// One level of [`fill_invisible`]'s pyramid.
struct Level {
    width: usize,
    height: usize,
    /// Sum of the visible samples covered; after [`Level::settle`], the
    /// sample's value.
    sum: Vec<f32>,
    /// How many visible samples are covered.
    count: Vec<f32>,
}

impl Level {
    /// The level of half the size of a `width × height` one whose sum and
    /// count at each index `sample` gives.
    fn halve(width: usize, height: usize, sample: impl Fn(usize) -> (f32, f32)) -> Level {
        let (half_width, half_height) = (width.div_ceil(2), height.div_ceil(2));
        let mut sum = vec![0.0; half_width * half_height];
        let mut count = vec![0.0; half_width * half_height];
        for y in 0..height {
            for x in 0..width {
                let (s, c) = sample(y * width + x);
                let to = (y / 2) * half_width + x / 2;
                sum[to] += s;
                count[to] += c;
            }
        }
        Level {
            width: half_width,
            height: half_height,
            sum,
            count,
        }
    }

    /// The value of the sample that covers `(x, y)` of the level below.
    fn value_covering(&self, x: usize, y: usize) -> f32 {
        self.sum[(y / 2) * self.width + x / 2]
    }

    /// Turns sums into values: averages where something visible is
    /// covered; elsewhere the value covering it in `coarser` (already
    /// settled), or 0 at the top when nothing is visible at all.
    fn settle(&mut self, coarser: Option<&Level>) {
        for y in 0..self.height {
            for x in 0..self.width {
                let at = y * self.width + x;
                self.sum[at] = if self.count[at] > 0.0 {
                    self.sum[at] / self.count[at]
                } else {
                    coarser.map_or(0.0, |c| c.value_covering(x, y))
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_scale_is_libavifs() {
        assert_eq!(quantizer(100), 0);
        assert_eq!(quantizer(90), 6);
        assert_eq!(quantizer(80), 13);
        assert_eq!(quantizer(75), 16);
        assert_eq!(quantizer(50), 32);
        assert_eq!(quantizer(1), 62);
        assert_eq!(quantizer(0), 63);
    }

    #[test]
    fn qualities_with_one_coding_key_give_the_same_bytes() {
        // 96 × 96 noise over a gradient; with alpha, a noisy translucent ramp.
        let image = |alpha: bool| {
            let mut state = 777u32;
            let mut samples = Vec::new();
            for y in 0..96u32 {
                for x in 0..96u32 {
                    state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    let noise = state.to_le_bytes();
                    samples.extend([(x * 2) as u8 ^ (noise[0] & 31), (y * 2) as u8, noise[1]]);
                    if alpha {
                        samples.push((x * 2) as u8 | (noise[2] & 15));
                    }
                }
            }
            Image {
                width: 96,
                height: 96,
                layout: if alpha { Layout::Rgba } else { Layout::Rgb },
                samples: Samples::U8(samples),
            }
        };
        for alpha in [false, true] {
            let image = image(alpha);
            let bytes = |q| encode(&image, q, 10, None).unwrap();
            let mut shared = 0;
            for q in 30..95 {
                if quantizers(q, alpha) == quantizers(q + 1, alpha) {
                    shared += 1;
                    assert_eq!(bytes(q), bytes(q + 1), "alpha {alpha}, q{q} and q{}", q + 1);
                }
            }
            // 24 of the 65 neighbouring pairs share the colour quantiser,
            // 7 also the alpha one.
            assert_eq!(shared, if alpha { 7 } else { 24 }, "alpha {alpha}");
        }
        // With alpha, the colour quantiser alone is not the coding: 63 and
        // 64 share it, the alpha quantisers (at 73, 74) differ.
        assert_eq!(quantizer(63), quantizer(64));
        assert_ne!(quantizers(63, true), quantizers(64, true));
        let translucent = image(true);
        assert_ne!(
            encode(&translucent, 63, 10, None).unwrap(),
            encode(&translucent, 64, 10, None).unwrap()
        );
    }

    #[test]
    fn speed_is_cpu_used_plus_one_and_the_default_skips_the_smallest_partitions() {
        let full = |cpu_used| Preset {
            cpu_used,
            min_partition: 4,
        };
        assert_eq!(preset(1), full(0));
        assert_eq!(preset(5), full(4));
        assert_eq!(
            preset(crate::Options::default().avif_speed),
            Preset {
                cpu_used: 5,
                min_partition: 8
            }
        );
        assert_eq!(preset(7), full(6));
        assert_eq!(preset(10), full(9));
    }

    #[test]
    fn invisible_samples_take_the_nearest_visible_average() {
        // 4 × 4; visible: the top-left 2 × 2 (10, 20, 30, 40) and the
        // bottom-right sample (1000). The squares with nothing visible take
        // the average of all five: 220.
        #[rustfmt::skip]
        let alpha = [
            1023, 1023, 0, 0,
            1023, 1023, 0, 0,
            0,    0,    0, 0,
            0,    0,    0, 512,
        ];
        #[rustfmt::skip]
        let mut plane = [
            10, 20, 999, 999,
            30, 40, 999, 999,
            999, 999, 999, 999,
            999, 999, 999, 1000,
        ];
        fill_invisible(&mut plane, &alpha, 4);
        #[rustfmt::skip]
        assert_eq!(plane, [
            10, 20, 220, 220,
            30, 40, 220, 220,
            220, 220, 1000, 1000,
            220, 220, 1000, 1000,
        ]);
        // Odd sizes, one visible sample: everything takes its value.
        let mut odd = [7, 7, 7, 7, 600, 7];
        fill_invisible(&mut odd, &[0, 0, 0, 0, 1, 0], 3);
        assert_eq!(odd, [600; 6]);

        let mut nothing_visible = [5, 6, 7, 8];
        fill_invisible(&mut nothing_visible, &[0; 4], 2);
        assert_eq!(nothing_visible, [0; 4]);
    }

    #[test]
    fn invisible_colours_cost_no_bytes() {
        // 128 × 128: the left half an opaque gradient, the right half fully
        // transparent over black or over noise.
        let image = |noise: bool| {
            let mut state = 12345u32;
            let mut samples = Vec::new();
            for y in 0..128u32 {
                for x in 0..128u32 {
                    if x < 64 {
                        samples.extend([(x * 4) as u8, (y * 2) as u8, 128, 255]);
                    } else if noise {
                        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                        samples.extend(state.to_le_bytes()[..3].iter().copied());
                        samples.push(0);
                    } else {
                        samples.extend([0, 0, 0, 0]);
                    }
                }
            }
            Image {
                width: 128,
                height: 128,
                layout: Layout::Rgba,
                samples: Samples::U8(samples),
            }
        };
        let size = |noise| encode(&image(noise), 80, 10, None).unwrap().len();
        let (over_black, over_noise) = (size(false), size(true));
        assert!(
            over_noise as f64 <= over_black as f64 * 1.02,
            "{over_noise} bytes over noise, {over_black} over black"
        );
    }
}
