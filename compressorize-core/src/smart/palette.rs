//! Lossy palette quantisation at the fewest colours that still meet the
//! target, written as a PNG by oxipng or as a lossless WebP (VP8L, which
//! codes an image of 256 colours or fewer as a palette). Opaque images (and
//! images whose pixels are either opaque or fully transparent) use
//! quantette (k-means in Oklab); translucent ones a NeuQuant palette
//! refined by exoquant's k-means over RGBA weighted by opacity, and
//! NeuQuant's palette as it is; each with and without Floyd–Steinberg
//! dithering for PNG, without for WebP (NeuQuant's: without). PNGs of
//! images that already fit a palette also keep their exact palette as a
//! candidate, and images no palette can render well enough are stored
//! losslessly.

use quantette::deps::palette::Srgb;
use quantette::dither::FloydSteinberg;
use quantette::{ImageRef, PaletteSize, Pipeline, QuantizeMethod};
use rayon::prelude::*;

use super::metric::{Metric, comparable};
use super::sample;
use crate::encode::{self, IndexedImage, WebpMode, encode_indexed_png};
use crate::error::{Error, Result};
use crate::pixels::{Image, Layout, Samples};

/// What the palette search settled on.
pub(crate) enum PaletteChoice {
    /// A quantised palette image, encoded as asked and as indices, and its
    /// distance.
    Palette {
        bytes: Vec<u8>,
        indexed: IndexedImage,
        distance: f64,
    },
    /// The exact pixels are best (or no palette is good enough): store losslessly.
    Lossless,
}

/// The format a palette image is written in; the smallest passing
/// candidate in that format wins.
#[derive(Clone, Copy, Debug)]
pub(crate) enum PaletteOutput {
    /// An indexed PNG, optimised by oxipng within this time budget. An
    /// image of 256 colours or fewer keeps its exact palette where that is
    /// no larger.
    Png(std::time::Duration),
    /// A lossless WebP of the palette image's pixels, which libwebp codes
    /// with a colour-indexing transform. The exact pixels' lossless WebP
    /// is the caller's rival (smart WebP encodes it anyway).
    WebP,
}

impl PaletteOutput {
    fn encode(self, indexed: &IndexedImage) -> Result<Vec<u8>> {
        match self {
            PaletteOutput::Png(timeout) => encode_indexed_png(indexed, timeout),
            // The quality is not used by lossless modes.
            PaletteOutput::WebP => {
                encode::webp::encode(&render(indexed), 100, WebpMode::Lossless, false)
            }
        }
    }
}

/// Above this many pixels the palette search is skipped (lossless output):
/// each quantisation holds the image in Oklab floats (12 bytes a pixel) and
/// several run at once, so a 100-megapixel search would need gigabytes.
const MAX_PIXELS: u64 = 24_000_000;

/// Translucent images with more distinct colours than this build their
/// palettes from a 6-bit histogram.
const POSTERISE_FROM: usize = 1 << 14;
/// NeuQuant's sampling factor (1 = every pixel, 30 = fastest); 10 is its
/// own default balance of quality and speed.
const NEUQUANT_SAMPLING: i32 = 10;
/// k-means rounds over the histogram after NeuQuant.
const KMEANS_ITERATIONS: usize = 8;

/// Palette sizes tried, largest first.
const SIZES: [u16; 5] = [256, 128, 64, 32, 16];

/// How a palette is built and applied to the pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// The quantiser's palette, Floyd–Steinberg dithering.
    Dithered,
    /// The quantiser's palette, each pixel to its nearest entry.
    Nearest,
    /// Translucent images only: NeuQuant's palette and mapping without the
    /// k-means refinement. On flat graphics with antialiased edges
    /// (blackbug, star) k-means moves entries off the flat colours towards
    /// the edge blends, so more colours are needed to pass: this style
    /// passed blackbug in 7,599 bytes where the refined ones took 10,907.
    NeuQuant,
}

impl Style {
    /// The styles tried for an image written as `output`: NeuQuant's only
    /// for translucent ones (opaque ones go to quantette), and no dithering
    /// for WebP. VP8L predicts each pixel from its neighbours, which
    /// dithering's scattered indices defeat: on the 13 corpus graphics where
    /// a palette WebP won, the dithered finalist was the largest every time
    /// (blackbug 10,246 bytes against 6,106 for NeuQuant's; debug_triangle
    /// 21,232 against 6,912 for the nearest colours).
    fn for_image(translucent: bool, output: PaletteOutput) -> &'static [Style] {
        match (translucent, output) {
            (true, PaletteOutput::Png(_)) => &[Style::Dithered, Style::Nearest, Style::NeuQuant],
            (false, PaletteOutput::Png(_)) => &[Style::Dithered, Style::Nearest],
            (true, PaletteOutput::WebP) => &[Style::Nearest, Style::NeuQuant],
            (false, PaletteOutput::WebP) => &[Style::Nearest],
        }
    }
}

/// A quantised candidate and how far it is from the source.
struct Candidate {
    colours: u16,
    style: Style,
    /// The whole image quantised, when the probe produced it.
    indexed: Option<IndexedImage>,
    distance: f64,
}

/// The quantiser an image goes to, with what it prepares once.
enum Quantiser {
    /// quantette, on RGB with transparent pixels filled in.
    Opaque(Vec<Srgb<u8>>),
    /// NeuQuant and exoquant, on RGBA (boxed: it holds its palettes).
    Translucent(Box<TranslucentQuantiser>),
}

/// The palette image of `image` with the fewest colours (of [`SIZES`])
/// whose distance by `metric` is within `threshold`, in each style, the
/// smallest of them once written as `output`; [`PaletteChoice::Lossless`]
/// when none passes or none can beat the exact pixels.
pub(crate) fn choose<M: Metric>(
    image: &Image,
    metric: &M,
    threshold: f64,
    output: PaletteOutput,
) -> Result<PaletteChoice> {
    if image.pixel_count() > MAX_PIXELS {
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
    if sizes.is_empty() {
        return Ok(PaletteChoice::Lossless);
    }

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
    // Opaque images go to quantette as RGB, palette and remap in one pass
    // over the whole image. Translucent ones: each palette size is computed
    // once from the whole image, and probes remap only the sample, so only
    // finalists are remapped in full.
    let quantiser = if translucent {
        let sample = cut(&rgba);
        let Samples::U8(sample_pixels) = &sample.samples else {
            unreachable!("mosaics keep 8-bit samples")
        };
        Quantiser::Translucent(Box::new(TranslucentQuantiser::new(
            pixels,
            sample_pixels,
            sample.width,
        )))
    } else {
        Quantiser::Opaque(fill_transparent(pixels))
    };
    let evaluate = |colours: u16, style: Style| -> Result<Candidate> {
        let (distance, indexed) = match &quantiser {
            Quantiser::Opaque(opaque) => {
                let dither = style == Style::Dithered;
                let indexed = quantise_opaque(&rgba, pixels, opaque, colours, dither)?;
                let rendered = comparable(&render(&indexed), alpha);
                (metric.distance(&reference, &cut(&rendered))?, Some(indexed))
            }
            Quantiser::Translucent(quantiser) => {
                let sample = quantiser.quantise_sample(colours, style);
                let rendered = comparable(&render(&sample), alpha);
                (metric.distance(&reference, &rendered)?, None)
            }
        };
        Ok(Candidate {
            colours,
            style,
            indexed,
            distance,
        })
    };

    // Per style, side by side.
    let finalists: Vec<Candidate> = Style::for_image(translucent, output)
        .par_iter()
        .map(|&style| {
            let smallest_first = matches!(output, PaletteOutput::WebP);
            fewest_passing(&sizes, smallest_first, |colours| {
                let candidate = evaluate(colours, style)?;
                let passes = candidate.distance <= threshold;
                Ok((candidate, passes))
            })
        })
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect();
    if finalists.is_empty() {
        return Ok(PaletteChoice::Lossless);
    }
    let encoded: Vec<(Vec<u8>, IndexedImage, f64)> = finalists
        .into_par_iter()
        .map(|c| {
            let indexed = match (c.indexed, &quantiser) {
                (Some(indexed), _) => indexed,
                (None, Quantiser::Translucent(quantiser)) => {
                    quantiser.quantise_whole(&rgba, c.colours, c.style)
                }
                (None, Quantiser::Opaque(_)) => unreachable!("opaque candidates are whole"),
            };
            Ok((output.encode(&indexed)?, indexed, c.distance))
        })
        .collect::<Result<_>>()?;
    let (bytes, indexed, distance) = encoded
        .into_iter()
        .min_by_key(|(bytes, _, _)| bytes.len())
        .expect("finalists is not empty");
    if let (Some(_), PaletteOutput::Png(_)) = (exact_colours, output) {
        // Fewer colours than the exact palette only pay if they are smaller.
        let lossless = output.encode(&exact_palette(&rgba, pixels))?;
        if lossless.len() <= bytes.len() {
            return Ok(PaletteChoice::Lossless);
        }
    }
    Ok(PaletteChoice::Palette {
        bytes,
        indexed,
        distance,
    })
}

/// The passing candidate with the fewest colours, `sizes` being largest
/// first: the largest is tried first (if it fails, no smaller one passes),
/// then a binary search (2–3 more probes for 4 smaller sizes, not 4), on
/// the assumption that fewer colours never score better. `None` when even
/// the largest fails. With `smallest_first`, the smallest is tried before
/// all that, and taken when it passes: held to the WebP target, 8 of the 13
/// corpus graphics whose palette WebP won passed at 16 colours.
fn fewest_passing<C>(
    mut sizes: &[u16],
    smallest_first: bool,
    mut evaluate: impl FnMut(u16) -> Result<(C, bool)>,
) -> Result<Option<C>> {
    if let (true, Some((&smallest, larger))) = (smallest_first, sizes.split_last()) {
        let (candidate, passes) = evaluate(smallest)?;
        if passes {
            return Ok(Some(candidate));
        }
        sizes = larger;
    }
    let Some(&largest) = sizes.first() else {
        return Ok(None);
    };
    let (first, passes) = evaluate(largest)?;
    if !passes {
        return Ok(None);
    }
    let mut best = first;
    // sizes[..passing] pass, sizes[failing..] fail; between is unknown.
    let (mut passing, mut failing) = (1, sizes.len());
    while passing < failing {
        let middle = (passing + failing) / 2;
        let (candidate, passes) = evaluate(sizes[middle])?;
        if passes {
            best = candidate;
            passing = middle + 1;
        } else {
            failing = middle;
        }
    }
    Ok(Some(best))
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

/// Palettes for RGBA: NeuQuant's, refined by exoquant's k-means and
/// remapped (exoquant) with or without Floyd–Steinberg dithering, or
/// NeuQuant's own with its own mapping. The histogram is built once, and
/// each palette size is computed once, whichever style asks first.
struct TranslucentQuantiser {
    /// The whole image and the probe sample, with fully transparent pixels
    /// normalised so they share one entry.
    pixels: Vec<exoquant::Color>,
    /// The same pixels as RGBA bytes, as NeuQuant takes them.
    normalised_rgba: Vec<u8>,
    sample: Vec<exoquant::Color>,
    sample_width: u32,
    /// The whole image's colours and counts in the quantiser's space,
    /// in a fixed order (k-means sums depend on it).
    histogram: Vec<exoquant::ColorCount>,
    space: AlphaWeighted,
    /// Per size in [`SIZES`]: NeuQuant's network, and its refined palette.
    networks: [std::sync::OnceLock<color_quant::NeuQuant>; SIZES.len()],
    palettes: [std::sync::OnceLock<Vec<exoquant::Color>>; SIZES.len()],
}

impl TranslucentQuantiser {
    fn new(rgba: &[u8], sample: &[u8], sample_width: u32) -> Self {
        let pixels = exoquant_pixels(rgba);
        let space = AlphaWeighted::default();
        TranslucentQuantiser {
            histogram: histogram(&pixels, &space),
            normalised_rgba: pixels.iter().flat_map(|c| [c.r, c.g, c.b, c.a]).collect(),
            pixels,
            sample: exoquant_pixels(sample),
            sample_width,
            space,
            networks: Default::default(),
            palettes: Default::default(),
        }
    }

    /// NeuQuant trained on the whole image for `colours` colours.
    fn network(&self, colours: u16) -> &color_quant::NeuQuant {
        self.networks[size_slot(colours)].get_or_init(|| {
            color_quant::NeuQuant::new(
                NEUQUANT_SAMPLING,
                usize::from(colours),
                &self.normalised_rgba,
            )
        })
    }

    /// NeuQuant's palette refined by k-means over the histogram. (exoquant's
    /// own palette builder reads its histogram in hash order, so its result
    /// changes from run to run.)
    fn palette(&self, colours: u16) -> &[exoquant::Color] {
        use exoquant::ColorSpace;
        use exoquant::optimizer::Optimizer;
        self.palettes[size_slot(colours)].get_or_init(|| {
            let mut palette: Vec<exoquant::Colorf> = self
                .network(colours)
                .color_map_rgba()
                .chunks_exact(4)
                .map(|c| {
                    self.space
                        .to_float(exoquant::Color::new(c[0], c[1], c[2], c[3]))
                })
                .collect();
            for _ in 0..KMEANS_ITERATIONS {
                palette = exoquant::optimizer::KMeans.step(palette, &self.histogram);
            }
            palette
                .into_iter()
                .map(|c| self.space.from_float(c))
                .collect()
        })
    }

    /// The probe sample mapped to a palette of `colours` colours.
    fn quantise_sample(&self, colours: u16, style: Style) -> IndexedImage {
        let height = (self.sample.len() / self.sample_width as usize) as u32;
        self.remap(&self.sample, self.sample_width, height, colours, style)
    }

    /// The whole image mapped to a palette of `colours` colours.
    fn quantise_whole(&self, image: &Image, colours: u16, style: Style) -> IndexedImage {
        self.remap(&self.pixels, image.width, image.height, colours, style)
    }

    fn remap(
        &self,
        pixels: &[exoquant::Color],
        width: u32,
        height: u32,
        colours: u16,
        style: Style,
    ) -> IndexedImage {
        let (palette, indices): (Vec<[u8; 4]>, Vec<u8>) = match style {
            Style::NeuQuant => {
                let network = self.network(colours);
                let palette = network
                    .color_map_rgba()
                    .chunks_exact(4)
                    .map(|c| [c[0], c[1], c[2], c[3]])
                    .collect();
                let indices =
                    indices_by_colour(pixels, |c| network.index_of(&[c.r, c.g, c.b, c.a]) as u8);
                (palette, indices)
            }
            Style::Dithered | Style::Nearest => {
                let palette = self.palette(colours);
                let indices = if style == Style::Dithered {
                    let ditherer = exoquant::ditherer::FloydSteinberg::new();
                    exoquant::Remapper::new(palette, &self.space, &ditherer)
                        .remap(pixels, width as usize)
                } else {
                    use exoquant::ColorSpace;
                    let map = exoquant::ColorMap::new(palette, &self.space);
                    indices_by_colour(pixels, |c| map.find_nearest(self.space.to_float(c)) as u8)
                };
                (
                    palette.iter().map(|c| [c.r, c.g, c.b, c.a]).collect(),
                    indices,
                )
            }
        };
        IndexedImage {
            width,
            height,
            palette,
            indices,
        }
    }
}

/// `index` of each pixel, worked out once per distinct colour: without
/// dithering a pixel's palette entry depends on its colour alone, and
/// graphics repeat few colours over many pixels (runs most of all).
fn indices_by_colour(pixels: &[exoquant::Color], index: impl Fn(exoquant::Color) -> u8) -> Vec<u8> {
    let mut known: std::collections::HashMap<exoquant::Color, u8> =
        std::collections::HashMap::new();
    let mut last: Option<(exoquant::Color, u8)> = None;
    pixels
        .iter()
        .map(|&c| match last {
            Some((colour, i)) if colour == c => i,
            _ => {
                let i = *known.entry(c).or_insert_with(|| index(c));
                last = Some((c, i));
                i
            }
        })
        .collect()
}

/// The index of a palette size in [`SIZES`].
fn size_slot(colours: u16) -> usize {
    SIZES
        .iter()
        .position(|&size| size == colours)
        .expect("palette sizes come from SIZES")
}

/// The pixels' colours with their counts, sorted by colour. Photo-like
/// images (more than [`POSTERISE_FROM`] colours, such as cat_rgba's 69,182)
/// are counted with 6 bits a channel, each colour moved to the middle of
/// its bucket: k-means costs in proportion to the entries, and flat
/// graphics, where one level off shows, keep exact colours.
fn histogram(pixels: &[exoquant::Color], space: &AlphaWeighted) -> Vec<exoquant::ColorCount> {
    use exoquant::ColorSpace;
    use std::collections::HashMap;
    let mut counts: HashMap<[u8; 4], usize> = HashMap::new();
    for c in pixels {
        *counts.entry([c.r, c.g, c.b, c.a]).or_default() += 1;
    }
    if counts.len() > POSTERISE_FROM {
        // Merge the exact counts into buckets (no second pass over pixels).
        let bucket = |v: u8| (v & 0xFC) | 0x02;
        let mut buckets: HashMap<[u8; 4], usize> = HashMap::new();
        for (colour, count) in counts {
            *buckets.entry(colour.map(bucket)).or_default() += count;
        }
        counts = buckets;
    }
    let mut sorted: Vec<([u8; 4], usize)> = counts.into_iter().collect();
    sorted.sort_unstable();
    sorted
        .into_iter()
        .map(|([r, g, b, a], count)| exoquant::ColorCount {
            color: space.to_float(exoquant::Color::new(r, g, b, a)),
            count,
        })
        .collect()
}

/// RGBA as exoquant colours, fully transparent pixels all the same.
fn exoquant_pixels(rgba: &[u8]) -> Vec<exoquant::Color> {
    rgba.chunks_exact(4)
        .map(|p| {
            if p[3] == 0 {
                exoquant::Color::new(0, 0, 0, 0)
            } else {
                exoquant::Color::new(p[0], p[1], p[2], p[3])
            }
        })
        .collect()
}

/// exoquant's `SimpleColorSpace` weighting (gamma 1.145, green over red
/// over blue, colour weighted by opacity) with a true inverse: its own
/// `from_linear` raises to 1/gamma before removing the opacity weight, which
/// returns opaque colours 3.7% too bright (100,150,200 → 104,156,207).
struct AlphaWeighted {
    /// `(v / 255)^gamma` for every 8-bit value: remapping converts every
    /// pixel, and `powf` per channel was a fifth of the search's time.
    powered: [f64; 256],
    gamma: f64,
    dither_gamma: f64,
    /// Weight of colour in fully transparent pixels (0 would make all of
    /// them one point).
    transparent_weight: f64,
    scale: exoquant::Colorf,
}

impl Default for AlphaWeighted {
    fn default() -> Self {
        let simple = exoquant::SimpleColorSpace::default();
        AlphaWeighted {
            powered: std::array::from_fn(|v| (v as f64 / 255.0).powf(simple.gamma)),
            gamma: simple.gamma,
            dither_gamma: simple.dither_gamma,
            transparent_weight: simple.transparency_scale,
            scale: simple.scale,
        }
    }
}

impl AlphaWeighted {
    fn opacity_weight(&self, scaled_alpha: f64) -> f64 {
        scaled_alpha * (1.0 - self.transparent_weight) + self.transparent_weight
    }
}

impl exoquant::ColorSpace for AlphaWeighted {
    /// `to_linear` of the colour as floats, by table.
    fn to_float(&self, colour: exoquant::Color) -> exoquant::Colorf {
        let power = |v: u8| self.powered[usize::from(v)];
        let alpha = power(colour.a) * self.scale.a;
        let weight = self.opacity_weight(alpha);
        exoquant::Colorf {
            r: power(colour.r) * self.scale.r * weight,
            g: power(colour.g) * self.scale.g * weight,
            b: power(colour.b) * self.scale.b * weight,
            a: alpha,
        }
    }

    fn to_linear(&self, colour: exoquant::Colorf) -> exoquant::Colorf {
        let mut c = colour.pow(self.gamma) * self.scale;
        let weight = self.opacity_weight(c.a);
        c.r *= weight;
        c.g *= weight;
        c.b *= weight;
        c
    }

    fn from_linear(&self, colour: exoquant::Colorf) -> exoquant::Colorf {
        let weight = self.opacity_weight(colour.a);
        let mut c = colour;
        c.r /= weight;
        c.g /= weight;
        c.b /= weight;
        (c / self.scale).pow(1.0 / self.gamma)
    }

    fn to_dither(&self, colour: exoquant::Colorf) -> exoquant::Colorf {
        colour.pow(self.dither_gamma / self.gamma)
    }

    fn from_dither(&self, colour: exoquant::Colorf) -> exoquant::Colorf {
        colour.pow(self.gamma / self.dither_gamma)
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
pub(crate) fn render(indexed: &IndexedImage) -> Image {
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
    use crate::smart::metric::{Content, Ssimulacra2};

    #[test]
    fn huge_images_skip_the_palette_search_before_any_work() {
        // 5000 × 5000 gray: 25 MB here, gigabytes once quantised.
        let image = Image {
            width: 5000,
            height: 5000,
            layout: Layout::Gray,
            samples: Samples::U8((0..25_000_000u32).map(|i| (i % 251) as u8).collect()),
        };
        let metric = Ssimulacra2;
        let threshold = metric.threshold(80.0, Content::Graphic);
        let output = PaletteOutput::Png(std::time::Duration::from_secs(1));
        let choice = choose(&image, &metric, threshold, output).unwrap();
        assert!(matches!(choice, PaletteChoice::Lossless));
    }

    #[test]
    fn the_fewest_passing_colours_are_found_by_binary_search() {
        for fewest_ok in [None, Some(256), Some(128), Some(64), Some(32), Some(16)] {
            for smallest_first in [false, true] {
                let mut probed = Vec::new();
                let found = fewest_passing(&SIZES, smallest_first, |colours| {
                    probed.push(colours);
                    Ok((colours, fewest_ok.is_some_and(|fewest| colours >= fewest)))
                })
                .unwrap();
                assert_eq!(found, fewest_ok, "probed {probed:?}");
                assert!(probed.len() <= 4, "{fewest_ok:?}: probed {probed:?}");
                if smallest_first && fewest_ok == Some(16) {
                    assert_eq!(probed, [16], "the smallest passes first");
                }
            }
        }
        for smallest_first in [false, true] {
            let found = fewest_passing(&[], smallest_first, |c: u16| Ok((c, true)));
            assert_eq!(found.unwrap(), None);
        }
    }

    #[test]
    fn the_translucent_colour_space_round_trips() {
        use exoquant::ColorSpace;
        let space = AlphaWeighted::default();
        for &(r, g, b) in &[(100, 150, 200), (0, 0, 0), (255, 255, 255), (7, 250, 31)] {
            for a in [1, 64, 128, 254, 255] {
                let colour = exoquant::Color::new(r, g, b, a);
                let by_table = space.to_float(colour);
                let back = space.from_float(by_table);
                let back = [back.r, back.g, back.b, back.a];
                let off = back
                    .iter()
                    .zip([r, g, b, a])
                    .map(|(&x, y)| (i16::from(x) - i16::from(y)).abs())
                    .max()
                    .unwrap();
                assert!(off <= 1, "{:?} came back as {back:?}", [r, g, b, a]);
                // The table gives what exoquant's own conversion does.
                let by_formula = space.to_linear(exoquant::Colorf {
                    r: f64::from(r) / 255.0,
                    g: f64::from(g) / 255.0,
                    b: f64::from(b) / 255.0,
                    a: f64::from(a) / 255.0,
                });
                assert!((by_formula.r - by_table.r).abs() < 1e-9);
                assert!((by_formula.a - by_table.a).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn undithered_indices_are_those_of_a_lookup_per_pixel() {
        // abc_translucent (512 × 256): translucent letters, few colours
        // and long runs, the case the per-colour lookup is for.
        let bytes = crate::test_corpus("graphics/abc_translucent.png");
        let image = crate::decode(&bytes, &crate::Limits::default()).unwrap();
        let rgba = comparable(&image, true);
        let Samples::U8(rgba) = &rgba.samples else {
            unreachable!("comparable gives 8-bit samples")
        };
        assert!(has_partial_alpha(rgba));
        let quantiser = TranslucentQuantiser::new(rgba, rgba, image.width);
        let pixels = &quantiser.pixels;
        for colours in [16, 64] {
            let nearest = quantiser.quantise_whole(&image, colours, Style::Nearest);
            let ditherer = exoquant::ditherer::None;
            let per_pixel =
                exoquant::Remapper::new(quantiser.palette(colours), &quantiser.space, &ditherer)
                    .remap(pixels, image.width as usize);
            assert_eq!(nearest.indices, per_pixel, "{colours} colours, nearest");
            let neuquant = quantiser.quantise_whole(&image, colours, Style::NeuQuant);
            let network = quantiser.network(colours);
            let per_pixel: Vec<u8> = pixels
                .iter()
                .map(|c| network.index_of(&[c.r, c.g, c.b, c.a]) as u8)
                .collect();
            assert_eq!(neuquant.indices, per_pixel, "{colours} colours, NeuQuant");
        }
    }

    #[test]
    fn translucent_and_binary_alpha_are_told_apart() {
        assert!(has_partial_alpha(&[1, 2, 3, 128]));
        assert!(!has_partial_alpha(&[1, 2, 3, 0, 4, 5, 6, 255]));
    }
}
