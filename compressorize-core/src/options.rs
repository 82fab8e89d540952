//! What the caller asks for, and parsing of the API's string forms with the
//! contract's exact `invalid_param` messages.

use std::str::FromStr;

use crate::error::Error;
use crate::format::Format;
use crate::limits::Limits;

/// Output format choice. `Auto` keeps the input's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    /// Keep the input's format. Default.
    #[default]
    Auto,
    /// Always produce this format.
    Exactly(Format),
}

impl FromStr for OutputFormat {
    type Err = Error;

    /// Parses `jpeg|png|webp|avif|auto` (also `jpg`), case-sensitively as documented.
    ///
    /// ```
    /// use compressorize_core::OutputFormat;
    /// let err = "tiff".parse::<OutputFormat>().unwrap_err();
    /// assert_eq!(err.to_string(), "Invalid format 'tiff'. Use: jpeg, png, webp, avif, or auto");
    /// assert_eq!(err.param(), Some("format"));
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        if s == "auto" {
            return Ok(OutputFormat::Auto);
        }
        s.parse::<Format>()
            .map(OutputFormat::Exactly)
            .map_err(|()| Error::InvalidParam {
                param: "format",
                message: format!("Invalid format '{s}'. Use: jpeg, png, webp, avif, or auto"),
            })
    }
}

/// Quality setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Quality {
    /// Let the library choose (perceptual search). Default.
    #[default]
    Smart,
    /// Encoder quality 1..=100 (for PNG: the lossless effort is fixed, see README).
    Fixed(u8),
}

impl FromStr for Quality {
    type Err = Error;

    /// Parses `smart` or an integer `1..=100`.
    ///
    /// ```
    /// use compressorize_core::Quality;
    /// assert_eq!("80".parse::<Quality>().unwrap(), Quality::Fixed(80));
    /// assert_eq!("101".parse::<Quality>().unwrap_err().param(), Some("quality"));
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        if s == "smart" {
            return Ok(Quality::Smart);
        }
        match s.parse::<i64>() {
            Ok(q @ 1..=100) => Ok(Quality::Fixed(q as u8)),
            _ => Err(Error::InvalidParam {
                param: "quality",
                message: format!("Invalid quality '{s}'. Use: smart or an integer from 1 to 100"),
            }),
        }
    }
}

/// Parses a `max_width`/`max_height` value: a positive integer.
///
/// ```
/// use compressorize_core::parse_dimension;
/// assert_eq!(parse_dimension("max_width", "800").unwrap(), 800);
/// let err = parse_dimension("max_height", "-5").unwrap_err();
/// assert_eq!(err.to_string(), "Invalid max_height '-5'. Use a positive integer (pixels)");
/// ```
pub fn parse_dimension(param: &'static str, value: &str) -> Result<u32, Error> {
    match value.parse::<u32>() {
        Ok(v) if v > 0 => Ok(v),
        _ => Err(Error::InvalidParam {
            param,
            message: format!("Invalid {param} '{value}'. Use a positive integer (pixels)"),
        }),
    }
}

/// Parses a boolean parameter: `true`/`false` (also `1`/`0`).
///
/// ```
/// use compressorize_core::parse_bool;
/// assert!(!parse_bool("strip_metadata", "false").unwrap());
/// assert!(parse_bool("strip_metadata", "yes please").is_err());
/// ```
pub fn parse_bool(param: &'static str, value: &str) -> Result<bool, Error> {
    match value {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(Error::InvalidParam {
            param,
            message: format!("Invalid {param} '{value}'. Use: true or false"),
        }),
    }
}

/// Everything [`crate::compress`] needs to know besides the input bytes.
///
/// ```
/// use compressorize_core::{Options, OutputFormat, Quality, Format};
/// let options = Options {
///     format: OutputFormat::Exactly(Format::WebP),
///     quality: Quality::Fixed(80),
///     max_width: Some(1200),
///     ..Options::default()
/// };
/// assert!(options.strip_metadata);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Output format. Default: `Auto` (same as input).
    pub format: OutputFormat,
    /// Quality. Default: `Smart`.
    pub quality: Quality,
    /// Fit within this width, keeping the aspect ratio; never upscales. Default: none.
    pub max_width: Option<u32>,
    /// Fit within this height, keeping the aspect ratio; never upscales. Default: none.
    pub max_height: Option<u32>,
    /// Remove EXIF (GPS included), XMP, IPTC and comments; convert colours to
    /// sRGB and drop the ICC profile. `false` carries EXIF (orientation reset),
    /// XMP and the ICC profile over. Default: `true`.
    pub strip_metadata: bool,
    /// Resource limits. Default: [`Limits::default`].
    pub limits: Limits,
    /// AVIF encoder speed, 1 (slowest, smallest) ..= 10 (fastest): libaom's
    /// cpu-used + 1. Default: 6 (cpu-used 5 without partitions under 8×8,
    /// which took a third of its time for 0.5% of the bytes). Against it,
    /// on the corpus photos at equal quality: speed 7, 8% more bytes in 30%
    /// of the time; speed 9, about 26% more bytes in about a tenth of the
    /// time.
    pub avif_speed: u8,
    /// Time budget for PNG optimisation (oxipng), after which the best result
    /// so far is used. Default: 3 s.
    pub png_timeout: std::time::Duration,
    /// How close to the source [`Quality::Smart`] output must look, on the
    /// SSIMULACRA2 scale: 70 = high quality, 80 = no difference visible side
    /// by side, 90 = visually lossless even when flipping between the two.
    /// Higher costs bytes. Photos aim up to 2.6 points higher when they
    /// have much smooth area, and up to 2.2 lower when they have none (see
    /// the README). Default: 80. Range 30..=99.
    pub smart_target: f32,
}

/// The default [`Options::smart_target`].
pub const DEFAULT_SMART_TARGET: f32 = 80.0;

impl Default for Options {
    fn default() -> Self {
        Options {
            format: OutputFormat::Auto,
            quality: Quality::Smart,
            max_width: None,
            max_height: None,
            strip_metadata: true,
            limits: Limits::default(),
            avif_speed: 6,
            png_timeout: std::time::Duration::from_secs(3),
            smart_target: DEFAULT_SMART_TARGET,
        }
    }
}

impl Options {
    /// Rejects option values a struct literal could smuggle past the parsers.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        if let Quality::Fixed(q) = self.quality
            && !(1..=100).contains(&q)
        {
            return Err(Error::InvalidParam {
                param: "quality",
                message: format!("Invalid quality '{q}'. Use: smart or an integer from 1 to 100"),
            });
        }
        for (param, value) in [
            ("max_width", self.max_width),
            ("max_height", self.max_height),
        ] {
            if value == Some(0) {
                return Err(Error::InvalidParam {
                    param,
                    message: format!("Invalid {param} '0'. Use a positive integer (pixels)"),
                });
            }
        }
        if !(30.0..=99.0).contains(&self.smart_target) {
            return Err(Error::InvalidParam {
                param: "smart_target",
                message: format!(
                    "Invalid smart_target '{}'. Use 30 to 99 (SSIMULACRA2 scale)",
                    self.smart_target
                ),
            });
        }
        if !(1..=10).contains(&self.avif_speed) {
            return Err(Error::InvalidParam {
                param: "avif_speed",
                message: format!("Invalid avif_speed '{}'. Use 1 to 10", self.avif_speed),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_messages_and_params() {
        let cases: [(&str, Result<Quality, &str>); 6] = [
            ("smart", Ok(Quality::Smart)),
            ("1", Ok(Quality::Fixed(1))),
            ("100", Ok(Quality::Fixed(100))),
            (
                "0",
                Err("Invalid quality '0'. Use: smart or an integer from 1 to 100"),
            ),
            (
                "abc",
                Err("Invalid quality 'abc'. Use: smart or an integer from 1 to 100"),
            ),
            (
                "-5",
                Err("Invalid quality '-5'. Use: smart or an integer from 1 to 100"),
            ),
        ];
        for (input, expected) in cases {
            match (input.parse::<Quality>(), expected) {
                (Ok(q), Ok(e)) => assert_eq!(q, e),
                (Err(err), Err(msg)) => {
                    assert_eq!(err.to_string(), msg);
                    assert_eq!(err.code(), "invalid_param");
                    assert_eq!(err.param(), Some("quality"));
                }
                (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
        assert_eq!(
            "101".parse::<Quality>().unwrap_err().param(),
            Some("quality")
        );
        assert_eq!(
            "jpg".parse::<OutputFormat>().unwrap(),
            OutputFormat::Exactly(Format::Jpeg)
        );
        assert_eq!("auto".parse::<OutputFormat>().unwrap(), OutputFormat::Auto);
        for bad in ["0", "abc", "-5", ""] {
            let err = parse_dimension("max_width", bad).unwrap_err();
            assert_eq!(err.param(), Some("max_width"));
        }
    }
}
