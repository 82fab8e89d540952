//! Finding the lowest encoder quality whose output meets a distance
//! threshold, with few probes: a first batch spread over the range, then
//! batches placed by interpolating ln(distance) between the closest failing
//! and passing qualities. Each batch runs in parallel (rayon).

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

/// At most this many batches after the first: three qualities around the
/// interpolated estimate, then (rarely needed) one more.
const REFINE_ROUNDS: usize = 2;

/// The lowest quality in `lowest..=highest` whose probe meets `threshold`
/// (or the best probe at `highest` when none does), and all probes made.
pub(crate) fn lowest_passing(
    lowest: u8,
    highest: u8,
    first: &[u8],
    threshold: f64,
    probe: impl Fn(u8) -> Result<Probe> + Sync,
) -> Result<(Probe, Vec<Probe>)> {
    let mut probes = run(first, &probe)?;
    for round in 0..REFINE_ROUNDS {
        let mut next = next_batch(&probes, lowest, highest, threshold);
        if round > 0 && next.len() > 1 {
            // The middle one: the estimate itself.
            next = vec![next[next.len() / 2]];
        }
        if next.is_empty() {
            break;
        }
        probes.extend(run(&next, &probe)?);
    }
    let best = passing(&probes, threshold)
        .min_by_key(|p| p.quality)
        .or_else(|| probes.iter().max_by_key(|p| p.quality))
        .copied()
        .expect("the first batch is never empty");
    Ok((best, probes))
}

fn run(qualities: &[u8], probe: &(impl Fn(u8) -> Result<Probe> + Sync)) -> Result<Vec<Probe>> {
    qualities.par_iter().map(|&q| probe(q)).collect()
}

fn passing(probes: &[Probe], threshold: f64) -> impl Iterator<Item = &Probe> {
    probes.iter().filter(move |p| p.distance <= threshold)
}

/// Qualities to try next, or none when the answer is pinned to ±1.
fn next_batch(probes: &[Probe], lowest: u8, highest: u8, threshold: f64) -> Vec<u8> {
    let pass = passing(probes, threshold).min_by_key(|p| p.quality);
    let fail = probes
        .iter()
        .filter(|p| p.distance > threshold && pass.is_none_or(|pass| p.quality < pass.quality))
        .max_by_key(|p| p.quality);
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

/// The estimate and its neighbours, strictly between `low` and `high`.
fn spread(estimate: u8, low: u8, high: u8) -> Vec<u8> {
    let mut batch: Vec<u8> = [
        estimate.saturating_sub(1),
        estimate,
        estimate.saturating_add(1),
    ]
    .into_iter()
    .filter(|&q| q > low && q < high)
    .collect();
    batch.dedup();
    batch
}

/// Quality where ln(distance) crosses ln(threshold) on the line through
/// the failing and passing probes.
fn interpolate(fail: &Probe, pass: &Probe, threshold: f64) -> u8 {
    let (lf, lp, lt) = (ln(fail.distance), ln(pass.distance), ln(threshold));
    let (qf, qp) = (f64::from(fail.quality), f64::from(pass.quality));
    let t = if (lf - lp).abs() < 1e-12 {
        0.5
    } else {
        ((lf - lt) / (lf - lp)).clamp(0.0, 1.0)
    };
    (qf + t * (qp - qf)).ceil() as u8
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
    let slope = (ln(b.distance) - ln(a.distance)) / (f64::from(b.quality) - f64::from(a.quality));
    let q = f64::from(a.quality) + (ln(threshold) - ln(a.distance)) / slope;
    Some(q.round().clamp(1.0, 100.0) as u8)
}

fn ln(distance: f64) -> f64 {
    distance.max(1e-9).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fake encoder whose distance halves every 8 quality steps.
    fn model(q: u8) -> Probe {
        Probe {
            quality: q,
            bytes: usize::from(q) * 1000,
            distance: 0.01 * 0.5f64.powf(f64::from(q) / 8.0),
        }
    }

    fn exact_answer(threshold: f64) -> u8 {
        (1..=100).find(|&q| model(q).distance <= threshold).unwrap()
    }

    #[test]
    fn finds_the_lowest_passing_quality_in_few_probes() {
        for threshold in [0.004, 0.001, 0.0003, 0.00012] {
            let calls = AtomicUsize::new(0);
            let (best, _) = lowest_passing(30, 95, &[60, 75, 90], threshold, |q| {
                calls.fetch_add(1, Ordering::Relaxed);
                Ok(model(q))
            })
            .unwrap();
            let expected = exact_answer(threshold).clamp(30, 95);
            assert_eq!(best.quality, expected, "threshold {threshold}");
            assert!(
                calls.load(Ordering::Relaxed) <= 9,
                "{} probes",
                calls.load(Ordering::Relaxed)
            );
        }
    }

    #[test]
    fn unreachable_target_gives_the_top_quality() {
        let (best, _) = lowest_passing(30, 95, &[60, 75, 90], 1e-9, |q| Ok(model(q))).unwrap();
        assert_eq!(best.quality, 95);
    }
}
