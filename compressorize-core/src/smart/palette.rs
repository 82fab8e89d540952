//! PNG: lossy palette quantisation at the fewest colours that still meet the
//! target, then oxipng. Opaque images (and images whose pixels are either
//! opaque or fully transparent) use quantette (k-means in Oklab, with and
//! without Floyd–Steinberg dithering); translucent ones use NeuQuant
//! (`color_quant`), which quantises RGBA. Images that already fit a palette
//! also keep their exact palette as a candidate, and images no palette can
//! render well enough are stored losslessly.

use quantette::deps::palette::Srgb;
use quantette::dither::FloydSteinberg;
use quantette::{ImageRef, PaletteSize, Pipeline, QuantizeMethod};
use rayon::prelude::*;

use super::metric::{Metric, comparable};
use super::sample;
use crate::encode::{IndexedImage, encode_indexed_png};
use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// What the PNG search settled on.
pub(crate) enum PaletteChoice {
    /// A quantised palette image and its distance.
    Palette { png: Vec<u8>, distance: f64 },
    /// The exact pixels are best (or no palette is good enough): store losslessly.
    Lossless,
}

/// Above this many pixels the palette search is skipped (lossless output):
/// each quantisation holds the image in Oklab floats (12 bytes a pixel) and
/// several run at once, so a 100-megapixel search would need gigabytes.
const MAX_PIXELS: u64 = 24_000_000;

/// Palette sizes tried, largest first.
const SIZES: [u16; 5] = [256, 128, 64, 32, 16];

/// A quantised candidate and how far it is from the source.
struct Candidate {
    colours: u16,
    indexed: IndexedImage,
    distance: f64,
}

pub(crate) fn choose<M: Metric>(
    image: &Image,
    metric: &M,
    threshold: f64,
    timeout: std::time::Duration,
) -> Result<PaletteChoice> {
    if u64::from(image.width) * u64::from(image.height) > MAX_PIXELS {
        return Ok(PaletteChoice::Lossless);
    }
    let rgba = comparable(image, true);
    // comparable() may enlarge tiny images; quantise the real pixels.
    if (rgba.width, rgba.height) != (image.width, image.height) {
        return Ok(PaletteChoice::Lossless);
    }
    let Samples::U8(pixels) = &rgba.samples else {
        unreachable!("comparable returns 8-bit samples")
    };
    let translucent = has_partial_alpha(pixels);
    // With ≤ 256 colours the exact palette is lossless; only fewer colours
    // can make it smaller.
    let exact_colours = rgba.distinct_colours_up_to(256);
    let sizes: Vec<u16> = SIZES
        .into_iter()
        .filter(|&n| exact_colours.is_none_or(|exact| usize::from(n) < exact))
        .collect();
    let Some((&largest, smaller)) = sizes.split_first() else {
        return Ok(PaletteChoice::Lossless);
    };

    let alpha = image.layout.has_alpha() && image.uses_alpha();
    let reference_image = if alpha {
        rgba.clone()
    } else {
        comparable(image, false)
    };
    let tiles = sample::choose_tiles(&reference_image);
    let cut = |img: &Image| match &tiles {
        Some(tiles) => sample::mosaic(img, tiles),
        None => img.clone(),
    };
    let reference = metric.reference(&cut(&reference_image))?;
    let opaque_colours = (!translucent).then(|| fill_transparent(pixels));

    let evaluate = |colours: u16, dither: bool| -> Result<Candidate> {
        let indexed = match &opaque_colours {
            Some(opaque) => quantise_opaque(&rgba, pixels, opaque, colours, dither)?,
            None => quantise_translucent(&rgba, pixels, colours),
        };
        let rendered = comparable(&render(&indexed), alpha);
        let distance = metric.distance(&reference, &cut(&rendered))?;
        Ok(Candidate {
            colours,
            indexed,
            distance,
        })
    };

    // NeuQuant does not dither; quantette is tried both ways.
    let dither_modes: &[bool] = if translucent {
        &[false]
    } else {
        &[true, false]
    };
    // The largest palettes first: if none passes, no smaller one will.
    let largest_candidates: Vec<Candidate> = dither_modes
        .par_iter()
        .map(|&dither| evaluate(largest, dither))
        .collect::<Result<_>>()?;
    let mut finalists = Vec::new();
    for (&dither, best_largest) in dither_modes.iter().zip(largest_candidates) {
        if best_largest.distance > threshold {
            continue;
        }
        let smaller: Vec<Candidate> = smaller
            .par_iter()
            .map(|&colours| evaluate(colours, dither))
            .collect::<Result<_>>()?;
        let fewest = smaller
            .into_iter()
            .filter(|c| c.distance <= threshold)
            .min_by_key(|c| c.colours)
            .unwrap_or(best_largest);
        finalists.push(fewest);
    }
    if finalists.is_empty() {
        return Ok(PaletteChoice::Lossless);
    }
    let encoded: Vec<(Vec<u8>, f64)> = finalists
        .par_iter()
        .map(|c| Ok((encode_indexed_png(&c.indexed, timeout)?, c.distance)))
        .collect::<Result<_>>()?;
    let (png, distance) = encoded
        .into_iter()
        .min_by_key(|(png, _)| png.len())
        .expect("finalists is not empty");
    if exact_colours.is_some() {
        // Fewer colours than the exact palette only pay if they are smaller.
        let lossless = encode_indexed_png(&exact_palette(&rgba, pixels), timeout)?;
        if lossless.len() <= png.len() {
            return Ok(PaletteChoice::Lossless);
        }
    }
    Ok(PaletteChoice::Palette { png, distance })
}

/// Any alpha other than fully opaque or fully transparent?
fn has_partial_alpha(rgba: &[u8]) -> bool {
    rgba.chunks_exact(4).any(|p| p[3] != 0 && p[3] != u8::MAX)
}

/// The image as an exact palette image (it has at most 256 colours).
fn exact_palette(image: &Image, rgba: &[u8]) -> IndexedImage {
    let mut palette: Vec<[u8; 4]> = Vec::new();
    let mut lookup = std::collections::HashMap::new();
    let indices = rgba
        .chunks_exact(4)
        .map(|p| {
            let colour = [p[0], p[1], p[2], p[3]];
            *lookup.entry(colour).or_insert_with(|| {
                palette.push(colour);
                (palette.len() - 1) as u8
            })
        })
        .collect();
    IndexedImage {
        width: image.width,
        height: image.height,
        palette,
        indices,
    }
}

/// The RGB colours to quantise: transparent pixels take the colour of the
/// last opaque pixel before them, so they neither claim palette entries
/// nor disturb dithering. They get their own palette entry afterwards.
fn fill_transparent(rgba: &[u8]) -> Vec<Srgb<u8>> {
    let mut last = Srgb::new(255, 255, 255);
    rgba.chunks_exact(4)
        .map(|p| {
            if p[3] != 0 {
                last = Srgb::new(p[0], p[1], p[2]);
            }
            last
        })
        .collect()
}

/// NeuQuant over RGBA (fully transparent pixels normalised first so they
/// share one entry). `samplefac` 10: NeuQuant's quality/speed default.
fn quantise_translucent(image: &Image, rgba: &[u8], colours: u16) -> IndexedImage {
    let normalised: Vec<u8> = rgba
        .chunks_exact(4)
        .flat_map(|p| {
            if p[3] == 0 {
                [0, 0, 0, 0]
            } else {
                [p[0], p[1], p[2], p[3]]
            }
        })
        .collect();
    let quantiser = color_quant::NeuQuant::new(10, usize::from(colours), &normalised);
    let palette = quantiser
        .color_map_rgba()
        .chunks_exact(4)
        .map(|c| [c[0], c[1], c[2], c[3]])
        .collect();
    let indices = normalised
        .chunks_exact(4)
        .map(|p| quantiser.index_of(p) as u8)
        .collect();
    IndexedImage {
        width: image.width,
        height: image.height,
        palette,
        indices,
    }
}

fn quantise_opaque(
    image: &Image,
    rgba: &[u8],
    colours_to_quantise: &[Srgb<u8>],
    colours: u16,
    dither: bool,
) -> Result<IndexedImage> {
    let transparent = rgba.chunks_exact(4).any(|p| p[3] == 0);
    let size = if transparent { colours - 1 } else { colours };
    let size =
        PaletteSize::try_from(size).map_err(|e| Error::failed(format!("palette size: {e}")))?;
    let input = ImageRef::new(image.width, image.height, colours_to_quantise)
        .map_err(|e| Error::failed(format!("quantiser input: {e}")))?;
    let quantised = Pipeline::new()
        .palette_size(size)
        // k-means (seeded by Wu's boxes) gives palettes close to
        // libimagequant's; Wu alone misses small areas of distinct colour.
        .quantize_method(QuantizeMethod::kmeans())
        .ditherer(dither.then(FloydSteinberg::new))
        .input_image(input)
        .output_srgb8_indexed_image();
    let (palette, mut indices) = quantised.into_parts();
    let mut palette: Vec<[u8; 4]> = palette
        .iter()
        .map(|c| [c.red, c.green, c.blue, 255])
        .collect();
    if palette.is_empty() {
        return Err(Error::failed("quantiser returned an empty palette"));
    }
    if transparent {
        let clear = palette.len() as u8;
        palette.push([0, 0, 0, 0]);
        for (index, pixel) in indices.iter_mut().zip(rgba.chunks_exact(4)) {
            if pixel[3] == 0 {
                *index = clear;
            }
        }
    }
    Ok(IndexedImage {
        width: image.width,
        height: image.height,
        palette,
        indices,
    })
}

/// The pixels a palette image shows.
fn render(indexed: &IndexedImage) -> Image {
    let samples = indexed
        .indices
        .iter()
        .flat_map(|&i| indexed.palette[usize::from(i)])
        .collect();
    Image {
        width: indexed.width,
        height: indexed.height,
        layout: Layout::Rgba,
        samples: Samples::U8(samples),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smart::metric::{ActiveMetric, Content};

    #[test]
    fn huge_images_skip_the_palette_search_before_any_work() {
        // 5000 × 5000 gray: 25 MB here, gigabytes once quantised.
        let image = Image {
            width: 5000,
            height: 5000,
            layout: Layout::Gray,
            samples: Samples::U8((0..25_000_000u32).map(|i| (i % 251) as u8).collect()),
        };
        let metric = ActiveMetric::default();
        let threshold = metric.threshold(80.0, Content::Graphic);
        let choice = choose(
            &image,
            &metric,
            threshold,
            std::time::Duration::from_secs(1),
        )
        .unwrap();
        assert!(matches!(choice, PaletteChoice::Lossless));
    }

    #[test]
    fn translucent_and_binary_alpha_are_told_apart() {
        assert!(has_partial_alpha(&[1, 2, 3, 128]));
        assert!(!has_partial_alpha(&[1, 2, 3, 0, 4, 5, 6, 255]));
    }
}
