//! TEMPORARY stand-in while avif.rs is written; not to be committed as done.
use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::pixels::Image;
pub(crate) struct AvifDecoded { pub image: Image, pub orientation: u8, pub icc: Option<Vec<u8>>, pub exif: Option<Vec<u8>>, pub xmp: Option<Vec<u8>>, pub source_bit_depth: u8 }
pub(crate) fn decode(_i: &[u8], _l: &Limits) -> Result<AvifDecoded> { Err(Error::unsupported("AVIF decoding not yet available")) }
