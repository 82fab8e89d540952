//! Container-level metadata (EXIF, XMP, ICC) for JPEG, PNG and WebP, moved
//! between files without touching the compressed pixel data.
//!
//! The three containers are walked by hand over plain byte slices rather
//! than through `img-parts`: that crate rejects a whole PNG over one bad CRC,
//! never sets the WebP XMP flag, panics when asked to encode an oversized JPEG
//! segment and cannot drop metadata that sits between JPEG scans or after EOI.
//! Every offset read from a file is checked, so no input can panic or make us
//! allocate more than a small multiple of its own size (plus a 16 MiB cap on
//! decompressed PNG payloads).

use crate::error::{Error, Result};
use crate::format::Format;

/// Metadata carried by an image, as raw payloads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// EXIF as a TIFF structure starting with b"II*\0" or b"MM\0*" (no "Exif\0\0" prefix).
    pub exif: Option<Vec<u8>>,
    /// XMP packet (XML bytes).
    pub xmp: Option<Vec<u8>>,
    /// ICC profile bytes.
    pub icc: Option<Vec<u8>>,
}

/// Reads EXIF, XMP and ICC from a JPEG, PNG or WebP file (AVIF: returns
/// `Metadata::default()`; another module handles it).
///
/// Never fails: damaged metadata is simply absent. Never panics on any input.
pub(crate) fn read(format: Format, input: &[u8]) -> Metadata {
    match format {
        Format::Jpeg => jpeg::read(input),
        Format::Png => png::read(input),
        Format::WebP => webp::read(input),
        Format::Avif => Metadata::default(),
    }
}

/// EXIF orientation 1..=8 from a TIFF/EXIF payload; missing or invalid (0, 9+) → 1.
pub(crate) fn orientation(exif: &[u8]) -> u8 {
    match tiff::find_orientation(exif) {
        Some(entry) => match entry.value(exif) {
            Some(v @ 1..=8) => v as u8,
            _ => 1,
        },
        None => 1,
    }
}

/// The same EXIF with its IFD0 Orientation tag set to 1 (patched in place,
/// everything else byte-identical). No tag → unchanged copy.
///
/// Used after the pixels have been rotated, so viewers don't rotate twice.
pub(crate) fn reset_orientation(exif: &[u8]) -> Vec<u8> {
    let mut out = exif.to_vec();
    if let Some(entry) = tiff::find_orientation(exif) {
        entry.set_one(&mut out);
    }
    out
}

/// A minimal valid EXIF (TIFF) payload holding only an Orientation tag with
/// this value (values outside 1..=8 are written as 1).
///
/// Lets a caller that keeps the original pixels but drops metadata still tell
/// viewers how to rotate them.
pub(crate) fn minimal_orientation_exif(orientation: u8) -> Vec<u8> {
    let value = if (1..=8).contains(&orientation) {
        orientation
    } else {
        1
    };
    let mut out = Vec::with_capacity(26);
    out.extend_from_slice(b"II*\0");
    out.extend_from_slice(&8u32.to_le_bytes()); // IFD0 offset
    out.extend_from_slice(&1u16.to_le_bytes()); // one entry
    out.extend_from_slice(&tiff::TAG_ORIENTATION.to_le_bytes());
    out.extend_from_slice(&tiff::TYPE_SHORT.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes()); // count
    out.extend_from_slice(&[value, 0, 0, 0]); // SHORT value, left-justified
    out.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    out
}

pub(crate) use jpeg::{frame_size as jpeg_frame_size, is_arithmetic_jpeg};
pub(crate) use png::header_size as png_header_size;
pub(crate) use webp::{canvas_size as webp_canvas_size, chunk_data as webp_chunk_data};

/// Inserts metadata into a freshly encoded JPEG/PNG/WebP file.
///
/// Each `Some` field replaces whatever payload of that kind the file already
/// has; `None` fields are not written and leave the file's own payload of that
/// kind alone (a freshly encoded file has none, and an encoder that chose to
/// tag its output, e.g. with an ICC, must not lose it). A payload too large for
/// the container (EXIF over 65527 bytes or XMP over 65502 bytes in JPEG, ICC
/// over 255 APP2 chunks) is skipped rather than written as an invalid file.
pub(crate) fn embed(format: Format, encoded: Vec<u8>, meta: &Metadata) -> Result<Vec<u8>> {
    let replace = Replace::from(meta);
    match format {
        Format::Jpeg => jpeg::rewrite(&encoded, replace, meta, false),
        Format::Png => png::rewrite(&encoded, replace, meta, false),
        Format::WebP => webp::rewrite(&encoded, replace, meta),
        Format::Avif => Err(Error::unsupported(
            "metadata embedding for AVIF is handled by the AVIF encoder",
        )),
    }
}

/// Removes ALL metadata losslessly, then embeds `keep` (same as [`embed`]).
///
/// JPEG: every APPn except APP0 JFIF and APP14 Adobe (they affect decoding)
/// plus COM, including segments between scans; anything after EOI (e.g. an
/// MPF gain map whose index was just removed) is dropped. PNG: eXIf, iCCP,
/// tEXt/zTXt/iTXt, tIME, dSIG, caBX; sRGB/gAMA/cHRM stay since they affect
/// colour. WebP: EXIF, XMP and ICCP chunks and their VP8X flags. Compressed
/// pixel data is copied byte for byte.
pub(crate) fn strip(format: Format, input: &[u8], keep: &Metadata) -> Result<Vec<u8>> {
    let replace = Replace::ALL;
    match format {
        Format::Jpeg => jpeg::rewrite(input, replace, keep, true),
        Format::Png => png::rewrite(input, replace, keep, true),
        Format::WebP => webp::rewrite(input, replace, keep),
        Format::Avif => Err(Error::unsupported(
            "metadata stripping for AVIF is handled by the AVIF module",
        )),
    }
}

/// Which kinds of existing payload a rewrite removes before inserting.
#[derive(Debug, Clone, Copy)]
struct Replace {
    exif: bool,
    xmp: bool,
    icc: bool,
}

impl Replace {
    const ALL: Replace = Replace {
        exif: true,
        xmp: true,
        icc: true,
    };
}

impl From<&Metadata> for Replace {
    fn from(meta: &Metadata) -> Self {
        Replace {
            exif: meta.exif.is_some(),
            xmp: meta.xmp.is_some(),
            icc: meta.icc.is_some(),
        }
    }
}

/// The prefix some writers (and the JPEG APP1 segment) put before the TIFF header.
const EXIF_PREFIX: &[u8] = b"Exif\0\0";

/// Normalises an EXIF payload found in a file: drops an `Exif\0\0` prefix and
/// rejects anything that is not a TIFF structure with an in-bounds IFD0.
fn clean_exif(data: &[u8]) -> Option<Vec<u8>> {
    let data = data.strip_prefix(EXIF_PREFIX).unwrap_or(data);
    tiff::header(data)?;
    Some(data.to_vec())
}

/// Reads a big-endian u16 at `pos`, if in bounds.
fn be16(data: &[u8], pos: usize) -> Option<u16> {
    let b = data.get(pos..pos.checked_add(2)?)?;
    Some(u16::from_be_bytes([b[0], b[1]]))
}

/// Reads a big-endian u32 at `pos`, if in bounds.
fn be32(data: &[u8], pos: usize) -> Option<u32> {
    let b = data.get(pos..pos.checked_add(4)?)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// Reads a little-endian u32 at `pos`, if in bounds.
fn le32(data: &[u8], pos: usize) -> Option<u32> {
    let b = data.get(pos..pos.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Minimal bounds-checked TIFF walking: just enough to find IFD0 Orientation.
mod tiff {
    pub(super) const TAG_ORIENTATION: u16 = 0x0112;
    pub(super) const TYPE_SHORT: u16 = 3;
    const TYPE_LONG: u16 = 4;

    /// Byte order (true = big endian "MM") and IFD0 offset, if the header is valid.
    pub(super) fn header(data: &[u8]) -> Option<(bool, usize)> {
        let big = match data.get(0..4)? {
            b"II*\0" => false,
            b"MM\0*" => true,
            _ => return None,
        };
        let ifd0 = read_u32(data, 4, big)? as usize;
        // The IFD entry count must be readable.
        if ifd0 < 8 || ifd0.checked_add(2)? > data.len() {
            return None;
        }
        Some((big, ifd0))
    }

    fn read_u16(data: &[u8], pos: usize, big: bool) -> Option<u16> {
        let b: [u8; 2] = data.get(pos..pos.checked_add(2)?)?.try_into().ok()?;
        Some(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    }

    fn read_u32(data: &[u8], pos: usize, big: bool) -> Option<u32> {
        let b: [u8; 4] = data.get(pos..pos.checked_add(4)?)?.try_into().ok()?;
        Some(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    }

    /// The IFD0 Orientation entry: where its inline value lives and how it is typed.
    pub(super) struct Entry {
        value_pos: usize,
        big: bool,
        long: bool,
    }

    impl Entry {
        pub(super) fn value(&self, data: &[u8]) -> Option<u32> {
            if self.long {
                read_u32(data, self.value_pos, self.big)
            } else {
                read_u16(data, self.value_pos, self.big).map(u32::from)
            }
        }

        /// Writes the value 1 in place, keeping the entry's type and byte order.
        pub(super) fn set_one(&self, data: &mut [u8]) {
            let bytes: &[u8] = match (self.long, self.big) {
                (false, false) => &[1, 0],
                (false, true) => &[0, 1],
                (true, false) => &[1, 0, 0, 0],
                (true, true) => &[0, 0, 0, 1],
            };
            if let Some(end) = self.value_pos.checked_add(bytes.len())
                && let Some(dst) = data.get_mut(self.value_pos..end)
            {
                dst.copy_from_slice(bytes);
            }
        }
    }

    /// Finds IFD0's Orientation entry (SHORT, or LONG as some writers use), count 1.
    pub(super) fn find_orientation(data: &[u8]) -> Option<Entry> {
        let (big, ifd0) = header(data)?;
        let count = usize::from(read_u16(data, ifd0, big)?);
        for i in 0..count {
            let pos = ifd0 + 2 + i * 12;
            if pos + 12 > data.len() {
                return None;
            }
            if read_u16(data, pos, big)? != TAG_ORIENTATION {
                continue;
            }
            let kind = read_u16(data, pos + 2, big)?;
            let n = read_u32(data, pos + 4, big)?;
            if n != 1 || !(kind == TYPE_SHORT || kind == TYPE_LONG) {
                return None;
            }
            return Some(Entry {
                value_pos: pos + 8,
                big,
                long: kind == TYPE_LONG,
            });
        }
        None
    }
}

/// JPEG marker-segment walking and rewriting.
mod jpeg {
    use super::{Metadata, Replace, be16, clean_exif};
    use crate::error::{Error, Result};

    const SOI: u8 = 0xD8;
    const EOI: u8 = 0xD9;
    const SOS: u8 = 0xDA;
    const APP0: u8 = 0xE0;
    const APP1: u8 = 0xE1;
    const APP2: u8 = 0xE2;
    const APP14: u8 = 0xEE;
    const APP15: u8 = 0xEF;
    const COM: u8 = 0xFE;

    const EXIF_ID: &[u8] = b"Exif\0\0";
    const XMP_ID: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
    const ICC_ID: &[u8] = b"ICC_PROFILE\0";
    /// Largest payload of a marker segment (its length field counts itself).
    const MAX_SEGMENT: usize = 65533;
    const MAX_ICC_CHUNK: usize = MAX_SEGMENT - ICC_ID.len() - 2; // 65519
    /// The XMP spec's limit for a standard packet in APP1.
    const MAX_XMP: usize = 65502;

    /// One marker segment before the first scan.
    struct Segment<'a> {
        marker: u8,
        /// The whole segment, marker and length included.
        raw: &'a [u8],
        /// The payload after the length field.
        data: &'a [u8],
    }

    /// Splits a JPEG into its header segments (SOI to the first SOS, not
    /// included) and the rest (from the SOS or EOI marker on). The rest is
    /// `None` if the header is cut short or damaged: the segments before the
    /// damage are still returned, so `read` finds what is intact. `None` overall
    /// if the file doesn't start with SOI.
    fn split(input: &[u8]) -> Option<(Vec<Segment<'_>>, Option<&[u8]>)> {
        if input.get(0..2)? != [0xFF, SOI] {
            return None;
        }
        let mut segments = Vec::new();
        let rest = split_header(input, &mut segments);
        Some((segments, rest))
    }

    fn split_header<'a>(input: &'a [u8], segments: &mut Vec<Segment<'a>>) -> Option<&'a [u8]> {
        let mut pos = 2;
        loop {
            // Skip fill bytes and stray bytes before a marker.
            while *input.get(pos)? != 0xFF || *input.get(pos + 1)? == 0xFF {
                pos += 1;
            }
            let marker = *input.get(pos + 1)?;
            if marker == SOS || marker == EOI {
                return Some(&input[pos..]);
            }
            if marker == 0x00 || marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
                // Stuffed zero or a stand-alone marker: meaningless here, skip it.
                pos += 2;
                continue;
            }
            let len = usize::from(be16(input, pos + 2)?);
            if len < 2 {
                return None;
            }
            let raw = input.get(pos..pos + 2 + len)?;
            segments.push(Segment {
                marker,
                raw,
                data: &raw[4..],
            });
            pos += 2 + len;
        }
    }

    /// Whether a JPEG's frame header says arithmetic coding (SOF9–SOF11,
    /// SOF13–SOF15), which we decode but browsers do not. A damaged header
    /// counts as not arithmetic.
    pub(crate) fn is_arithmetic_jpeg(input: &[u8]) -> bool {
        // 0xCC between the arithmetic SOF markers is DAC, not a frame header.
        split(input).is_some_and(|(segments, _)| {
            segments
                .iter()
                .any(|s| matches!(s.marker, 0xC9..=0xCB | 0xCD..=0xCF))
        })
    }

    /// Width and height from the first frame header (SOF0–SOF15 but DHT,
    /// JPG and DAC), which may be all a file's first bytes hold.
    pub(crate) fn frame_size(input: &[u8]) -> Option<(u32, u32)> {
        let (segments, _) = split(input)?;
        let frame = segments
            .iter()
            .find(|s| matches!(s.marker, 0xC0..=0xCF) && !matches!(s.marker, 0xC4 | 0xC8 | 0xCC))?;
        // Precision, then height and width.
        let height = be16(frame.data, 1)?;
        let width = be16(frame.data, 3)?;
        Some((u32::from(width), u32::from(height)))
    }

    /// Which kinds of metadata segment this is, for removal.
    fn is_exif(marker: u8, data: &[u8]) -> bool {
        marker == APP1 && data.starts_with(EXIF_ID)
    }
    fn is_xmp(marker: u8, data: &[u8]) -> bool {
        // Standard XMP and its extension segments go together.
        marker == APP1
            && (data.starts_with(XMP_ID)
                || data.starts_with(b"http://ns.adobe.com/xmp/extension/\0"))
    }
    fn is_icc(marker: u8, data: &[u8]) -> bool {
        marker == APP2 && data.starts_with(ICC_ID)
    }

    /// Whether `strip` drops this segment: all APPn and COM except JFIF APP0
    /// and Adobe APP14, which change how the pixels decode.
    fn is_strippable(marker: u8, data: &[u8]) -> bool {
        match marker {
            APP0 => !data.starts_with(b"JFIF\0"),
            APP14 => !data.starts_with(b"Adobe"),
            0xE1..=APP15 | COM => true,
            _ => false,
        }
    }

    pub(super) fn read(input: &[u8]) -> Metadata {
        let Some((segments, _)) = split(input) else {
            return Metadata::default();
        };
        let mut meta = Metadata::default();
        let mut icc_chunks: Vec<(u8, u8, &[u8])> = Vec::new();
        for s in &segments {
            if meta.exif.is_none() && is_exif(s.marker, s.data) {
                meta.exif = clean_exif(&s.data[EXIF_ID.len()..]);
            } else if meta.xmp.is_none() && s.marker == APP1 && s.data.starts_with(XMP_ID) {
                meta.xmp = Some(s.data[XMP_ID.len()..].to_vec());
            } else if is_icc(s.marker, s.data)
                && let Some(&[seq, count]) = s.data.get(ICC_ID.len()..ICC_ID.len() + 2)
            {
                icc_chunks.push((seq, count, &s.data[ICC_ID.len() + 2..]));
            }
        }
        meta.icc = assemble_icc(icc_chunks);
        meta
    }

    /// Joins APP2 ICC chunks by sequence number; any gap, duplicate or
    /// disagreement on the count drops the profile (a partial one is useless).
    fn assemble_icc(mut chunks: Vec<(u8, u8, &[u8])>) -> Option<Vec<u8>> {
        let count = chunks.first()?.1;
        if count == 0 || chunks.len() != usize::from(count) {
            return None;
        }
        chunks.sort_by_key(|c| c.0);
        let mut out = Vec::new();
        for (i, &(seq, n, data)) in chunks.iter().enumerate() {
            if n != count || usize::from(seq) != i + 1 {
                return None;
            }
            out.extend_from_slice(data);
        }
        (!out.is_empty()).then_some(out)
    }

    /// Writes one marker segment; the caller guarantees `parts` fit in 65533 bytes.
    fn push_segment(out: &mut Vec<u8>, marker: u8, parts: &[&[u8]]) {
        let len: usize = parts.iter().map(|p| p.len()).sum::<usize>() + 2;
        out.extend_from_slice(&[0xFF, marker]);
        out.extend_from_slice(&(len as u16).to_be_bytes());
        for p in parts {
            out.extend_from_slice(p);
        }
    }

    /// The new metadata segments, in the usual order: EXIF, ICC, XMP.
    fn new_segments(meta: &Metadata) -> Vec<u8> {
        let mut out = Vec::new();
        if let Some(exif) = &meta.exif
            && exif.len() + EXIF_ID.len() <= MAX_SEGMENT
        {
            push_segment(&mut out, APP1, &[EXIF_ID, exif]);
        }
        if let Some(icc) = &meta.icc {
            let count = icc.len().div_ceil(MAX_ICC_CHUNK);
            if (1..=255).contains(&count) {
                for (i, chunk) in icc.chunks(MAX_ICC_CHUNK).enumerate() {
                    let seq = [(i + 1) as u8, count as u8];
                    push_segment(&mut out, APP2, &[ICC_ID, &seq, chunk]);
                }
            }
        }
        if let Some(xmp) = &meta.xmp
            && xmp.len() <= MAX_XMP
        {
            push_segment(&mut out, APP1, &[XMP_ID, xmp]);
        }
        out
    }

    /// Removes metadata (all of it when `strip`, else the kinds in `replace`)
    /// and inserts `meta` after SOI and a leading JFIF APP0.
    pub(super) fn rewrite(
        input: &[u8],
        replace: Replace,
        meta: &Metadata,
        strip: bool,
    ) -> Result<Vec<u8>> {
        let (segments, rest) = match split(input) {
            Some((segments, Some(rest))) => (segments, rest),
            _ => return Err(Error::unsupported("not a readable JPEG file")),
        };
        let drop = |marker: u8, data: &[u8]| {
            if strip {
                is_strippable(marker, data)
            } else {
                (replace.exif && is_exif(marker, data))
                    || (replace.xmp && is_xmp(marker, data))
                    || (replace.icc && is_icc(marker, data))
            }
        };
        let mut out = Vec::with_capacity(input.len() + 1024);
        out.extend_from_slice(&[0xFF, SOI]);
        let mut kept = segments
            .iter()
            .filter(|s| !drop(s.marker, s.data))
            .peekable();
        if let Some(first) = kept.peek()
            && first.marker == APP0
        {
            out.extend_from_slice(first.raw);
            kept.next();
        }
        out.extend_from_slice(&new_segments(meta));
        for s in kept {
            out.extend_from_slice(s.raw);
        }
        if strip {
            copy_scans_stripped(rest, &mut out);
        } else {
            out.extend_from_slice(rest);
        }
        Ok(out)
    }

    /// Copies the scans (from the first SOS marker) through EOI, dropping any
    /// strippable segment found between scans and anything after EOI. A
    /// truncated file is copied to its end.
    fn copy_scans_stripped(rest: &[u8], out: &mut Vec<u8>) {
        let mut pos = 0;
        // Invariant: `rest[pos]` is 0xFF and starts a marker, or we are done.
        while pos + 1 < rest.len() {
            let marker = rest[pos + 1];
            if marker == EOI {
                out.extend_from_slice(&rest[pos..pos + 2]);
                return;
            }
            let seg_end = if marker == 0x00 || marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
                pos + 2
            } else {
                match be16(rest, pos + 2) {
                    Some(len) if len >= 2 => (pos + 2 + usize::from(len)).min(rest.len()),
                    _ => rest.len(),
                }
            };
            let data = rest.get(pos + 4..seg_end).unwrap_or(&[]);
            if marker != 0x00 && !is_strippable(marker, data) {
                out.extend_from_slice(&rest[pos..seg_end]);
            }
            pos = seg_end;
            let start = pos;
            if marker == SOS {
                // Entropy-coded data runs until a marker other than RSTn, a
                // stuffed 0xFF00 or a fill byte; a truncated scan runs to the end.
                while pos + 1 < rest.len() && !is_marker(rest[pos], rest[pos + 1]) {
                    pos += 1;
                }
                if pos + 1 >= rest.len() {
                    pos = rest.len();
                }
                out.extend_from_slice(&rest[start..pos]);
            } else {
                // Garbage between segments is not copied.
                while pos + 1 < rest.len() && !is_marker(rest[pos], rest[pos + 1]) {
                    pos += 1;
                }
            }
        }
    }

    /// Whether `a b` is a marker that ends entropy-coded data.
    fn is_marker(a: u8, b: u8) -> bool {
        a == 0xFF && b != 0x00 && b != 0xFF && !(0xD0..=0xD7).contains(&b)
    }
}

/// PNG chunk walking and rewriting.
mod png {
    use super::{Metadata, Replace, be32, clean_exif};
    use crate::error::{Error, Result};

    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    const XMP_KEYWORD: &[u8] = b"XML:com.adobe.xmp";
    /// Decompressed payloads above this are ignored (zip-bomb guard).
    const MAX_INFLATE: usize = 16 << 20;
    /// Chunk types `strip` removes.
    const STRIPPED: [&[u8; 4]; 8] = [
        b"eXIf", b"iCCP", b"tEXt", b"zTXt", b"iTXt", b"tIME", b"dSIG", b"caBX",
    ];

    struct Chunk<'a> {
        kind: [u8; 4],
        data: &'a [u8],
        /// Length, type, data and CRC exactly as in the file.
        raw: &'a [u8],
    }

    impl Chunk<'_> {
        fn crc_ok(&self) -> bool {
            let stored = be32(self.raw, self.raw.len() - 4);
            stored == Some(super::crc32(&self.raw[4..self.raw.len() - 4]))
        }
    }

    /// Width and height from IHDR, which must be the first chunk, whole
    /// (13 bytes of data) and intact: the decoder refuses an IHDR whose CRC
    /// is wrong, so its size is not trusted either.
    pub(crate) fn header_size(input: &[u8]) -> Option<(u32, u32)> {
        let start = SIGNATURE.len();
        let raw = input.get(start..start + 4 + 4 + 13 + 4)?;
        let ihdr = Chunk {
            kind: raw[4..8].try_into().ok()?,
            data: &raw[8..21],
            raw,
        };
        let whole = input.starts_with(SIGNATURE) && be32(raw, 0) == Some(13);
        if !whole || &ihdr.kind != b"IHDR" || !ihdr.crc_ok() {
            return None;
        }
        Some((be32(ihdr.data, 0)?, be32(ihdr.data, 4)?))
    }

    /// Chunks up to and including IEND; stops early at a truncated chunk and
    /// reports whether the walk reached IEND cleanly.
    fn chunks(input: &[u8]) -> Option<(Vec<Chunk<'_>>, bool)> {
        if !input.starts_with(SIGNATURE) {
            return None;
        }
        let mut out = Vec::new();
        let mut pos = SIGNATURE.len();
        loop {
            let Some(len) = be32(input, pos) else {
                return Some((out, false));
            };
            let end = (len as usize)
                .checked_add(12)
                .and_then(|n| n.checked_add(pos))
                .filter(|&end| end <= input.len());
            let Some(end) = end else {
                return Some((out, false));
            };
            let raw = &input[pos..end];
            let kind = [raw[4], raw[5], raw[6], raw[7]];
            out.push(Chunk {
                kind,
                data: &raw[8..raw.len() - 4],
                raw,
            });
            pos = end;
            if &kind == b"IEND" {
                return Some((out, true));
            }
        }
    }

    fn inflate(data: &[u8]) -> Option<Vec<u8>> {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_INFLATE).ok()
    }

    /// Splits `keyword\0rest`.
    fn keyword(data: &[u8]) -> Option<(&[u8], &[u8])> {
        let nul = data.iter().take(80).position(|&b| b == 0)?;
        Some((&data[..nul], &data[nul + 1..]))
    }

    fn read_iccp(data: &[u8]) -> Option<Vec<u8>> {
        let (_, rest) = keyword(data)?;
        let (&method, compressed) = rest.split_first()?;
        if method != 0 {
            return None;
        }
        inflate(compressed).filter(|p| !p.is_empty())
    }

    /// The XMP packet of an iTXt chunk with the XMP keyword.
    fn read_itxt_xmp(data: &[u8]) -> Option<Vec<u8>> {
        let (key, rest) = keyword(data)?;
        if key != XMP_KEYWORD {
            return None;
        }
        let (&flag, rest) = rest.split_first()?;
        let (&method, rest) = rest.split_first()?;
        let lang_end = rest.iter().position(|&b| b == 0)?;
        let rest = &rest[lang_end + 1..];
        let trans_end = rest.iter().position(|&b| b == 0)?;
        let text = &rest[trans_end + 1..];
        match (flag, method) {
            (0, _) => Some(text.to_vec()),
            (1, 0) => inflate(text),
            _ => None,
        }
    }

    /// ImageMagick's "Raw profile type exif|APP1" text chunk: `\nexif\n  LEN\nHEX...`.
    fn read_raw_profile_exif(kind: &[u8; 4], data: &[u8]) -> Option<Vec<u8>> {
        let (key, rest) = keyword(data)?;
        if key != b"Raw profile type exif" && key != b"Raw profile type APP1" {
            return None;
        }
        let text = match kind {
            b"tEXt" => rest.to_vec(),
            b"zTXt" => {
                let (&method, compressed) = rest.split_first()?;
                if method != 0 {
                    return None;
                }
                inflate(compressed)?
            }
            _ => return None,
        };
        // Three newline-separated header fields: "", profile name, length.
        let mut parts = text.splitn(4, |&b| b == b'\n');
        let _ = parts.next()?;
        let _ = parts.next()?;
        let len: usize = std::str::from_utf8(parts.next()?)
            .ok()?
            .trim()
            .parse()
            .ok()?;
        let hex = parts.next()?;
        if len > hex.len() / 2 {
            return None;
        }
        let mut bytes = Vec::with_capacity(len);
        let mut nibbles = hex.iter().filter_map(|&c| (c as char).to_digit(16));
        while bytes.len() < len {
            let hi = nibbles.next()?;
            let lo = nibbles.next()?;
            bytes.push((hi * 16 + lo) as u8);
        }
        clean_exif(&bytes)
    }

    pub(super) fn read(input: &[u8]) -> Metadata {
        let Some((chunks, _)) = chunks(input) else {
            return Metadata::default();
        };
        // Only the first chunk of each kind is decoded, so a file full of
        // compressed chunks can't make us inflate 16 MiB over and over.
        let first = |pred: &dyn Fn(&Chunk<'_>) -> bool| chunks.iter().find(|c| pred(c));
        let exif = first(&|c| &c.kind == b"eXIf");
        let icc = first(&|c| &c.kind == b"iCCP");
        let xmp = first(&|c| is_xmp_itxt(c));
        let raw_exif = first(&|c| is_raw_exif_text(c));
        let ok = |c: &&Chunk<'_>| c.crc_ok();
        let exif = match exif {
            Some(c) => Some(c).filter(ok).and_then(|c| clean_exif(c.data)),
            None => raw_exif
                .filter(ok)
                .and_then(|c| read_raw_profile_exif(&c.kind, c.data)),
        };
        Metadata {
            exif,
            xmp: xmp.filter(ok).and_then(|c| read_itxt_xmp(c.data)),
            icc: icc.filter(ok).and_then(|c| read_iccp(c.data)),
        }
    }

    fn is_xmp_itxt(c: &Chunk<'_>) -> bool {
        &c.kind == b"iTXt" && keyword(c.data).is_some_and(|(k, _)| k == XMP_KEYWORD)
    }

    fn is_raw_exif_text(c: &Chunk<'_>) -> bool {
        (&c.kind == b"tEXt" || &c.kind == b"zTXt")
            && keyword(c.data).is_some_and(|(k, _)| {
                k == b"Raw profile type exif" || k == b"Raw profile type APP1"
            })
    }

    fn push_chunk(out: &mut Vec<u8>, kind: &[u8; 4], parts: &[&[u8]]) -> Result<()> {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        let len = u32::try_from(len)
            .ok()
            .filter(|&l| l <= 0x7FFF_FFFF)
            .ok_or_else(|| Error::failed("metadata too large for a PNG chunk"))?;
        let start = out.len();
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(kind);
        for p in parts {
            out.extend_from_slice(p);
        }
        let crc = super::crc32(&out[start + 4..]);
        out.extend_from_slice(&crc.to_be_bytes());
        Ok(())
    }

    pub(super) fn rewrite(
        input: &[u8],
        replace: Replace,
        meta: &Metadata,
        strip: bool,
    ) -> Result<Vec<u8>> {
        let (chunks, complete) =
            chunks(input).ok_or_else(|| Error::unsupported("not a PNG file"))?;
        if !complete || chunks.first().is_none_or(|c| &c.kind != b"IHDR") {
            return Err(Error::unsupported("truncated or damaged PNG file"));
        }
        let drop = |c: &Chunk<'_>| {
            let removed = if strip {
                STRIPPED.contains(&&c.kind)
            } else {
                (replace.exif && (&c.kind == b"eXIf" || is_raw_exif_text(c)))
                    || (replace.icc && &c.kind == b"iCCP")
                    || (replace.xmp && is_xmp_itxt(c))
            };
            // The spec forbids sRGB next to iCCP, and the profile wins.
            removed || (meta.icc.is_some() && &c.kind == b"sRGB")
        };
        let mut out = Vec::with_capacity(input.len() + 1024);
        out.extend_from_slice(SIGNATURE);
        for (i, c) in chunks.iter().enumerate() {
            if i > 0 && drop(c) {
                continue;
            }
            out.extend_from_slice(c.raw);
            if i == 0 {
                // Right after IHDR: before PLTE and IDAT, as iCCP must be and
                // where readers that stop at the image data still see it all.
                if let Some(icc) = &meta.icc {
                    let z = miniz_oxide::deflate::compress_to_vec_zlib(icc, 9);
                    push_chunk(&mut out, b"iCCP", &[b"icc\0\0", &z])?;
                }
                if let Some(exif) = &meta.exif {
                    push_chunk(&mut out, b"eXIf", &[exif])?;
                }
                if let Some(xmp) = &meta.xmp {
                    // Uncompressed, as the XMP spec asks so scanners find it.
                    push_chunk(&mut out, b"iTXt", &[XMP_KEYWORD, b"\0\0\0\0\0", xmp])?;
                }
            }
        }
        Ok(out)
    }
}

/// WebP RIFF chunk walking and rewriting, including the simple → VP8X
/// conversion (canvas size from the bitstream, correct flags).
mod webp {
    use super::{Metadata, Replace, clean_exif, le32};
    use crate::error::{Error, Result};

    const FLAG_ICC: u8 = 0x20;
    const FLAG_ALPHA: u8 = 0x10;
    const FLAG_EXIF: u8 = 0x08;
    const FLAG_XMP: u8 = 0x04;
    const FLAG_ANIM: u8 = 0x02;

    struct Chunk<'a> {
        id: [u8; 4],
        data: &'a [u8],
    }

    /// The chunks inside the RIFF container; `complete` is false if the last
    /// one is cut short (it is then left out).
    fn chunks(input: &[u8]) -> Option<(Vec<Chunk<'_>>, bool)> {
        if input.get(0..4)? != b"RIFF" || input.get(8..12)? != b"WEBP" {
            return None;
        }
        let riff_end = (le32(input, 4)? as usize)
            .saturating_add(8)
            .min(input.len());
        let mut out = Vec::new();
        let mut pos = 12;
        while pos + 8 <= riff_end {
            let id = [input[pos], input[pos + 1], input[pos + 2], input[pos + 3]];
            let len = le32(input, pos + 4)? as usize;
            let start = pos + 8;
            let Some(end) = start.checked_add(len).filter(|&e| e <= riff_end) else {
                return Some((out, false));
            };
            out.push(Chunk {
                id,
                data: &input[start..end],
            });
            pos = end + (len & 1);
        }
        Some((out, true))
    }

    /// The data of the first chunk `id` in the RIFF container `input`.
    pub(crate) fn chunk_data<'a>(input: &'a [u8], id: &[u8; 4]) -> Option<&'a [u8]> {
        let (chunks, _) = chunks(input)?;
        chunks.into_iter().find(|c| &c.id == id).map(|c| c.data)
    }

    pub(super) fn read(input: &[u8]) -> Metadata {
        let Some((chunks, _)) = chunks(input) else {
            return Metadata::default();
        };
        let mut meta = Metadata::default();
        for c in &chunks {
            match &c.id {
                b"EXIF" if meta.exif.is_none() => meta.exif = clean_exif(c.data),
                b"XMP " if meta.xmp.is_none() && !c.data.is_empty() => {
                    meta.xmp = Some(c.data.to_vec());
                }
                b"ICCP" if meta.icc.is_none() && !c.data.is_empty() => {
                    meta.icc = Some(c.data.to_vec());
                }
                _ => {}
            }
        }
        meta
    }

    /// The canvas size: the VP8X header's, or a simple file's bitstream's.
    pub(crate) fn canvas_size(input: &[u8]) -> Option<(u32, u32)> {
        let (chunks, _) = chunks(input)?;
        let first = chunks.first()?;
        if &first.id == b"VP8X" {
            let d = first.data.get(4..10)?;
            let width = u32::from_le_bytes([d[0], d[1], d[2], 0]) + 1;
            let height = u32::from_le_bytes([d[3], d[4], d[5], 0]) + 1;
            return Some((width, height));
        }
        bitstream_info(first).map(|(width, height, _)| (width, height))
    }

    /// Canvas size and "has alpha" from a VP8 (lossy) or VP8L (lossless) bitstream.
    fn bitstream_info(c: &Chunk<'_>) -> Option<(u32, u32, bool)> {
        match &c.id {
            b"VP8 " => {
                let d = c.data.get(0..10)?;
                // Key frame (bit 0 clear) with the start code 9d 01 2a.
                if d[0] & 1 != 0 || d[3..6] != [0x9D, 0x01, 0x2A] {
                    return None;
                }
                let w = u32::from(u16::from_le_bytes([d[6], d[7]]) & 0x3FFF);
                let h = u32::from(u16::from_le_bytes([d[8], d[9]]) & 0x3FFF);
                (w > 0 && h > 0).then_some((w, h, false))
            }
            b"VP8L" => {
                if *c.data.first()? != 0x2F {
                    return None;
                }
                let bits = le32(c.data, 1)?;
                let w = (bits & 0x3FFF) + 1;
                let h = ((bits >> 14) & 0x3FFF) + 1;
                Some((w, h, bits & (1 << 28) != 0))
            }
            _ => None,
        }
    }

    fn push_chunk(out: &mut Vec<u8>, id: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(id);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(0);
        }
    }

    pub(super) fn rewrite(input: &[u8], replace: Replace, meta: &Metadata) -> Result<Vec<u8>> {
        let (chunks, complete) =
            chunks(input).ok_or_else(|| Error::unsupported("not a WebP file"))?;
        if !complete {
            return Err(Error::unsupported("truncated or damaged WebP file"));
        }
        let too_big = |d: &Option<Vec<u8>>| d.as_ref().is_some_and(|d| d.len() > 0xFFFF_FFF0);
        if too_big(&meta.exif) || too_big(&meta.xmp) || too_big(&meta.icc) {
            return Err(Error::failed("metadata too large for a WebP chunk"));
        }
        let vp8x = chunks.iter().find(|c| &c.id == b"VP8X");
        let pick = |id: &[u8; 4], replaced: bool, new: &'_ Option<Vec<u8>>| -> Option<Vec<u8>> {
            match new {
                Some(d) => Some(d.clone()),
                None if !replaced => chunks.iter().find(|c| &c.id == id).map(|c| c.data.to_vec()),
                None => None,
            }
        };
        let icc = pick(b"ICCP", replace.icc, &meta.icc);
        let exif = pick(b"EXIF", replace.exif, &meta.exif);
        let xmp = pick(b"XMP ", replace.xmp, &meta.xmp);
        let body: Vec<&Chunk<'_>> = chunks
            .iter()
            .filter(|c| !matches!(&c.id, b"VP8X" | b"ICCP" | b"EXIF" | b"XMP "))
            .collect();

        let extended = vp8x.is_some()
            || icc.is_some()
            || exif.is_some()
            || xmp.is_some()
            || body.iter().any(|c| !matches!(&c.id, b"VP8 " | b"VP8L"));
        let mut out = Vec::with_capacity(input.len() + 1024);
        out.extend_from_slice(b"RIFF\0\0\0\0WEBP");
        if extended {
            let (mut flags, canvas) = match vp8x.and_then(|c| c.data.get(0..10)) {
                // Keep the canvas and the alpha/animation bits as encoded.
                Some(d) => (
                    d[0] & (FLAG_ALPHA | FLAG_ANIM),
                    [d[4], d[5], d[6], d[7], d[8], d[9]],
                ),
                None => {
                    let (w, h, alpha) = body
                        .iter()
                        .find_map(|c| bitstream_info(c))
                        .ok_or_else(|| Error::unsupported("WebP without a readable bitstream"))?;
                    let mut canvas = [0; 6];
                    canvas[..3].copy_from_slice(&(w - 1).to_le_bytes()[..3]);
                    canvas[3..].copy_from_slice(&(h - 1).to_le_bytes()[..3]);
                    (if alpha { FLAG_ALPHA } else { 0 }, canvas)
                }
            };
            if body.iter().any(|c| &c.id == b"ALPH") {
                flags |= FLAG_ALPHA;
            }
            if body.iter().any(|c| &c.id == b"ANIM" || &c.id == b"ANMF") {
                flags |= FLAG_ANIM;
            }
            if icc.is_some() {
                flags |= FLAG_ICC;
            }
            if exif.is_some() {
                flags |= FLAG_EXIF;
            }
            if xmp.is_some() {
                flags |= FLAG_XMP;
            }
            let mut header = [0u8; 10];
            header[0] = flags;
            header[4..].copy_from_slice(&canvas);
            push_chunk(&mut out, b"VP8X", &header);
        }
        if let Some(icc) = &icc {
            push_chunk(&mut out, b"ICCP", icc);
        }
        for c in &body {
            push_chunk(&mut out, &c.id, c.data);
        }
        if let Some(exif) = &exif {
            push_chunk(&mut out, b"EXIF", exif);
        }
        if let Some(xmp) = &xmp {
            push_chunk(&mut out, b"XMP ", xmp);
        }
        let riff_size = u32::try_from(out.len() - 8)
            .map_err(|_| Error::failed("WebP file too large after adding metadata"))?;
        out[4..8].copy_from_slice(&riff_size.to_le_bytes());
        Ok(out)
    }
}

/// CRC-32 (ISO 3309, as PNG uses), table-driven; only new chunks are hashed.
fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    !data.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::ImageDecoder;

    use crate::test_corpus as corpus;

    fn corpus_files() -> Vec<(String, Vec<u8>)> {
        let manifest = String::from_utf8(corpus("MANIFEST.tsv")).unwrap();
        manifest
            .lines()
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .filter(|p| !p.starts_with("avif/") && !p.starts_with("photos/"))
            .map(|p| (p.to_string(), corpus(p)))
            .collect()
    }

    fn format_of(path: &str) -> Format {
        match path.rsplit('.').next() {
            Some("png") => Format::Png,
            Some("webp") => Format::WebP,
            _ => Format::Jpeg,
        }
    }

    /// Decoded pixels (first frame) via the `image` crate.
    fn pixels(format: Format, data: &[u8]) -> image::DynamicImage {
        let f = match format {
            Format::Jpeg => image::ImageFormat::Jpeg,
            Format::Png => image::ImageFormat::Png,
            _ => image::ImageFormat::WebP,
        };
        image::load_from_memory_with_format(data, f)
            .unwrap_or_else(|e| panic!("{format} does not decode: {e}"))
    }

    /// Metadata as the `image` crate sees it: an independent reader.
    fn image_crate_meta(data: &[u8]) -> Metadata {
        let reader = image::ImageReader::new(std::io::Cursor::new(data))
            .with_guessed_format()
            .unwrap();
        let mut decoder = reader.into_decoder().expect("image crate decoder");
        let exif = decoder.exif_metadata().unwrap();
        let exif = exif.map(|e| e.strip_prefix(EXIF_PREFIX).unwrap_or(&e).to_vec());
        Metadata {
            exif,
            xmp: decoder.xmp_metadata().unwrap(),
            icc: decoder.icc_profile().unwrap(),
        }
    }

    fn exif_fields(exif: &[u8]) -> Vec<(exif::Tag, exif::In, String)> {
        let parsed = exif::Reader::new()
            .read_raw(exif.to_vec())
            .expect("kamadak-exif parses it");
        parsed
            .fields()
            .map(|f| (f.tag, f.ifd_num, f.display_value().to_string()))
            .collect()
    }

    fn has_gps(exif: &[u8]) -> bool {
        exif_fields(exif)
            .iter()
            .any(|(t, _, _)| t.context() == exif::Context::Gps)
    }

    fn test_meta() -> Metadata {
        // XMP and ICC from one camera file, the (GPS-bearing) EXIF from another.
        let mut m = read(Format::Jpeg, &corpus("exif/paris_exif_xmp_icc.jpg"));
        m.exif = read(Format::Jpeg, &corpus("exif/gps_DSCN0010.jpg")).exif;
        assert!(m.exif.is_some() && m.xmp.is_some() && m.icc.is_some());
        m
    }

    fn gradient(w: u32, h: u32, alpha: bool) -> Vec<u8> {
        let ch = if alpha { 4 } else { 3 };
        let mut v = Vec::new();
        for y in 0..h {
            for x in 0..w {
                v.extend_from_slice(&[(x * 255 / w) as u8, (y * 255 / h) as u8, 128]);
                if alpha {
                    v.push(((x + y) * 4) as u8);
                }
            }
        }
        assert_eq!(v.len(), (w * h) as usize * ch);
        v
    }

    fn encode_with_image(format: image::ImageFormat) -> Vec<u8> {
        let img = image::RgbImage::from_raw(40, 30, gradient(40, 30, false)).unwrap();
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(img)
            .write_to(&mut out, format)
            .unwrap();
        out.into_inner()
    }

    /// WebP chunk ids in order and the VP8X flags/canvas, parsed independently.
    /// VP8X flags, canvas width and canvas height.
    type Vp8x = (u8, u32, u32);

    fn webp_layout(data: &[u8]) -> (Vec<[u8; 4]>, Option<Vp8x>) {
        assert_eq!(&data[0..4], b"RIFF");
        assert_eq!(le32(data, 4).unwrap() as usize + 8, data.len(), "RIFF size");
        let mut ids = Vec::new();
        let mut vp8x = None;
        let mut pos = 12;
        while pos < data.len() {
            let id: [u8; 4] = data[pos..pos + 4].try_into().unwrap();
            let len = le32(data, pos + 4).unwrap() as usize;
            if &id == b"VP8X" {
                let d = &data[pos + 8..pos + 18];
                let w = u32::from_le_bytes([d[4], d[5], d[6], 0]) + 1;
                let h = u32::from_le_bytes([d[7], d[8], d[9], 0]) + 1;
                vp8x = Some((d[0], w, h));
            }
            ids.push(id);
            pos += 8 + len + (len & 1);
        }
        assert_eq!(pos, data.len(), "chunks fill the RIFF exactly");
        (ids, vp8x)
    }

    #[test]
    fn arithmetic_frames_are_told_from_huffman_ones() {
        let frame = |sof: u8| {
            let mut jpeg = vec![0xFF, 0xD8];
            jpeg.extend([0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00]); // APP0, 2 bytes
            jpeg.extend([0xFF, 0xFF]); // a fill byte
            jpeg.extend([0xFF, sof, 0x00, 0x02]);
            jpeg.extend([0xFF, 0xDA, 0x00, 0x02]);
            jpeg
        };
        assert!(is_arithmetic_jpeg(&frame(0xC9)));
        assert!(is_arithmetic_jpeg(&frame(0xCA)));
        assert!(!is_arithmetic_jpeg(&frame(0xC0)));
        assert!(!is_arithmetic_jpeg(&frame(0xC2)));
        // DAC (arithmetic conditioning) alone is not a frame header.
        assert!(!is_arithmetic_jpeg(&frame(0xCC)));
        // Truncated or garbage input: no panic, not arithmetic.
        assert!(!is_arithmetic_jpeg(&[0xFF, 0xD8, 0xFF, 0xE0, 0xFF]));
        assert!(!is_arithmetic_jpeg(&[
            0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xFF, 0x00
        ]));
        assert!(!is_arithmetic_jpeg(&[]));
    }

    #[test]
    fn orientation_of_corpus_files() {
        for kind in ["Landscape", "Portrait"] {
            for n in 0..=8u8 {
                if kind == "Portrait" && n == 0 {
                    continue;
                }
                let path = format!("exif/orientation/{kind}_{n}.jpg");
                let meta = read(Format::Jpeg, &corpus(&path));
                let exif = meta.exif.unwrap_or_else(|| panic!("{path}: no EXIF"));
                assert_eq!(orientation(&exif), n.max(1), "{path}");
            }
        }
        let exif = read(Format::Jpeg, &corpus("exif/paris_exif_orientation_5.jpg")).exif;
        assert_eq!(orientation(&exif.unwrap()), 5);
        let png = read(
            Format::Png,
            &corpus("graphics/exif_orientation6_in_png.png"),
        );
        assert_eq!(orientation(&png.exif.unwrap()), 6);
        assert_eq!(orientation(b""), 1);
        assert_eq!(orientation(b"MM\0*"), 1);
    }

    #[test]
    fn reset_orientation_patches_only_the_tag() {
        for n in 1..=8 {
            let path = format!("exif/orientation/Landscape_{n}.jpg");
            let exif = read(Format::Jpeg, &corpus(&path)).exif.unwrap();
            let reset = reset_orientation(&exif);
            assert_eq!(reset.len(), exif.len());
            assert_eq!(orientation(&reset), 1, "{path}");
            let changed = exif.iter().zip(&reset).filter(|(a, b)| a != b).count();
            assert!(changed <= 1, "{path}: {changed} bytes changed");
            let before = exif_fields(&exif);
            let after = exif_fields(&reset);
            assert_eq!(before.len(), after.len());
            for (b, a) in before.iter().zip(&after) {
                if b.0 == exif::Tag::Orientation {
                    assert!(a.2.contains("row 0 at top and column 0 at left"), "{a:?}");
                } else {
                    assert_eq!(a, b);
                }
            }
        }
        // GPS survives (EXIF with GPS and an Orientation tag).
        let exif = read(Format::Jpeg, &corpus("exif/progressive_rotation6_icc.jpg"))
            .exif
            .unwrap();
        assert_eq!(orientation(&exif), 6);
        assert_eq!(orientation(&reset_orientation(&exif)), 1);
        let exif = read(Format::Jpeg, &corpus("exif/paris_exif_xmp_icc.jpg"))
            .exif
            .unwrap();
        assert!(has_gps(&exif));
        assert!(has_gps(&reset_orientation(&exif)));
        // No tag: unchanged copy.
        let mut no_tag = minimal_orientation_exif(6);
        no_tag[10] = 0x13; // rename the tag
        assert_eq!(reset_orientation(&no_tag), no_tag);
    }

    #[test]
    fn big_endian_exif() {
        let mut mm = b"MM\0*\0\0\0\x08\0\x02".to_vec();
        mm.extend_from_slice(b"\x01\x0F\x00\x02\x00\x00\x00\x04ACME"); // Make
        mm.extend_from_slice(b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x08\x00\x00");
        mm.extend_from_slice(&[0; 4]);
        assert_eq!(orientation(&mm), 8);
        let reset = reset_orientation(&mm);
        assert_eq!(orientation(&reset), 1);
        assert_eq!(&reset[30..32], b"\x00\x01");
        let fields = exif_fields(&reset);
        assert!(fields.iter().any(|f| f.0 == exif::Tag::Make));
        // LONG-typed orientation (some writers) is understood and reset too.
        let mut long = mm.clone();
        long[24..26].copy_from_slice(b"\x00\x04");
        long[30..34].copy_from_slice(b"\x00\x00\x00\x03");
        assert_eq!(orientation(&long), 3);
        assert_eq!(orientation(&reset_orientation(&long)), 1);
    }

    #[test]
    fn minimal_exif_parses() {
        for n in 0..=10u8 {
            let exif = minimal_orientation_exif(n);
            let expected = if (1..=8).contains(&n) { n } else { 1 };
            assert_eq!(orientation(&exif), expected);
            let parsed = exif::Reader::new().read_raw(exif).unwrap();
            let field = parsed
                .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
                .unwrap();
            assert_eq!(field.value.get_uint(0), Some(u32::from(expected)));
        }
    }

    #[test]
    fn read_matches_the_image_crate() {
        for (path, format) in [
            ("exif/A98_sample.jpg", Format::Jpeg),
            ("exif/AdobeRGB1998_rembrandt.jpg", Format::Jpeg),
            ("exif/apple_gainmap_p3_gps.jpg", Format::Jpeg),
            ("exif/cmyk_Channel_digital_image.jpg", Format::Jpeg),
            ("graphics/exif_orientation6_in_png.png", Format::Png),
            ("graphics/p3_icc.png", Format::Png),
            ("graphics/monkey16.png", Format::Png),
            ("graphics/iptc.png", Format::Png),
            ("graphics/large-text-chunks.png", Format::Png),
            ("webp/lossless_simple_xmp.webp", Format::WebP),
        ] {
            let data = corpus(path);
            let ours = read(format, &data);
            let theirs = image_crate_meta(&data);
            assert!(ours != Metadata::default(), "{path}: nothing found");
            assert_eq!(ours.icc, theirs.icc, "{path}: ICC");
            assert_eq!(ours.exif, theirs.exif, "{path}: EXIF");
            if format != Format::Png {
                // image's PNG XMP reader only knows uncompressed iTXt; ours too, plus zlib.
                assert_eq!(ours.xmp, theirs.xmp, "{path}: XMP");
            }
            if let Some(icc) = &ours.icc {
                assert_eq!(
                    be32(icc, 0).unwrap() as usize,
                    icc.len(),
                    "{path}: ICC size"
                );
                assert_eq!(&icc[36..40], b"acsp", "{path}: ICC signature");
            }
        }
        let png = read(Format::Png, &corpus("graphics/iptc.png"));
        assert!(png.xmp.unwrap().starts_with(b"<?xpacket"));
        assert_eq!(
            read(Format::Avif, &corpus("avif/kimono.rotate90.avif")),
            Metadata::default()
        );
    }

    #[test]
    fn strip_removes_all_and_keeps_pixels() {
        let files = [
            "exif/gps_DSCN0010.jpg",
            "exif/paris_exif_xmp_icc.jpg",
            "exif/AdobeRGB1998_rembrandt.jpg",
            "exif/apple_gainmap_p3_gps.jpg",
            "exif/seine_ultrahdr_gainmap.jpg",
            "exif/cmyk_Channel_digital_image.jpg",
            "exif/progressive_rotation6_icc.jpg",
            "exif/malformed_exif_bad_previewifd.jpeg",
            "exif/malformed_exif_exifoffset_wrong_type.jpg",
            "exif/orientation/Landscape_6.jpg",
            "bad/trailing_garbage_after_eoi.jpg",
            "graphics/exif_orientation6_in_png.png",
            "graphics/iptc.png",
            "graphics/large-text-chunks.png",
            "graphics/ztxt_example.png",
            "graphics/p3_icc.png",
            "graphics/monkey16.png",
            "graphics/cat_rgba_gama_srgb.png",
            "webp/lossless_simple_xmp.webp",
            "webp/gallery3_5_lossy_alpha.webp",
            "webp/lossy_alpha1.webp",
            "webp/animated_anim.webp",
        ];
        for path in files {
            let data = corpus(path);
            let format = format_of(path);
            let stripped = strip(format, &data, &Metadata::default())
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(read(format, &stripped), Metadata::default(), "{path}");
            assert_eq!(image_crate_meta(&stripped), Metadata::default(), "{path}");
            for needle in [
                &b"Exif\0\0"[..],
                b"ICC_PROFILE",
                b"ns.adobe.com",
                b"Photoshop 3.0",
            ] {
                assert!(
                    !stripped.windows(needle.len()).any(|w| w == needle),
                    "{path}: {} left",
                    String::from_utf8_lossy(needle)
                );
            }
            if format == Format::Png {
                for kind in [b"eXIf", b"iCCP", b"tEXt", b"zTXt", b"iTXt", b"tIME"] {
                    assert!(!stripped.windows(4).any(|w| w == kind), "{path}");
                }
            }
            if read(format, &data) != Metadata::default() {
                assert!(stripped.len() < data.len(), "{path}: nothing removed");
            }
            assert_eq!(
                pixels(format, &data),
                pixels(format, &stripped),
                "{path}: pixels changed"
            );
            // Stripping twice changes nothing more.
            let again = strip(format, &stripped, &Metadata::default()).unwrap();
            assert_eq!(again, stripped, "{path}: strip not idempotent");
        }
        // The colour chunks of a PNG stay.
        let png = strip(
            Format::Png,
            &corpus("graphics/cat_rgba_gama_srgb.png"),
            &Metadata::default(),
        )
        .unwrap();
        assert!(png.windows(4).any(|w| w == b"sRGB") && png.windows(4).any(|w| w == b"gAMA"));
        // JPEG: JFIF and Adobe APP14 stay, MPF and the gain map after EOI go.
        let jpg = strip(
            Format::Jpeg,
            &corpus("exif/seine_ultrahdr_gainmap.jpg"),
            &Metadata::default(),
        )
        .unwrap();
        assert!(jpg.windows(5).any(|w| w == b"Adobe"));
        assert!(!jpg.windows(4).any(|w| w == b"MPF\0"));
        assert!(jpg.ends_with(&[0xFF, 0xD9]));
        let stripped_animated = strip(
            Format::WebP,
            &corpus("webp/animated_anim.webp"),
            &Metadata::default(),
        )
        .unwrap();
        let (_, vp8x) = webp_layout(&stripped_animated);
        assert_eq!(vp8x.unwrap().0 & 0x02, 0x02, "animation flag kept");
    }

    #[test]
    fn strip_keeps_what_is_asked() {
        let data = corpus("exif/paris_exif_xmp_icc.jpg");
        let original = read(Format::Jpeg, &data);
        let keep = Metadata {
            exif: Some(minimal_orientation_exif(6)),
            xmp: None,
            icc: original.icc.clone(),
        };
        let out = strip(Format::Jpeg, &data, &keep).unwrap();
        assert_eq!(read(Format::Jpeg, &out), keep);
        assert!(!has_gps(read(Format::Jpeg, &out).exif.as_ref().unwrap()));
        assert_eq!(pixels(Format::Jpeg, &data), pixels(Format::Jpeg, &out));
    }

    #[test]
    fn embed_round_trips_jpeg_and_png() {
        let meta = test_meta();
        for (format, encoded) in [
            (Format::Jpeg, encode_with_image(image::ImageFormat::Jpeg)),
            (Format::Png, encode_with_image(image::ImageFormat::Png)),
            (Format::Png, corpus("graphics/Transparency.png")), // has sRGB
            (Format::Jpeg, corpus("exif/grayscale_cd1.jpg")),
        ] {
            let out = embed(format, encoded.clone(), &meta).unwrap();
            assert_eq!(read(format, &out), meta, "{format}");
            assert_eq!(image_crate_meta(&out).icc, meta.icc, "{format}");
            assert_eq!(image_crate_meta(&out).exif, meta.exif, "{format}");
            assert_eq!(pixels(format, &encoded), pixels(format, &out), "{format}");
            // Embedding again replaces instead of adding.
            let again = embed(format, out.clone(), &meta).unwrap();
            assert_eq!(again, out, "{format}: embed not idempotent");
            // Only the EXIF: the rest of the file's metadata stays.
            let only = Metadata {
                exif: Some(minimal_orientation_exif(3)),
                ..Metadata::default()
            };
            let swapped = embed(format, out, &only).unwrap();
            let got = read(format, &swapped);
            assert_eq!(got.exif, only.exif);
            assert_eq!((got.xmp, got.icc), (meta.xmp.clone(), meta.icc.clone()));
        }
        let png = embed(Format::Png, corpus("graphics/Transparency.png"), &meta).unwrap();
        assert!(
            !png.windows(4).any(|w| w == b"sRGB"),
            "sRGB must go when iCCP is written"
        );
        let jpg = embed(
            Format::Jpeg,
            encode_with_image(image::ImageFormat::Jpeg),
            &meta,
        )
        .unwrap();
        assert_eq!(&jpg[2..4], &[0xFF, 0xE0], "JFIF APP0 stays first");
        assert_eq!(&jpg[20..22], &[0xFF, 0xE1], "EXIF right after APP0");
    }

    fn check_webp_embed(name: &str, encoded: Vec<u8>, alpha: bool) {
        let meta = test_meta();
        let out = embed(Format::WebP, encoded.clone(), &meta).unwrap();
        assert_eq!(read(Format::WebP, &out), meta, "{name}");
        assert_eq!(image_crate_meta(&out), meta, "{name}");
        let (ids, vp8x) = webp_layout(&out);
        let (flags, w, h) = vp8x.unwrap_or_else(|| panic!("{name}: no VP8X"));
        let expected = 0x20 | 0x08 | 0x04 | if alpha { 0x10 } else { 0 };
        assert_eq!(flags, expected, "{name}: VP8X flags {flags:#04x}");
        let features = ::webp::BitstreamFeatures::new(&encoded).unwrap();
        assert_eq!(
            (w, h),
            (features.width(), features.height()),
            "{name}: canvas"
        );
        assert_eq!(&ids[0], b"VP8X");
        assert_eq!(&ids[1], b"ICCP");
        assert_eq!(&ids[ids.len() - 2..], [*b"EXIF", *b"XMP "], "{name}: order");
        assert_eq!(
            pixels(Format::WebP, &encoded),
            pixels(Format::WebP, &out),
            "{name}"
        );
        let before = ::webp::Decoder::new(&encoded).decode().unwrap();
        let after = ::webp::Decoder::new(&out)
            .decode()
            .unwrap_or_else(|| panic!("{name}: libwebp rejects the result"));
        assert_eq!(
            (after.width(), after.height()),
            (before.width(), before.height())
        );
        assert_eq!(after.is_alpha(), before.is_alpha(), "{name}");
        assert_eq!(&*after, &*before, "{name}: libwebp pixels");
        // Stripping it again gives back a clean file that still decodes.
        let clean = strip(Format::WebP, &out, &Metadata::default()).unwrap();
        assert_eq!(read(Format::WebP, &clean), Metadata::default());
        let (_, vp8x) = webp_layout(&clean);
        assert_eq!(vp8x.unwrap().0, if alpha { 0x10 } else { 0 }, "{name}");
        assert_eq!(&*::webp::Decoder::new(&clean).decode().unwrap(), &*before);
    }

    #[test]
    fn embed_converts_simple_webp_to_vp8x() {
        let rgb = gradient(40, 30, false);
        let rgba = gradient(40, 30, true);
        let lossy = ::webp::Encoder::from_rgb(&rgb, 40, 30)
            .encode(75.0)
            .to_vec();
        assert_eq!(&lossy[12..16], b"VP8 ");
        check_webp_embed("fresh lossy VP8", lossy, false);
        let lossless = ::webp::Encoder::from_rgb(&rgb, 40, 30)
            .encode_lossless()
            .to_vec();
        assert_eq!(&lossless[12..16], b"VP8L");
        check_webp_embed("fresh lossless VP8L", lossless, false);
        let lossless_alpha = ::webp::Encoder::from_rgba(&rgba, 40, 30)
            .encode_lossless()
            .to_vec();
        check_webp_embed("fresh lossless VP8L alpha", lossless_alpha, true);
        let lossy_alpha = ::webp::Encoder::from_rgba(&rgba, 40, 30)
            .encode(75.0)
            .to_vec();
        check_webp_embed("fresh lossy + ALPH", lossy_alpha, true);
        check_webp_embed("test_lossy_128", corpus("webp/test_lossy_128.webp"), false);
        check_webp_embed(
            "vp80-00",
            corpus("webp/vp80-00-comprehensive-008.webp"),
            false,
        );
        check_webp_embed(
            "lossless_multi-color",
            corpus("webp/lossless_multi-color.webp"),
            false,
        );
        check_webp_embed("lossless1_alpha", corpus("webp/lossless1_alpha.webp"), true);
        check_webp_embed("small_1x1", corpus("webp/small_1x1.webp"), false);
        check_webp_embed(
            "gallery3 VP8X+ALPH",
            corpus("webp/gallery3_5_lossy_alpha.webp"),
            true,
        );
    }

    #[test]
    fn jpeg_icc_split_over_several_segments() {
        let mut icc = vec![0u8; 150_000];
        let mut x = 12345u32;
        for b in &mut icc {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            *b = (x >> 16) as u8;
        }
        icc[0..4].copy_from_slice(&150_000u32.to_be_bytes());
        let meta = Metadata {
            icc: Some(icc.clone()),
            ..Metadata::default()
        };
        let encoded = encode_with_image(image::ImageFormat::Jpeg);
        let out = embed(Format::Jpeg, encoded.clone(), &meta).unwrap();
        assert_eq!(read(Format::Jpeg, &out).icc.as_deref(), Some(&icc[..]));
        assert_eq!(image_crate_meta(&out).icc.as_deref(), Some(&icc[..]));
        let segments = out
            .windows(14)
            .filter(|w| &w[2..] == b"ICC_PROFILE\0")
            .count();
        assert_eq!(segments, 3);
        assert_eq!(pixels(Format::Jpeg, &encoded), pixels(Format::Jpeg, &out));

        // A missing chunk drops the whole profile.
        let second = out
            .windows(18)
            .position(|w| &w[4..] == b"ICC_PROFILE\0\x02\x03")
            .unwrap();
        let len = usize::from(be16(&out, second + 2).unwrap());
        let mut gap = out.clone();
        gap.drain(second..second + 2 + len);
        assert_eq!(read(Format::Jpeg, &gap).icc, None);
        // Chunks out of order are reassembled by sequence number.
        let chunk: Vec<u8> = out[second..second + 2 + len].to_vec();
        let mut reordered = gap.clone();
        let first = reordered
            .windows(18)
            .position(|w| &w[4..] == b"ICC_PROFILE\0\x01\x03")
            .unwrap();
        reordered.splice(first..first, chunk);
        assert_eq!(
            read(Format::Jpeg, &reordered).icc.as_deref(),
            Some(&icc[..])
        );

        // Oversized XMP is skipped rather than written as a broken segment.
        let big = Metadata {
            xmp: Some(vec![b' '; 65_503]),
            ..Metadata::default()
        };
        let out = embed(Format::Jpeg, encoded.clone(), &big).unwrap();
        assert!(out == encoded, "oversized XMP was written");
        let fits = Metadata {
            xmp: Some(vec![b' '; 65_502]),
            ..Metadata::default()
        };
        let out = embed(Format::Jpeg, encoded, &fits).unwrap();
        assert_eq!(read(Format::Jpeg, &out), fits);
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&out[4..]);
        out.extend_from_slice(&crc.to_be_bytes());
        out
    }

    #[test]
    fn png_compressed_xmp_and_imagemagick_raw_exif() {
        let exif = read(Format::Jpeg, &corpus("exif/gps_DSCN0010.jpg"))
            .exif
            .unwrap();
        let xmp = b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".to_vec();
        let mut itxt = b"XML:com.adobe.xmp\0\x01\0\0\0".to_vec();
        itxt.extend(miniz_oxide::deflate::compress_to_vec_zlib(&xmp, 6));
        // ImageMagick writes "Exif\0\0" + TIFF as hex, 72 digits a line.
        let mut payload = EXIF_PREFIX.to_vec();
        payload.extend_from_slice(&exif);
        let mut text = format!("\nexif\n{:8}\n", payload.len());
        for line in payload.chunks(36) {
            text.extend(line.iter().map(|b| format!("{b:02x}")));
            text.push('\n');
        }
        let mut ztxt = b"Raw profile type exif\0\0".to_vec();
        ztxt.extend(miniz_oxide::deflate::compress_to_vec_zlib(
            text.as_bytes(),
            6,
        ));
        let mut png = encode_with_image(image::ImageFormat::Png);
        let mut extra = png_chunk(b"iTXt", &itxt);
        extra.extend(png_chunk(b"zTXt", &ztxt));
        png.splice(33..33, extra);
        let meta = read(Format::Png, &png);
        assert_eq!(meta.xmp.as_deref(), Some(&xmp[..]));
        assert_eq!(meta.exif.as_deref(), Some(&exif[..]));
        // A damaged CRC hides the chunk instead of returning garbage.
        let pos = png.windows(4).position(|w| w == b"iTXt").unwrap();
        png[pos + 6] ^= 1;
        assert_eq!(read(Format::Png, &png).xmp, None);
        // Replacing the EXIF also drops the raw-profile copy.
        let out = embed(Format::Png, png, &test_meta_small()).unwrap();
        assert!(!out.windows(21).any(|w| w == b"Raw profile type exif"));
        assert_eq!(read(Format::Png, &out).exif, test_meta_small().exif);
    }

    #[test]
    fn truncated_files_keep_intact_metadata() {
        let meta = read(Format::Jpeg, &corpus("bad/truncated_with_icc_exif.jpg"));
        assert!(meta.exif.is_some() && meta.icc.is_some() && meta.xmp.is_some());
        let full = corpus("exif/paris_exif_xmp_icc.jpg");
        let meta = read(Format::Jpeg, &full);
        // Cut inside the segments after the metadata: what came before is kept.
        let sos = full.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        assert_eq!(read(Format::Jpeg, &full[..sos - 10]), meta);
        // Stripping a truncated scan keeps all the scan data there is.
        let cut = &full[..full.len() - 500];
        let stripped = strip(Format::Jpeg, cut, &Metadata::default()).unwrap();
        assert!(stripped.ends_with(&cut[cut.len() - 100..]));
    }

    /// Runs every entry point; only panics matter.
    fn exercise(format: Format, data: &[u8]) {
        let meta = read(format, data);
        if let Some(exif) = &meta.exif {
            let _ = orientation(exif);
            let _ = reset_orientation(exif);
        }
        let _ = strip(format, data, &Metadata::default());
        let _ = strip(format, data, &meta);
        let _ = embed(format, data.to_vec(), &test_meta_small());
        for f in [Format::Jpeg, Format::Png, Format::WebP, Format::Avif] {
            let _ = read(f, data);
        }
    }

    fn test_meta_small() -> Metadata {
        Metadata {
            exif: Some(minimal_orientation_exif(6)),
            xmp: Some(b"<x/>".to_vec()),
            icc: Some(vec![7; 300]),
        }
    }

    #[test]
    fn damaged_inputs_never_panic() {
        let mut rng = 0x9E37_79B9u32;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            rng
        };
        for (path, data) in corpus_files() {
            let format = format_of(&path);
            exercise(format, &data);
            // Truncations: every length near the start, then evenly spread.
            let step = (data.len() / 40).max(1);
            let cuts = (0..data.len().min(300)).chain((300..data.len()).step_by(step));
            for cut in cuts {
                exercise(format, &data[..cut]);
            }
            // Random byte flips in the first 4 KiB, where the metadata lives.
            if data.len() > 16 && data.len() < 400_000 {
                for _ in 0..30 {
                    let mut bad = data.clone();
                    for _ in 0..4 {
                        let i = next() as usize % bad.len().min(4096);
                        bad[i] = next() as u8;
                    }
                    exercise(format, &bad);
                }
            }
        }
        for len in 0..64 {
            let junk: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            for f in [Format::Jpeg, Format::Png, Format::WebP] {
                exercise(f, &junk);
            }
        }
    }

    #[test]
    fn damaged_exif_never_panics() {
        let mut payloads = vec![minimal_orientation_exif(6)];
        for path in ["exif/gps_DSCN0010.jpg", "exif/orientation/Landscape_8.jpg"] {
            payloads.push(read(Format::Jpeg, &corpus(path)).exif.unwrap());
        }
        let mut rng = 0x1234_5678u32;
        for exif in payloads {
            for cut in 0..exif.len().min(200) {
                let _ = orientation(&exif[..cut]);
                let _ = reset_orientation(&exif[..cut]);
            }
            for _ in 0..2000 {
                let mut bad = exif.clone();
                rng ^= rng << 13;
                rng ^= rng >> 17;
                rng ^= rng << 5;
                let i = rng as usize % bad.len().min(64);
                bad[i] = (rng >> 8) as u8;
                let o = orientation(&bad);
                assert!((1..=8).contains(&o));
                assert_eq!(reset_orientation(&bad).len(), bad.len());
            }
        }
        // IFD offset pointing far past the end, huge entry counts.
        assert_eq!(orientation(b"II*\0\xFF\xFF\xFF\xFF"), 1);
        assert_eq!(orientation(b"II*\0\x08\0\0\0\xFF\xFF"), 1);
    }
}
