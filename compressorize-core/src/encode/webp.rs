//! WebP encoding with libwebp: lossy (VP8 + alpha), lossless or near-lossless (VP8L).

use webp::{Encoder, PixelLayout, WebPConfig};

use super::WebpMode;
use crate::animation::Animation;
use crate::color::expand_gray_u8;
use crate::error::{Error, Result};
use crate::metadata::webp_chunk_data;
use crate::pixels::{Image, Layout, Samples};

/// WebP's format limit on each side.
pub(crate) const MAX_SIDE: u32 = 16383;

/// libwebp's effort (0–6) for lossy output: 6 took 0.958× the bytes of 4
/// (sharp's default) at the same quality on the corpus photos (median per
/// image; 0.921–1.016), with SSIMULACRA2 within ±0.8, for 1.75× the time.
const METHOD: i32 = 6;
/// The effort for smart's probes (`fast`): the same scores as [`METHOD`]
/// at the same quality, so the search can afford it.
const PROBE_METHOD: i32 = 4;
/// Spatial noise shaping (0–100, libwebp's default 50): how far bits move
/// from flat areas to busy ones, where the eye misses detail. Together with
/// `autofilter` (the deblocking strength chosen per segment by trial instead
/// of one fixed strength: the same bytes, a better picture, about 2.6× the
/// encode time) it took 2.4% fewer bytes per image at equal SSIMULACRA2 on
/// the corpus photos and moved smart from 0.944 to 0.867 of sharp's bytes at
/// equal median (docs/BENCHMARKS.md).
const SNS_STRENGTH: i32 = 80;
/// The effort for lossless and near-lossless output.
const LOSSLESS_METHOD: i32 = 4;

/// Fewer bytes than any lossy WebP of `width` × `height` can take, at any
/// quality or effort: a key frame codes the prediction modes of every 16 ×
/// 16 macroblock with fixed probabilities (RFC 6386, 11.2–11.4). The
/// cheapest luma mode (whole-block DC) costs 2.57 bits, sixteen 4 × 4 modes
/// at least 3.19, the cheapest chroma mode 0.85: 3.42 bits a macroblock,
/// counted here as 3 to leave room for the range coder's rounding, and 30
/// bytes for the RIFF, chunk and frame headers. A flat 900 × 600 image
/// takes 1,042 bytes at quality 30 (this bound: 842). A lossless output
/// no larger than this beats every lossy one without encoding any.
pub(crate) fn lossy_size_floor(width: u32, height: u32) -> usize {
    const HEADERS: u64 = 30;
    const BITS_PER_MACROBLOCK: u64 = 3;
    let macroblocks = u64::from(width.div_ceil(16)) * u64::from(height.div_ceil(16));
    usize::try_from(HEADERS + macroblocks * BITS_PER_MACROBLOCK / 8).unwrap_or(usize::MAX)
}

pub(crate) fn encode(image: &Image, quality: u8, mode: WebpMode, fast: bool) -> Result<Vec<u8>> {
    let (pixels, layout) = encoder_pixels(image)?;
    let pixel_layout = if layout == Layout::Rgba {
        PixelLayout::Rgba
    } else {
        PixelLayout::Rgb
    };
    let config = config(quality, mode, fast)?;
    let encoder = Encoder::new(&pixels, pixel_layout, image.width, image.height);
    let memory = encoder
        .encode_advanced(&config)
        .map_err(|e| Error::failed(format!("WebP encoding failed: {e:?}")))?;
    Ok(memory.to_vec())
}

/// `image` as libwebp imports it, 8-bit RGB or RGBA (grey expanded), once
/// its size is checked.
fn encoder_pixels(image: &Image) -> Result<(Vec<u8>, Layout)> {
    check_size(image.width, image.height)?;
    Ok(match &image.samples {
        Samples::U8(pixels) => expand_gray_u8(pixels, image.layout),
        Samples::U16(_) => {
            let narrow = image.to_8bit();
            let Samples::U8(pixels) = &narrow.samples else {
                unreachable!("to_8bit returns 8-bit samples")
            };
            expand_gray_u8(pixels, narrow.layout)
        }
    })
}

/// A libwebp picture that frees its pixels however an encode ends.
struct Picture(libwebp_sys::WebPPicture);

impl Picture {
    /// An empty picture; `None` if libwebp's version does not match.
    fn new() -> Option<Picture> {
        // SAFETY: WebPPictureInit initialises every field of the zeroed
        // struct; the picture owns nothing yet.
        unsafe {
            let mut picture = Picture(std::mem::zeroed());
            libwebp_sys::WebPPictureInit(&mut picture.0).then_some(picture)
        }
    }
}

impl Drop for Picture {
    fn drop(&mut self) {
        // SAFETY: initialised by WebPPictureInit; freeing twice is not
        // possible (one owner), and freeing an empty picture is a no-op.
        unsafe { libwebp_sys::WebPPictureFree(&mut self.0) }
    }
}

/// An image converted once to the planes lossy WebP codes (YUV 4:2:0, and
/// alpha), for a search that encodes it at many qualities. libwebp converts
/// the pixels at the start of every lossy encode, and the sharp conversion
/// graphics take ([`WebpMode::LossySharpYuv`]) was 13% of smart WebP's CPU
/// time on the corpus graphics. [`LossyPlanes::encode`] gives the same
/// bytes as [`encode`]: the same conversion, made before `WebPEncode`
/// rather than inside it, which then finds the planes ready.
pub(crate) struct LossyPlanes {
    /// The planes only (a YUV picture's copy leaves the ARGB pixels out).
    picture: Picture,
    mode: WebpMode,
}

// SAFETY: the picture owns its planes, and after `LossyPlanes::new` they
// are only read (copied by `WebPPictureCopy`), so sharing between threads
// is sound.
unsafe impl Send for LossyPlanes {}
unsafe impl Sync for LossyPlanes {}

impl LossyPlanes {
    /// `image` converted as `mode` (a lossy mode) converts it.
    pub(crate) fn new(image: &Image, mode: WebpMode) -> Result<LossyPlanes> {
        let sharp = match mode {
            WebpMode::Lossy => false,
            WebpMode::LossySharpYuv => true,
            WebpMode::Lossless | WebpMode::NearLossless(_) => {
                return Err(Error::failed("lossless WebP is coded from the pixels"));
            }
        };
        let (pixels, layout) = encoder_pixels(image)?;
        let failed = |what: &str| Error::failed(format!("WebP conversion failed: {what}"));
        let side = |n: u32| i32::try_from(n).map_err(|_| failed("size"));
        let (width, height) = (side(image.width)?, side(image.height)?);
        let mut argb = Picture::new().ok_or_else(|| failed("picture"))?;
        let mut planes = Picture::new().ok_or_else(|| failed("picture"))?;
        // SAFETY: `pixels` holds width × height pixels of `layout` (as
        // `encoder_pixels` returns them) and outlives the import, which
        // copies them; both pictures are live and owned here.
        unsafe {
            // As the webp crate's encoder imports pixels, and `WebPEncode`
            // then converts them.
            argb.0.use_argb = 1;
            argb.0.width = width;
            argb.0.height = height;
            let imported = if layout == Layout::Rgba {
                libwebp_sys::WebPPictureImportRGBA(&mut argb.0, pixels.as_ptr(), width * 4)
            } else {
                libwebp_sys::WebPPictureImportRGB(&mut argb.0, pixels.as_ptr(), width * 3)
            };
            if imported == 0 {
                return Err(failed("out of memory"));
            }
            let converted = if sharp {
                libwebp_sys::WebPPictureSharpARGBToYUVA(&mut argb.0)
            } else {
                libwebp_sys::WebPPictureARGBToYUVA(
                    &mut argb.0,
                    libwebp_sys::WebPEncCSP::WEBP_YUV420,
                )
            };
            if converted == 0 || libwebp_sys::WebPPictureCopy(&argb.0, &mut planes.0) == 0 {
                return Err(failed("out of memory"));
            }
        }
        Ok(LossyPlanes {
            picture: planes,
            mode,
        })
    }

    /// The planes coded at `quality` (`fast`: smart's probe effort).
    pub(crate) fn encode(&self, quality: u8, fast: bool) -> Result<Vec<u8>> {
        let config = config(quality, self.mode, fast)?;
        let failed = |what: String| Error::failed(format!("WebP encoding failed: {what}"));
        let mut picture = Picture::new().ok_or_else(|| failed("picture".into()))?;
        // SAFETY: both pictures are live; the writer outlives the encode
        // that writes to it through `custom_ptr`, and is cleared once.
        unsafe {
            // A copy per encode: the encode cleans up the transparent
            // area's planes in place.
            if libwebp_sys::WebPPictureCopy(&self.picture.0, &mut picture.0) == 0 {
                return Err(failed("out of memory".into()));
            }
            let mut writer = std::mem::zeroed::<libwebp_sys::WebPMemoryWriter>();
            libwebp_sys::WebPMemoryWriterInit(&mut writer);
            picture.0.writer = Some(libwebp_sys::WebPMemoryWrite);
            picture.0.custom_ptr = (&raw mut writer).cast();
            let encoded = libwebp_sys::WebPEncode(&config, &mut picture.0) != 0;
            let bytes = if encoded && !writer.mem.is_null() {
                std::slice::from_raw_parts(writer.mem, writer.size).to_vec()
            } else {
                Vec::new()
            };
            libwebp_sys::WebPMemoryWriterClear(&mut writer);
            if !encoded {
                return Err(failed(format!("{:?}", picture.0.error_code)));
            }
            Ok(bytes)
        }
    }
}

/// `InvalidParam` (`format`) for a canvas WebP cannot store.
fn check_size(width: u32, height: u32) -> Result<()> {
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(Error::InvalidParam {
            param: "format",
            message: format!(
                "WebP cannot store a {width}x{height} image (limit {MAX_SIDE}x{MAX_SIDE}); use max_width/max_height or another format"
            ),
        });
    }
    Ok(())
}

/// The bytes `webp`, a lossy WebP, spends on its alpha plane: its ALPH
/// chunk, header and padding included (0 without one). Every lossy output
/// of one image carries the same chunk, whatever the quality, effort or
/// RGB → YUV conversion: the plane is coded losslessly (`alpha_quality`
/// 100), at effort 4 at most (vendor/libwebp-sys/COMPRESSORIZE.md), with
/// its filter chosen from the plane alone. So no lossy output of that
/// image is smaller than [`lossy_size_floor`] plus these bytes.
pub(crate) fn alpha_chunk_bytes(webp: &[u8]) -> usize {
    webp_chunk_data(webp, b"ALPH").map_or(0, |payload| 8 + payload.len() + (payload.len() & 1))
}

/// Whether `webp`, a lossless WebP as [`encode`] writes it, codes its
/// pixels as indices into a palette (VP8L's colour-indexing transform).
/// libwebp applies near-lossless only to images it does not code so
/// (`EncodeStreamHook` in `vp8l_enc.c`: no preprocessing, and no
/// quantised residuals, when a palette is in use), and picks the coding
/// from the source pixels before any near-lossless step; at one effort
/// and quality, such an image's near-lossless output is its lossless
/// output, byte for byte.
pub(crate) fn is_colour_indexed(webp: &[u8]) -> bool {
    /// The first transform's bits: present (1), then its type, 3 for
    /// colour indexing, two bits read least significant first. libwebp
    /// writes the palette before any other transform.
    const COLOUR_INDEXING_FIRST: u8 = 0b111;
    // The VP8L payload: signature 0x2F, then 14 + 14 bits of size, 1 of
    // alpha and 3 of version (4 bytes), then the transforms.
    webp_chunk_data(webp, b"VP8L").is_some_and(|payload| {
        payload.len() > 5 && payload[0] == 0x2F && payload[5] & 0b111 == COLOUR_INDEXING_FIRST
    })
}

/// libwebp's settings for `mode` at `quality` (`fast`: smart's probes).
fn config(quality: u8, mode: WebpMode, fast: bool) -> Result<WebPConfig> {
    let mut config = WebPConfig::new().map_err(|()| Error::failed("libwebp config failed"))?;
    match mode {
        WebpMode::Lossy | WebpMode::LossySharpYuv => {
            config.quality = f32::from(quality);
            config.method = if fast { PROBE_METHOD } else { METHOD };
            config.sns_strength = SNS_STRENGTH;
            config.autofilter = 1;
            config.use_sharp_yuv = i32::from(mode == WebpMode::LossySharpYuv);
        }
        WebpMode::Lossless => {
            config.lossless = 1;
            config.method = LOSSLESS_METHOD;
            config.quality = 75.0;
        }
        WebpMode::NearLossless(level) => {
            config.lossless = 1;
            config.method = LOSSLESS_METHOD;
            config.quality = 75.0;
            config.near_lossless = i32::from(level.min(100));
        }
    }
    // Exact alpha: the plane is coded losslessly, at effort 4 even in an
    // effort-6 encode (vendor/libwebp-sys/COMPRESSORIZE.md).
    config.alpha_quality = 100;
    Ok(config)
}

/// Encodes `animation` (8-bit RGBA frames of one size) as an animated WebP,
/// every frame with `mode` at `quality`, through libwebp's animation
/// encoder, which stores each frame as the change from the one before
/// where that is smaller.
pub(crate) fn encode_animation(
    animation: &Animation,
    quality: u8,
    mode: WebpMode,
) -> Result<Vec<u8>> {
    let frames: Vec<(&Image, u32)> = animation
        .frames
        .iter()
        .map(|frame| (&frame.image, frame.duration_ms))
        .collect();
    let canvas = (animation.width, animation.height);
    encode_frames(canvas, animation.loop_count, &frames, quality, mode, false)
}

/// [`encode_animation`] of `frames` (each an 8-bit RGBA image of the
/// `canvas` size and its duration in milliseconds), looping `loop_count`
/// times (0: for ever); `fast` at smart's probe effort.
pub(crate) fn encode_frames(
    canvas: (u32, u32),
    loop_count: u16,
    frames: &[(&Image, u32)],
    quality: u8,
    mode: WebpMode,
    fast: bool,
) -> Result<Vec<u8>> {
    use libwebp_sys as sys;

    /// Deletes the encoder however the encode ends.
    struct AnimEncoder(*mut sys::WebPAnimEncoder);
    impl Drop for AnimEncoder {
        fn drop(&mut self) {
            // SAFETY: made by WebPAnimEncoderNewInternal, deleted once.
            unsafe { sys::WebPAnimEncoderDelete(self.0) }
        }
    }
    let (width, height) = canvas;
    check_size(width, height)?;
    let config = config(quality, mode, fast)?;
    let failed = |what: &str| Error::failed(format!("WebP animation encoding failed: {what}"));
    let side = |n: u32| i32::try_from(n).map_err(|_| failed("size"));
    let mux_abi = sys::WebPGetMuxABIVersion();
    // SAFETY: every pointer handed to libwebp is to a live local (options,
    // picture, data) or to a frame's pixels, which outlive the calls and
    // hold width × height × 4 bytes (checked below); the encoder is used
    // only while `encoder` owns it.
    unsafe {
        let mut options = std::mem::zeroed::<sys::WebPAnimEncoderOptions>();
        if sys::WebPAnimEncoderOptionsInitInternal(&mut options, mux_abi) == 0 {
            return Err(failed("options"));
        }
        options.anim_params.loop_count = i32::from(loop_count);
        // Each frame lossy or lossless, whichever is smaller, when lossy.
        options.allow_mixed = i32::from(config.lossless == 0);
        let encoder = AnimEncoder(sys::WebPAnimEncoderNewInternal(
            side(width)?,
            side(height)?,
            &options,
            mux_abi,
        ));
        if encoder.0.is_null() {
            return Err(failed("out of memory"));
        }
        let mut timestamp: i32 = 0;
        for &(image, duration_ms) in frames {
            let Samples::U8(rgba) = &image.samples else {
                return Err(failed("frames are 8-bit RGBA"));
            };
            if image.layout != Layout::Rgba || rgba.len() != width as usize * height as usize * 4 {
                return Err(failed("frames are 8-bit RGBA of the canvas size"));
            }
            let mut picture = Picture::new().ok_or_else(|| failed("picture"))?;
            picture.0.use_argb = 1;
            picture.0.width = side(width)?;
            picture.0.height = side(height)?;
            if sys::WebPPictureImportRGBA(&mut picture.0, rgba.as_ptr(), side(width)? * 4) == 0 {
                return Err(failed("out of memory"));
            }
            if sys::WebPAnimEncoderAdd(encoder.0, &mut picture.0, timestamp, &config) == 0 {
                return Err(failed(&last_error(encoder.0)));
            }
            timestamp = timestamp.saturating_add(i32::try_from(duration_ms).unwrap_or(i32::MAX));
        }
        // The end of the last frame.
        if sys::WebPAnimEncoderAdd(encoder.0, std::ptr::null_mut(), timestamp, std::ptr::null())
            == 0
        {
            return Err(failed(&last_error(encoder.0)));
        }
        let mut data = std::mem::zeroed::<sys::WebPData>();
        if sys::WebPAnimEncoderAssemble(encoder.0, &mut data) == 0 {
            return Err(failed(&last_error(encoder.0)));
        }
        let bytes = std::slice::from_raw_parts(data.bytes, data.size).to_vec();
        sys::WebPDataClear(&mut data);
        Ok(bytes)
    }
}

/// The animation encoder's last error message.
///
/// # Safety
/// `encoder` must be a live encoder.
unsafe fn last_error(encoder: *mut libwebp_sys::WebPAnimEncoder) -> String {
    // SAFETY: libwebp returns a NUL-terminated string it owns, or null.
    unsafe {
        let message = libwebp_sys::WebPAnimEncoderGetError(encoder);
        if message.is_null() {
            "unknown error".to_owned()
        } else {
            std::ffi::CStr::from_ptr(message)
                .to_string_lossy()
                .into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Limits;

    /// The alpha plane of a lossy WebP is the same bytes at every quality,
    /// effort and conversion, so it bounds every lossy output's size from
    /// below with [`lossy_size_floor`].
    #[test]
    fn every_lossy_output_of_an_image_carries_the_same_alpha_chunk() {
        for (path, translucent) in [
            ("graphics/image-in-alpha.png", true),
            ("graphics/star.png", true),
            ("graphics/Transparency.png", true),
            ("graphics/iptc.png", false),
        ] {
            let image = crate::decode(&crate::test_corpus(path), &Limits::default()).unwrap();
            let floor = lossy_size_floor(image.width, image.height);
            let settings = [
                (0, WebpMode::LossySharpYuv, true),
                (30, WebpMode::Lossy, false),
                (86, WebpMode::LossySharpYuv, true),
                (100, WebpMode::Lossy, false),
            ];
            let outputs: Vec<Vec<u8>> = settings
                .iter()
                .map(|&(quality, mode, fast)| encode(&image, quality, mode, fast).unwrap())
                .collect();
            let alpha = alpha_chunk_bytes(&outputs[0]);
            assert_eq!(alpha > 0, translucent, "{path}: {alpha} bytes of alpha");
            for (output, (quality, mode, fast)) in outputs.iter().zip(settings) {
                let at = format!("{path} q{quality} {mode:?} fast {fast}");
                assert_eq!(alpha_chunk_bytes(output), alpha, "{at}");
                assert!(
                    output.len() >= floor + alpha,
                    "{at}: {} bytes",
                    output.len()
                );
            }
        }
    }

    /// The lossless and near-lossless candidates of smart WebP: where the
    /// lossless output codes palette indices, near-lossless codes the
    /// same bytes (smart skips that encode); where it does not,
    /// near-lossless changes pixels and so bytes.
    #[test]
    fn near_lossless_codes_a_colour_indexed_image_as_lossless_does() {
        let mut kinds = (0, 0);
        for path in [
            "graphics/Transparency.png", // lossless codes a palette
            "graphics/star.png",
            "graphics/vips_trans-x.png",
            "graphics/iptc.png", // lossless codes the pixels
            "graphics/vips_rgba.png",
            "graphics/exif_orientation6_in_png.png",
        ] {
            let image = crate::decode(&crate::test_corpus(path), &Limits::default()).unwrap();
            let lossless = encode(&image, 75, WebpMode::Lossless, false).unwrap();
            let near = encode(&image, 75, WebpMode::NearLossless(60), false).unwrap();
            if is_colour_indexed(&lossless) {
                assert!(
                    near == lossless,
                    "{path}: {} and {} bytes",
                    near.len(),
                    lossless.len()
                );
                kinds.0 += 1;
            } else {
                assert!(
                    near != lossless,
                    "{path}: the same bytes, not colour-indexed"
                );
                kinds.1 += 1;
            }
        }
        assert_eq!(kinds, (3, 3), "colour-indexed, not");
        let lossy = encode(
            &crate::decode(&crate::test_corpus("graphics/star.png"), &Limits::default()).unwrap(),
            75,
            WebpMode::Lossy,
            true,
        )
        .unwrap();
        assert!(!is_colour_indexed(&lossy), "a lossy WebP");
        assert!(!is_colour_indexed(b"RIFF\x04\0\0\0WEBPVP8L"), "truncated");
    }

    /// Lossy WebP coded from planes converted once is byte for byte
    /// `encode`'s output, for both conversions, with and without alpha, at
    /// the probes' effort and the final one: a search's answer must not
    /// depend on whether its probes reused the conversion.
    #[test]
    fn planes_converted_once_code_the_same_bytes_as_the_pixels() {
        for path in [
            "graphics/vips_interconvert_diagram.png", // opaque RGB
            "graphics/grey-8bit-alpha.png",           // grey with alpha
            "graphics/star.png",                      // translucent RGBA
        ] {
            let image = crate::decode(&crate::test_corpus(path), &Limits::default()).unwrap();
            for mode in [WebpMode::Lossy, WebpMode::LossySharpYuv] {
                let planes = LossyPlanes::new(&image, mode).unwrap();
                for (quality, fast) in [(30, true), (75, true), (90, false)] {
                    let from_pixels = encode(&image, quality, mode, fast).unwrap();
                    let from_planes = planes.encode(quality, fast).unwrap();
                    assert!(
                        from_pixels.len() > 100,
                        "{path}: {} bytes",
                        from_pixels.len()
                    );
                    assert!(
                        from_planes == from_pixels,
                        "{path} {mode:?} q{quality}: {} bytes from the planes, {} from the pixels",
                        from_planes.len(),
                        from_pixels.len()
                    );
                }
            }
        }
    }

    /// No lossy output comes under `lossy_size_floor`: flat images (the
    /// cheapest content there is) and corpus graphics, at the lowest
    /// quality and at quality 30, with both conversions and both efforts.
    #[test]
    fn no_lossy_webp_is_smaller_than_its_size_floor() {
        let flat = |width, height, rgba: [u8; 4]| Image {
            width,
            height,
            layout: Layout::Rgba,
            samples: Samples::U8(rgba.repeat((width * height) as usize)),
        };
        let mut images = vec![
            (
                "flat grey 900 × 600".to_owned(),
                flat(900, 600, [128, 128, 128, 255]),
            ),
            (
                "flat white 595 × 842".to_owned(),
                flat(595, 842, [255, 255, 255, 255]),
            ),
            (
                "flat black 17 × 33".to_owned(),
                flat(17, 33, [0, 0, 0, 255]),
            ),
            (
                "transparent 300 × 300".to_owned(),
                flat(300, 300, [0, 0, 0, 0]),
            ),
            ("flat blue 1 × 1".to_owned(), flat(1, 1, [33, 70, 139, 255])),
        ];
        for path in [
            "graphics/Flag_of_the_Netherlands.png",
            "graphics/stripesH.png",
            "graphics/full-transparent.png",
            "graphics/blankpage.svg.png",
        ] {
            let image = crate::decode(&crate::test_corpus(path), &Limits::default()).unwrap();
            images.push((path.to_owned(), image));
        }
        for (name, image) in &images {
            let floor = lossy_size_floor(image.width, image.height);
            for mode in [WebpMode::Lossy, WebpMode::LossySharpYuv] {
                for (quality, fast) in [(0, true), (0, false), (30, true), (30, false)] {
                    let bytes = encode(image, quality, mode, fast).unwrap().len();
                    assert!(
                        bytes >= floor,
                        "{name} {mode:?} q{quality}: {bytes} bytes, floor {floor}"
                    );
                }
            }
        }
        // The flag's lossless output (112 bytes) is below its floor.
        assert_eq!(lossy_size_floor(900, 600), 842);
    }

    #[test]
    fn planes_are_for_lossy_modes_only() {
        let image =
            crate::decode(&crate::test_corpus("graphics/star.png"), &Limits::default()).unwrap();
        assert!(LossyPlanes::new(&image, WebpMode::Lossless).is_err());
        assert!(LossyPlanes::new(&image, WebpMode::NearLossless(60)).is_err());
    }
}
