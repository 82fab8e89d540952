//! Colour management with moxcms: embedded ICC profiles are honoured by
//! converting pixels to sRGB (the web's default space), and CMYK is turned
//! into sRGB through its profile when it has one.

use moxcms::{ColorProfile, DataColorSpace, Layout as CmsLayout, TransformOptions};

use crate::pixels::{Image, Layout, Samples};

/// Converts an RGB(A) image from the space described by `icc` to sRGB.
/// Returns `false` (pixels untouched) when the profile is already sRGB-like,
/// unparsable, or not an RGB profile; the caller then treats the pixels as sRGB.
pub(crate) fn convert_to_srgb(image: &mut Image, icc: &[u8]) -> bool {
    if image.layout.is_gray() {
        // Gray profiles differ from sRGB only in tone curve; browsers treat
        // untagged gray as sRGB gray, and the difference is small.
        return false;
    }
    let Ok(source) = ColorProfile::new_from_slice(icc) else {
        return false;
    };
    if source.color_space != DataColorSpace::Rgb || is_srgb_like(&source) {
        return false;
    }
    let srgb = ColorProfile::new_srgb();
    let layout = if image.layout.has_alpha() {
        CmsLayout::Rgba
    } else {
        CmsLayout::Rgb
    };
    let options = TransformOptions::default();
    match &mut image.samples {
        Samples::U8(pixels) => {
            let Ok(transform) = source.create_transform_8bit(layout, &srgb, layout, options) else {
                return false;
            };
            let mut out = vec![0u8; pixels.len()];
            if transform.transform(pixels, &mut out).is_err() {
                return false;
            }
            *pixels = out;
        }
        Samples::U16(pixels) => {
            let Ok(transform) = source.create_transform_16bit(layout, &srgb, layout, options)
            else {
                return false;
            };
            let mut out = vec![0u16; pixels.len()];
            if transform.transform(pixels, &mut out).is_err() {
                return false;
            }
            *pixels = out;
        }
    }
    true
}

/// Whether a profile's primaries are sRGB's (Rec. 709 at D65), so converting
/// would only add rounding. The tone curve is assumed sRGB-like in that case.
fn is_srgb_like(profile: &ColorProfile) -> bool {
    let srgb = ColorProfile::new_srgb();
    let close = |a: moxcms::Xyzd, b: moxcms::Xyzd| {
        (a.x - b.x).abs() < 0.003 && (a.y - b.y).abs() < 0.003 && (a.z - b.z).abs() < 0.003
    };
    close(profile.red_colorant, srgb.red_colorant)
        && close(profile.green_colorant, srgb.green_colorant)
        && close(profile.blue_colorant, srgb.blue_colorant)
}

/// CMYK (0 = no ink) → sRGB. Uses the embedded CMYK profile when it parses;
/// otherwise the naive complement formula, which is what browsers do too.
pub(crate) fn cmyk_to_srgb(cmyk: &[u8], icc: Option<&[u8]>) -> Vec<u8> {
    if let Some(rgb) = icc.and_then(|icc| cmyk_via_profile(cmyk, icc)) {
        return rgb;
    }
    let mut rgb = Vec::with_capacity(cmyk.len() / 4 * 3);
    for px in cmyk.chunks_exact(4) {
        let k = 255 - u32::from(px[3]);
        for &ink in &px[..3] {
            rgb.push(((255 - u32::from(ink)) * k / 255) as u8);
        }
    }
    rgb
}

fn cmyk_via_profile(cmyk: &[u8], icc: &[u8]) -> Option<Vec<u8>> {
    let source = ColorProfile::new_from_slice(icc).ok()?;
    if source.color_space != DataColorSpace::Cmyk {
        return None;
    }
    let srgb = ColorProfile::new_srgb();
    let transform = source
        .create_transform_8bit(
            CmsLayout::Rgba,
            &srgb,
            CmsLayout::Rgb,
            TransformOptions::default(),
        )
        .ok()?;
    let mut out = vec![0u8; cmyk.len() / 4 * 3];
    transform.transform(cmyk, &mut out).ok()?;
    Some(out)
}

/// Layout used when an encoder wants colour: gray is expanded to RGB.
pub(crate) fn expand_gray_u8(pixels: &[u8], layout: Layout) -> (Vec<u8>, Layout) {
    match layout {
        Layout::Gray => (
            pixels.iter().flat_map(|&g| [g, g, g]).collect(),
            Layout::Rgb,
        ),
        Layout::GrayAlpha => (
            pixels
                .chunks_exact(2)
                .flat_map(|p| [p[0], p[0], p[0], p[1]])
                .collect(),
            Layout::Rgba,
        ),
        other => (pixels.to_vec(), other),
    }
}
