//! AVIF encoding with rav1e via ravif, always at 10 bits. 16-bit sources need
//! them so smooth gradients don't band; 8-bit sources gain from them too:
//! rav1e's finer internal precision took 6% fewer bytes at equal SSIMULACRA2
//! on the corpus photos (docs/BENCHMARKS.md), at about twice the encode time.

use ravif::{AlphaColorMode, BitDepth, Encoder, Img, MatrixCoefficients, PixelRange, RGB8, RGBA8};

use crate::color::expand_gray_u8;
use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// The fastest rav1e speed (as ravif sets it up) that still codes 8×8
/// partitions: speeds 9 and 10 code only 16×16 ones.
const FASTEST_SPEED_FOR_PARTIAL_BLOCKS: u8 = 8;

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

pub(crate) fn encode(
    image: &Image,
    quality: u8,
    speed: u8,
    exif: Option<&[u8]>,
) -> Result<Vec<u8>> {
    let mut encoder = Encoder::new()
        .with_quality(f32::from(quality))
        .with_alpha_quality(f32::from(quality.saturating_add(10).min(100)))
        .with_speed(effective_speed(image, speed))
        .with_bit_depth(BitDepth::Ten)
        .with_alpha_color_mode(AlphaColorMode::UnassociatedClean);
    if let Some(exif) = exif {
        encoder = encoder.with_exif(exif.to_vec());
    }
    let fail = |e: ravif::Error| Error::failed(format!("AVIF encoding failed: {e}"));
    let (w, h) = (image.width as usize, image.height as usize);
    let encoded = match &image.samples {
        Samples::U8(v) => {
            let (pixels, layout) = expand_gray_u8(v, image.layout);
            if layout == Layout::Rgba {
                let rgba: Vec<RGBA8> = pixels
                    .chunks_exact(4)
                    .map(|p| RGBA8::new(p[0], p[1], p[2], p[3]))
                    .collect();
                encoder
                    .encode_rgba(Img::new(&rgba[..], w, h))
                    .map_err(fail)?
            } else {
                let rgb: Vec<RGB8> = pixels
                    .chunks_exact(3)
                    .map(|p| RGB8::new(p[0], p[1], p[2]))
                    .collect();
                encoder.encode_rgb(Img::new(&rgb[..], w, h)).map_err(fail)?
            }
        }
        Samples::U16(v) => {
            let channels = image.layout.channels();
            let (planes, alpha) = to_10bit_ycbcr(v, image.layout);
            let alpha = image.layout.has_alpha().then_some(alpha);
            debug_assert_eq!(planes.len() * channels, v.len());
            encoder
                .encode_raw_planes_10_bit(
                    w,
                    h,
                    planes,
                    alpha,
                    PixelRange::Full,
                    MatrixCoefficients::BT601,
                )
                .map_err(fail)?
        }
    };
    Ok(encoded.avif_file)
}

/// Full-range BT.601 Y'CbCr at 10 bits from 16-bit RGB(A)/gray samples.
fn to_10bit_ycbcr(samples: &[u16], layout: Layout) -> (Vec<[u16; 3]>, Vec<u16>) {
    let channels = layout.channels();
    let scale = 1023.0 / 65535.0;
    let mut planes = Vec::with_capacity(samples.len() / channels);
    let mut alpha = Vec::new();
    for px in samples.chunks_exact(channels) {
        let (r, g, b) = if layout.is_gray() {
            (px[0], px[0], px[0])
        } else {
            (px[0], px[1], px[2])
        };
        let (r, g, b) = (
            f64::from(r) * scale,
            f64::from(g) * scale,
            f64::from(b) * scale,
        );
        let y = 0.299 * r + 0.587 * g + 0.114 * b;
        let cb = (b - y) / 1.772 + 512.0;
        let cr = (r - y) / 1.402 + 512.0;
        let q = |v: f64| v.round().clamp(0.0, 1023.0) as u16;
        planes.push([q(y), q(cb), q(cr)]);
        if layout.has_alpha() {
            alpha.push(q(f64::from(px[channels - 1]) * scale));
        }
    }
    (planes, alpha)
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
}
