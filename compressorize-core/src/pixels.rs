//! The one pixel type that flows between pipeline stages: decoders produce it,
//! orientation, colour conversion and resizing transform it, encoders consume it.

/// Channel layout of an [`Image`]. Channels are interleaved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One luma channel.
    Gray,
    /// Luma then alpha.
    GrayAlpha,
    /// Red, green, blue.
    Rgb,
    /// Red, green, blue, alpha (straight, not premultiplied).
    Rgba,
}

impl Layout {
    /// Number of interleaved channels.
    #[must_use]
    pub fn channels(self) -> usize {
        match self {
            Layout::Gray => 1,
            Layout::GrayAlpha => 2,
            Layout::Rgb => 3,
            Layout::Rgba => 4,
        }
    }

    /// Whether the last channel is alpha.
    #[must_use]
    pub fn has_alpha(self) -> bool {
        matches!(self, Layout::GrayAlpha | Layout::Rgba)
    }

    /// Whether the colour channels are luma only.
    #[must_use]
    pub fn is_gray(self) -> bool {
        matches!(self, Layout::Gray | Layout::GrayAlpha)
    }
}

/// Sample storage. 16-bit samples use the full `0..=65535` range whatever the
/// source bit depth was (10- and 12-bit AVIF are scaled up).
#[derive(Debug, Clone, PartialEq)]
pub enum Samples {
    /// 8 bits per sample.
    U8(Vec<u8>),
    /// 16 bits per sample, native endian in memory.
    U16(Vec<u16>),
}

/// A decoded image: `width × height` pixels of `layout`, rows top to bottom,
/// no padding between rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// Width in pixels (≥ 1).
    pub width: u32,
    /// Height in pixels (≥ 1).
    pub height: u32,
    /// Channel layout.
    pub layout: Layout,
    /// `width * height * layout.channels()` samples.
    pub samples: Samples,
}

/// At least this share of pixels equal to their left neighbour counts as
/// flat colour, the mark of a graphic. On the corpus, photos score
/// 0.04–0.32 (smooth ones with few colours too, such as kodim02: 13,452
/// colours, 0.09), photo-like PNGs among the graphics (embedgravitybird,
/// monkey16, vips_indexed) 0.003–0.16, screenshots, diagrams and logos
/// 0.43–1.0, also when antialiasing or gradients give them tens of
/// thousands of colours (debug_triangle_corners: 46,942, 0.96); flowers.png,
/// a flat illustration among the photos, 0.90.
const GRAPHIC_FLAT_SHARE: f64 = 0.4;

impl Image {
    /// Whether samples are 16-bit.
    #[must_use]
    pub fn is_16bit(&self) -> bool {
        matches!(self.samples, Samples::U16(_))
    }

    /// Width × height, without overflow: what the size thresholds compare.
    pub(crate) fn pixel_count(&self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }

    /// Number of samples the buffer must hold.
    #[must_use]
    pub fn sample_count(&self) -> usize {
        self.width as usize * self.height as usize * self.layout.channels()
    }
}

/// 16-bit → 8-bit with rounding.
fn narrow(v: u16) -> u8 {
    ((u32::from(v) * 255 + 32767) / 65535) as u8
}

impl Image {
    /// The same image with 8-bit samples (16-bit rounded down to 8).
    #[must_use]
    pub fn to_8bit(&self) -> Image {
        match &self.samples {
            Samples::U8(_) => self.clone(),
            Samples::U16(v) => Image {
                samples: Samples::U8(v.iter().map(|&s| narrow(s)).collect()),
                ..*self
            },
        }
    }

    /// 8-bit samples, alpha removed by compositing over white (for JPEG).
    #[must_use]
    pub fn flatten_on_white(&self) -> Image {
        self.flatten_on(u8::MAX)
    }

    /// 8-bit samples, alpha removed by compositing over a gray `background`
    /// (0 = black, 255 = white).
    #[must_use]
    pub fn flatten_on(&self, background: u8) -> Image {
        let image = self.to_8bit();
        if !image.layout.has_alpha() {
            return image;
        }
        let Samples::U8(v) = &image.samples else {
            unreachable!("to_8bit returns 8-bit samples")
        };
        let channels = image.layout.channels();
        let mut out = Vec::with_capacity(v.len() / channels * (channels - 1));
        for px in v.chunks_exact(channels) {
            let (colour, alpha) = px.split_at(channels - 1);
            let a = u32::from(alpha[0]);
            for &c in colour {
                out.push(
                    ((u32::from(c) * a + u32::from(background) * (255 - a) + 127) / 255) as u8,
                );
            }
        }
        Image {
            layout: if image.layout == Layout::Rgba {
                Layout::Rgb
            } else {
                Layout::Gray
            },
            samples: Samples::U8(out),
            ..image
        }
    }

    /// The image as grey (`Gray`, or `GrayAlpha`) when it has colour
    /// channels but every pixel a viewer can see is grey (red = green =
    /// blue; fully transparent pixels show nothing and become transparent
    /// black, see [`as_seen`]); `None` otherwise, found at the first
    /// coloured pixel. Coded as grey, such an image costs JPEG and AVIF one
    /// plane instead of three, with no pixel changed.
    #[must_use]
    pub(crate) fn to_grey_if_colourless(&self) -> Option<Image> {
        let (alpha, layout) = match self.layout {
            Layout::Rgb => (false, Layout::Gray),
            Layout::Rgba => (true, Layout::GrayAlpha),
            Layout::Gray | Layout::GrayAlpha => return None,
        };
        let samples = match &self.samples {
            Samples::U8(v) => Samples::U8(grey_samples(v, alpha)?),
            Samples::U16(v) => Samples::U16(grey_samples(v, alpha)?),
        };
        Some(Image {
            layout,
            samples,
            ..*self
        })
    }

    /// Whether the image looks like a graphic (a screenshot, logo or
    /// diagram): large areas of exactly the same colour, a transparent
    /// background counting as one whatever it hides. A colour count
    /// would also catch smooth photos (kodim02) and miss diagrams with
    /// gradients or that were downscaled.
    #[must_use]
    pub(crate) fn looks_like_graphic(&self) -> bool {
        match self.samples {
            Samples::U8(_) => self.flat_share() >= GRAPHIC_FLAT_SHARE,
            Samples::U16(_) => self.to_8bit().flat_share() >= GRAPHIC_FLAT_SHARE,
        }
    }

    /// The share of pixels that look the same as their left neighbour
    /// ([`as_seen`]; 8-bit samples).
    fn flat_share(&self) -> f64 {
        let Samples::U8(samples) = &self.samples else {
            return 0.0;
        };
        let channels = self.layout.channels();
        let row = self.width as usize * channels;
        if row == 0 || samples.is_empty() {
            return 0.0;
        }
        let same: usize = samples
            .chunks_exact(row)
            .map(|line| match self.layout {
                Layout::Gray => same_as_left::<1>(line, false),
                Layout::GrayAlpha => same_as_left::<2>(line, true),
                Layout::Rgb => same_as_left::<3>(line, false),
                Layout::Rgba => same_as_left::<4>(line, true),
            })
            .sum();
        same as f64 / (samples.len() / channels) as f64
    }

    /// The number of distinct pixel values as seen ([`as_seen`]: every
    /// fully transparent pixel one value) if at most `limit`, else `None`
    /// (counting stops as soon as there are more). 8-bit samples only.
    #[must_use]
    pub(crate) fn distinct_colours_up_to(&self, limit: usize) -> Option<usize> {
        let Samples::U8(samples) = &self.samples else {
            return None;
        };
        let channels = self.layout.channels();
        let alpha = self.layout.has_alpha();
        let mut seen = std::collections::HashSet::new();
        for pixel in samples.chunks_exact(channels) {
            let mut key = [0u8; 4];
            key[..channels].copy_from_slice(pixel);
            let key = as_seen(key, channels, alpha);
            if seen.insert(u32::from_le_bytes(key)) && seen.len() > limit {
                return None;
            }
        }
        Some(seen.len())
    }

    /// Whether any pixel is not fully opaque.
    #[must_use]
    pub fn uses_alpha(&self) -> bool {
        if !self.layout.has_alpha() {
            return false;
        }
        let step = self.layout.channels();
        match &self.samples {
            Samples::U8(v) => v.iter().skip(step - 1).step_by(step).any(|&a| a != u8::MAX),
            Samples::U16(v) => v
                .iter()
                .skip(step - 1)
                .step_by(step)
                .any(|&a| a != u16::MAX),
        }
    }
}

/// How many pixels of `line` (of `N` samples each) equal their left
/// neighbour. Compared as arrays of a size known when compiling: slices
/// of a length known only at run time compare through a call to `bcmp`
/// per pixel (1.8 megapixels of RGB: 8.6-12.9 ms against 1.2-1.4).
fn same_as_left<const N: usize>(line: &[u8], alpha: bool) -> usize {
    let (pixels, _) = line.as_chunks::<N>();
    pixels
        .windows(2)
        .filter(|pair| look_alike(&pair[0], &pair[1], alpha))
        .count()
}

/// Whether two pixels (alpha last when `alpha`) look the same: equal
/// samples, or both fully transparent. The same as comparing them
/// [`as_seen`], without building the zeroed copies: equal neighbours, most
/// of a graphic, are told by one comparison (plum-blossom-large, 4
/// megapixels of RGBA: 2.2 ms, against 5.7 through `as_seen` and 1.3 when
/// hidden colours counted).
#[inline]
fn look_alike<const N: usize>(a: &[u8; N], b: &[u8; N], alpha: bool) -> bool {
    a == b || (alpha && a[N - 1] == 0 && b[N - 1] == 0)
}

/// RGB(A) `samples` as grey (and alpha), or `None` if a visible pixel has
/// colour.
fn grey_samples<T: Copy + Default + PartialEq>(samples: &[T], alpha: bool) -> Option<Vec<T>> {
    let channels = if alpha { 4 } else { 3 };
    let hidden = |p: &[T]| alpha && p[3] == T::default();
    let colourless = samples
        .chunks_exact(channels)
        .all(|p| hidden(p) || (p[0] == p[1] && p[1] == p[2]));
    if !colourless {
        return None;
    }
    let mut grey = Vec::with_capacity(samples.len() / channels * (channels - 2));
    for p in samples.chunks_exact(channels) {
        match (alpha, hidden(p)) {
            (false, _) => grey.push(p[0]),
            (true, false) => grey.extend([p[0], p[3]]),
            (true, true) => grey.extend([T::default(); 2]),
        }
    }
    Some(grey)
}

/// `pixel` (its first `channels` samples, alpha last when `alpha`; the
/// rest zero) as a viewer sees it: a fully transparent pixel shows nothing, so its colour
/// samples are zeroed. What they hold depends on the tool that wrote the
/// file (oxipng and most editors clear them, others keep the colour that
/// was there), and telling images apart by it would treat one picture two
/// ways.
fn as_seen(pixel: [u8; 4], channels: usize, alpha: bool) -> [u8; 4] {
    if alpha && pixel[channels - 1] == 0 {
        [0; 4]
    } else {
        pixel
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each layout counts a pixel as flat only when every channel equals
    /// its left neighbour's, and never across rows: of two rows of four
    /// pixels, 4 are (the first row's values in the last channel, the
    /// second's in the first, the other channels 1).
    #[test]
    fn flat_share_counts_pixels_equal_to_their_left_neighbour() {
        let rows: [[u8; 4]; 2] = [[1, 1, 9, 9], [9, 9, 1, 1]];
        for layout in [Layout::Gray, Layout::GrayAlpha, Layout::Rgb, Layout::Rgba] {
            let channels = layout.channels();
            let samples: Vec<u8> = rows
                .iter()
                .enumerate()
                .flat_map(|(y, row)| row.map(|v| (y, v)))
                .flat_map(|(y, v)| {
                    let mut pixel = vec![1u8; channels];
                    pixel[if y == 0 { channels - 1 } else { 0 }] = v;
                    pixel
                })
                .collect();
            let image = Image {
                width: 4,
                height: 2,
                layout,
                samples: Samples::U8(samples),
            };
            // Row 1: 1=1, 9≠1, 9=9; row 2: 9=9, 1≠9, 1=1 (as gray, row 2's
            // first pixel equals row 1's last, which is not its left).
            assert_eq!(image.flat_share(), 4.0 / 8.0, "{layout:?}");
        }
    }

    /// Grey pixels in colour layouts come back as grey, 8- and 16-bit,
    /// hidden colour ignored; one coloured visible pixel keeps the colour.
    #[test]
    fn colourless_images_become_grey() {
        let image = |layout, samples| Image {
            width: 2,
            height: 1,
            layout,
            samples,
        };
        let rgb = image(Layout::Rgb, Samples::U8(vec![7, 7, 7, 200, 200, 200]));
        assert_eq!(
            rgb.to_grey_if_colourless(),
            Some(image(Layout::Gray, Samples::U8(vec![7, 200])))
        );
        let rgba = image(Layout::Rgba, Samples::U16(vec![9, 9, 9, 500, 1, 2, 3, 0]));
        assert_eq!(
            rgba.to_grey_if_colourless(),
            Some(image(Layout::GrayAlpha, Samples::U16(vec![9, 500, 0, 0])))
        );
        for coloured in [
            image(Layout::Rgb, Samples::U8(vec![7, 7, 7, 200, 201, 200])),
            image(Layout::Rgba, Samples::U8(vec![9, 9, 9, 255, 1, 2, 3, 1])),
            image(Layout::Gray, Samples::U8(vec![7, 200])),
        ] {
            assert_eq!(coloured.to_grey_if_colourless(), None, "{coloured:?}");
        }
    }

    /// Fully transparent pixels look alike whatever colour they hold;
    /// pixels with any opacity, however little, are told apart by colour.
    #[test]
    fn fully_transparent_pixels_are_one_colour() {
        let row = |layout: Layout, samples: Vec<u8>| Image {
            width: (samples.len() / layout.channels()) as u32,
            height: 1,
            layout,
            samples: Samples::U8(samples),
        };
        let pixels: [[u8; 4]; 4] = [
            [255, 0, 0, 0],
            [0, 0, 255, 0],
            [255, 0, 0, 1],
            [0, 0, 255, 1],
        ];
        let rgba = row(Layout::Rgba, pixels.concat());
        assert_eq!(rgba.flat_share(), 1.0 / 4.0);
        assert_eq!(rgba.distinct_colours_up_to(8), Some(3));
        let gray_alpha = row(Layout::GrayAlpha, vec![7, 0, 9, 0, 7, 1, 9, 1]);
        assert_eq!(gray_alpha.flat_share(), 1.0 / 4.0);
        assert_eq!(gray_alpha.distinct_colours_up_to(8), Some(3));
        // Without alpha, zero in the last channel is a colour like any other.
        let rgb = row(Layout::Rgb, vec![255, 0, 0, 0, 0, 0]);
        assert_eq!(rgb.flat_share(), 0.0);
        assert_eq!(rgb.distinct_colours_up_to(8), Some(2));
    }
}
