//! Applies an EXIF orientation (1..=8) to the pixels, so the output displays
//! exactly as the input did without relying on a tag.

use crate::pixels::{Image, Samples};

/// Returns `image` turned upright. Orientation 1 (or an invalid value) is a no-op.
///
/// EXIF meanings: 2 mirror horizontally, 3 rotate 180°, 4 mirror vertically,
/// 5 transpose, 6 rotate 90° clockwise, 7 transverse, 8 rotate 90° anticlockwise.
pub(crate) fn apply(image: Image, orientation: u8) -> Image {
    if !(2..=8).contains(&orientation) {
        return image;
    }
    let (w, h) = (image.width as usize, image.height as usize);
    let channels = image.layout.channels();
    let swaps = orientation >= 5;
    let (out_w, out_h) = if swaps { (h, w) } else { (w, h) };
    // For each output pixel (x, y): which source pixel lands there.
    let source = move |x: usize, y: usize| -> (usize, usize) {
        match orientation {
            2 => (w - 1 - x, y),
            3 => (w - 1 - x, h - 1 - y),
            4 => (x, h - 1 - y),
            5 => (y, x),
            6 => (y, h - 1 - x),
            7 => (w - 1 - y, h - 1 - x),
            _ => (w - 1 - y, x), // 8
        }
    };
    let samples = match image.samples {
        Samples::U8(v) => Samples::U8(remap(&v, w, channels, out_w, out_h, source)),
        Samples::U16(v) => Samples::U16(remap(&v, w, channels, out_w, out_h, source)),
    };
    Image {
        width: out_w as u32,
        height: out_h as u32,
        layout: image.layout,
        samples,
    }
}

fn remap<T: Copy>(
    src: &[T],
    src_w: usize,
    channels: usize,
    out_w: usize,
    out_h: usize,
    source: impl Fn(usize, usize) -> (usize, usize),
) -> Vec<T> {
    let mut out = Vec::with_capacity(out_w * out_h * channels);
    for y in 0..out_h {
        for x in 0..out_w {
            let (sx, sy) = source(x, y);
            let at = (sy * src_w + sx) * channels;
            out.extend_from_slice(&src[at..at + channels]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pixels::Layout;

    /// 3x2 image, one gray sample per pixel:
    /// 1 2 3
    /// 4 5 6
    fn sample() -> Image {
        Image {
            width: 3,
            height: 2,
            layout: Layout::Gray,
            samples: Samples::U8(vec![1, 2, 3, 4, 5, 6]),
        }
    }

    fn pixels(image: &Image) -> (u32, u32, Vec<u8>) {
        match &image.samples {
            Samples::U8(v) => (image.width, image.height, v.clone()),
            Samples::U16(_) => unreachable!(),
        }
    }

    #[test]
    fn every_orientation_moves_pixels_as_exif_defines() {
        let expect: [(u8, u32, u32, [u8; 6]); 8] = [
            (1, 3, 2, [1, 2, 3, 4, 5, 6]),
            (2, 3, 2, [3, 2, 1, 6, 5, 4]),
            (3, 3, 2, [6, 5, 4, 3, 2, 1]),
            (4, 3, 2, [4, 5, 6, 1, 2, 3]),
            (5, 2, 3, [1, 4, 2, 5, 3, 6]),
            (6, 2, 3, [4, 1, 5, 2, 6, 3]),
            (7, 2, 3, [6, 3, 5, 2, 4, 1]),
            (8, 2, 3, [3, 6, 2, 5, 1, 4]),
        ];
        for (orientation, w, h, px) in expect {
            assert_eq!(
                pixels(&apply(sample(), orientation)),
                (w, h, px.to_vec()),
                "orientation {orientation}"
            );
        }
    }
}
