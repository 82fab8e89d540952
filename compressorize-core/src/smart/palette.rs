//! PNG: lossy palette quantisation (quantette: Wu's method in Oklab, with or
//! without Floyd–Steinberg dithering) at the fewest colours that still meet
//! the target, then oxipng. Images that already fit a palette, and images
//! no palette can render well enough, are stored losslessly instead.

use quantette::deps::palette::Srgb;
use quantette::dither::FloydSteinberg;
use quantette::{ImageRef, PaletteSize, Pipeline};
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
    /// No palette needed (≤ 256 colours) or none good enough: store losslessly.
    Lossless,
}

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
    let rgba = comparable(image, true);
    // comparable() may enlarge tiny images; quantise the real pixels.
    if (rgba.width, rgba.height) != (image.width, image.height) {
        return Ok(PaletteChoice::Lossless);
    }
    let Samples::U8(pixels) = &rgba.samples else {
        unreachable!("comparable returns 8-bit samples")
    };
    if has_partial_alpha(pixels) || fits_palette(pixels) {
        // Translucent pixels need an RGBA quantiser; quantette is RGB only.
        return Ok(PaletteChoice::Lossless);
    }
    let alpha = image.layout.has_alpha() && image.uses_alpha();
    let reference_image = comparable(image, alpha);
    let tiles = sample::choose_tiles(&reference_image);
    let cut = |img: &Image| match &tiles {
        Some(tiles) => sample::mosaic(img, tiles),
        None => img.clone(),
    };
    let reference = metric.reference(&cut(&reference_image))?;
    let opaque_colours = fill_transparent(pixels);

    let evaluate = |colours: u16, dither: bool| -> Result<Candidate> {
        let indexed = quantise(&rgba, pixels, &opaque_colours, colours, dither)?;
        let rendered = comparable(&render(&indexed), alpha);
        let distance = metric.distance(&reference, &cut(&rendered))?;
        Ok(Candidate {
            colours,
            indexed,
            distance,
        })
    };

    // Full palettes first: if neither passes, no smaller one will.
    let full: Vec<Candidate> = [true, false]
        .par_iter()
        .map(|&dither| evaluate(SIZES[0], dither))
        .collect::<Result<_>>()?;
    let mut finalists = Vec::new();
    for (dither, best_full) in [true, false].into_iter().zip(full) {
        if best_full.distance > threshold {
            continue;
        }
        let smaller: Vec<Candidate> = SIZES[1..]
            .par_iter()
            .map(|&colours| evaluate(colours, dither))
            .collect::<Result<_>>()?;
        let fewest = smaller
            .into_iter()
            .filter(|c| c.distance <= threshold)
            .min_by_key(|c| c.colours)
            .unwrap_or(best_full);
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
    Ok(PaletteChoice::Palette { png, distance })
}

/// Any alpha other than fully opaque or fully transparent?
fn has_partial_alpha(rgba: &[u8]) -> bool {
    rgba.chunks_exact(4).any(|p| p[3] != 0 && p[3] != u8::MAX)
}

/// At most 256 distinct RGBA values: oxipng stores it as a palette losslessly.
fn fits_palette(rgba: &[u8]) -> bool {
    let mut seen = std::collections::HashSet::new();
    for p in rgba.chunks_exact(4) {
        seen.insert([p[0], p[1], p[2], p[3]]);
        if seen.len() > 256 {
            return false;
        }
    }
    true
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

fn quantise(
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
