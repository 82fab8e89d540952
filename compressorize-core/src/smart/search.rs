//! Finding the lowest encoder quality whose output meets a distance
//! threshold, with few probes: a first batch spread over the range, then
//! pairs placed by interpolation between the closest failing and passing
//! qualities. Each batch runs in parallel (rayon); a pair fills both cores
//! of a small machine.
//!
//! The interpolation is linear between ln(distance) and ln(101 − quality):
//! encoders scale their quantiser steps roughly with (100 − quality) at the
//! qualities smart uses, and distortion grows as a power of the step, so
//! this is nearly a straight line where ln(distance) against the quality
//! itself bends (measured on the corpus photos with MozJPEG: plain linear
//! interpolation between 68 and 86 landed 1–4 steps below the answer).
//!
//! Qualities the encoder codes alike (AVIF: 100 qualities, 64 quantisers)
//! are encoded once: a probe at a quality whose coding was already probed
//! takes that probe's result. The search then runs exactly as if it had
//! encoded again, only sooner (13 of the 15 corpus photos asked twice for
//! one AVIF coding, 6 of them in a round of its own).

use rayon::prelude::*;

use crate::error::Result;

/// One trial encode, measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Probe {
    /// Encoder quality.
    pub quality: u8,
    /// Encoded size in bytes.
    pub bytes: usize,
    /// Metric distance from the reference.
    pub distance: f64,
}

/// Batches after the first: the interpolated estimate and the quality
/// above it, then (when that did not pin the answer) the new estimate alone.
const REFINE_ROUNDS: usize = 2;
/// More single-probe rounds, only while the closest failing and passing
/// qualities are more than [`WIDE_BRACKET`] apart. An encoder whose quality
/// scale bends can leave a wide bracket after the first rounds (ravif's
/// quantiser falls 5× faster per step above quality 82): on
/// northern_cardinal's AVIF mosaic, 82 failed and 90 passed, and taking 90
/// cost 237,901 bytes where 83 passes in 151,482.
const EXTRA_ROUNDS: usize = 2;
const WIDE_BRACKET: u8 = 3;

/// The lowest quality in `lowest..=highest` whose probe meets `threshold`
/// (or the best probe at `highest` when none does), and all probes made.
/// `coding` gives equal keys for qualities the encoder codes alike
/// (see the module).
pub(crate) fn lowest_passing<K: PartialEq>(
    lowest: u8,
    highest: u8,
    first: &[u8],
    threshold: f64,
    coding: impl Fn(u8) -> K,
    probe: impl Fn(u8) -> Result<Probe> + Sync,
) -> Result<(Probe, Vec<Probe>)> {
    let mut probes = run(first, &[], &coding, &probe)?;
    for round in 0..REFINE_ROUNDS + EXTRA_ROUNDS {
        if round >= REFINE_ROUNDS && !bracket_is_wide(&probes, threshold) {
            break;
        }
        let mut next = next_batch(&probes, lowest, highest, threshold);
        if round > 0 {
            // The estimate itself.
            next.truncate(1);
        }
        if next.is_empty() {
            break;
        }
        let batch = run(&next, &probes, &coding, &probe)?;
        probes.extend(batch);
    }
    let best = passing(&probes, threshold)
        .min_by_key(|p| p.quality)
        .or_else(|| probes.iter().max_by_key(|p| p.quality))
        .copied()
        .expect("the first batch is never empty");
    Ok((best, probes))
}

/// Probes at `qualities`, in parallel, encoding only the codings not
/// among `known` (nor earlier in the batch).
fn run<K: PartialEq>(
    qualities: &[u8],
    known: &[Probe],
    coding: &impl Fn(u8) -> K,
    probe: &(impl Fn(u8) -> Result<Probe> + Sync),
) -> Result<Vec<Probe>> {
    let mut fresh: Vec<u8> = Vec::with_capacity(qualities.len());
    for &quality in qualities {
        let key = coding(quality);
        let seen = |q: &u8| coding(*q) == key;
        if !known.iter().map(|p| &p.quality).any(seen) && !fresh.iter().any(seen) {
            fresh.push(quality);
        }
    }
    let encoded: Vec<Probe> = fresh.par_iter().map(|&q| probe(q)).collect::<Result<_>>()?;
    Ok(qualities
        .iter()
        .map(|&quality| {
            let key = coding(quality);
            let same = encoded
                .iter()
                .chain(known)
                .find(|p| coding(p.quality) == key)
                .expect("every coding was probed before or just now");
            Probe { quality, ..*same }
        })
        .collect())
}

fn passing(probes: &[Probe], threshold: f64) -> impl Iterator<Item = &Probe> {
    probes.iter().filter(move |p| p.distance <= threshold)
}

/// Whether the closest failing and passing probes are more than
/// [`WIDE_BRACKET`] qualities apart (false unless there are both).
fn bracket_is_wide(probes: &[Probe], threshold: f64) -> bool {
    match bracket(probes, threshold) {
        (Some(fail), Some(pass)) => pass.quality - fail.quality > WIDE_BRACKET,
        _ => false,
    }
}

/// The highest failing probe below the lowest passing one, and that
/// passing one (either may be missing).
fn bracket(probes: &[Probe], threshold: f64) -> (Option<&Probe>, Option<&Probe>) {
    let pass = passing(probes, threshold).min_by_key(|p| p.quality);
    let fail = probes
        .iter()
        .filter(|p| p.distance > threshold && pass.is_none_or(|pass| p.quality < pass.quality))
        .max_by_key(|p| p.quality);
    (fail, pass)
}

/// Qualities to try next, or none when the answer is pinned to ±1.
fn next_batch(probes: &[Probe], lowest: u8, highest: u8, threshold: f64) -> Vec<u8> {
    let (fail, pass) = bracket(probes, threshold);
    let (low, high) = match (fail, pass) {
        (Some(f), Some(p)) => (f.quality, p.quality),
        // Everything fails: aim above the best probe, up to the top.
        (Some(f), None) if f.quality < highest => {
            let estimate = extrapolate(probes, threshold).unwrap_or(highest);
            let step = estimate.clamp(f.quality + 1, highest);
            return spread(step, f.quality, highest + 1);
        }
        // Everything passes: aim below the lowest probe, down to the floor.
        (None, Some(p)) if p.quality > lowest => {
            let estimate = extrapolate(probes, threshold).unwrap_or(lowest);
            let step = estimate.clamp(lowest, p.quality - 1);
            return spread(step, lowest.saturating_sub(1), p.quality);
        }
        _ => return Vec::new(),
    };
    if high - low <= 1 {
        return Vec::new();
    }
    let estimate = interpolate(fail.unwrap(), pass.unwrap(), threshold);
    spread(estimate, low, high)
}

/// The estimate and the quality above it (interpolation tends to land a
/// little low), keeping strictly between `low` and `high`; the quality
/// below the estimate stands in for whichever of them falls outside.
fn spread(estimate: u8, low: u8, high: u8) -> Vec<u8> {
    let inside = |q: &u8| *q > low && *q < high;
    let mut batch: Vec<u8> = [estimate, estimate.saturating_add(1)]
        .into_iter()
        .filter(inside)
        .collect();
    if batch.len() < 2 {
        batch.extend(estimate.checked_sub(1).filter(inside));
    }
    batch
}

/// Quality where ln(distance) crosses ln(threshold) on the line through
/// the failing and passing probes (in ln(101 − quality), see the module).
fn interpolate(fail: &Probe, pass: &Probe, threshold: f64) -> u8 {
    let (lf, lp, lt) = (ln(fail.distance), ln(pass.distance), ln(threshold));
    let (xf, xp) = (steps(fail.quality), steps(pass.quality));
    let t = if (lf - lp).abs() < 1e-12 {
        0.5
    } else {
        ((lf - lt) / (lf - lp)).clamp(0.0, 1.0)
    };
    quality_at(xf + t * (xp - xf)).ceil() as u8
}

/// Straight-line estimate from the two probes closest to the threshold
/// when the threshold is outside the probed range.
fn extrapolate(probes: &[Probe], threshold: f64) -> Option<u8> {
    let mut sorted: Vec<&Probe> = probes.iter().collect();
    sorted.sort_by(|a, b| {
        (ln(a.distance) - ln(threshold))
            .abs()
            .total_cmp(&(ln(b.distance) - ln(threshold)).abs())
    });
    let (a, b) = (sorted.first()?, sorted.get(1)?);
    if a.quality == b.quality || (ln(a.distance) - ln(b.distance)).abs() < 1e-12 {
        return None;
    }
    let slope = (ln(b.distance) - ln(a.distance)) / (steps(b.quality) - steps(a.quality));
    let x = steps(a.quality) + (ln(threshold) - ln(a.distance)) / slope;
    Some(quality_at(x).round().clamp(1.0, 100.0) as u8)
}

/// The interpolation axis: ln(101 − quality), which falls as quality rises.
fn steps(quality: u8) -> f64 {
    (101.0 - f64::from(quality)).ln()
}

/// The inverse of [`steps`].
fn quality_at(steps: f64) -> f64 {
    101.0 - steps.exp()
}

fn ln(distance: f64) -> f64 {
    distance.max(1e-9).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fake encoder whose distance grows with the square of (101 − q),
    /// the shape the interpolation assumes.
    fn model(q: u8) -> Probe {
        Probe {
            quality: q,
            bytes: usize::from(q) * 1000,
            distance: 1e-6 * (101.0 - f64::from(q)).powi(2),
        }
    }

    fn exact_answer(threshold: f64) -> u8 {
        (1..=100).find(|&q| model(q).distance <= threshold).unwrap()
    }

    #[test]
    fn finds_the_lowest_passing_quality_in_few_probes() {
        for threshold in [0.004, 0.002, 0.001, 0.0003, 0.00012, 0.00003] {
            let calls = AtomicUsize::new(0);
            let (best, _) = lowest_passing(
                30,
                95,
                &[60, 75, 90],
                threshold,
                |q| q,
                |q| {
                    calls.fetch_add(1, Ordering::Relaxed);
                    Ok(model(q))
                },
            )
            .unwrap();
            let expected = exact_answer(threshold).clamp(30, 95);
            assert_eq!(best.quality, expected, "threshold {threshold}");
            assert!(
                calls.load(Ordering::Relaxed) <= 7,
                "{} probes",
                calls.load(Ordering::Relaxed)
            );
        }
    }

    #[test]
    fn qualities_coded_alike_are_encoded_once_and_change_nothing_else() {
        // Like AVIF: qualities map onto 64 quantisers, some two to one, and
        // the output depends on the quantiser alone (distance: the model's
        // square law at the quality the quantiser stands for).
        let quantizer = |q: u8| ((100 - u16::from(q)) * 63 + 50) / 100;
        let coarse = |q: u8| {
            let step = 101.0 - (100.0 - f64::from(quantizer(q)) * 100.0 / 63.0);
            Probe {
                quality: q,
                bytes: 100_000 / usize::from(quantizer(q) + 1),
                distance: 1e-6 * step.powi(2),
            }
        };
        let mut saved = 0;
        // 40 thresholds from 0.00012 to 0.004, evenly in ln.
        for step in 0..40 {
            let threshold = 0.00012 * (0.004f64 / 0.00012).powf(f64::from(step) / 39.0);
            let search = |keyed: bool| {
                let encoded = Mutex::new(Vec::new());
                let (best, probes) = lowest_passing(
                    30,
                    95,
                    &[60, 74],
                    threshold,
                    |q| if keyed { quantizer(q) } else { u16::from(q) },
                    |q| {
                        encoded.lock().unwrap().push(quantizer(q));
                        Ok(coarse(q))
                    },
                )
                .unwrap();
                (best, probes, encoded.into_inner().unwrap())
            };
            let (plain_best, plain_probes, plain_encoded) = search(false);
            let (best, probes, encoded) = search(true);
            assert_eq!(best, plain_best, "threshold {threshold}");
            assert_eq!(probes, plain_probes, "threshold {threshold}");
            let mut distinct = encoded.clone();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(
                distinct.len(),
                encoded.len(),
                "a coding encoded twice: {encoded:?}"
            );
            saved += plain_encoded.len() - encoded.len();
        }
        assert!(saved > 0, "no threshold asked twice for one coding");
    }

    #[test]
    fn other_curve_shapes_still_give_a_passing_quality_close_to_the_answer() {
        // Distance halving every 8 steps: not the assumed shape.
        let exponential = |q: u8| Probe {
            quality: q,
            bytes: usize::from(q) * 1000,
            distance: 0.01 * 0.5f64.powf(f64::from(q) / 8.0),
        };
        for threshold in [0.004, 0.001, 0.0003, 0.00012] {
            let (best, probes) = lowest_passing(
                30,
                95,
                &[60, 75, 90],
                threshold,
                |q| q,
                |q| Ok(exponential(q)),
            )
            .unwrap();
            let exact = (30..=95)
                .find(|&q| exponential(q).distance <= threshold)
                .unwrap();
            assert!(best.distance <= threshold, "threshold {threshold}");
            assert!(
                (exact..=exact + 2).contains(&best.quality),
                "threshold {threshold}: {} for {exact}",
                best.quality
            );
            // Up to two more when the first rounds leave a wide bracket.
            assert!(probes.len() <= 8, "{} probes: {probes:?}", probes.len());
        }
    }

    #[test]
    fn a_bend_in_the_quality_scale_does_not_end_the_search_far_above_the_answer() {
        // Like ravif on northern_cardinal's mosaic: the distance barely
        // moves up to 82, then falls 13% per step (probes there: 76
        // 0.001448, 80 0.001298, 81 0.001248, 82 0.001246, 90 0.000410).
        let bent = |q: u8| Probe {
            quality: q,
            bytes: usize::from(q) * 1000,
            distance: if q <= 82 {
                0.001246 + 0.00005 * f64::from(82 - q)
            } else {
                0.001246 * 0.87f64.powi(i32::from(q) - 82)
            },
        };
        let threshold = 0.001174;
        let (best, probes) =
            lowest_passing(30, 95, &[76, 90], threshold, |q| q, |q| Ok(bent(q))).unwrap();
        assert_eq!(best.quality, 83, "probed {probes:?}");
        assert!(probes.len() <= 8, "{} probes", probes.len());
    }

    #[test]
    fn unreachable_target_gives_the_top_quality() {
        let (best, _) =
            lowest_passing(30, 95, &[60, 75, 90], 1e-9, |q| q, |q| Ok(model(q))).unwrap();
        assert_eq!(best.quality, 95);
    }
}
