//! Smart quality for animations, judged the way a set of still images is:
//! the median judged frame at the target, and no judged frame more than
//! [`FLOOR_BELOW_TARGET`] points under it.
//!
//! - An animated WebP ([`encode_webp`]) takes the lowest quality at which
//!   the frames, as the animation encoder codes them, do so. A still
//!   search on the middle frame gives the first probe (and says when the
//!   frames are best lossless). The probes then encode the animation
//!   itself, decode it as a browser would, and measure up to
//!   [`JUDGED_FRAMES`] frames spread over it against the source frames.
//!   Judged on the middle frame's still alone, the frames came out below
//!   the target or far above it (by the judge, SSIMULACRA2, at the default
//!   80: animated_advertises… median 76.6, lowest 74.8; animated-loop-3
//!   82.1 and 78.1): the animation encoder codes a frame as its change
//!   from the one before, and frames differ. A long animation is probed on
//!   a clip: each judged frame and the one before it, which it is coded
//!   against.
//! - An APNG ([`encode_apng`]) takes palette frames, in the one palette an
//!   APNG has, at the fewest colours that do so ([`ByFrame`] judges the
//!   palette search's candidates frame by frame).

use rayon::prelude::*;

use super::metric::{Content, Metric, comparable, with_metric};
use super::search::{self, Probe};
use super::{HIGHEST, LOWEST, Outcome, SmartAim, Source, smart_aim, step_curve};
use super::{palette, sample};
use crate::animation::Animation;
use crate::encode::{self, EncodeSettings, IndexedImage, WebpMode};
use crate::error::{Error, Result};
use crate::format::Format;
use crate::pixels::{Image, Layout, Samples};
use std::time::Duration;

/// The most frames a probe is judged on, spread evenly from the first to
/// the last.
const JUDGED_FRAMES: usize = 8;

/// The most pixels a probe's clip holds, unless one judged frame and the
/// one before it are more: fewer frames are judged on larger canvases (two
/// of 1000 × 1000). A probe holds its clip, and its decoded frames, in
/// memory, two probes at a time.
const CLIP_PIXELS: u64 = 4_000_000;

/// How far below the target the worst judged frame may score, in
/// SSIMULACRA2 points: the floor of 72 under the default 80, as
/// for a set of still images (their median near the target, none below
/// 72).
const FLOOR_BELOW_TARGET: f32 = 8.0;

/// The most pixels, over all frames, an animation's palette search takes
/// (a still image's takes 24 MP): the frames are held stacked beside the
/// decoded ones, and the search holds several quantisations of them. 50
/// noisy frames of 632 × 632 (20 MP) as an APNG peaked at 918 MB and took
/// 4.6 s to find no palette good enough, against 0.7 s and 106 MB for
/// oxipng alone; 50 of 400 × 400 (8 MP), 450 MB and 1.8 s against 0.3 s
/// and 50 MB.
const PALETTE_MAX_PIXELS: u64 = 8_000_000;

/// Whether an animation of `frames` frames of `width` × `height` is given
/// a palette search (see [`PALETTE_MAX_PIXELS`]).
pub(crate) fn palette_fits(width: u32, height: u32, frames: u32) -> bool {
    u64::from(width) * u64::from(height) * u64::from(frames) <= PALETTE_MAX_PIXELS
}

/// Each probe frame's duration. Uniform, so that a frame the encoder
/// merges into the one before it (the same pixels) is found by its end
/// time (see [`shown`]).
const PROBE_FRAME_MS: u32 = 100;

/// `animation` as an animated WebP at the fewest bytes whose judged frames
/// meet `target` (see the module): lossy in `lossy_mode`, or where the
/// middle frame is best lossless or no quality meets the target, lossless
/// or, smaller where a palette meets the target, palette frames coded
/// losslessly. A graphic's palette frames also compete with its lossy
/// answer. The score reported is the median judged frame's (the palette
/// search's distance for palette frames, see [`ByFrame`]).
pub(crate) fn encode_webp(
    animation: &Animation,
    source: Source,
    base: &EncodeSettings<'_>,
    target: f32,
    lossy_mode: WebpMode,
) -> Result<Outcome> {
    let key = &animation.frames[animation.frames.len() / 2].image;
    let still = super::encode(key, source, Format::WebP, base, target)?;
    let aim = smart_aim(key, source, Format::WebP, target);
    let (lossy, palette) = match still.quality {
        Some(first) if aim.graphic => {
            let (lossy, palette) = rayon::join(
                || webp_lossy(animation, &aim, first, lossy_mode),
                || webp_palette(animation, &aim),
            );
            (lossy?, palette?)
        }
        Some(first) => match webp_lossy(animation, &aim, first, lossy_mode)? {
            Some(lossy) => (Some(lossy), None),
            None => (None, webp_palette(animation, &aim)?),
        },
        None => (None, webp_palette(animation, &aim)?),
    };
    let lossless = match lossy {
        Some(_) => None,
        None => Some(Outcome {
            bytes: encode::webp::encode_animation(animation, 100, WebpMode::Lossless)?,
            quality: None,
            score: None,
        }),
    };
    [lossy, palette, lossless]
        .into_iter()
        .flatten()
        .min_by_key(|outcome| outcome.bytes.len())
        .ok_or_else(|| Error::failed("no animated WebP candidate"))
}

/// The lowest quality, searched from the middle frame's still answer
/// `first`, at which `animation`'s frames as coded in `lossy_mode` meet the
/// target; `None` when none does.
fn webp_lossy(
    animation: &Animation,
    aim: &SmartAim,
    first: u8,
    lossy_mode: WebpMode,
) -> Result<Option<Outcome>> {
    let canvas = u64::from(animation.width) * u64::from(animation.height);
    let most = usize::try_from(CLIP_PIXELS / (2 * canvas.max(1))).unwrap_or(JUDGED_FRAMES);
    let judged = judged_frames(animation.frames.len(), most.clamp(1, JUDGED_FRAMES));
    let clip = clip(&judged);
    let (best, median) = with_metric!(aim.metric, |metric| {
        let floor_factor = aim.threshold / aim.threshold_below(FLOOR_BELOW_TARGET);
        let judge = Judge::new(metric, animation, &judged, &clip, floor_factor)?;
        let found = search::lowest_passing(
            LOWEST,
            HIGHEST,
            &[first],
            aim.threshold,
            step_curve(Format::WebP, !aim.graphic),
            |quality| quality,
            |quality| judge.probe(quality, lossy_mode),
        )?;
        let median = judge.median_at(found.best.quality);
        Ok::<_, Error>((found.best, median))
    })?;
    if best.distance > aim.threshold {
        return Ok(None);
    }
    Ok(Some(Outcome {
        bytes: encode::webp::encode_animation(animation, best.quality, lossy_mode)?,
        quality: Some(best.quality),
        score: median.map(|median| aim.score(median)),
    }))
}

/// `animation` as an animated WebP of palette frames coded losslessly, at
/// the fewest colours that meet `aim` (see [`palette_frames`]); `None` when
/// no palette does, or the frames hold more pixels than a palette search
/// takes. apng_ball (20 frames of 100 × 100) took 53,670 bytes lossless.
fn webp_palette(animation: &Animation, aim: &SmartAim) -> Result<Option<Outcome>> {
    let Some((indexed, distance)) = palette_frames(animation, aim, palette::PaletteOutput::WebP)?
    else {
        return Ok(None);
    };
    let stacked = palette::render(&indexed);
    let Samples::U8(samples) = &stacked.samples else {
        unreachable!("palette images render as 8-bit RGBA")
    };
    let (width, height) = (animation.width, animation.height);
    let frame_len = samples.len() / animation.frames.len();
    let images: Vec<Image> = samples
        .chunks_exact(frame_len)
        .map(|frame| Image {
            width,
            height,
            layout: Layout::Rgba,
            samples: Samples::U8(frame.to_vec()),
        })
        .collect();
    let frames: Vec<(&Image, u32)> = images
        .iter()
        .zip(&animation.frames)
        .map(|(image, frame)| (image, frame.duration_ms))
        .collect();
    let (canvas, loops) = ((width, height), animation.loop_count);
    let bytes =
        encode::webp::encode_frames(canvas, loops, &frames, 100, WebpMode::Lossless, false)?;
    Ok(Some(Outcome {
        bytes,
        quality: None,
        score: Some(aim.score(distance)),
    }))
}

/// `animation` as an APNG of palette frames, all in one palette (an APNG
/// has one), at the fewest colours that meet `target` (see
/// [`palette_frames`]). Returns the APNG and its score; `None` when no
/// palette meets the target, or the frames hold more pixels than a palette
/// search takes.
pub(crate) fn encode_apng(
    animation: &Animation,
    source: Source,
    timeout: Duration,
    target: f32,
) -> Result<Option<(Vec<u8>, f64)>> {
    let key = &animation.frames[animation.frames.len() / 2].image;
    let aim = smart_aim(key, source, Format::Png, target);
    let output = palette::PaletteOutput::Png(timeout);
    let Some((indexed, distance)) = palette_frames(animation, &aim, output)? else {
        return Ok(None);
    };
    let durations: Vec<u32> = animation.frames.iter().map(|f| f.duration_ms).collect();
    let apng = encode::png::encode_indexed_animation(
        &indexed,
        (animation.width, animation.height),
        &durations,
        animation.loop_count,
        timeout,
    )?;
    Ok(Some((apng, aim.score(distance))))
}

/// `animation`'s frames as palette frames in one palette, stacked one below
/// the other, at the fewest colours that meet `aim`: the stack is what
/// [`palette::choose`] quantises (its candidates sized as `output`), and
/// [`ByFrame`] judges them frame by frame as the animated WebP's probes
/// are. Returns the indexed stack and its distance; `None` when no palette
/// meets the target, or the frames hold more pixels than
/// [`PALETTE_MAX_PIXELS`].
fn palette_frames(
    animation: &Animation,
    aim: &SmartAim,
    output: palette::PaletteOutput,
) -> Result<Option<(IndexedImage, f64)>> {
    let frames = u32::try_from(animation.frames.len()).unwrap_or(u32::MAX);
    if !palette_fits(animation.width, animation.height, frames) {
        return Ok(None);
    }
    let stacked = stack(animation)?;
    let choice = with_metric!(aim.metric, |metric| {
        let by_frame = ByFrame {
            inner: metric,
            canvas: (animation.width, animation.height),
            frames: animation.frames.len(),
            judged: judged_frames(animation.frames.len(), JUDGED_FRAMES),
            floor_factor: aim.threshold / aim.threshold_below(FLOOR_BELOW_TARGET),
        };
        palette::choose(&stacked, &by_frame, aim.threshold, output)
    })?;
    Ok(match choice {
        palette::PaletteChoice::Palette {
            indexed, distance, ..
        } => Some((indexed, distance)),
        palette::PaletteChoice::Lossless => None,
    })
}

/// A metric over frames stacked one below the other: the median of the
/// judged frames' distances, or the worst one's scaled by `floor_factor`
/// where that is more (see [`Judge::probe`]). An image that is not the
/// whole stack (a mosaic of its tiles, for a large one) is measured whole.
struct ByFrame<'m, M: Metric> {
    inner: &'m M,
    /// Each frame's size.
    canvas: (u32, u32),
    /// How many frames are stacked.
    frames: usize,
    /// The frames judged.
    judged: Vec<usize>,
    floor_factor: f64,
}

/// A [`ByFrame`] reference: one per judged frame, or the image's own.
enum FramesReference<R> {
    Frames(Vec<R>),
    Whole(R),
}

impl<M: Metric> ByFrame<'_, M> {
    /// The judged frames of `stacked`, each as a metric compares it; `None`
    /// unless it is the whole stack (enlarged alike, as [`comparable`]
    /// enlarges a tiny image).
    fn split(&self, stacked: &Image) -> Option<Vec<Image>> {
        let frames = u32::try_from(self.frames).ok()?;
        let (width, height) = self.canvas;
        let scale = stacked.width / width.max(1);
        let whole_stack = scale >= 1
            && stacked.width == width * scale
            && u64::from(stacked.height)
                == u64::from(height) * u64::from(scale) * u64::from(frames);
        if frames < 2 || !whole_stack {
            return None;
        }
        let Samples::U8(samples) = &stacked.samples else {
            return None;
        };
        let height = height * scale;
        let len = stacked.width as usize * height as usize * stacked.layout.channels();
        let parts = self.judged.iter().map(|&i| {
            let frame = Image {
                width: stacked.width,
                height,
                layout: stacked.layout,
                samples: Samples::U8(samples[i * len..(i + 1) * len].to_vec()),
            };
            // A short frame is enlarged as the metrics need.
            comparable(&frame, frame.layout.has_alpha())
        });
        Some(parts.collect())
    }
}

impl<M: Metric> Metric for ByFrame<'_, M> {
    type Reference = FramesReference<M::Reference>;

    fn reference(&self, image: &Image) -> Result<Self::Reference> {
        Ok(match self.split(image) {
            Some(frames) => FramesReference::Frames(
                frames
                    .par_iter()
                    .map(|frame| self.inner.reference(frame))
                    .collect::<Result<_>>()?,
            ),
            None => FramesReference::Whole(self.inner.reference(image)?),
        })
    }

    fn distance(&self, reference: &Self::Reference, candidate: &Image) -> Result<f64> {
        let references = match reference {
            FramesReference::Whole(reference) => {
                return self.inner.distance(reference, candidate);
            }
            FramesReference::Frames(references) => references,
        };
        let frames = self
            .split(candidate)
            .ok_or_else(|| Error::failed("a candidate unlike its reference"))?;
        let mut distances = references
            .par_iter()
            .zip(&frames)
            .map(|(reference, frame)| self.inner.distance(reference, frame))
            .collect::<Result<Vec<f64>>>()?;
        distances.sort_by(f64::total_cmp);
        let median = distances[distances.len() / 2];
        Ok(median.max(distances[distances.len() - 1] * self.floor_factor))
    }

    fn threshold(&self, target: f32, content: Content) -> f64 {
        self.inner.threshold(target, content)
    }

    fn points_above(&self, distance: f64, threshold: f64, content: Content) -> f64 {
        self.inner.points_above(distance, threshold, content)
    }
}

/// The frames of `animation` one below the other, as one RGBA image.
fn stack(animation: &Animation) -> Result<Image> {
    let mut samples = Vec::new();
    for frame in &animation.frames {
        let Samples::U8(rgba) = &frame.image.samples else {
            return Err(Error::failed("animation frames are 8-bit RGBA"));
        };
        samples.extend_from_slice(rgba);
    }
    let frames = u32::try_from(animation.frames.len()).map_err(|_| Error::failed("frames"))?;
    Ok(Image {
        width: animation.width,
        height: animation.height * frames,
        layout: Layout::Rgba,
        samples: Samples::U8(samples),
    })
}

/// The indices of the frames judged among `count`: all of them up to
/// `most`, else that many spread evenly, the first and the last among them
/// (one: the middle frame).
fn judged_frames(count: usize, most: usize) -> Vec<usize> {
    if count <= most {
        return (0..count).collect();
    }
    if most <= 1 {
        return vec![count / 2];
    }
    (0..most).map(|i| i * (count - 1) / (most - 1)).collect()
}

/// The frames a probe encodes: each judged frame and the one before it,
/// in order, once each.
fn clip(judged: &[usize]) -> Vec<usize> {
    let mut clip: Vec<usize> = judged
        .iter()
        .flat_map(|&j| [j.saturating_sub(1), j])
        .collect();
    clip.sort_unstable();
    clip.dedup();
    clip
}

/// The judged frames' references, prepared once, and the clip the probes
/// encode.
struct Judge<'a, M: Metric> {
    metric: &'a M,
    canvas: (u32, u32),
    loop_count: u16,
    /// The frames each probe encodes, in order.
    clip: Vec<&'a Image>,
    judged: Vec<JudgedFrame<M::Reference>>,
    /// The target's threshold over the floor's: the worst frame's distance
    /// times this is held to the target's threshold.
    floor_factor: f64,
    /// Each probe's quality and median distance.
    medians: std::sync::Mutex<Vec<(u8, f64)>>,
}

/// A frame each probe is judged on.
struct JudgedFrame<R> {
    /// Its place in the clip.
    place: usize,
    /// Whether its alpha is compared (see [`comparable`]).
    alpha: bool,
    /// For a large canvas, the tiles of the mosaic it is compared on (see
    /// [`sample`]): a frame of 1000 × 1000 is measured on 0.2 megapixels.
    tiles: Option<Vec<(u32, u32)>>,
    reference: R,
}

impl<R> JudgedFrame<R> {
    /// `frame` as it is compared: comparable, and cut to the mosaic.
    fn compared(&self, frame: &Image) -> Image {
        cut(comparable(frame, self.alpha), self.tiles.as_deref())
    }
}

/// `image` cut to the mosaic of `tiles`, if any.
fn cut(image: Image, tiles: Option<&[(u32, u32)]>) -> Image {
    match tiles {
        Some(tiles) => sample::mosaic(&image, tiles),
        None => image,
    }
}

impl<'a, M: Metric> Judge<'a, M> {
    fn new(
        metric: &'a M,
        animation: &'a Animation,
        judged: &[usize],
        clip: &[usize],
        floor_factor: f64,
    ) -> Result<Self> {
        let judged = judged
            .par_iter()
            .map(|&index| {
                let place = clip
                    .iter()
                    .position(|&c| c == index)
                    .expect("the clip holds every judged frame");
                let image = &animation.frames[index].image;
                let alpha = image.uses_alpha();
                let whole = comparable(image, alpha);
                let tiles = sample::choose_tiles(&whole);
                let reference = metric.reference(&cut(whole, tiles.as_deref()))?;
                Ok(JudgedFrame {
                    place,
                    alpha,
                    tiles,
                    reference,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Judge {
            metric,
            canvas: (animation.width, animation.height),
            loop_count: animation.loop_count,
            clip: clip.iter().map(|&i| &animation.frames[i].image).collect(),
            judged,
            floor_factor,
            medians: std::sync::Mutex::default(),
        })
    }

    /// The median judged frame's distance at `quality`, if it was probed.
    fn median_at(&self, quality: u8) -> Option<f64> {
        let medians = self.medians.lock().unwrap_or_else(|e| e.into_inner());
        medians.iter().find(|(q, _)| *q == quality).map(|(_, d)| *d)
    }

    /// The clip encoded at `quality`, decoded, and measured: its size, and
    /// as its distance the median judged frame's, or the worst frame's
    /// scaled by [`Judge::floor_factor`] where that is more.
    fn probe(&self, quality: u8, mode: WebpMode) -> Result<Probe> {
        let frames: Vec<(&Image, u32)> = self
            .clip
            .iter()
            .map(|&image| (image, PROBE_FRAME_MS))
            .collect();
        let bytes = encode::webp::encode_frames(
            self.canvas,
            self.loop_count,
            &frames,
            quality,
            mode,
            true,
        )?;
        let decoded = crate::decode::decode_webp_animation(&bytes)?;
        let mut distances = self
            .judged
            .par_iter()
            .map(|judged| {
                let frame = shown(&decoded, judged.place)?;
                self.metric
                    .distance(&judged.reference, &judged.compared(frame))
            })
            .collect::<Result<Vec<f64>>>()?;
        distances.sort_by(f64::total_cmp);
        // The upper median of an even count.
        let median = distances[distances.len() / 2];
        let worst = distances[distances.len() - 1];
        self.medians
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((quality, median));
        let distance = median.max(worst * self.floor_factor);
        Ok(Probe {
            quality,
            bytes: bytes.len(),
            distance,
        })
    }
}

/// The decoded frame showing the clip's frame at `place`: the first whose
/// end time reaches that frame's (the encoder merges a frame that repeats
/// the one before into it).
fn shown(decoded: &Animation, place: usize) -> Result<&Image> {
    let ends = (place as u64 + 1) * u64::from(PROBE_FRAME_MS);
    let mut shown_until = 0;
    for frame in &decoded.frames {
        shown_until += u64::from(frame.duration_ms);
        if shown_until >= ends {
            return Ok(&frame.image);
        }
    }
    Err(Error::failed(
        "the probe animation decoded to fewer frames than it was made of",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judged_frames_spread_from_the_first_to_the_last() {
        assert_eq!(judged_frames(3, 8), vec![0, 1, 2]);
        assert_eq!(judged_frames(8, 8), (0..8).collect::<Vec<_>>());
        assert_eq!(judged_frames(9, 8), vec![0, 1, 2, 3, 4, 5, 6, 8]);
        assert_eq!(
            judged_frames(10_000, 8),
            vec![0, 1428, 2856, 4285, 5713, 7142, 8570, 9999]
        );
        // Fewer on a large canvas: the first and the last, or the middle.
        assert_eq!(judged_frames(50, 2), vec![0, 49]);
        assert_eq!(judged_frames(50, 1), vec![25]);
    }

    /// `frames` frames of `width` × `height`, stacked, frame i all of
    /// grey 10 × i.
    fn stacked(width: u32, height: u32, frames: u32) -> Image {
        let frame_len = (width * height * 4) as usize;
        let samples = (0..frames)
            .flat_map(|i| std::iter::repeat_n(u8::try_from(i * 10).unwrap(), frame_len))
            .collect();
        Image {
            width,
            height: height * frames,
            layout: Layout::Rgba,
            samples: Samples::U8(samples),
        }
    }

    #[test]
    fn a_stack_is_split_into_its_judged_frames_and_nothing_else_is() {
        let metric = super::super::metric::Ssimulacra2;
        let by_frame = ByFrame {
            inner: &metric,
            canvas: (40, 30),
            frames: 5,
            judged: vec![0, 4],
            floor_factor: 1.0,
        };
        let frames = by_frame.split(&stacked(40, 30, 5)).expect("a stack");
        assert_eq!(frames.len(), 2);
        for (frame, grey) in frames.iter().zip([0, 40]) {
            assert_eq!((frame.width, frame.height), (40, 30));
            let Samples::U8(samples) = &frame.samples else {
                panic!("8-bit")
            };
            assert!(samples.iter().all(|&v| v == grey), "frame of grey {grey}");
        }
        // Enlarged alike (as a tiny stack is), it splits the same way.
        assert!(by_frame.split(&stacked(80, 60, 5)).is_some());
        // A mosaic of tiles, or any other size, is measured whole.
        assert!(by_frame.split(&stacked(448, 448, 1)).is_none());
        assert!(by_frame.split(&stacked(40, 30, 4)).is_none());
    }

    #[test]
    fn the_clip_holds_each_judged_frame_and_the_one_before() {
        assert_eq!(clip(&[0, 1, 2]), vec![0, 1, 2]);
        assert_eq!(clip(&[0, 5, 9]), vec![0, 4, 5, 8, 9]);
    }
}
