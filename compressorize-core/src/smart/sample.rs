//! A representative sample of a large image: a mosaic of 64×64 tiles,
//! chosen across the range of detail with more weight on detailed tiles
//! (where most encoders spend bits and where artefacts concentrate), so
//! probes encode 0.2 megapixels instead of the whole image.

use crate::pixels::{Image, Samples};

/// Tile side: a multiple of 16 (JPEG 4:2:0 macroblocks) and AV1's 64-pixel
/// superblock, so tile seams fall on block edges.
pub(crate) const TILE: u32 = 64;
/// Tiles per mosaic side: 7 × 7 tiles = 448 × 448 pixels (0.2 megapixels).
const MOSAIC_SIDE: u32 = 7;
const MOSAIC_TILES: usize = (MOSAIC_SIDE * MOSAIC_SIDE) as usize;

/// Where each mosaic tile comes from (top-left corners in the image), in
/// mosaic order. `None` when the image is small enough to probe whole.
pub(crate) fn choose_tiles(image: &Image) -> Option<Vec<(u32, u32)>> {
    if !is_sampled(image.width, image.height) {
        return None;
    }
    let (cols, rows) = (image.width / TILE, image.height / TILE);
    let available = (cols * rows) as usize;
    let Samples::U8(samples) = &image.samples else {
        return None;
    };
    let channels = image.layout.channels();
    let stride = image.width as usize * channels;
    let mut tiles: Vec<(u64, (u32, u32))> = Vec::with_capacity(available);
    for row in 0..rows {
        for col in 0..cols {
            let (x0, y0) = (col * TILE, row * TILE);
            tiles.push((detail(samples, stride, channels, x0, y0), (x0, y0)));
        }
    }
    // Most detailed first; ties broken by position so the choice is deterministic.
    tiles.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // Rank r = n·(k/K)^1.5 picks densely among detailed tiles and still
    // reaches into the smooth ones (skies, gradients: where banding shows).
    let mut chosen = Vec::with_capacity(MOSAIC_TILES);
    let mut next_free = 0usize;
    for k in 0..MOSAIC_TILES {
        let share = (k as f64 / MOSAIC_TILES as f64).powf(1.5);
        let rank = ((share * available as f64) as usize).max(next_free);
        chosen.push(tiles[rank].1);
        next_free = rank + 1;
    }
    chosen.sort_by_key(|&(x, y)| (y, x));
    Some(chosen)
}

/// Whether an image this size is probed on a mosaic. Below 1.5 × the
/// mosaic, sampling saves too little to be worth the risk of a less
/// representative sample (768 × 512, 96 tiles, is sampled).
pub(crate) fn is_sampled(width: u32, height: u32) -> bool {
    let available = (width / TILE) as usize * (height / TILE) as usize;
    available * 2 >= MOSAIC_TILES * 3
}

/// Sum of absolute horizontal and vertical differences of the first channel
/// over one tile: a cheap stand-in for texture and edges.
fn detail(samples: &[u8], stride: usize, channels: usize, x0: u32, y0: u32) -> u64 {
    let mut sum = 0u64;
    for y in y0..y0 + TILE - 1 {
        let row = y as usize * stride;
        for x in x0..x0 + TILE - 1 {
            let at = row + x as usize * channels;
            let here = i32::from(samples[at]);
            let right = i32::from(samples[at + channels]);
            let below = i32::from(samples[at + stride]);
            sum += (here - right).unsigned_abs() as u64 + (here - below).unsigned_abs() as u64;
        }
    }
    sum
}

/// The mosaic of `tiles` cut from `image` (8-bit samples, any layout).
pub(crate) fn mosaic(image: &Image, tiles: &[(u32, u32)]) -> Image {
    let Samples::U8(samples) = &image.samples else {
        unreachable!("mosaics are cut from 8-bit images")
    };
    let channels = image.layout.channels();
    let stride = image.width as usize * channels;
    let side = MOSAIC_SIDE * TILE;
    let tile_row = TILE as usize * channels;
    let mut out = vec![0u8; side as usize * side as usize * channels];
    for (i, &(x0, y0)) in tiles.iter().enumerate() {
        let (mx, my) = (i as u32 % MOSAIC_SIDE * TILE, i as u32 / MOSAIC_SIDE * TILE);
        for dy in 0..TILE {
            let from = (y0 + dy) as usize * stride + x0 as usize * channels;
            let to = ((my + dy) as usize * side as usize + mx as usize) * channels;
            out[to..to + tile_row].copy_from_slice(&samples[from..from + tile_row]);
        }
    }
    Image {
        width: side,
        height: side,
        layout: image.layout,
        samples: Samples::U8(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pixels::Layout;

    fn noise_on_the_right(width: u32, height: u32) -> Image {
        // Left half flat, right half a checkerboard: detail lives on the right.
        let mut samples = Vec::new();
        for y in 0..height {
            for x in 0..width {
                let v = if x >= width / 2 && (x + y) % 2 == 0 {
                    255
                } else {
                    0
                };
                samples.push(v);
            }
        }
        Image {
            width,
            height,
            layout: Layout::Gray,
            samples: Samples::U8(samples),
        }
    }

    #[test]
    fn small_images_are_probed_whole() {
        // 8 × 9 = 72 whole tiles: fewer than 1.5 × the mosaic's 49.
        assert!(choose_tiles(&noise_on_the_right(540, 600)).is_none());
        assert!(choose_tiles(&noise_on_the_right(768, 512)).is_some());
    }

    #[test]
    fn mosaic_leans_to_detail_but_keeps_some_flat_tiles() {
        let image = noise_on_the_right(2048, 1024);
        let tiles = choose_tiles(&image).expect("large image is sampled");
        assert_eq!(tiles.len(), MOSAIC_TILES);
        let detailed = tiles.iter().filter(|(x, _)| *x >= 1024).count();
        assert!(detailed > MOSAIC_TILES / 2, "{detailed} detailed tiles");
        assert!(detailed < MOSAIC_TILES, "no flat tile at all");
        let mosaic = mosaic(&image, &tiles);
        assert_eq!((mosaic.width, mosaic.height), (448, 448));
        assert_eq!(choose_tiles(&image), Some(tiles), "deterministic");
    }
}
