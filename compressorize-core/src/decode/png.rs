//! PNG decoding with the `png` crate: every colour type and bit depth,
//! palettes and tRNS expanded to alpha, interlacing undone; 16-bit kept.

use std::io::Cursor;

use png::{BitDepth, ColorType, Transformations};

use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::pixels::{Image, Layout, Samples};

pub(crate) fn decode(input: &[u8], limits: &Limits) -> Result<Image> {
    let corrupt = |e: png::DecodingError| Error::unsupported(format!("Corrupt PNG: {e}"));
    let mut decoder = png::Decoder::new(Cursor::new(input));
    decoder.set_transformations(Transformations::EXPAND);
    let mut reader = decoder.read_info().map_err(corrupt)?;
    let info = reader.info();
    let (width, height) = (info.width, info.height);
    limits.check_dimensions(width, height)?;
    if let Some(actl) = info.animation_control()
        && actl.num_frames > 1
    {
        return Err(Error::unsupported(format!(
            "Animated PNG (APNG, {} frames) is not supported: only still images can be compressed",
            actl.num_frames
        )));
    }
    let (color, depth) = reader.output_color_type();
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| Error::too_large("PNG output size overflows"))?;
    let mut buf = vec![0u8; size];
    let frame = reader.next_frame(&mut buf).map_err(corrupt)?;
    buf.truncate(frame.buffer_size());
    // Read the rest so a damaged tail (bad CRC after IDAT) is still noticed.
    reader.finish().map_err(corrupt)?;

    let layout = match color {
        ColorType::Grayscale => Layout::Gray,
        ColorType::GrayscaleAlpha => Layout::GrayAlpha,
        ColorType::Rgb => Layout::Rgb,
        ColorType::Rgba => Layout::Rgba,
        ColorType::Indexed => return Err(Error::failed("PNG palette was not expanded")),
    };
    let samples = match depth {
        BitDepth::Sixteen => Samples::U16(
            buf.chunks_exact(2)
                .map(|b| u16::from_be_bytes([b[0], b[1]]))
                .collect(),
        ),
        BitDepth::Eight => Samples::U8(buf),
        other => {
            return Err(Error::failed(format!(
                "PNG bit depth {other:?} was not expanded"
            )));
        }
    };
    let image = Image {
        width,
        height,
        layout,
        samples,
    };
    debug_assert_eq!(
        match &image.samples {
            Samples::U8(v) => v.len(),
            Samples::U16(v) => v.len(),
        },
        image.sample_count()
    );
    Ok(image)
}
