//! AVIF decoding: our own HEIF (ISO-BMFF) container parser plus AV1 decoding
//! with `rav1d`.
//!
//! The container is parsed here rather than with a crate because none of the
//! available parsers handles grid images (large photos from phones and
//! cameras are stored as grids of AV1 tiles). Every size and offset read from
//! the file is checked against the input length with checked arithmetic, no
//! allocation is larger than what the input can justify, and the declared
//! output size is checked against [`Limits`] before any AV1 data is decoded.

use std::borrow::Cow;
use std::collections::HashMap;
use std::mem::MaybeUninit;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::NonNull;

use rav1d::include::dav1d::data::Dav1dData;
use rav1d::include::dav1d::dav1d::{Dav1dContext, Dav1dLogger, Dav1dSettings};
use rav1d::include::dav1d::headers::{
    DAV1D_PIXEL_LAYOUT_I400, DAV1D_PIXEL_LAYOUT_I420, DAV1D_PIXEL_LAYOUT_I422,
    DAV1D_PIXEL_LAYOUT_I444,
};
use rav1d::include::dav1d::picture::Dav1dPicture;
use rav1d::src::lib::{
    dav1d_close, dav1d_data_create, dav1d_data_unref, dav1d_default_settings, dav1d_get_picture,
    dav1d_open, dav1d_picture_unref, dav1d_send_data,
};

use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::pixels::{Image, Layout, Samples};

/// A decoded AVIF still image with its metadata.
#[derive(Debug)]
pub(crate) struct AvifDecoded {
    /// Pixels as stored, `clap` crop applied, `irot`/`imir` NOT applied.
    pub image: Image,
    /// EXIF-orientation equivalent (1..=8) of `irot` + `imir`; the caller applies it.
    pub orientation: u8,
    /// ICC profile from a `colr` box of type `prof` or `rICC`.
    pub icc: Option<Vec<u8>>,
    /// Exif payload starting at the TIFF header (`II` or `MM`).
    pub exif: Option<Vec<u8>>,
    /// XMP packet (a `mime` item of type `application/rdf+xml`).
    pub xmp: Option<Vec<u8>>,
    /// Bit depth of the AV1 colour data: 8, 10 or 12.
    #[allow(
        dead_code,
        reason = "checked by tests; kept for the encoder's depth choice"
    )]
    pub source_bit_depth: u8,
}

/// Decodes an AVIF still image. Animated AVIF is refused rather than reduced
/// to its first frame.
pub(crate) fn decode(input: &[u8], limits: &Limits) -> Result<AvifDecoded> {
    let file = parse_file(input)?;
    let meta = &file.meta;
    let primary = shown_item(meta)?;
    let color_plan = plan_image(input, meta, primary, limits)?;
    let alpha_id = find_alpha(meta, primary);
    let alpha_plan = match alpha_id {
        Some(id) => {
            let plan = plan_image(input, meta, id, limits)?;
            if (plan.width, plan.height) != (color_plan.width, color_plan.height) {
                return Err(Error::unsupported(format!(
                    "AVIF alpha plane is {}x{} but the image is {}x{}",
                    plan.width, plan.height, color_plan.width, color_plan.height
                )));
            }
            Some(plan)
        }
        None => None,
    };
    let premultiplied = alpha_id.is_some_and(|a| {
        meta.refs_from(*b"prem", primary).contains(&a)
            || meta.refs_from(*b"prem", a).contains(&primary)
    });

    let color_props = ColorProps::find(meta, primary, &color_plan);
    let mut decoder = Av1Decoder::new(limits)?;
    let (image, depth) = compose(
        input,
        meta,
        &mut decoder,
        &color_plan,
        alpha_plan.as_ref(),
        &color_props,
    )?;
    let mut image = image;
    if premultiplied {
        unpremultiply(&mut image);
    }
    if let Some(Prop::Clap(clap)) = meta.prop(primary, PropKind::Clap)
        && let Some(rect) = clap.rect(image.width, image.height)
    {
        image = crop(&image, rect);
    }

    let irot = match meta.prop(primary, PropKind::Irot) {
        Some(Prop::Irot(n)) => *n,
        _ => 0,
    };
    let imir = match meta.prop(primary, PropKind::Imir) {
        Some(Prop::Imir(mode)) => Some(*mode),
        _ => None,
    };

    Ok(AvifDecoded {
        image,
        orientation: exif_orientation(irot, imir),
        icc: color_props.icc.map(<[u8]>::to_vec),
        exif: find_exif(input, meta, primary),
        xmp: find_xmp(input, meta, primary),
        source_bit_depth: depth,
    })
}

/// `UnsupportedFormat` for a file that breaks the container rules.
fn corrupt(what: &str) -> Error {
    Error::unsupported(format!("Corrupt or unsupported AVIF file: {what}"))
}

// ---------------------------------------------------------------------------
// Byte reading
// ---------------------------------------------------------------------------

type FourCc = [u8; 4];

/// Bounds-checked big-endian reader over one box's payload.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| corrupt("box is shorter than its fields"))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u8(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }

    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// An unsigned integer of `size` bytes (0, 4 or 8 in `iloc`; 0 reads as 0).
    fn uint(&mut self, size: u8) -> Result<u64> {
        match size {
            0 => Ok(0),
            2 => self.u16().map(u64::from),
            4 => self.u32().map(u64::from),
            8 => self.u64(),
            _ => Err(corrupt("invalid field size in iloc")),
        }
    }

    /// Version and flags of a FullBox.
    fn full_header(&mut self) -> Result<(u8, u32)> {
        let v = self.u32()?;
        Ok(((v >> 24) as u8, v & 0x00ff_ffff))
    }

    /// A NUL-terminated string (or the rest of the box when the NUL is missing).
    fn cstr(&mut self) -> &'a [u8] {
        let rest = &self.buf[self.pos.min(self.buf.len())..];
        let (s, consumed) = match rest.iter().position(|&b| b == 0) {
            Some(n) => (&rest[..n], n + 1),
            None => (rest, rest.len()),
        };
        self.pos = self.pos.saturating_add(consumed);
        s
    }

    fn rest(&mut self) -> &'a [u8] {
        let rest = self.buf.get(self.pos..).unwrap_or(&[]);
        self.pos = self.buf.len();
        rest
    }
}

/// Iterates over the boxes in `buf`, yielding `(type, payload)`. A box that
/// runs past the end of `buf` is an error (the file is truncated or corrupt).
struct Boxes<'a> {
    buf: &'a [u8],
    pos: usize,
}

fn boxes(buf: &[u8]) -> Boxes<'_> {
    Boxes { buf, pos: 0 }
}

impl<'a> Boxes<'a> {
    fn next_box(&mut self) -> Result<(FourCc, &'a [u8])> {
        let mut r = Reader::new(&self.buf[self.pos..]);
        let size32 = r.u32()?;
        let typ: FourCc = r.array()?;
        let size = match size32 {
            0 => (r.buf.len()) as u64,
            1 => r.u64()?,
            n => u64::from(n),
        };
        if typ == *b"uuid" {
            r.take(16)?;
        }
        let header = r.pos as u64;
        if size < header || size > r.buf.len() as u64 {
            return Err(corrupt(&format!(
                "box '{}' is larger than the file (truncated?)",
                String::from_utf8_lossy(&typ)
            )));
        }
        // Both fit in usize: size <= buf.len().
        let payload = &r.buf[header as usize..size as usize];
        self.pos += size as usize;
        Ok((typ, payload))
    }
}

impl<'a> Iterator for Boxes<'a> {
    type Item = Result<(FourCc, &'a [u8])>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.buf.len() {
            return None;
        }
        let item = self.next_box();
        if item.is_err() {
            self.pos = self.buf.len();
        }
        Some(item)
    }
}

// ---------------------------------------------------------------------------
// Container model
// ---------------------------------------------------------------------------

struct ParsedFile<'a> {
    meta: Meta<'a>,
}

#[derive(Default)]
struct Meta<'a> {
    primary: Option<u32>,
    items: HashMap<u32, ItemInfo<'a>>,
    locations: HashMap<u32, Location>,
    refs: Vec<Reference>,
    props: Vec<Prop<'a>>,
    /// Item id → 0-based indices into `props`.
    assoc: HashMap<u32, Vec<usize>>,
    idat: &'a [u8],
}

struct ItemInfo<'a> {
    typ: FourCc,
    content_type: &'a [u8],
}

struct Location {
    construction_method: u8,
    base_offset: u64,
    extents: Vec<(u64, u64)>,
}

struct Reference {
    typ: FourCc,
    from: u32,
    to: Vec<u32>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PropKind {
    Ispe,
    Nclx,
    Icc,
    Irot,
    Imir,
    Clap,
    AuxC,
}

#[derive(Clone, Copy)]
struct Nclx {
    primaries: u16,
    matrix: u16,
    full_range: bool,
}

#[derive(Clone, Copy)]
struct Clap {
    width: (u32, u32),
    height: (u32, u32),
    h_off: (i32, u32),
    v_off: (i32, u32),
}

enum Prop<'a> {
    Ispe(u32, u32),
    Nclx(Nclx),
    Icc(&'a [u8]),
    Irot(u8),
    Imir(u8),
    Clap(Clap),
    AuxC(&'a [u8]),
    Other,
}

impl Prop<'_> {
    fn kind(&self) -> Option<PropKind> {
        Some(match self {
            Prop::Ispe(..) => PropKind::Ispe,
            Prop::Nclx(_) => PropKind::Nclx,
            Prop::Icc(_) => PropKind::Icc,
            Prop::Irot(_) => PropKind::Irot,
            Prop::Imir(_) => PropKind::Imir,
            Prop::Clap(_) => PropKind::Clap,
            Prop::AuxC(_) => PropKind::AuxC,
            Prop::Other => return None,
        })
    }
}

impl<'a> Meta<'a> {
    fn item(&self, id: u32) -> Result<&ItemInfo<'a>> {
        self.items
            .get(&id)
            .ok_or_else(|| corrupt(&format!("item {id} is referenced but not declared")))
    }

    /// The first property of `kind` associated with item `id`.
    fn prop(&self, id: u32, kind: PropKind) -> Option<&Prop<'a>> {
        self.assoc
            .get(&id)?
            .iter()
            .filter_map(|&i| self.props.get(i))
            .find(|p| p.kind() == Some(kind))
    }

    /// Items that `from` points to with references of type `typ`, in order.
    fn refs_from(&self, typ: FourCc, from: u32) -> Vec<u32> {
        self.refs
            .iter()
            .filter(|r| r.typ == typ && r.from == from)
            .flat_map(|r| r.to.iter().copied())
            .collect()
    }

    /// Items with a reference of type `typ` pointing to `to`.
    fn refs_to(&self, typ: FourCc, to: u32) -> Vec<u32> {
        self.refs
            .iter()
            .filter(|r| r.typ == typ && r.to.contains(&to))
            .map(|r| r.from)
            .collect()
    }

    /// The bytes of item `id`, borrowed when they are one contiguous extent.
    fn item_data<'f>(&self, file: &'f [u8], id: u32) -> Result<Cow<'f, [u8]>>
    where
        'a: 'f,
    {
        let loc = self
            .locations
            .get(&id)
            .ok_or_else(|| corrupt(&format!("item {id} has no location (iloc)")))?;
        let source: &'f [u8] = match loc.construction_method {
            0 => file,
            1 => self.idat,
            m => return Err(corrupt(&format!("iloc construction method {m}"))),
        };
        let slice = |offset: u64, len: u64| -> Result<&'f [u8]> {
            let start = loc
                .base_offset
                .checked_add(offset)
                .ok_or_else(|| corrupt("item offset overflows"))?;
            // Length 0 means "to the end of the source".
            let end = if len == 0 {
                source.len() as u64
            } else {
                start
                    .checked_add(len)
                    .ok_or_else(|| corrupt("item length overflows"))?
            };
            if start > end || end > source.len() as u64 {
                return Err(corrupt(&format!(
                    "item {id} lies outside the file (truncated?)"
                )));
            }
            Ok(&source[start as usize..end as usize])
        };
        match loc.extents.as_slice() {
            [] => Err(corrupt(&format!("item {id} has no extents"))),
            [(off, len)] => slice(*off, *len).map(Cow::Borrowed),
            extents => {
                // Extents may not add up to more than the source holds: legitimate
                // files never reuse bytes, and this bounds the allocation.
                let mut total = 0usize;
                let mut parts = Vec::new();
                for &(off, len) in extents {
                    let part = slice(off, len)?;
                    total = total.saturating_add(part.len());
                    if total > source.len() {
                        return Err(corrupt("item extents exceed the file size"));
                    }
                    parts.push(part);
                }
                Ok(Cow::Owned(parts.concat()))
            }
        }
    }
}

/// The item the file shows: its primary item, or, where a gain-map file
/// makes the tone-map item primary, that item's first input ('dimg'), the
/// SDR base image.
fn shown_item(meta: &Meta<'_>) -> Result<u32> {
    let primary = meta
        .primary
        .ok_or_else(|| corrupt("no primary item (pitm)"))?;
    if meta.item(primary)?.typ != *b"tmap" {
        return Ok(primary);
    }
    meta.refs_from(*b"dimg", primary)
        .first()
        .copied()
        .ok_or_else(|| corrupt("tone-mapped item without a base image"))
}

fn parse_file(input: &[u8]) -> Result<ParsedFile<'_>> {
    let mut brands: Vec<FourCc> = Vec::new();
    let mut meta = None;
    let mut has_moov = false;
    let mut first = true;
    for b in boxes(input) {
        let (typ, payload) = b?;
        if first && typ != *b"ftyp" {
            return Err(Error::unsupported("Not an AVIF file (no ftyp box)"));
        }
        first = false;
        match &typ {
            b"ftyp" => {
                let mut r = Reader::new(payload);
                brands.push(r.array()?);
                r.u32()?; // minor version
                while let Ok(b) = r.array() {
                    brands.push(b);
                }
            }
            b"meta" if meta.is_none() => meta = Some(parse_meta(payload)?),
            b"moov" => has_moov = true,
            _ => {}
        }
    }
    if brands.is_empty() {
        return Err(Error::unsupported("Not an AVIF file (no ftyp box)"));
    }
    let animated_brand = brands.contains(b"avis");
    if has_moov && (animated_brand || meta.is_none()) {
        return Err(Error::unsupported(
            "Animated AVIF is not supported: the file is an image sequence (avis); \
             convert one frame to a still image first",
        ));
    }
    let meta = meta.ok_or_else(|| corrupt("no meta box"))?;
    Ok(ParsedFile { meta })
}

fn parse_meta(payload: &[u8]) -> Result<Meta<'_>> {
    let mut r = Reader::new(payload);
    r.full_header()?;
    let mut meta = Meta::default();
    for b in boxes(r.rest()) {
        let (typ, payload) = b?;
        match &typ {
            b"hdlr" => {
                let mut r = Reader::new(payload);
                r.full_header()?;
                r.u32()?; // pre_defined
                let handler: FourCc = r.array()?;
                if handler != *b"pict" {
                    return Err(corrupt(&format!(
                        "meta handler is '{}', not 'pict'",
                        String::from_utf8_lossy(&handler)
                    )));
                }
            }
            b"pitm" => {
                let mut r = Reader::new(payload);
                let (v, _) = r.full_header()?;
                meta.primary = Some(if v == 0 {
                    u32::from(r.u16()?)
                } else {
                    r.u32()?
                });
            }
            b"iloc" => parse_iloc(payload, &mut meta)?,
            b"iinf" => parse_iinf(payload, &mut meta)?,
            b"iref" => parse_iref(payload, &mut meta)?,
            b"iprp" => parse_iprp(payload, &mut meta)?,
            b"idat" => meta.idat = payload,
            _ => {}
        }
    }
    Ok(meta)
}

fn parse_iloc(payload: &[u8], meta: &mut Meta<'_>) -> Result<()> {
    let mut r = Reader::new(payload);
    let (version, _) = r.full_header()?;
    if version > 2 {
        return Err(corrupt(&format!("iloc version {version}")));
    }
    let sizes = r.u16()?;
    let offset_size = (sizes >> 12) as u8;
    let length_size = ((sizes >> 8) & 0xf) as u8;
    let base_offset_size = ((sizes >> 4) & 0xf) as u8;
    let index_size = if version > 0 { (sizes & 0xf) as u8 } else { 0 };
    let count = if version < 2 {
        u32::from(r.u16()?)
    } else {
        r.u32()?
    };
    // Entries are pushed as they are read, so a huge `count` in a short box
    // fails on the first missing byte instead of reserving memory.
    for _ in 0..count {
        let id = if version < 2 {
            u32::from(r.u16()?)
        } else {
            r.u32()?
        };
        let construction_method = if version > 0 {
            (r.u16()? & 0xf) as u8
        } else {
            0
        };
        let data_ref = r.u16()?;
        let base_offset = r.uint(base_offset_size)?;
        let extent_count = r.u16()?;
        let mut extents = Vec::new();
        for _ in 0..extent_count {
            r.uint(index_size)?;
            let off = r.uint(offset_size)?;
            let len = r.uint(length_size)?;
            extents.push((off, len));
        }
        if data_ref != 0 {
            // Data in another file: we cannot read it; leave the item unlocated.
            continue;
        }
        meta.locations.insert(
            id,
            Location {
                construction_method,
                base_offset,
                extents,
            },
        );
    }
    Ok(())
}

fn parse_iinf<'a>(payload: &'a [u8], meta: &mut Meta<'a>) -> Result<()> {
    let mut r = Reader::new(payload);
    let (version, _) = r.full_header()?;
    if version == 0 {
        r.u16()?;
    } else {
        r.u32()?;
    }
    for b in boxes(r.rest()) {
        let (typ, payload) = b?;
        if typ != *b"infe" {
            continue;
        }
        let mut r = Reader::new(payload);
        let (v, _) = r.full_header()?;
        if v < 2 {
            // Version 0/1 entries carry no item type: not usable for AVIF.
            continue;
        }
        let id = if v == 2 {
            u32::from(r.u16()?)
        } else {
            r.u32()?
        };
        r.u16()?; // protection index
        let item_typ: FourCc = r.array()?;
        r.cstr(); // item name
        let content_type = if item_typ == *b"mime" { r.cstr() } else { &[] };
        meta.items.insert(
            id,
            ItemInfo {
                typ: item_typ,
                content_type,
            },
        );
    }
    Ok(())
}

fn parse_iref(payload: &[u8], meta: &mut Meta<'_>) -> Result<()> {
    let mut r = Reader::new(payload);
    let (version, _) = r.full_header()?;
    let id = |r: &mut Reader<'_>| -> Result<u32> {
        if version == 0 {
            Ok(u32::from(r.u16()?))
        } else {
            r.u32()
        }
    };
    for b in boxes(r.rest()) {
        let (typ, payload) = b?;
        let mut r = Reader::new(payload);
        let from = id(&mut r)?;
        let count = r.u16()?;
        let mut to = Vec::new();
        for _ in 0..count {
            to.push(id(&mut r)?);
        }
        meta.refs.push(Reference { typ, from, to });
    }
    Ok(())
}

fn parse_iprp<'a>(payload: &'a [u8], meta: &mut Meta<'a>) -> Result<()> {
    for b in boxes(payload) {
        let (typ, payload) = b?;
        match &typ {
            b"ipco" => {
                for p in boxes(payload) {
                    let (ptyp, ppayload) = p?;
                    meta.props.push(parse_property(ptyp, ppayload)?);
                }
            }
            // Several ipma boxes are merged (some encoders write one per
            // version/flags pair, which strict readers reject).
            b"ipma" => {
                let mut r = Reader::new(payload);
                let (version, flags) = r.full_header()?;
                let count = r.u32()?;
                for _ in 0..count {
                    let id = if version < 1 {
                        u32::from(r.u16()?)
                    } else {
                        r.u32()?
                    };
                    let n = r.u8()?;
                    let list = meta.assoc.entry(id).or_default();
                    for _ in 0..n {
                        let index = if flags & 1 != 0 {
                            usize::from(r.u16()? & 0x7fff)
                        } else {
                            usize::from(r.u8()? & 0x7f)
                        };
                        // Index 0 means "no property"; others are 1-based.
                        if index > 0 {
                            list.push(index - 1);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn parse_property(typ: FourCc, payload: &[u8]) -> Result<Prop<'_>> {
    let mut r = Reader::new(payload);
    Ok(match &typ {
        b"ispe" => {
            r.full_header()?;
            Prop::Ispe(r.u32()?, r.u32()?)
        }
        b"colr" => {
            let kind: FourCc = r.array()?;
            match &kind {
                b"nclx" => {
                    let primaries = r.u16()?;
                    let _transfer = r.u16()?;
                    let matrix = r.u16()?;
                    let full_range = r.u8()? & 0x80 != 0;
                    Prop::Nclx(Nclx {
                        primaries,
                        matrix,
                        full_range,
                    })
                }
                b"prof" | b"rICC" => Prop::Icc(r.rest()),
                _ => Prop::Other,
            }
        }
        b"irot" => Prop::Irot(r.u8()? & 3),
        b"imir" => Prop::Imir(r.u8()? & 1),
        b"clap" => {
            let mut v = [0u32; 8];
            for x in &mut v {
                *x = r.u32()?;
            }
            Prop::Clap(Clap {
                width: (v[0], v[1]),
                height: (v[2], v[3]),
                h_off: (v[4] as i32, v[5]),
                v_off: (v[6] as i32, v[7]),
            })
        }
        b"auxC" => {
            r.full_header()?;
            Prop::AuxC(r.cstr())
        }
        _ => Prop::Other,
    })
}

// ---------------------------------------------------------------------------
// Image planning: what to decode, checked before any decoding
// ---------------------------------------------------------------------------

/// One image item to reconstruct: a single AV1 item or a grid of them.
struct Plan {
    width: u32,
    height: u32,
    /// Tile ids in raster order (one id for a plain `av01` item).
    tiles: Vec<u32>,
    columns: u32,
    tile_width: u32,
    tile_height: u32,
}

fn ispe(meta: &Meta<'_>, id: u32) -> Result<(u32, u32)> {
    match meta.prop(id, PropKind::Ispe) {
        Some(Prop::Ispe(w, h)) => Ok((*w, *h)),
        _ => Err(corrupt(&format!("item {id} has no size (ispe)"))),
    }
}

/// The primary image's stored size (its grid's, or its item's `ispe`: what
/// [`decode`] checks against the pixel budget), from the boxes up to `meta`,
/// without decoding. `None` when `input`, perhaps a file's first bytes,
/// ends before them or they cannot be read.
pub(crate) fn stored_size(input: &[u8]) -> Option<(u32, u32)> {
    let mut meta = None;
    for (at, parsed) in boxes(input).enumerate() {
        let (typ, payload) = parsed.ok()?;
        if at == 0 && typ != *b"ftyp" {
            return None;
        }
        if typ == *b"meta" {
            meta = Some(parse_meta(payload).ok()?);
            break;
        }
    }
    let meta = meta?;
    let shown = shown_item(&meta).ok()?;
    let unlimited = Limits::default().with_max_pixels(u64::MAX);
    let plan = plan_image(input, &meta, shown, &unlimited).ok()?;
    Some((plan.width, plan.height))
}

fn plan_image(input: &[u8], meta: &Meta<'_>, id: u32, limits: &Limits) -> Result<Plan> {
    let item = meta.item(id)?;
    match &item.typ {
        b"av01" => {
            let (w, h) = ispe(meta, id)?;
            limits.check_dimensions(w, h)?;
            Ok(Plan {
                width: w,
                height: h,
                tiles: vec![id],
                columns: 1,
                tile_width: w,
                tile_height: h,
            })
        }
        b"grid" => plan_grid(input, meta, id, limits),
        other => Err(Error::unsupported(format!(
            "AVIF image item of type '{}' is not supported (only AV1 images are)",
            String::from_utf8_lossy(other)
        ))),
    }
}

fn plan_grid(input: &[u8], meta: &Meta<'_>, id: u32, limits: &Limits) -> Result<Plan> {
    // The ImageGrid payload is tiny; it may sit in idat or in the file.
    let bytes = meta.item_data(input, id)?;
    let mut r = Reader::new(&bytes);
    let (_version, flags) = (r.u8()?, r.u8()?);
    let rows = u32::from(r.u8()?) + 1;
    let columns = u32::from(r.u8()?) + 1;
    let (width, height) = if flags & 1 != 0 {
        (r.u32()?, r.u32()?)
    } else {
        (u32::from(r.u16()?), u32::from(r.u16()?))
    };
    limits.check_dimensions(width, height)?;

    let tiles = meta.refs_from(*b"dimg", id);
    if tiles.len() as u64 != u64::from(rows) * u64::from(columns) {
        return Err(corrupt(&format!(
            "grid of {rows}x{columns} needs {} tiles but has {}",
            rows * columns,
            tiles.len()
        )));
    }
    let mut seen = tiles.clone();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != tiles.len() {
        return Err(corrupt("grid uses the same tile more than once"));
    }
    let (tile_width, tile_height) = ispe(meta, tiles[0])?;
    for &t in &tiles {
        if meta.item(t)?.typ != *b"av01" {
            return Err(corrupt("grid tile is not an AV1 image"));
        }
        if ispe(meta, t)? != (tile_width, tile_height) {
            return Err(corrupt("grid tiles differ in size"));
        }
    }
    limits.check_dimensions(tile_width, tile_height)?;
    // The tiles must cover the output, and no tile row/column may lie
    // entirely outside it (MIAF rule).
    let covers = |tile: u32, n: u32, out: u32| {
        let full = u64::from(tile) * u64::from(n);
        full >= u64::from(out) && full - u64::from(tile) < u64::from(out)
    };
    if !covers(tile_width, columns, width) || !covers(tile_height, rows, height) {
        return Err(corrupt(&format!(
            "grid of {rows}x{columns} tiles of {tile_width}x{tile_height} does not match \
             its output size {width}x{height}"
        )));
    }
    Ok(Plan {
        width,
        height,
        tiles,
        columns,
        tile_width,
        tile_height,
    })
}

/// The auxiliary image holding the alpha plane of `primary`, if any.
fn find_alpha(meta: &Meta<'_>, primary: u32) -> Option<u32> {
    meta.refs_to(*b"auxl", primary).into_iter().find(|&id| {
        matches!(
            meta.prop(id, PropKind::AuxC),
            Some(Prop::AuxC(urn)) if *urn == b"urn:mpeg:mpegB:cicp:systems:auxiliary:alpha"
                || *urn == b"urn:mpeg:hevc:2015:auxid:1"
        )
    })
}

/// Colour description of the primary image: on the item itself, or for a
/// grid, possibly only on its first tile.
struct ColorProps<'a> {
    nclx: Option<Nclx>,
    icc: Option<&'a [u8]>,
}

impl<'a> ColorProps<'a> {
    fn find(meta: &Meta<'a>, primary: u32, plan: &Plan) -> Self {
        let ids = [Some(primary), plan.tiles.first().copied()];
        let lookup = |kind| ids.iter().flatten().find_map(|&id| meta.prop(id, kind));
        ColorProps {
            nclx: match lookup(PropKind::Nclx) {
                Some(Prop::Nclx(n)) => Some(*n),
                _ => None,
            },
            icc: match lookup(PropKind::Icc) {
                Some(Prop::Icc(icc)) => Some(*icc),
                _ => None,
            },
        }
    }
}

/// Item ids of metadata items of `typ` describing `primary` ('cdsc'), or if
/// none is linked, any such item in the file.
fn metadata_items(
    meta: &Meta<'_>,
    primary: u32,
    accept: impl Fn(&ItemInfo<'_>) -> bool,
) -> Vec<u32> {
    let linked: Vec<u32> = meta
        .refs_to(*b"cdsc", primary)
        .into_iter()
        .filter(|id| meta.items.get(id).is_some_and(&accept))
        .collect();
    if !linked.is_empty() {
        return linked;
    }
    let mut all: Vec<u32> = meta
        .items
        .iter()
        .filter(|(_, info)| accept(info))
        .map(|(&id, _)| id)
        .collect();
    all.sort_unstable();
    all
}

/// The Exif payload without its 4-byte TIFF-header offset. Broken metadata
/// is dropped rather than failing the image.
fn find_exif(input: &[u8], meta: &Meta<'_>, primary: u32) -> Option<Vec<u8>> {
    metadata_items(meta, primary, |i| i.typ == *b"Exif")
        .into_iter()
        .find_map(|id| {
            let data = meta.item_data(input, id).ok()?;
            let offset = u32::from_be_bytes(data.get(..4)?.try_into().ok()?);
            let tiff = data.get(4usize.checked_add(offset as usize)?..)?;
            (tiff.starts_with(b"II") || tiff.starts_with(b"MM")).then(|| tiff.to_vec())
        })
}

/// The XMP packet (a `mime` item of content type `application/rdf+xml`).
fn find_xmp(input: &[u8], meta: &Meta<'_>, primary: u32) -> Option<Vec<u8>> {
    metadata_items(meta, primary, |i| {
        i.typ == *b"mime" && i.content_type == b"application/rdf+xml"
    })
    .into_iter()
    .find_map(|id| meta.item_data(input, id).ok().map(Cow::into_owned))
}

/// `input` with the payload bytes of every Exif and XMP item overwritten by
/// zeros: removes metadata losslessly, keeping the container's structure (and
/// so every offset) intact. Readers find an empty, invalid payload and skip it.
pub(crate) fn blank_metadata(input: &[u8]) -> Result<Vec<u8>> {
    let meta = parse_file(input)?.meta;
    let mut out = input.to_vec();
    let is_metadata = |info: &ItemInfo<'_>| {
        info.typ == *b"Exif"
            || (info.typ == *b"mime" && info.content_type == b"application/rdf+xml")
    };
    // Where idat's bytes sit in the file (it is a sub-slice of `input`).
    let idat_start = (meta.idat.as_ptr() as usize).saturating_sub(input.as_ptr() as usize);
    for (id, info) in &meta.items {
        if !is_metadata(info) {
            continue;
        }
        let Some(loc) = meta.locations.get(id) else {
            continue;
        };
        let (source_start, source_len) = match loc.construction_method {
            0 => (0, input.len()),
            1 => (idat_start, meta.idat.len()),
            _ => continue,
        };
        for &(offset, len) in &loc.extents {
            let start = loc.base_offset.saturating_add(offset);
            let end = if len == 0 {
                source_len as u64
            } else {
                start.saturating_add(len)
            };
            if start <= end && end <= source_len as u64 {
                out[source_start + start as usize..source_start + end as usize].fill(0);
            }
        }
    }
    Ok(out)
}

/// EXIF orientation equivalent to `irot` followed by `imir` (HEIF applies
/// clap, then irot, then imir).
///
/// `irot` rotates anti-clockwise by 90°·n: n=1 → EXIF 8 (display needs a 90°
/// anti-clockwise turn), n=2 → 3, n=3 → 6 (90° clockwise).
///
/// `imir`: ISO/IEC 23008-12:2022 calls the bit `mode`: 0 exchanges top and
/// bottom (EXIF 4), 1 exchanges left and right (EXIF 2). The 2017 text called
/// it `axis` ("0 = vertical axis") and was read both ways; libavif, Pillow and
/// the link-u sample files (`kimono.mirror-horizontal.avif` stores 1 and is
/// meant as a left-right mirror) follow the 2022 reading, and so do we.
///
/// Mirroring after a rotation composes as: rot 90° ccw + left-right = 7,
/// rot 180° + left-right = 4, rot 90° cw + left-right = 5; with top-bottom
/// instead: 90° ccw → 5, 180° → 2, 90° cw → 7.
fn exif_orientation(irot: u8, imir: Option<u8>) -> u8 {
    match (irot & 3, imir) {
        (0, None) => 1,
        (1, None) => 8,
        (2, None) => 3,
        (3, None) => 6,
        // left-right mirror
        (0, Some(1)) => 2,
        (1, Some(1)) => 7,
        (2, Some(1)) => 4,
        (3, Some(1)) => 5,
        // top-bottom mirror
        (0, _) => 4,
        (1, _) => 5,
        (2, _) => 2,
        _ => 7,
    }
}

// ---------------------------------------------------------------------------
// AV1 decoding (rav1d)
// ---------------------------------------------------------------------------

/// `EAGAIN` as rav1d reports it (negated errno of the platform).
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
))]
const EAGAIN: i32 = 35;
#[cfg(not(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
)))]
const EAGAIN: i32 = 11;
/// `ENOMEM` (12 on every platform we build for).
const ENOMEM: i32 = 12;

/// Owns a rav1d decoder context.
struct Av1Decoder {
    ctx: Option<Dav1dContext>,
}

/// Owns one decoded picture (a reference into the decoder's pool).
struct Picture {
    pic: Dav1dPicture,
}

impl Drop for Picture {
    fn drop(&mut self) {
        // SAFETY: `pic` was filled by `dav1d_get_picture` and is released once.
        unsafe { dav1d_picture_unref(Some(NonNull::from(&mut self.pic))) };
    }
}

impl Drop for Av1Decoder {
    fn drop(&mut self) {
        if self.ctx.is_some() {
            // SAFETY: `ctx` came from `dav1d_open` and is closed once (this sets it to None).
            unsafe { dav1d_close(Some(NonNull::from(&mut self.ctx))) };
        }
    }
}

fn av1_error(code: i32) -> Error {
    if code == -ENOMEM {
        Error::failed("AV1 decoder ran out of memory")
    } else {
        Error::unsupported(format!(
            "Corrupt or unsupported AVIF file: AV1 data could not be decoded (error {code})"
        ))
    }
}

impl Av1Decoder {
    fn new(limits: &Limits) -> Result<Self> {
        let mut settings = MaybeUninit::<Dav1dSettings>::uninit();
        // SAFETY: `dav1d_default_settings` initialises every field.
        let mut settings = unsafe {
            dav1d_default_settings(NonNull::from(&mut settings).cast());
            settings.assume_init()
        };
        // Two threads and two frame contexts. Frame threading (more than one
        // frame context) is deliberate: with a single one, rav1d 1.1.0 panics
        // in its error path (`rav1d_submit_frame` → `on_error` unwraps a
        // frame header that `rav1d_decode_frame_exit` already took) on any
        // corrupt tile data, and a panic inside its `extern "C"` API aborts
        // the whole process. The threaded path reports the error instead.
        settings.n_threads = 2;
        settings.max_frame_delay = 2;
        // Film grain is part of the intended look; libavif applies it too.
        settings.apply_grain = 1;
        // No logging to stderr: failures come back as errors.
        // SAFETY: a logger without callback is never called.
        settings.logger = unsafe { Dav1dLogger::new(None, None) };
        // Layered items: output only the highest spatial layer.
        settings.all_layers = 0;
        // Second guard behind the container check: rav1d refuses frames
        // larger than the pixel budget.
        settings.frame_size_limit = u32::try_from(limits.max_pixels).unwrap_or(u32::MAX);
        let mut ctx = None;
        // SAFETY: both pointers are valid for the duration of the call.
        let res = unsafe {
            dav1d_open(
                Some(NonNull::from(&mut ctx)),
                Some(NonNull::from(&mut settings)),
            )
        };
        if res.0 != 0 || ctx.is_none() {
            return Err(Error::failed(format!(
                "Could not start the AV1 decoder (error {})",
                res.0
            )));
        }
        Ok(Av1Decoder { ctx })
    }

    /// Decodes one AV1 item (one temporal unit) and returns its last picture,
    /// which for a layered item is the complete image.
    ///
    /// `catch_unwind` is only a backstop: a panic *inside* rav1d's `extern "C"`
    /// functions aborts the process before it could be caught, which is why
    /// `new` avoids rav1d's known panicking error path.
    fn decode(&mut self, av1: &[u8]) -> Result<Picture> {
        match catch_unwind(AssertUnwindSafe(|| self.decode_inner(av1))) {
            Ok(r) => r,
            Err(_) => {
                // The context may be in an inconsistent state: never reuse it.
                self.ctx = None;
                Err(Error::failed("AV1 decoder crashed on this file"))
            }
        }
    }

    fn get_picture(&self, ctx: Dav1dContext) -> Result<Option<Picture>> {
        let mut pic = Picture {
            pic: Dav1dPicture::default(),
        };
        // SAFETY: `ctx` is open; `pic.pic` is valid to write to.
        let res = unsafe { dav1d_get_picture(Some(ctx), Some(NonNull::from(&mut pic.pic))) };
        match res.0 {
            0 => Ok(Some(pic)),
            e if e == -EAGAIN => Ok(None),
            e => Err(av1_error(e)),
        }
    }

    fn decode_inner(&mut self, av1: &[u8]) -> Result<Picture> {
        let ctx = self
            .ctx
            .ok_or_else(|| Error::failed("AV1 decoder is closed"))?;
        if av1.is_empty() {
            return Err(corrupt("empty AV1 item"));
        }
        let mut data = Dav1dData::default();
        // SAFETY: `data` is valid to write to; the returned buffer has `av1.len()` bytes.
        let buf = unsafe { dav1d_data_create(Some(NonNull::from(&mut data)), av1.len()) };
        if buf.is_null() {
            return Err(Error::failed("AV1 decoder ran out of memory"));
        }
        // SAFETY: `buf` holds `av1.len()` writable bytes and does not overlap `av1`.
        unsafe { std::ptr::copy_nonoverlapping(av1.as_ptr(), buf, av1.len()) };

        let mut last = None;
        let mut result = Ok(());
        while data.sz > 0 {
            // SAFETY: `ctx` is open and `data` was created by `dav1d_data_create`.
            let res = unsafe { dav1d_send_data(Some(ctx), Some(NonNull::from(&mut data))) };
            if res.0 == 0 {
                continue;
            }
            if res.0 != -EAGAIN {
                result = Err(av1_error(res.0));
                break;
            }
            // The decoder holds a finished picture: take it so it can go on.
            match self.get_picture(ctx) {
                Ok(Some(p)) => last = Some(p),
                Ok(None) => {
                    result = Err(corrupt("AV1 decoder made no progress"));
                    break;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        // SAFETY: releases our reference to the input buffer (no-op once consumed).
        unsafe { dav1d_data_unref(Some(NonNull::from(&mut data))) };
        result?;
        // With frame threading the first call after sending may only switch
        // the decoder to draining; a second EAGAIN in a row means it is empty.
        let mut idle = 0;
        while idle < 2 {
            match self.get_picture(ctx)? {
                Some(p) => {
                    last = Some(p);
                    idle = 0;
                }
                None => idle += 1,
            }
        }
        last.ok_or_else(|| corrupt("AV1 item produced no picture"))
    }
}

/// One plane of a picture: `rows` rows of `width` samples, `stride` apart.
struct Plane<'p, T> {
    data: &'p [T],
    stride: usize,
}

impl<T> Plane<'_, T> {
    fn row(&self, y: usize) -> &[T] {
        &self.data[y * self.stride..]
    }
}

/// Source sample type of a picture plane (u8 for 8-bit, u16 above).
trait InSample: Copy {
    fn get(self) -> u32;
}

impl InSample for u8 {
    fn get(self) -> u32 {
        u32::from(self)
    }
}

impl InSample for u16 {
    fn get(self) -> u32 {
        u32::from(self)
    }
}

impl Picture {
    fn width(&self) -> usize {
        self.pic.p.w.max(0) as usize
    }

    fn height(&self) -> usize {
        self.pic.p.h.max(0) as usize
    }

    fn bpc(&self) -> u8 {
        self.pic.p.bpc.clamp(0, 16) as u8
    }

    /// Chroma subsampling shifts `(x, y)`, or `None` for monochrome.
    fn subsampling(&self) -> Result<Option<(usize, usize)>> {
        Ok(match self.pic.p.layout {
            DAV1D_PIXEL_LAYOUT_I400 => None,
            DAV1D_PIXEL_LAYOUT_I420 => Some((1, 1)),
            DAV1D_PIXEL_LAYOUT_I422 => Some((1, 0)),
            DAV1D_PIXEL_LAYOUT_I444 => Some((0, 0)),
            _ => {
                return Err(Error::failed(
                    "AV1 decoder returned an unknown pixel layout",
                ));
            }
        })
    }

    /// Matrix coefficients and full-range flag from the AV1 sequence header.
    fn seq_color(&self) -> Option<(u16, bool)> {
        // SAFETY: the sequence header lives as long as the picture reference.
        let hdr = unsafe { self.pic.seq_hdr?.as_ref() };
        Some((u16::try_from(hdr.mtrx).unwrap_or(2), hdr.color_range != 0))
    }

    /// Plane `n` (0 = Y, 1 = U, 2 = V) as samples of `T`.
    fn plane<T: InSample>(&self, n: usize) -> Result<Plane<'_, T>> {
        let bad = || Error::failed("AV1 decoder returned an invalid picture");
        if std::mem::size_of::<T>() != if self.bpc() > 8 { 2 } else { 1 } {
            return Err(bad());
        }
        let (w, h) = match (n, self.subsampling()?) {
            (0, _) => (self.width(), self.height()),
            (_, Some((sx, sy))) => ((self.width() + sx) >> sx, (self.height() + sy) >> sy),
            (_, None) => return Err(bad()),
        };
        let ptr = self.pic.data.get(n).copied().flatten().ok_or_else(bad)?;
        let stride_bytes =
            usize::try_from(self.pic.stride[usize::from(n > 0)]).map_err(|_| bad())?;
        let size = std::mem::size_of::<T>();
        if w == 0 || h == 0 || stride_bytes % size != 0 || stride_bytes / size < w {
            return Err(bad());
        }
        let stride = stride_bytes / size;
        let len = stride
            .checked_mul(h - 1)
            .and_then(|v| v.checked_add(w))
            .ok_or_else(bad)?;
        // SAFETY: rav1d allocates `h` rows of `stride` bytes for this plane,
        // aligned for `T`, alive as long as `self`.
        let data = unsafe { std::slice::from_raw_parts(ptr.as_ptr().cast::<T>(), len) };
        Ok(Plane { data, stride })
    }
}

// ---------------------------------------------------------------------------
// Pixel conversion and composition
// ---------------------------------------------------------------------------

/// Output sample type: u8 for 8-bit sources, u16 (full 0..=65535) above.
trait OutSample: Copy + Default {
    const MAX: u32;
    fn from_u32(v: u32) -> Self;
    fn to_u32(self) -> u32;
    fn into_samples(v: Vec<Self>) -> Samples;

    /// `v` in 0..=1 → nearest output level.
    fn from_unit(v: f32) -> Self {
        Self::from_u32((v.clamp(0.0, 1.0) * Self::MAX as f32 + 0.5) as u32)
    }
}

impl OutSample for u8 {
    const MAX: u32 = 255;
    fn from_u32(v: u32) -> Self {
        v.min(255) as u8
    }
    fn to_u32(self) -> u32 {
        u32::from(self)
    }
    fn into_samples(v: Vec<Self>) -> Samples {
        Samples::U8(v)
    }
}

impl OutSample for u16 {
    const MAX: u32 = 65535;
    fn from_u32(v: u32) -> Self {
        v.min(65535) as u16
    }
    fn to_u32(self) -> u32 {
        u32::from(self)
    }
    fn into_samples(v: Vec<Self>) -> Samples {
        Samples::U16(v)
    }
}

/// How YUV maps to RGB.
#[derive(Clone, Copy)]
enum Matrix {
    /// Y'CbCr with luma weights Kr and Kb.
    YCbCr { kr: f32, kb: f32 },
    /// MC 0: the planes are G, B, R.
    Identity,
    /// MC 8: YCgCo.
    YCgCo,
}

impl Matrix {
    /// The matrix for CICP matrix coefficients `mc`; `primaries` is only
    /// used by the chromaticity-derived matrices (12, 13).
    fn from_cicp(mc: u16, primaries: u16) -> Matrix {
        match mc {
            0 => Matrix::Identity,
            12 | 13 => {
                let (kr, kb) = chromaticity_weights(primaries);
                Matrix::YCbCr { kr, kb }
            }
            1 => Matrix::YCbCr {
                kr: 0.2126,
                kb: 0.0722,
            },
            4 => Matrix::YCbCr { kr: 0.30, kb: 0.11 },
            7 => Matrix::YCbCr {
                kr: 0.212,
                kb: 0.087,
            },
            8 => Matrix::YCgCo,
            9 | 10 => Matrix::YCbCr {
                kr: 0.2627,
                kb: 0.0593,
            },
            // 5, 6 (BT.601), 2 (unspecified) and anything we do not model.
            _ => Matrix::YCbCr {
                kr: 0.299,
                kb: 0.114,
            },
        }
    }
}

/// Luma weights (Kr, Kb) derived from colour primaries (H.273 equations
/// 39-40), for matrix coefficients 12/13. Unknown primaries count as BT.709.
fn chromaticity_weights(primaries: u16) -> (f32, f32) {
    const D65: (f64, f64) = (0.3127, 0.3290);
    let (r, g, b, w) = match primaries {
        5 => ((0.64, 0.33), (0.29, 0.60), (0.15, 0.06), D65),
        6 | 7 => ((0.630, 0.340), (0.310, 0.595), (0.155, 0.070), D65),
        9 => ((0.708, 0.292), (0.170, 0.797), (0.131, 0.046), D65),
        11 => (
            (0.680, 0.320),
            (0.265, 0.690),
            (0.150, 0.060),
            (0.314, 0.351),
        ),
        12 => ((0.680, 0.320), (0.265, 0.690), (0.150, 0.060), D65),
        _ => ((0.64, 0.33), (0.30, 0.60), (0.15, 0.06), D65),
    };
    let z = |(x, y): (f64, f64)| 1.0 - x - y;
    let (zr, zg, zb, zw) = (z(r), z(g), z(b), z(w));
    let denom = w.1
        * (r.0 * (g.1 * zb - b.1 * zg) + g.0 * (b.1 * zr - r.1 * zb) + b.0 * (r.1 * zg - g.1 * zr));
    let kr = r.1
        * (w.0 * (g.1 * zb - b.1 * zg)
            + w.1 * (b.0 * zg - g.0 * zb)
            + zw * (g.0 * b.1 - b.0 * g.1))
        / denom;
    let kb = b.1
        * (w.0 * (r.1 * zg - g.1 * zr)
            + w.1 * (g.0 * zr - r.0 * zg)
            + zw * (r.0 * g.1 - g.0 * r.1))
        / denom;
    (kr as f32, kb as f32)
}

/// Where a tile goes in the output buffer.
struct Placement {
    out_width: usize,
    channels: usize,
    x0: usize,
    y0: usize,
    width: usize,
    height: usize,
}

impl Placement {
    fn row<'o, O>(&self, out: &'o mut [O], y: usize) -> &'o mut [O] {
        let start = ((self.y0 + y) * self.out_width + self.x0) * self.channels;
        &mut out[start..start + self.width * self.channels]
    }
}

/// Range normalisation: `(v - offset) * scale` maps to 0..=1.
fn range_params(bpc: u8, full: bool) -> (f32, f32, f32) {
    let max = ((1u32 << bpc) - 1) as f32;
    let s = (1u32 << (bpc - 8)) as f32;
    if full {
        (0.0, 1.0 / max, 1.0 / max)
    } else {
        (16.0 * s, 1.0 / (219.0 * s), 1.0 / (224.0 * s))
    }
}

/// Converts a decoded colour picture into RGB (or gray) samples at `place`.
/// Chroma is upsampled bilinearly (3:1 weights, centred chroma siting).
fn write_color<I: InSample, O: OutSample>(
    pic: &Picture,
    matrix: Matrix,
    full_range: bool,
    out: &mut [O],
    place: &Placement,
) -> Result<()> {
    let bpc = pic.bpc();
    let (y_off, y_scale, c_scale) = range_params(bpc, full_range);
    let c_mid = (1u32 << (bpc - 1)) as f32;
    let luma = pic.plane::<I>(0)?;
    let Some((sx, sy)) = pic.subsampling()? else {
        // Monochrome: gray, or gray and alpha (the first of two channels).
        let ch = place.channels;
        for y in 0..place.height {
            let src = &luma.row(y)[..place.width];
            for (px, &v) in place.row(out, y).chunks_exact_mut(ch).zip(src) {
                px[0] = O::from_unit((v.get() as f32 - y_off) * y_scale);
            }
        }
        return Ok(());
    };
    let (u, v) = (pic.plane::<I>(1)?, pic.plane::<I>(2)?);
    let cw = (pic.width() + sx) >> sx;
    let chh = (pic.height() + sy) >> sy;
    // Neighbouring chroma sample for bilinear 3:1 interpolation.
    let near = |i: usize, shift: usize, n: usize| -> (usize, usize) {
        let c = i >> shift;
        if shift == 0 {
            (c, c)
        } else if i & 1 == 0 {
            (c, c.saturating_sub(1))
        } else {
            (c, (c + 1).min(n - 1))
        }
    };
    let ch = place.channels;
    for y in 0..place.height {
        let (ca, cb) = near(y, sy, chh);
        let (ua, ub, va, vb) = (u.row(ca), u.row(cb), v.row(ca), v.row(cb));
        let yrow = luma.row(y);
        let orow = place.row(out, y);
        for x in 0..place.width {
            let (xa, xb) = near(x, sx, cw);
            let interp = |a: &[I], b: &[I]| {
                (9 * a[xa].get() + 3 * a[xb].get() + 3 * b[xa].get() + b[xb].get()) as f32
                    * (1.0 / 16.0)
            };
            let yy = yrow[x].get() as f32;
            let (uu, vv) = (interp(ua, ub), interp(va, vb));
            let (r, g, b) = match matrix {
                Matrix::YCbCr { kr, kb } => {
                    let yn = (yy - y_off) * y_scale;
                    let pb = (uu - c_mid) * c_scale;
                    let pr = (vv - c_mid) * c_scale;
                    let r = yn + 2.0 * (1.0 - kr) * pr;
                    let b = yn + 2.0 * (1.0 - kb) * pb;
                    let g = (yn - kr * r - kb * b) / (1.0 - kr - kb);
                    (r, g, b)
                }
                Matrix::Identity => (
                    (vv - y_off) * y_scale,
                    (yy - y_off) * y_scale,
                    (uu - y_off) * y_scale,
                ),
                Matrix::YCgCo => {
                    let yn = (yy - y_off) * y_scale;
                    let cg = (uu - c_mid) * c_scale;
                    let co = (vv - c_mid) * c_scale;
                    let t = yn - cg;
                    (t + co, yn + cg, t - co)
                }
            };
            let px = &mut orow[x * ch..x * ch + 3];
            px[0] = O::from_unit(r);
            px[1] = O::from_unit(g);
            px[2] = O::from_unit(b);
        }
    }
    Ok(())
}

/// Writes the luma of an alpha picture into the last channel at `place`.
fn write_alpha<I: InSample, O: OutSample>(
    pic: &Picture,
    full_range: bool,
    out: &mut [O],
    place: &Placement,
) -> Result<()> {
    let (off, scale, _) = range_params(pic.bpc(), full_range);
    let luma = pic.plane::<I>(0)?;
    let ch = place.channels;
    for y in 0..place.height {
        let src = &luma.row(y)[..place.width];
        for (px, &a) in place.row(out, y).chunks_exact_mut(ch).zip(src) {
            px[ch - 1] = O::from_unit((a.get() as f32 - off) * scale);
        }
    }
    Ok(())
}

/// Decodes every tile of `color` (and `alpha`) and assembles the image.
/// Returns it with the source bit depth.
fn compose(
    input: &[u8],
    meta: &Meta<'_>,
    decoder: &mut Av1Decoder,
    color: &Plan,
    alpha: Option<&Plan>,
    props: &ColorProps<'_>,
) -> Result<(Image, u8)> {
    let first_id = *color
        .tiles
        .first()
        .ok_or_else(|| corrupt("image without tiles"))?;
    let first = decoder.decode(&meta.item_data(input, first_id)?)?;
    let depth = first.bpc();
    if !matches!(depth, 8 | 10 | 12) {
        return Err(Error::unsupported(format!(
            "AVIF bit depth {depth} is not supported"
        )));
    }
    let layout = match (first.subsampling()?.is_none(), alpha.is_some()) {
        (true, false) => Layout::Gray,
        (true, true) => Layout::GrayAlpha,
        (false, false) => Layout::Rgb,
        (false, true) => Layout::Rgba,
    };
    let job = Compose {
        input,
        meta,
        color,
        alpha,
        props,
        layout,
        depth,
    };
    let image = if depth == 8 {
        job.run::<u8>(decoder, first)?
    } else {
        job.run::<u16>(decoder, first)?
    };
    Ok((image, depth))
}

struct Compose<'c, 'a> {
    input: &'c [u8],
    meta: &'c Meta<'a>,
    color: &'c Plan,
    alpha: Option<&'c Plan>,
    props: &'c ColorProps<'a>,
    layout: Layout,
    depth: u8,
}

impl Compose<'_, '_> {
    fn run<O: OutSample>(&self, decoder: &mut Av1Decoder, first: Picture) -> Result<Image> {
        let (w, h) = (self.color.width as usize, self.color.height as usize);
        let ch = self.layout.channels();
        // Dimensions passed `check_dimensions`, so this fits the pixel budget.
        let len = w
            .checked_mul(h)
            .and_then(|n| n.checked_mul(ch))
            .ok_or_else(|| Error::too_large("AVIF image is too large"))?;
        let mut out: Vec<O> = Vec::new();
        out.try_reserve_exact(len)
            .map_err(|_| Error::failed("Not enough memory for the decoded AVIF image"))?;
        out.resize(len, O::default());
        if !self.layout.has_alpha() {
            // nothing to initialise
        } else {
            // Opaque until the alpha plane is written.
            for px in out.chunks_exact_mut(ch) {
                px[ch - 1] = O::from_u32(O::MAX);
            }
        }
        let first_layout = first.pic.p.layout;
        let mut first = Some(first);
        // Like libavif, the container's nclx (when present) wins over the AV1
        // sequence header, for the matrix and the range alike.
        let (seq_mc, seq_full) = first
            .as_ref()
            .and_then(Picture::seq_color)
            .unwrap_or((2, true));
        let (mc, full_range, primaries) = match self.props.nclx {
            Some(n) => (n.matrix, n.full_range, n.primaries),
            None => (seq_mc, seq_full, 2),
        };
        let matrix = Matrix::from_cicp(mc, primaries);
        for (i, &tile) in self.color.tiles.iter().enumerate() {
            let pic = match first.take() {
                Some(p) => p,
                None => decoder.decode(&self.meta.item_data(self.input, tile)?)?,
            };
            if pic.bpc() != self.depth || pic.pic.p.layout != first_layout {
                return Err(corrupt("grid tiles differ in bit depth or chroma format"));
            }
            let place = self.placement(self.color, i, &pic, ch)?;
            if self.depth == 8 {
                write_color::<u8, O>(&pic, matrix, full_range, &mut out, &place)?;
            } else {
                write_color::<u16, O>(&pic, matrix, full_range, &mut out, &place)?;
            }
        }
        if let Some(alpha) = self.alpha {
            for (i, &tile) in alpha.tiles.iter().enumerate() {
                let pic = decoder.decode(&self.meta.item_data(self.input, tile)?)?;
                let full = pic.seq_color().is_none_or(|(_, full)| full);
                let place = self.placement(alpha, i, &pic, ch)?;
                if pic.bpc() == 8 {
                    write_alpha::<u8, O>(&pic, full, &mut out, &place)?;
                } else {
                    write_alpha::<u16, O>(&pic, full, &mut out, &place)?;
                }
            }
        }
        Ok(Image {
            width: self.color.width,
            height: self.color.height,
            layout: self.layout,
            samples: O::into_samples(out),
        })
    }

    /// Where tile `i` of `plan` goes, after checking the decoded picture has
    /// the size the container declared.
    fn placement(&self, plan: &Plan, i: usize, pic: &Picture, ch: usize) -> Result<Placement> {
        let (tw, th) = (plan.tile_width as usize, plan.tile_height as usize);
        if (pic.width(), pic.height()) != (tw, th) {
            return Err(corrupt(&format!(
                "AV1 frame is {}x{} but the container declares {tw}x{th}",
                pic.width(),
                pic.height()
            )));
        }
        let cols = plan.columns.max(1) as usize;
        let (x0, y0) = ((i % cols) * tw, (i / cols) * th);
        let (w, h) = (plan.width as usize, plan.height as usize);
        Ok(Placement {
            out_width: w,
            channels: ch,
            x0,
            y0,
            // Planning guarantees every tile starts inside the output.
            width: tw.min(w.saturating_sub(x0)),
            height: th.min(h.saturating_sub(y0)),
        })
    }
}

/// Undoes premultiplied alpha (`prem` reference) in place.
fn unpremultiply(image: &mut Image) {
    fn run<O: OutSample>(samples: &mut [O], ch: usize) {
        for px in samples.chunks_exact_mut(ch) {
            let a = px[ch - 1].to_u32();
            if a == O::MAX {
                continue;
            }
            for c in &mut px[..ch - 1] {
                // Fully transparent pixels (a = 0) carry no colour: black.
                let v = (c.to_u32() * O::MAX + a / 2).checked_div(a).unwrap_or(0);
                *c = O::from_u32(v);
            }
        }
    }
    if !image.layout.has_alpha() {
        return;
    }
    let ch = image.layout.channels();
    match &mut image.samples {
        Samples::U8(s) => run(s, ch),
        Samples::U16(s) => run(s, ch),
    }
}

impl Clap {
    /// The crop rectangle `(x, y, w, h)` in an image of `iw`×`ih`, or `None`
    /// when the clap box is invalid or covers the whole image. Non-integer
    /// offsets (allowed by some writers) are rounded down.
    fn rect(&self, iw: u32, ih: u32) -> Option<(u32, u32, u32, u32)> {
        let frac = |(n, d): (u32, u32)| (d != 0).then(|| f64::from(n) / f64::from(d));
        let sfrac = |(n, d): (i32, u32)| (d != 0).then(|| f64::from(n) / f64::from(d));
        let (cw, ch) = (frac(self.width)?, frac(self.height)?);
        let (ho, vo) = (sfrac(self.h_off)?, sfrac(self.v_off)?);
        if cw.fract() != 0.0 || ch.fract() != 0.0 || cw < 1.0 || ch < 1.0 {
            return None;
        }
        let x = ((f64::from(iw) - cw) / 2.0 + ho).floor();
        let y = ((f64::from(ih) - ch) / 2.0 + vo).floor();
        if x < 0.0 || y < 0.0 || x + cw > f64::from(iw) || y + ch > f64::from(ih) {
            return None;
        }
        let rect = (x as u32, y as u32, cw as u32, ch as u32);
        (rect != (0, 0, iw, ih)).then_some(rect)
    }
}

/// Copies the `(x, y, w, h)` rectangle out of `image`.
fn crop(image: &Image, (x, y, w, h): (u32, u32, u32, u32)) -> Image {
    fn run<T: Copy>(
        src: &[T],
        iw: usize,
        ch: usize,
        (x, y, w, h): (usize, usize, usize, usize),
    ) -> Vec<T> {
        let mut out = Vec::with_capacity(w * h * ch);
        for row in y..y + h {
            let start = (row * iw + x) * ch;
            out.extend_from_slice(&src[start..start + w * ch]);
        }
        out
    }
    let ch = image.layout.channels();
    let r = (x as usize, y as usize, w as usize, h as usize);
    let iw = image.width as usize;
    Image {
        width: w,
        height: h,
        layout: image.layout,
        samples: match &image.samples {
            Samples::U8(s) => Samples::U8(run(s, iw, ch, r)),
            Samples::U16(s) => Samples::U16(run(s, iw, ch, r)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    use crate::test_corpus as corpus;

    fn dec(rel: &str) -> Result<AvifDecoded> {
        decode(&corpus(rel), &Limits::default())
    }

    fn ok(rel: &str) -> AvifDecoded {
        dec(rel).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Samples as f64 in 0..=255 (16-bit scaled down), for comparisons.
    fn samples_8(img: &Image) -> Vec<f64> {
        match &img.samples {
            Samples::U8(v) => v.iter().map(|&x| f64::from(x)).collect(),
            Samples::U16(v) => v.iter().map(|&x| f64::from(x) / 257.0).collect(),
        }
    }

    fn channel_means(img: &Image) -> Vec<f64> {
        let ch = img.layout.channels();
        let s = samples_8(img);
        let n = (s.len() / ch) as f64;
        (0..ch)
            .map(|c| s.iter().skip(c).step_by(ch).sum::<f64>() / n)
            .collect()
    }

    /// `(path, width, height, notes)` of every `avif/` row of MANIFEST.tsv.
    fn manifest() -> Vec<(String, u32, u32, String)> {
        let text = String::from_utf8(corpus("MANIFEST.tsv")).expect("MANIFEST.tsv is UTF-8");
        text.lines()
            .filter(|l| l.starts_with("avif/"))
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (
                    f[0].to_string(),
                    f[3].parse().expect("width"),
                    f[4].parse().expect("height"),
                    f[5].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn every_still_avif_decodes_with_manifest_dims() {
        let rows = manifest();
        assert!(rows.len() >= 29, "MANIFEST lists {} AVIF files", rows.len());
        for (path, w, h, notes) in rows {
            if path.ends_with(".avifs") || notes.starts_with("ANIMATED") {
                continue;
            }
            let d = ok(&path);
            // kimono.crop has a clap box: 722x1024 stored, 385x330 after the crop.
            let expected = if path.ends_with("kimono.crop.avif") {
                (385, 330)
            } else {
                (w, h)
            };
            assert_eq!((d.image.width, d.image.height), expected, "{path}");
            let len = match &d.image.samples {
                Samples::U8(v) => v.len(),
                Samples::U16(v) => v.len(),
            };
            assert_eq!(len, d.image.sample_count(), "{path}");
            assert_eq!(d.image.is_16bit(), d.source_bit_depth > 8, "{path}");
        }
    }

    #[test]
    fn grids_are_composed() {
        let d = ok("avif/Summer_in_Tomsk_720p_5x4_grid.avif");
        assert_eq!((d.image.width, d.image.height), (6400, 2880));
        assert_eq!(d.image.layout, Layout::Rgb);
        let d = ok("avif/sofa_grid1x5_420.avif");
        assert_eq!((d.image.width, d.image.height), (1024, 770));
        // A grid listing the same tile twice is invalid (avifdec rejects it too).
        let e = dec("bad/avif_invalid_grid_dimg_repeat.avif").unwrap_err();
        assert_eq!(e.code(), "unsupported_format");
    }

    #[test]
    fn grid_output_size_is_checked_against_the_budget() {
        let input = corpus("avif/Summer_in_Tomsk_720p_5x4_grid.avif");
        let limits = Limits::default().with_max_pixels(6400 * 2880 - 1);
        let e = decode(&input, &limits).unwrap_err();
        assert_eq!(e.code(), "file_too_large");
    }

    #[test]
    fn bit_depths_and_layouts() {
        for (path, depth, layout) in [
            ("avif/fox.8bpc.yuv420.avif", 8, Layout::Rgb),
            ("avif/fox.8bpc.yuv444.avif", 8, Layout::Rgb),
            ("avif/fox.10bpc.yuv420.avif", 10, Layout::Rgb),
            ("avif/fox.12bpc.yuv444.avif", 12, Layout::Rgb),
            ("avif/fox.8bpc.monochrome.avif", 8, Layout::Gray),
            ("avif/Monochrome_720p.avif", 8, Layout::Gray),
            ("avif/cosmos1650_yuv444_10bpc_p3pq.avif", 10, Layout::Rgb),
            ("avif/abc_color_irot_alpha_irot.avif", 8, Layout::Rgba),
            ("avif/bbb_4k_alpha_inverted.avif", 8, Layout::Rgba),
            ("avif/plum-blossom.8bpc.alpha-full.avif", 8, Layout::Rgba),
            (
                "avif/plum-blossom.10bpc.alpha-limited.avif",
                10,
                Layout::Rgba,
            ),
        ] {
            let d = ok(path);
            assert_eq!(d.source_bit_depth, depth, "{path}");
            assert_eq!(d.image.layout, layout, "{path}");
            assert_eq!(d.image.is_16bit(), depth > 8, "{path}");
        }
    }

    #[test]
    fn sixteen_bit_output_uses_the_full_range() {
        // The 10-bit limited-range alpha must still reach 0 and 65535.
        let d = ok("avif/plum-blossom.10bpc.alpha-limited.avif");
        let Samples::U16(s) = &d.image.samples else {
            panic!("expected 16-bit samples")
        };
        let alpha = s.iter().skip(3).step_by(4);
        assert_eq!(alpha.clone().min(), Some(&0));
        assert_eq!(alpha.max(), Some(&65535));
    }

    #[test]
    fn orientation_from_irot_and_imir() {
        for (path, o) in [
            ("avif/Ronda_rotate90.avif", 6),
            ("avif/kimono.rotate90.avif", 6),
            ("avif/kimono.mirror-horizontal.avif", 2),
            ("avif/abc_color_irot_alpha_irot.avif", 8),
            ("avif/fox.8bpc.yuv420.avif", 1),
            ("avif/avif-orientation-6_p3.avif", 1),
        ] {
            assert_eq!(ok(path).orientation, o, "{path}");
        }
        assert_eq!(exif_orientation(0, None), 1);
        assert_eq!(exif_orientation(2, None), 3);
        assert_eq!(exif_orientation(0, Some(0)), 4);
        assert_eq!(exif_orientation(1, Some(1)), 7);
        assert_eq!(exif_orientation(3, Some(1)), 5);
        assert_eq!(exif_orientation(1, Some(0)), 5);
        assert_eq!(exif_orientation(2, Some(0)), 2);
    }

    /// Rotates a `w`×`h` RGB buffer 90° clockwise (EXIF orientation 6).
    fn rotate_cw(s: &[f64], w: usize, h: usize) -> Vec<f64> {
        let mut out = vec![0.0; s.len()];
        for y in 0..h {
            for x in 0..w {
                let (nx, ny) = (h - 1 - y, x);
                for c in 0..3 {
                    out[(ny * h + nx) * 3 + c] = s[(y * w + x) * 3 + c];
                }
            }
        }
        out
    }

    /// The link-u kimono files show the same picture. Displaying the rotated
    /// one (orientation 6) must match the mirrored one displayed with the
    /// orientation we derive from its imir (mode 1 → 2, a left-right mirror).
    #[test]
    fn imir_mode_1_is_a_left_right_mirror() {
        let rot = ok("avif/kimono.rotate90.avif");
        let mir = ok("avif/kimono.mirror-horizontal.avif");
        assert_eq!((rot.orientation, mir.orientation), (6, 2));
        let (w, h) = (rot.image.width as usize, rot.image.height as usize);
        let shown = rotate_cw(&samples_8(&rot.image), w, h);
        let m = samples_8(&mir.image);
        let (mw, mh) = (mir.image.width as usize, mir.image.height as usize);
        assert_eq!((mw, mh), (h, w));
        let mad = |flip_lr: bool| {
            let mut sum = 0.0;
            for y in 0..mh {
                for x in 0..mw {
                    let sx = if flip_lr { mw - 1 - x } else { x };
                    let sy = if flip_lr { y } else { mh - 1 - y };
                    for c in 0..3 {
                        sum += (m[(sy * mw + sx) * 3 + c] - shown[(y * mw + x) * 3 + c]).abs();
                    }
                }
            }
            sum / m.len() as f64
        };
        let (lr, tb) = (mad(true), mad(false));
        assert!(
            lr < 4.0 && tb > 20.0,
            "left-right MAD {lr}, top-bottom MAD {tb}"
        );
    }

    #[test]
    fn metadata_is_extracted() {
        let d = ok("avif/kids_720p.avif");
        let exif = d.exif.expect("kids_720p has Exif");
        assert!(exif.starts_with(b"II") || exif.starts_with(b"MM"));
        let d = ok("avif/red-at-12-oclock-icc.8bpc.avif");
        let icc = d.icc.expect("ICC profile");
        assert_eq!(icc.get(36..40), Some(&b"acsp"[..]));
        let d = ok("avif/avif-orientation-6_p3.avif");
        assert!(d.icc.is_some() && d.exif.is_some());
        let d = ok("avif/colors_hdr_p3.avif");
        let xmp = d.xmp.expect("XMP");
        assert!(xmp.windows(8).any(|w| w == b"xmpmeta:" || w == b"x:xmpmet"));
        let d = ok("avif/fox.8bpc.yuv420.avif");
        assert!(d.icc.is_none() && d.exif.is_none() && d.xmp.is_none());
    }

    #[test]
    fn animated_avif_is_refused() {
        for path in [
            "avif/colors-animated-8bpc.avif",
            "avif/colors-animated-8bpc-alpha-exif-xmp.avif",
            "avif/star-8bpc.avifs",
            "avif/star-8bpc-with-alpha.avifs",
        ] {
            let e = dec(path).err().unwrap_or_else(|| panic!("{path} decoded"));
            assert_eq!(e.code(), "unsupported_format", "{path}");
            assert!(
                e.to_string().starts_with("Animated AVIF is not supported"),
                "{path}: {e}"
            );
        }
    }

    #[test]
    fn bomb_fails_fast() {
        let input = corpus("bad/bomb_17000x17000.avif");
        let t = Instant::now();
        let e = decode(&input, &Limits::default()).unwrap_err();
        assert_eq!(e.code(), "file_too_large");
        assert!(
            t.elapsed() < Duration::from_millis(100),
            "{:?}",
            t.elapsed()
        );
    }

    #[test]
    fn other_formats_are_refused() {
        for path in [
            "bad/unsupported_test2.heic",
            "bad/unsupported_test.jxl",
            "bad/empty.jpg",
        ] {
            assert_eq!(
                dec(path).unwrap_err().code(),
                "unsupported_format",
                "{path}"
            );
        }
    }

    #[test]
    fn truncated_files_give_errors() {
        for path in [
            "avif/sofa_grid1x5_420.avif",
            "avif/abc_color_irot_alpha_irot.avif",
            "avif/fox.10bpc.yuv420.avif",
        ] {
            let input = corpus(path);
            let n = input.len();
            for cut in [
                0,
                1,
                8,
                12,
                31,
                100,
                300,
                n / 4,
                n / 2,
                n * 3 / 4,
                n - 100,
                n - 1,
            ] {
                assert!(
                    decode(&input[..cut], &Limits::default()).is_err(),
                    "{path} cut at {cut}"
                );
            }
        }
    }

    /// Random byte corruption must give `Ok` or `Err`, never a panic. (This
    /// caught rav1d's abort on corrupt tile data; see `Av1Decoder::new`.)
    #[test]
    fn corrupted_files_never_panic() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for path in [
            "avif/abc_color_irot_alpha_irot.avif",
            "avif/sofa_grid1x5_420.avif",
            "avif/colors_hdr_p3.avif",
        ] {
            let input = corpus(path);
            for _ in 0..300 {
                let mut bad = input.clone();
                // Half the time hit the container (first 1 KB), else anywhere.
                for _ in 0..1 + next() % 4 {
                    let span = if next() % 2 == 0 {
                        bad.len()
                    } else {
                        1024.min(bad.len())
                    };
                    let i = (next() % span as u64) as usize;
                    bad[i] = next() as u8;
                }
                let _ = decode(&bad, &Limits::default());
            }
        }
    }

    /// Mean colours from avifdec 0.11.1 (libavif + dav1d):
    /// `avifdec -d 8 FILE out.png`, then the per-channel mean of the PNG
    /// computed with numpy. (Monochrome files are not used: avifdec writes
    /// their limited-range luma to the PNG without expanding it.)
    #[test]
    fn mean_colour_matches_avifdec() {
        for (path, reference) in [
            (
                "avif/kodim03_yuv420_8bpc.avif",
                &[110.01, 103.06, 76.54][..],
            ),
            ("avif/fox.10bpc.yuv420.avif", &[51.47, 56.28, 57.70][..]),
            ("avif/kids_720p.avif", &[101.53, 105.35, 106.70][..]),
            (
                "avif/cosmos1650_yuv444_10bpc_p3pq.avif",
                &[84.87, 85.31, 59.08][..],
            ),
            (
                "avif/bbb_4k_alpha_inverted.avif",
                &[214.09, 239.78, 252.66, 234.90][..],
            ),
        ] {
            let means = channel_means(&ok(path).image);
            for (m, r) in means.iter().zip(reference) {
                assert!(
                    (m - r).abs() < 1.0,
                    "{path}: ours {means:?}, avifdec {reference:?}"
                );
            }
        }
    }

    /// The plum-blossom AVIFs (which avifdec and Pillow refuse because of
    /// their two ipma boxes) were encoded from graphics/plum-blossom-large.png:
    /// alpha must match it exactly, colour closely where opaque.
    #[test]
    fn plum_blossom_alpha_matches_its_source_png() {
        let png = image::load_from_memory(&corpus("graphics/plum-blossom-large.png"))
            .expect("source PNG")
            .to_rgba8();
        for path in [
            "avif/plum-blossom.8bpc.alpha-full.avif",
            "avif/plum-blossom.10bpc.alpha-limited.avif",
        ] {
            let d = ok(path);
            let s = samples_8(&d.image);
            let (mut alpha_err, mut rgb_err, mut opaque) = (0.0, 0.0, 0.0);
            for (px, src) in s.chunks_exact(4).zip(png.pixels()) {
                alpha_err += (px[3] - f64::from(src[3])).abs();
                if src[3] == 255 {
                    opaque += 1.0;
                    rgb_err += (0..3)
                        .map(|c| (px[c] - f64::from(src[c])).abs())
                        .sum::<f64>()
                        / 3.0;
                }
            }
            let n = (s.len() / 4) as f64;
            assert!(alpha_err / n < 0.01, "{path}: alpha MAD {}", alpha_err / n);
            assert!(
                rgb_err / opaque < 1.0,
                "{path}: colour MAD {}",
                rgb_err / opaque
            );
        }
    }

    #[test]
    fn blank_metadata_removes_exif_and_xmp_but_keeps_the_picture() {
        let input = corpus("avif/Summer_in_Tomsk_720p_5x4_grid.avif");
        let before = decode(&input, &Limits::default()).unwrap();
        assert!(before.exif.is_some(), "fixture carries Exif");
        let blanked = blank_metadata(&input).unwrap();
        assert_eq!(blanked.len(), input.len());
        let after = decode(&blanked, &Limits::default()).unwrap();
        assert!(after.exif.is_none() && after.xmp.is_none());
        assert_eq!(after.image, before.image);
    }

    #[test]
    fn clap_rectangle() {
        // kimono.crop: 385x330 centred, then offset by (+103, -308); the
        // half-pixel x offset is rounded down.
        let clap = Clap {
            width: (385, 1),
            height: (330, 1),
            h_off: (103, 1),
            v_off: (-308, 1),
        };
        assert_eq!(clap.rect(722, 1024), Some((271, 39, 385, 330)));
        let outside = Clap {
            h_off: (1000, 1),
            ..clap
        };
        assert_eq!(outside.rect(722, 1024), None);
        let zero_den = Clap {
            width: (385, 0),
            ..clap
        };
        assert_eq!(zero_den.rect(722, 1024), None);
    }

    #[test]
    fn unpremultiply_restores_colour() {
        let mut img = Image {
            width: 3,
            height: 1,
            layout: Layout::Rgba,
            samples: Samples::U8(vec![50, 25, 0, 128, 10, 10, 10, 0, 200, 100, 0, 255]),
        };
        unpremultiply(&mut img);
        assert_eq!(
            img.samples,
            Samples::U8(vec![100, 50, 0, 128, 0, 0, 0, 0, 200, 100, 0, 255])
        );
    }
}
