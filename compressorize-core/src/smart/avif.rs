//! Smart AVIF: a quality search, fast probes calibrated by one at the final
//! speed for photos, the final speed's probes for the rest.

use super::metric::Metric;
use super::prober::Prober;
use super::{AVIF_FAST_PROBE_MIN_PIXELS, AVIF_PROBE_SPEED, Choice, Probing, finish};
use crate::encode::EncodeSettings;
use crate::error::Result;
use crate::format::Format;
use crate::pixels::Image;

/// AVIF: a quality search. A photo's probes (of its mosaic, or of the
/// whole photo from [`AVIF_FAST_PROBE_MIN_PIXELS`]) run at
/// [`AVIF_PROBE_SPEED`], calibrated by one probe at the final speed (see
/// [`Prober::search_calibrated`]); other probes (graphics, photos checked
/// whole, smaller photos) run at the final speed, and the final encode
/// always does. Photos probed whole at the final speed cost about as much
/// as a full-image bisection (paris, 403 × 302: 6 probes, 0.83 s against
/// 0.13 s for one encode). Probes of the whole image that pass at
/// [`super::LOWEST`] search on down to [`super::AVIF_LOWEST`]; a mosaic's
/// answer goes there only once it passed whole (see
/// [`super::Search::below_floor_after_check`]), and one too large to be
/// measured whole stays at LOWEST. Photos' fast probes stop at LOWEST (no
/// corpus photo probed so comes near it: 46–60).
pub(super) fn choose<M: Metric>(
    image: &Image,
    base: &EncodeSettings<'_>,
    prober: &Prober<'_, M>,
    threshold: f64,
    probing: Probing,
    photo: bool,
) -> Result<Choice> {
    let probe_settings = EncodeSettings {
        avif_exif: None,
        ..*base
    };
    let fast_probes = photo && image.pixel_count() >= AVIF_FAST_PROBE_MIN_PIXELS;
    let best = if fast_probes && base.avif_speed < AVIF_PROBE_SPEED {
        prober.search_calibrated(&probe_settings, threshold)?
    } else if let Some(failed) = probing.failed() {
        prober.search_seeded(&probe_settings, threshold, failed)?
    } else if !prober.mosaic {
        prober.search_down_to_floor(&probe_settings, threshold)?
    } else {
        // A mosaic goes below LOWEST only after the whole-image check.
        prober.search_to_lowest(&probe_settings, threshold)?
    };
    if let Some(bytes) = prober.output(&probe_settings, best.quality) {
        return Ok(Choice {
            bytes,
            quality: Some(best.quality),
            distance: Some(best.distance),
        });
    }
    finish(
        image,
        Format::Avif,
        &EncodeSettings {
            quality: best.quality,
            ..*base
        },
        best.distance,
    )
}
