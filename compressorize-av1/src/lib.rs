//! One still AV1 picture from 10-bit planes, with rav1e.
//!
//! compressorize-core decides every setting (its `encode/avif.rs`); this
//! crate only runs rav1e's encoder on the planes. It exists for build time:
//! rav1e's encoder is generic over the sample type and so is compiled where
//! `Context<u16>` is named. Naming it here, in a crate without tests,
//! compiles it once instead of twice (the core's library and its unit
//! tests).
//!
//! ```no_run
//! use rav1e::prelude::{ChromaSampling, EncoderConfig};
//!
//! let (width, height) = (64, 64);
//! let gray = vec![512u16; width * height];
//! let config = EncoderConfig {
//!     width,
//!     height,
//!     bit_depth: 10,
//!     chroma_sampling: ChromaSampling::Cs400,
//!     still_picture: true,
//!     ..EncoderConfig::default()
//! };
//! let av1 = compressorize_av1::encode_still(config, &[&gray]).unwrap();
//! assert!(!av1.is_empty());
//! ```

use rav1e::prelude::{ChromaSampling, Config, Context, EncoderStatus, InvalidConfig};

/// Why a picture could not be coded.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// rav1e refused the configuration.
    #[error("invalid AV1 encoder configuration: {0}")]
    Config(#[from] InvalidConfig),
    /// The planes do not match the configuration.
    #[error("{0}")]
    Planes(String),
    /// rav1e failed while coding.
    #[error("AV1 encoder: {0}")]
    Encoder(EncoderStatus),
}

/// Codes `planes` (row after row, `config.width` samples a row,
/// `config.height` rows; one plane for 4:0:0, three at full resolution
/// for 4:4:4) as one still AV1 picture and returns its OBUs, ready for an
/// AVIF container.
pub fn encode_still(
    config: rav1e::prelude::EncoderConfig,
    planes: &[&[u16]],
) -> Result<Vec<u8>, Error> {
    let (width, height) = (config.width, config.height);
    let expected = match config.chroma_sampling {
        ChromaSampling::Cs400 => 1,
        ChromaSampling::Cs444 => 3,
        other => {
            return Err(Error::Planes(format!(
                "unsupported chroma sampling {other:?}"
            )));
        }
    };
    if planes.len() != expected || planes.iter().any(|p| p.len() != width * height) {
        return Err(Error::Planes(format!(
            "{} planes of {:?} samples for {expected} planes of {width}×{height}",
            planes.len(),
            planes.iter().map(|p| p.len()).collect::<Vec<_>>(),
        )));
    }
    let mut context: Context<u16> = Config::new().with_encoder_config(config).new_context()?;
    let mut frame = context.new_frame();
    for (source, target) in planes.iter().zip(frame.planes.iter_mut()) {
        let mut target = target.mut_slice(Default::default());
        for (source_row, target_row) in source.chunks_exact(width).zip(target.rows_iter_mut()) {
            target_row[..width].copy_from_slice(source_row);
        }
    }
    context.send_frame(frame).map_err(Error::Encoder)?;
    context.flush();
    let mut av1 = Vec::new();
    loop {
        match context.receive_packet() {
            Ok(packet) => av1.extend_from_slice(&packet.data),
            Err(EncoderStatus::Encoded) => {}
            Err(EncoderStatus::LimitReached) => break,
            Err(e) => return Err(Error::Encoder(e)),
        }
    }
    Ok(av1)
}
