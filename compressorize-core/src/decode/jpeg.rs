//! JPEG decoding with mozjpeg (libjpeg-turbo lineage): baseline, progressive,
//! arithmetic-coded, grayscale, and CMYK/YCCK with the Adobe inversion handled.

use std::os::raw::c_int;

use mozjpeg::{ColorSpace, Decompress, Marker};
use mozjpeg_sys::{J_COLOR_SPACE, jpeg_common_struct, jpeg_error_mgr};

use crate::color;
use crate::error::{Error, Result};
use crate::ffi_guard::guard;
use crate::limits::Limits;
use crate::metadata::Metadata;
use crate::pixels::{Image, Layout, Samples};

pub(crate) fn decode(input: &[u8], limits: &Limits, metadata: &mut Metadata) -> Result<Image> {
    guard(
        || decode_unguarded(input, limits, metadata),
        |message| Error::unsupported(format!("Corrupt or unsupported JPEG: {message}")),
    )
}

fn decode_unguarded(input: &[u8], limits: &Limits, metadata: &mut Metadata) -> Result<Image> {
    let decoder = Decompress::with_err(strict_error_mgr())
        .with_markers(&[Marker::APP(14)])
        .from_mem(input)
        .map_err(corrupt)?;
    let (width, height) = decoder.size();
    let (width, height) = (dim(width)?, dim(height)?);
    // Checked before `start_decompress`, which is where libjpeg allocates.
    limits.check_dimensions(width, height)?;

    let adobe = decoder
        .markers()
        .any(|m| m.marker == Marker::APP(14) && m.data.starts_with(b"Adobe"));
    let (layout, pixels) = match decoder.color_space() {
        J_COLOR_SPACE::JCS_GRAYSCALE => (Layout::Gray, read_all(decoder.grayscale())?),
        J_COLOR_SPACE::JCS_CMYK | J_COLOR_SPACE::JCS_YCCK => {
            let mut cmyk = read_all(decoder.to_colorspace(ColorSpace::JCS_CMYK))?;
            // Adobe applications store CMYK inverted (0 = full ink); every
            // CMYK JPEG in the wild with an Adobe marker is written that way.
            if adobe {
                cmyk.iter_mut().for_each(|v| *v = 255 - *v);
            }
            let icc = metadata.icc.take();
            (Layout::Rgb, color::cmyk_to_srgb(&cmyk, icc.as_deref()))
        }
        _ => (Layout::Rgb, read_all(decoder.rgb())?),
    };
    Ok(Image {
        width,
        height,
        layout,
        samples: Samples::U8(pixels),
    })
}

/// Reads every scanline of a started decompression and finishes it.
fn read_all<R: std::io::BufRead>(
    started: std::io::Result<mozjpeg::decompress::DecompressStarted<R>>,
) -> Result<Vec<u8>> {
    let mut started = started.map_err(corrupt)?;
    let pixels = started.read_scanlines().map_err(corrupt)?;
    started.finish().map_err(corrupt)?;
    Ok(pixels)
}

fn corrupt(e: std::io::Error) -> Error {
    Error::unsupported(format!("Corrupt JPEG: {e}"))
}

fn dim(v: usize) -> Result<u32> {
    u32::try_from(v).map_err(|_| Error::unsupported("JPEG dimensions out of range"))
}

/// libjpeg treats a truncated file as a warning and fills the rest with grey.
/// We make truncation (and a scan cut short by a marker) fatal so a damaged
/// upload is reported instead of silently compressed.
fn strict_error_mgr() -> jpeg_error_mgr {
    // SAFETY: jpeg_std_error fully initialises the zeroed struct.
    let mut err: jpeg_error_mgr = unsafe { std::mem::zeroed() };
    unsafe { mozjpeg_sys::jpeg_std_error(&mut err) };
    err.error_exit = Some(unwind_on_error);
    err.emit_message = Some(fail_on_truncation);
    err
}

extern "C-unwind" fn unwind_on_error(cinfo: &mut jpeg_common_struct) {
    std::panic::resume_unwind(Box::new(libjpeg_message(cinfo)));
}

/// libjpeg's own text for the current error, e.g. "Bogus marker length".
fn libjpeg_message(cinfo: &mut jpeg_common_struct) -> String {
    let Some(err) = (unsafe { cinfo.err.as_ref() }) else {
        return "unknown libjpeg error".to_string();
    };
    let code = err.msg_code;
    let Some(format_message) = err.format_message else {
        return format!("libjpeg error {code}");
    };
    let mut buffer = [0u8; 80]; // JMSG_LENGTH_MAX
    // SAFETY: libjpeg's format_message writes at most JMSG_LENGTH_MAX bytes,
    // NUL-terminated, into the buffer; the binding declares the parameter as
    // `&[u8; 80]` but the C side takes `char *`, so passing our mutable buffer
    // through the same pointer type is what C expects.
    type Formatter = unsafe extern "C-unwind" fn(&mut jpeg_common_struct, &mut [u8; 80]);
    let format_message: Formatter = unsafe { std::mem::transmute(format_message) };
    unsafe { format_message(cinfo, &mut buffer) };
    let text = buffer.split(|&b| b == 0).next().unwrap_or_default();
    String::from_utf8_lossy(text).into_owned()
}

extern "C-unwind" fn fail_on_truncation(cinfo: &mut jpeg_common_struct, level: c_int) {
    let Some(err) = (unsafe { cinfo.err.as_ref() }) else {
        return;
    };
    let code = err.msg_code;
    if level < 0
        && (code == mozjpeg_sys::JWRN_JPEG_EOF as c_int
            || code == mozjpeg_sys::JWRN_HIT_MARKER as c_int)
    {
        std::panic::resume_unwind(Box::new("the file is truncated".to_string()));
    }
}
