//! Downscaling with fast_image_resize (SIMD): Lanczos3, alpha premultiplied
//! during filtering so transparent pixels don't bleed dark fringes.

use fast_image_resize::images::Image as FirImage;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};

use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// The size that fits `width × height` within the optional bounds, keeping
/// the aspect ratio and never upscaling. Each side is at least 1.
///
/// ```ignore
/// assert_eq!(fit(4000, 3000, Some(800), None), (800, 600));
/// ```
pub(crate) fn fit(width: u32, height: u32, max_w: Option<u32>, max_h: Option<u32>) -> (u32, u32) {
    let scale_w = max_w.map_or(1.0, |m| f64::from(m) / f64::from(width));
    let scale_h = max_h.map_or(1.0, |m| f64::from(m) / f64::from(height));
    let scale = scale_w.min(scale_h);
    if scale >= 1.0 {
        return (width, height);
    }
    let w = (f64::from(width) * scale).round().max(1.0) as u32;
    let h = (f64::from(height) * scale).round().max(1.0) as u32;
    (w.min(width), h.min(height))
}

/// Resizes `image` to exactly `width × height`.
pub(crate) fn resize(image: &Image, width: u32, height: u32) -> Result<Image> {
    if (width, height) == (image.width, image.height) {
        return Ok(image.clone());
    }
    let pixel_type = match (&image.samples, image.layout) {
        (Samples::U8(_), Layout::Gray) => PixelType::U8,
        (Samples::U8(_), Layout::GrayAlpha) => PixelType::U8x2,
        (Samples::U8(_), Layout::Rgb) => PixelType::U8x3,
        (Samples::U8(_), Layout::Rgba) => PixelType::U8x4,
        (Samples::U16(_), Layout::Gray) => PixelType::U16,
        (Samples::U16(_), Layout::GrayAlpha) => PixelType::U16x2,
        (Samples::U16(_), Layout::Rgb) => PixelType::U16x3,
        (Samples::U16(_), Layout::Rgba) => PixelType::U16x4,
    };
    // Images are built by `new` (correctly aligned for u16) and filled by copy.
    let mut src = FirImage::new(image.width, image.height, pixel_type);
    match &image.samples {
        Samples::U8(v) => src.buffer_mut().copy_from_slice(v),
        Samples::U16(v) => {
            for (dst, s) in src.buffer_mut().chunks_exact_mut(2).zip(v) {
                dst.copy_from_slice(&s.to_ne_bytes());
            }
        }
    }
    let mut dst = FirImage::new(width, height, pixel_type);
    // `use_alpha` (the default) premultiplies before filtering and divides after.
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
        .use_alpha(true);
    Resizer::new()
        .resize(&src, &mut dst, &options)
        .map_err(|e| Error::failed(format!("Resize failed: {e}")))?;
    let bytes = dst.into_vec();
    let samples = match image.samples {
        Samples::U8(_) => Samples::U8(bytes),
        Samples::U16(_) => Samples::U16(
            bytes
                .chunks_exact(2)
                .map(|b| u16::from_ne_bytes([b[0], b[1]]))
                .collect(),
        ),
    };
    Ok(Image {
        width,
        height,
        layout: image.layout,
        samples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_aspect_and_never_upscales() {
        assert_eq!(fit(4000, 3000, Some(800), None), (800, 600));
        assert_eq!(fit(4000, 3000, None, Some(300)), (400, 300));
        assert_eq!(fit(4000, 3000, Some(800), Some(300)), (400, 300));
        assert_eq!(fit(400, 300, Some(8000), Some(3000)), (400, 300));
        assert_eq!(fit(10000, 1, Some(10), None), (10, 1));
        assert_eq!(fit(1, 10000, None, Some(10)), (1, 10));
    }

    #[test]
    fn transparent_neighbours_do_not_darken_edges() {
        // Left half opaque white, right half fully transparent black.
        let (w, h) = (64u32, 8u32);
        let mut px = Vec::new();
        for _ in 0..h {
            for x in 0..w {
                px.extend_from_slice(if x < w / 2 {
                    &[255, 255, 255, 255]
                } else {
                    &[0, 0, 0, 0]
                });
            }
        }
        let image = Image {
            width: w,
            height: h,
            layout: Layout::Rgba,
            samples: Samples::U8(px),
        };
        let out = resize(&image, 16, 2).unwrap();
        let Samples::U8(v) = out.samples else {
            unreachable!()
        };
        for p in v.chunks_exact(4).filter(|p| p[3] > 8) {
            // Any visible pixel keeps white colour: no dark fringe.
            assert!(
                p[0] >= 250 && p[1] >= 250 && p[2] >= 250,
                "fringe pixel {p:?}"
            );
        }
    }
}
