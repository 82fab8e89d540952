//! AVIF encoding: rav1e codes the AV1 image, avif-serialize wraps it in the
//! AVIF container.
//!
//! - Always 10 bits. 16-bit sources need them so smooth gradients don't band;
//!   8-bit sources gain from them too: rav1e's finer internal precision took
//!   6% fewer bytes at equal SSIMULACRA2 on the corpus photos
//!   (docs/BENCHMARKS.md), at about twice the encode time.
//! - Colour as full-range BT.601 Y'CbCr at full chroma resolution (4:2:0 took
//!   1–2% more bytes at equal quality on the photos); gray sources as
//!   monochrome AV1, which has no chroma planes to code at all.
//! - Alpha as a second, monochrome AV1 image, a little finer than the colour.
//!   The colour of fully transparent pixels is invisible: it is replaced by a
//!   fill from the visible neighbours, which costs almost no bits.
//!
//! rav1e is driven directly, not through ravif, for its in-loop filters,
//! CDEF and loop restoration, which ravif 0.13 turns on for every quality
//! above 55. On photos they cost more than they give: without them the 15
//! corpus photos took 0.38–0.40× the encode time at speed 7 and 0.4–0.5%
//! fewer bytes, at 0.06–0.16 lower SSIMULACRA2 on average (about even at
//! equal score). On graphics they pay: at equal SSIMULACRA2 they save 4–8%
//! of the bytes of six of seven corpus screenshots, diagrams and logos
//! (swiss: none; docs/BENCHMARKS.md, session 10). So they stay on for
//! images that look like graphics and for alpha planes. The other settings
//! follow ravif's measured choices: the quality scale and the bytes are
//! otherwise those of ravif (and of cavif).

use rav1e::config::SpeedSettings;
use rav1e::prelude::{
    BlockSize, ChromaSampling, ColorDescription, ColorPrimaries, Config, Context, EncoderConfig,
    EncoderStatus, MatrixCoefficients, PartitionRange, PixelRange, PredictionModesSetting,
    SGRComplexityLevel, SceneDetectionSpeed, TransferCharacteristics,
};

use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// Bit depth of every AVIF we write.
const DEPTH: u8 = 10;
/// Alpha of a fully opaque pixel: the largest sample value at [`DEPTH`] bits.
const OPAQUE: u16 = (1 << DEPTH) - 1;
/// [`OPAQUE`], the largest sample value, for the colour conversion.
const MAX: f64 = OPAQUE as f64;

/// The fastest rav1e speed (as set up here) that still codes 8×8
/// partitions: speeds 9 and 10 code only 16×16 ones.
const FASTEST_SPEED_FOR_PARTIAL_BLOCKS: u8 = 8;

/// The fastest speed with an in-loop filter on (CDEF; loop restoration
/// stops at 8), as in ravif.
const FASTEST_SPEED_WITH_FILTERS: u8 = 9;

/// The speed `image` is encoded at when `speed` is asked for: at most
/// [`FASTEST_SPEED_FOR_PARTIAL_BLOCKS`] when a side is not a multiple of
/// 16. With 16×16 partitions only, the partial blocks at the right and
/// bottom edges come out badly damaged: paris (403 × 302) at quality 80
/// scored SSIMULACRA2 67.0 in 16,125 bytes at speed 10, and 79.0 in 13,413
/// bytes at speeds 7 and 8.
fn effective_speed(image: &Image, speed: u8) -> u8 {
    if image.width.is_multiple_of(16) && image.height.is_multiple_of(16) {
        speed
    } else {
        speed.min(FASTEST_SPEED_FOR_PARTIAL_BLOCKS)
    }
}

/// Encodes `image` as AVIF at `quality` (1..=100, the scale of ravif and
/// cavif) and rav1e `speed` (1..=10), with `exif` embedded if given.
pub(crate) fn encode(
    image: &Image,
    quality: u8,
    speed: u8,
    exif: Option<&[u8]>,
) -> Result<Vec<u8>> {
    let planes = Planes::from_image(image);
    let (width, height) = (image.width as usize, image.height as usize);
    let speed = effective_speed(image, speed);
    let color_coding = Coding {
        quality,
        speed,
        // Smart's speed-10 probes have the filters off whatever the image:
        // no need to look at its pixels there.
        filters: speed <= FASTEST_SPEED_WITH_FILTERS && image.looks_like_graphic(),
        color_description: Some(SRGB),
    };
    let alpha_coding = Coding {
        quality: quality.saturating_add(10).min(100),
        filters: true,
        color_description: None,
        ..color_coding
    };
    let (color, alpha) = rayon::join(
        || encode_av1(&planes.color, width, height, color_coding),
        || {
            planes
                .alpha
                .as_ref()
                .map(|alpha| encode_av1(std::slice::from_ref(alpha), width, height, alpha_coding))
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

/// An image as 10-bit planes, ready for rav1e.
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

/// ravif's (and cavif's) quality scale → rav1e's quantiser (0 = lossless
/// ..= 255): linear down to quality 82, then five times as steep above it.
fn quantizer(quality: u8) -> u8 {
    let q = f32::from(quality.min(100)) / 100.0;
    let fraction = if q >= 0.82 {
        (1.0 - q) * 2.6
    } else if q > 0.25 {
        0.875 - 0.5 * q
    } else {
        1.0 - q
    };
    (fraction * 255.0).round() as u8
}

/// rav1e's preset for `speed`, set up for one still picture, with the
/// in-loop filters CDEF and loop restoration if `filters`.
fn speed_settings(speed: u8, quality: u8, filters: bool) -> SpeedSettings {
    let mut settings = SpeedSettings::from_preset(speed);
    // One intra frame: nothing to look ahead to or predict from.
    settings.multiref = false;
    settings.rdo_lookahead_frames = 1;
    settings.scene_detection_mode = SceneDetectionSpeed::None;
    settings.motion.include_near_mvs = false;
    settings.motion.use_satd_subpel = false;
    // Blocks up to 16×16 (up to 64×64 took 2.5% more bytes on photos); no
    // 4×4 from speed 5, no 8×8 from speed 9.
    let (smallest, largest) = match speed {
        0..=4 => (BlockSize::BLOCK_4X4, BlockSize::BLOCK_16X16),
        5..=8 => (BlockSize::BLOCK_8X8, BlockSize::BLOCK_16X16),
        _ => (BlockSize::BLOCK_16X16, BlockSize::BLOCK_16X16),
    };
    settings.partition.partition_range = PartitionRange::new(smallest, largest);
    // The in-loop filters pay for graphics and alpha, not for photos (see
    // the module's docs); at the fastest speeds they stay off, as in ravif.
    settings.cdef = filters && speed <= FASTEST_SPEED_WITH_FILTERS;
    settings.lrf = filters && speed <= 8;
    // Fast deblocking below quality 80 took 0.4% more bytes at speed 7.
    settings.fast_deblock = speed >= 7 && quality >= 80;
    settings.transform.rdo_tx_decision = speed <= 4 && quality >= 80;
    settings.transform.reduced_tx_set = speed == 4 || speed >= 9;
    settings.transform.tx_domain_rate = speed >= 10;
    settings.transform.enable_inter_tx_split = speed >= 9;
    settings.prediction.fine_directional_intra = speed <= 6;
    settings.partition.encode_bottomup = speed <= 2;
    settings.sgr_complexity = if speed <= 2 {
        SGRComplexityLevel::Full
    } else {
        SGRComplexityLevel::Reduced
    };
    settings.prediction.prediction_modes = if speed <= 1 {
        PredictionModesSetting::ComplexAll
    } else {
        PredictionModesSetting::Simple
    };
    settings
}

/// What the colour planes hold: sRGB as full-range BT.601 Y'CbCr.
const SRGB: ColorDescription = ColorDescription {
    transfer_characteristics: TransferCharacteristics::SRGB,
    color_primaries: ColorPrimaries::BT709,
    matrix_coefficients: MatrixCoefficients::BT601,
};

/// How one AV1 image (the colour, or the alpha) is coded.
#[derive(Debug, Clone, Copy)]
struct Coding {
    /// 1..=100, the scale of ravif and cavif.
    quality: u8,
    /// rav1e speed, 1..=10.
    speed: u8,
    /// CDEF (at speeds up to 9) and loop restoration (up to 8) on: for
    /// graphics and alpha, see the module's docs.
    filters: bool,
    /// What the planes hold; `None` for alpha.
    color_description: Option<ColorDescription>,
}

/// Codes one, or three, `width × height` planes as a still AV1 image: a
/// monochrome one (alpha or gray) or 4:4:4 Y'CbCr.
fn encode_av1(planes: &[Vec<u16>], width: usize, height: usize, coding: Coding) -> Result<Vec<u8>> {
    let fail = |what: &str| Error::failed(format!("AVIF encoding failed: {what}"));
    let monochrome = planes.len() == 1;
    let quantizer = quantizer(coding.quality);
    // One tile per thread, but none smaller than 256×256 pixels (more
    // tiles, more bytes), larger at the slow speeds.
    let smallest_tile = 256usize << 5u8.saturating_sub(coding.speed);
    let tiles = rayon::current_num_threads()
        .min(width * height / (smallest_tile * smallest_tile))
        .max(1);
    let config = Config::new().with_encoder_config(EncoderConfig {
        width,
        height,
        bit_depth: usize::from(DEPTH),
        chroma_sampling: if monochrome {
            ChromaSampling::Cs400
        } else {
            ChromaSampling::Cs444
        },
        pixel_range: PixelRange::Full,
        color_description: coding.color_description,
        still_picture: true,
        quantizer: usize::from(quantizer),
        min_quantizer: quantizer,
        tiles,
        speed_settings: speed_settings(coding.speed, coding.quality, coding.filters),
        ..EncoderConfig::default()
    });
    let mut context: Context<u16> = config.new_context().map_err(|e| fail(&e.to_string()))?;
    let mut frame = context.new_frame();
    for (source, target) in planes.iter().zip(frame.planes.iter_mut()) {
        let mut target = target.mut_slice(Default::default());
        for (source_row, target_row) in source.chunks_exact(width).zip(target.rows_iter_mut()) {
            target_row[..width].copy_from_slice(source_row);
        }
    }
    context
        .send_frame(frame)
        .map_err(|e| fail(&e.to_string()))?;
    context.flush();
    let mut av1 = Vec::new();
    loop {
        match context.receive_packet() {
            Ok(packet) => av1.extend_from_slice(&packet.data),
            Err(EncoderStatus::Encoded) => {}
            Err(EncoderStatus::LimitReached) => break,
            Err(e) => return Err(fail(&e.to_string())),
        }
    }
    Ok(av1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn black(width: u32, height: u32) -> Image {
        Image {
            width,
            height,
            layout: Layout::Rgb,
            samples: Samples::U8(vec![0; width as usize * height as usize * 3]),
        }
    }

    #[test]
    fn only_partial_edge_blocks_slow_the_encoder_down() {
        assert_eq!(effective_speed(&black(448, 448), 10), 10);
        assert_eq!(effective_speed(&black(403, 302), 10), 8);
        assert_eq!(effective_speed(&black(480, 369), 9), 8);
        // Slower speeds are never changed.
        assert_eq!(effective_speed(&black(403, 302), 7), 7);
        assert_eq!(effective_speed(&black(480, 369), 4), 4);
    }

    #[test]
    fn quality_scale_is_ravifs() {
        assert_eq!(quantizer(100), 0);
        assert_eq!(quantizer(90), 66);
        assert_eq!(quantizer(82), 119);
        assert_eq!(quantizer(80), 121);
        assert_eq!(quantizer(50), 159);
        assert_eq!(quantizer(1), 252);
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
