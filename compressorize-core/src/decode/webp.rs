//! WebP decoding with `image-webp` (pure Rust): lossy, lossless, alpha.
//! Animated WebP is refused by [`decode`] rather than flattened to its
//! first frame; [`decode_animation`] gives every frame, by libwebp.

use std::io::Cursor;

use image_webp::WebPDecoder;

use crate::animation::{Animation, Frame, MAX_FRAMES};
use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::pixels::{Image, Layout, Samples};

pub(crate) fn decode(input: &[u8], limits: &Limits) -> Result<Image> {
    let corrupt = |e: image_webp::DecodingError| Error::unsupported(format!("Corrupt WebP: {e}"));
    let mut decoder = WebPDecoder::new(Cursor::new(input)).map_err(corrupt)?;
    let (width, height) = decoder.dimensions();
    limits.check_dimensions(width, height)?;
    if decoder.is_animated() {
        return Err(Error::unsupported(format!(
            "Animated WebP ({} frames) is not supported: only still images can be compressed",
            decoder.num_frames()
        )));
    }
    let layout = if decoder.has_alpha() {
        Layout::Rgba
    } else {
        Layout::Rgb
    };
    let size = decoder
        .output_buffer_size()
        .ok_or_else(|| Error::too_large("WebP output size overflows"))?;
    let mut buf = vec![0u8; size];
    decoder.read_image(&mut buf).map_err(corrupt)?;
    Ok(Image {
        width,
        height,
        layout,
        samples: Samples::U8(buf),
    })
}

/// Whether `input`, a WebP, is coded losslessly: a VP8L image, or an
/// animation whose every frame is VP8L (only the headers are read). A
/// file that cannot be parsed counts as lossy.
pub(crate) fn is_lossless(input: &[u8]) -> bool {
    WebPDecoder::new(Cursor::new(input)).is_ok_and(|mut decoder| !decoder.is_lossy())
}

/// An animated WebP's frames, by libwebp's own animation decoder (what
/// browsers show): image-webp 0.2.4 composited some frames wrongly, where a
/// frame blends over a smaller one (pixels that turn transparent kept the
/// previous frame's colour). One frame is copied out at a time, so the
/// frames are held once (the webp crate's decoder holds them all before
/// handing any over: twice the memory).
pub(crate) fn decode_animation(input: &[u8]) -> Result<Animation> {
    use libwebp_sys as sys;

    /// Deletes the decoder however the decode ends.
    struct AnimDecoder(*mut sys::WebPAnimDecoder);
    impl Drop for AnimDecoder {
        fn drop(&mut self) {
            // SAFETY: made by WebPAnimDecoderNewInternal (or null, which
            // libwebp ignores), deleted once.
            unsafe { sys::WebPAnimDecoderDelete(self.0) }
        }
    }

    let corrupt = || Error::unsupported("Corrupt WebP: the animation cannot be decoded");
    let demux_abi = sys::WebPGetDemuxABIVersion();
    // SAFETY: `input` outlives the decoder, which reads it in place; the
    // options and info are live locals; each frame buffer libwebp returns
    // holds the canvas (width × height × 4 bytes, RGBA) until the next call,
    // and is copied before it.
    unsafe {
        let mut options = std::mem::zeroed::<sys::WebPAnimDecoderOptions>();
        if sys::WebPAnimDecoderOptionsInitInternal(&mut options, demux_abi) == 0 {
            return Err(Error::failed("libwebp's animation decoder options"));
        }
        options.color_mode = sys::WEBP_CSP_MODE::MODE_RGBA;
        let data = sys::WebPData {
            bytes: input.as_ptr(),
            size: input.len(),
        };
        let decoder = AnimDecoder(sys::WebPAnimDecoderNewInternal(&data, &options, demux_abi));
        if decoder.0.is_null() {
            return Err(corrupt());
        }
        let mut info = std::mem::zeroed::<sys::WebPAnimInfo>();
        if sys::WebPAnimDecoderGetInfo(decoder.0, &mut info) == 0 {
            return Err(corrupt());
        }
        let (width, height) = (info.canvas_width, info.canvas_height);
        let size = (width as usize)
            .checked_mul(height as usize)
            .and_then(|pixels| pixels.checked_mul(4))
            .ok_or_else(corrupt)?;
        let mut frames = Vec::with_capacity(info.frame_count.min(MAX_FRAMES) as usize);
        let mut shown_until = 0;
        while sys::WebPAnimDecoderHasMoreFrames(decoder.0) != 0 {
            if frames.len() >= MAX_FRAMES as usize {
                return Err(Error::too_large(format!(
                    "The animation has more than {MAX_FRAMES} frames"
                )));
            }
            let (mut pixels, mut ends) = (std::ptr::null_mut(), 0);
            if sys::WebPAnimDecoderGetNext(decoder.0, &mut pixels, &mut ends) == 0
                || pixels.is_null()
            {
                return Err(corrupt());
            }
            // libwebp gives each frame's end time.
            let ends = u32::try_from(ends).unwrap_or(0);
            frames.push(Frame {
                image: Image {
                    width,
                    height,
                    layout: Layout::Rgba,
                    samples: Samples::U8(std::slice::from_raw_parts(pixels, size).to_vec()),
                },
                duration_ms: ends.saturating_sub(shown_until),
            });
            shown_until = ends.max(shown_until);
        }
        Ok(Animation::new(
            frames,
            u16::try_from(info.loop_count).unwrap_or(u16::MAX),
        ))
    }
}
