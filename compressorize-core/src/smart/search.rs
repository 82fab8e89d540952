//! Finding the lowest encoder quality whose output meets a distance
//! threshold, with few probes: a first batch (the formats' searches start
//! with one probe near the usual answer), then a pair placed by
//! interpolation between the closest failing and passing qualities (or by
//! extrapolation with the encoder's typical slope), then single probes.
//! Each batch runs in parallel (rayon); a pair fills both cores of a small
//! machine.
//!
//! Distortion grows as a power of the encoder's quantiser step, so the
//! interpolation is linear in ln(distance) against ln(step), and the
//! encoder's [`StepCurve`] says what that is in terms of quality.
//!
//! Qualities the encoder codes alike (AVIF: 100 qualities, 64 quantisers)
//! share one result: a probe stands for every quality coded as it is, so the
//! bracket closes on codings, not qualities, and the two qualities of a
//! pair code differently (a pair such as 63 and 64, one AVIF quantiser,
//! used to encode once and leave a core idle).

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

/// Batches after the first: the interpolated estimate and a partner next
/// to it (see [`StepCurve`]), then (when that did not pin the answer) the
/// new estimate alone.
const REFINE_ROUNDS: usize = 2;
/// More single-probe rounds, only while the answer is open: the closest
/// failing and passing codings leave more than [`StepCurve::settled_gap`]
/// qualities between them, or no probe has passed (failed) yet. An encoder
/// whose quality scale bends can leave a wide bracket after the first
/// rounds (with rav1e, AVIF's encoder until session 12, the quantiser fell
/// 5× faster per step above quality 82): on northern_cardinal's AVIF
/// mosaic, 82 failed and 90 passed, and taking 90 cost 237,901 bytes where
/// 83 passes in 151,482. Small graphics whose scores wander as quality
/// rises need more: swiss (a 68 × 68 flag) as
/// AVIF stopped with 77 failing and 95 passing after two, and took 95
/// (2,264 bytes) where 85 passes in 1,146. Replaying the AVIF searches of
/// the corpus at every quality, six left the 15 photos' answers and probes
/// as they were (every photo settles sooner) and cut the 40 graphics'
/// bytes by 1.2% for 9% more probing (docs/BENCHMARKS.md, session 24).
const EXTRA_ROUNDS: usize = 6;

/// How an encoder's quantiser step follows its quality: the axis along
/// which ln(distance) is nearly a straight line, and so the one the search
/// interpolates along.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum StepCurve {
    /// The step is proportional to (101 − quality), as in MozJPEG above
    /// quality 50: interpolate along ln(101 − quality) (on the corpus photos
    /// plain linear interpolation between 68 and 86 landed 1–4 below the
    /// answer). The estimates still land a little low, so a refining pair
    /// adds the quality above the estimate.
    Proportional {
        /// The usual slope of ln(distance) along ln(101 − quality), for an
        /// estimate from a single probe.
        typical_slope: f64,
    },
    /// The step grows exponentially as quality falls, as in AV1, whose
    /// quantiser index is linear in libavif's quality: interpolate along
    /// quality itself. On the 15 corpus photos' AVIF mosaics the first
    /// estimate was the answer for 8 of 14 (along ln(101 − quality): 3), so a
    /// refining pair adds the coding below the estimate, which then pins it.
    Exponential {
        /// The usual slope of ln(distance) along quality, for an estimate
        /// from a single probe.
        typical_slope: f64,
    },
}

impl StepCurve {
    /// The usual slope of ln(distance) along the axis, for an estimate from
    /// a single probe.
    fn typical_slope(self) -> f64 {
        match self {
            StepCurve::Proportional { typical_slope }
            | StepCurve::Exponential { typical_slope } => typical_slope,
        }
    }

    /// The widest gap between the closest failing and passing qualities
    /// at which the search stops after its refining rounds. Three for
    /// JPEG and WebP, whose qualities each code differently; for AVIF none
    /// may be left untried: its codings are one or two qualities apart, and
    /// one left out cost 5.8% (kodim07: 58 where 57 passes).
    fn settled_gap(self) -> u8 {
        match self {
            StepCurve::Proportional { .. } => 3,
            StepCurve::Exponential { .. } => 1,
        }
    }

    /// Where `quality` sits on the interpolation axis.
    fn position(self, quality: f64) -> f64 {
        match self {
            StepCurve::Proportional { .. } => (101.0 - quality).ln(),
            StepCurve::Exponential { .. } => quality,
        }
    }

    /// The quality at `position` on the axis (the inverse of [`Self::position`]).
    fn quality(self, position: f64) -> f64 {
        match self {
            StepCurve::Proportional { .. } => 101.0 - position.exp(),
            StepCurve::Exponential { .. } => position,
        }
    }
}

/// What a search found, and what it cost.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Outcome {
    /// The lowest passing quality (the lowest of those coded alike), or the
    /// best probe at the top quality when none passes.
    pub best: Probe,
    /// Every probe, in the order asked (a quality coded like an earlier
    /// probe carries that probe's result).
    pub probes: Vec<Probe>,
    /// Batches that encoded something: each is one wait for the slowest
    /// of its encodes.
    pub rounds: usize,
    /// Probes below the range, made ahead (see [`lowest_passing_in`]).
    pub ahead: Vec<Probe>,
}

/// The lowest quality in `lowest..=highest` whose probe meets `threshold`
/// (or the best probe at `highest` when none does), and all probes made,
/// interpolating along `curve`. `coding` gives equal keys for qualities the
/// encoder codes alike (see the module); it must be constant over runs of
/// consecutive qualities.
pub(crate) fn lowest_passing<K: PartialEq>(
    lowest: u8,
    highest: u8,
    first: &[u8],
    threshold: f64,
    curve: StepCurve,
    coding: impl Fn(u8) -> K,
    probe: impl Fn(u8) -> Result<Probe> + Sync,
) -> Result<Outcome> {
    let range = Range {
        lowest,
        highest,
        floor: lowest,
    };
    lowest_passing_in(range, first, threshold, curve, coding, probe)
}

/// The qualities a search answers from, and how far below them its first
/// pair may look (see [`lowest_passing_in`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Range {
    /// The lowest quality the answer may take.
    pub lowest: u8,
    /// The highest quality the answer may take.
    pub highest: u8,
    /// The lowest quality the first pair may probe ahead, for a search
    /// that goes on below `lowest` when `lowest` passes; `lowest` for none.
    pub floor: u8,
}

/// How far below the range the first estimate must lie for the pair to
/// probe it ahead (see [`lowest_passing_in`]). Nearer, the range's lowest
/// quality may well fail, and then the quality above it tells more: as
/// AVIF (the 40 corpus graphics and flowers, whole and mosaics), quality
/// 30 failed for 3 of the 5 first estimates between 21 and 28
/// (lorem_ipsum's mosaic 21, circle-trns-after-plte 25, test-pattern's
/// mosaic 28) and passed for all 15 at 19 and below (docs/BENCHMARKS.md,
/// session 39).
const AHEAD_MARGIN: u8 = 10;

/// [`lowest_passing`] over `range`, probing ahead below it. When the first
/// probes all pass and the estimate lies [`AHEAD_MARGIN`] or more below
/// `range.lowest`, the first pair is `lowest` and that estimate (no lower
/// than `range.floor`), returned in [`Outcome::ahead`], instead of
/// `lowest` and the quality above it, which cannot change the answer once
/// `lowest` passes. A search that goes on below then starts from both.
/// Graphics as AVIF, which go below quality 30 (docs/BENCHMARKS.md,
/// session 37): grey-8bit-alpha probed 55, 30 and 31, then 7 and 8, 12,
/// 14: seven probes in five rounds; with 13 probed beside 30 it takes 55,
/// 30 and 13, 14 and 15: five in three, the same answer (14).
pub(crate) fn lowest_passing_in<K: PartialEq>(
    range: Range,
    first: &[u8],
    threshold: f64,
    curve: StepCurve,
    coding: impl Fn(u8) -> K,
    probe: impl Fn(u8) -> Result<Probe> + Sync,
) -> Result<Outcome> {
    let Range {
        lowest, highest, ..
    } = range;
    let mut rounds = 0;
    let mut probes = run(first, &[], &coding, &probe, &mut rounds)?;
    let mut ahead: Vec<Probe> = Vec::new();
    let mut refine = |probes: &mut Vec<Probe>, rounds: &mut usize| -> Result<()> {
        for round in 0..REFINE_ROUNDS + EXTRA_ROUNDS {
            let Some(open) = Open::new(probes, (lowest, highest), threshold, &coding) else {
                break;
            };
            if round >= REFINE_ROUNDS && !open.unsettled(curve) {
                break;
            }
            let mut next = open.next_batch(probes, range, threshold, curve, &coding);
            if round > 0 {
                // The estimate itself.
                next.truncate(1);
            }
            if next.is_empty() {
                break;
            }
            let batch = run(&next, probes, &coding, &probe, rounds)?;
            let (inside, outside): (Vec<Probe>, Vec<Probe>) =
                batch.into_iter().partition(|p| p.quality >= lowest);
            probes.extend(inside);
            ahead.extend(outside);
        }
        Ok(())
    };
    refine(&mut probes, &mut rounds)?;
    if passing(&probes, threshold).next().is_none() {
        // The rounds ran out with every probe failing below the top: scores
        // that fall as quality rises mislead the estimates (swiss, a 68 × 68
        // flag, as AVIF: SSIMULACRA2 74.3 at quality 55, 72.9 at 63, 79.5 at
        // 77, 83.1 at 85). The top says whether anything passes; if it does,
        // the search goes on between it and the highest failure instead of
        // returning a failure.
        let top = run(&[highest], &probes, &coding, &probe, &mut rounds)?;
        let top_passes = passing(&top, threshold).next().is_some();
        probes.extend(top);
        if top_passes {
            // A fresh budget of rounds: at most 1 + 8 + 1 + 8 batches in all.
            refine(&mut probes, &mut rounds)?;
        }
    }
    let mut best = passing(&probes, threshold)
        .min_by_key(|p| p.quality)
        .or_else(|| probes.iter().max_by_key(|p| p.quality))
        .copied()
        .expect("the first batch is never empty");
    if best.distance <= threshold {
        // The qualities below it coded alike pass too: report the lowest.
        best.quality = first_coded_alike(best.quality, lowest, &coding);
    }
    Ok(Outcome {
        best,
        probes,
        rounds,
        ahead,
    })
}

/// Probes at `qualities`, in parallel, encoding only the codings not
/// among `known` (nor earlier in the batch); counts the batch in `rounds`
/// when it encoded anything.
fn run<K: PartialEq>(
    qualities: &[u8],
    known: &[Probe],
    coding: &impl Fn(u8) -> K,
    probe: &(impl Fn(u8) -> Result<Probe> + Sync),
    rounds: &mut usize,
) -> Result<Vec<Probe>> {
    let mut fresh: Vec<u8> = Vec::with_capacity(qualities.len());
    for &quality in qualities {
        let key = coding(quality);
        let seen = |q: &u8| coding(*q) == key;
        if !known.iter().map(|p| &p.quality).any(seen) && !fresh.iter().any(seen) {
            fresh.push(quality);
        }
    }
    if !fresh.is_empty() {
        *rounds += 1;
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

/// The qualities the answer lies strictly between: the failing probe's
/// quality raised, and the passing one's lowered, over the qualities coded
/// as they are (those share their results). Every quality left inside
/// codes differently from both.
fn open_interval<K: PartialEq>(fail: &Probe, pass: &Probe, coding: &impl Fn(u8) -> K) -> (u8, u8) {
    let low = last_coded_alike(fail.quality, pass.quality - 1, coding);
    let high = first_coded_alike(pass.quality, low + 1, coding);
    (low, high)
}

/// The highest quality up to `limit` coded as `quality` is (given codings
/// that stay constant over runs of qualities).
fn last_coded_alike<K: PartialEq>(quality: u8, limit: u8, coding: &impl Fn(u8) -> K) -> u8 {
    let key = coding(quality);
    (quality..=limit.max(quality))
        .take_while(|&q| coding(q) == key)
        .last()
        .unwrap_or(quality)
}

/// The lowest quality down to `limit` coded as `quality` is.
fn first_coded_alike<K: PartialEq>(quality: u8, limit: u8, coding: &impl Fn(u8) -> K) -> u8 {
    let key = coding(quality);
    (limit.min(quality)..=quality)
        .rev()
        .take_while(|&q| coding(q) == key)
        .last()
        .unwrap_or(quality)
}

/// Where the answer may still lie, given the probes so far: always some
/// quality that codes differently from every probe.
#[derive(Debug, Clone, Copy)]
enum Open<'p> {
    /// Strictly between `low` and `high`: the closest failing and passing
    /// probes' qualities, widened over those coded alike (see
    /// [`open_interval`]).
    Between {
        fail: &'p Probe,
        pass: &'p Probe,
        low: u8,
        high: u8,
    },
    /// Every probe failed: above `low`, the highest quality coded like the
    /// highest probe, `fail`, up to the top of the range.
    Above { fail: &'p Probe, low: u8 },
    /// Every probe passed: below `high`, the lowest quality coded like the
    /// lowest probe, `pass`, down to the floor of the range.
    Below { pass: &'p Probe, high: u8 },
}

impl<'p> Open<'p> {
    /// `None` when no quality left could change the answer: the bracket
    /// holds none strictly inside, or every probe failed (passed) and none
    /// is left above (below), or there are no probes.
    fn new<K: PartialEq>(
        probes: &'p [Probe],
        (lowest, highest): (u8, u8),
        threshold: f64,
        coding: &impl Fn(u8) -> K,
    ) -> Option<Self> {
        let open = match bracket(probes, threshold) {
            (Some(fail), Some(pass)) => {
                let (low, high) = open_interval(fail, pass, coding);
                Open::Between {
                    fail,
                    pass,
                    low,
                    high,
                }
            }
            (Some(fail), None) => Open::Above {
                fail,
                low: last_coded_alike(fail.quality, highest, coding),
            },
            (None, Some(pass)) => Open::Below {
                pass,
                high: first_coded_alike(pass.quality, lowest, coding),
            },
            (None, None) => return None,
        };
        let left = match open {
            Open::Between { low, high, .. } => high - low > 1,
            Open::Above { low, .. } => low < highest,
            Open::Below { high, .. } => high > lowest,
        };
        left.then_some(open)
    }

    /// Whether to go on after the refining rounds: the closest failing and
    /// passing codings leave more than `curve`'s settled gap between them,
    /// or every probe failed (passed), with qualities left above (below).
    fn unsettled(self, curve: StepCurve) -> bool {
        match self {
            Open::Between { low, high, .. } => high - low > curve.settled_gap(),
            Open::Above { .. } | Open::Below { .. } => true,
        }
    }

    /// The qualities to try next: the estimate and a partner (see
    /// [`spread`]), or, for an estimate below the range, its lowest quality
    /// and the estimate ahead of it down to `range.floor` (see
    /// [`lowest_passing_in`]).
    fn next_batch<K: PartialEq>(
        self,
        probes: &[Probe],
        Range {
            lowest,
            highest,
            floor,
        }: Range,
        threshold: f64,
        curve: StepCurve,
        coding: &impl Fn(u8) -> K,
    ) -> Vec<u8> {
        let spread = |estimate, low, high| spread(estimate, (low, high), curve, coding);
        match self {
            Open::Between {
                fail,
                pass,
                low,
                high,
            } => spread(interpolate(fail, pass, threshold, curve), low, high),
            // Aim above the best probe, up to the top.
            Open::Above { fail, low } => {
                let estimate = extrapolate(fail, probes, threshold, curve);
                spread(estimate.clamp(low + 1, highest), low, highest + 1)
            }
            // Aim below the lowest probe, down to the floor.
            Open::Below { pass, high } => {
                let estimate = extrapolate(pass, probes, threshold, curve);
                let ahead = estimate.max(floor);
                let well_below = estimate.saturating_add(AHEAD_MARGIN) <= lowest;
                if well_below && coding(ahead) != coding(lowest) {
                    return vec![lowest, ahead];
                }
                spread(
                    estimate.clamp(lowest, high - 1),
                    lowest.saturating_sub(1),
                    high,
                )
            }
        }
    }
}

/// The estimate and, from the side [`StepCurve`] says, the nearest quality
/// that codes differently, keeping strictly between `low` and `high`; the
/// nearest one on the other side stands in for whichever falls outside.
fn spread<K: PartialEq>(
    estimate: u8,
    (low, high): (u8, u8),
    curve: StepCurve,
    coding: &impl Fn(u8) -> K,
) -> Vec<u8> {
    let inside = |q: &u8| *q > low && *q < high;
    let key = coding(estimate);
    let other = |q: &u8| inside(q) && coding(*q) != key;
    let above = || (estimate.saturating_add(1)..high).find(other);
    let below = || (low.saturating_add(1)..estimate).rev().find(other);
    let mut batch: Vec<u8> = Vec::with_capacity(2);
    batch.extend(Some(estimate).filter(inside));
    let (partner, stand_in) = match curve {
        StepCurve::Proportional { .. } => (above(), below()),
        StepCurve::Exponential { .. } => (below(), above()),
    };
    batch.extend(partner);
    if batch.len() < 2 {
        batch.extend(stand_in);
    }
    batch
}

/// Quality where ln(distance) crosses ln(threshold) on the line through
/// the failing and passing probes, along `curve`'s axis.
fn interpolate(fail: &Probe, pass: &Probe, threshold: f64, curve: StepCurve) -> u8 {
    let (lf, lp, lt) = (ln(fail.distance), ln(pass.distance), ln(threshold));
    let (xf, xp) = (position(curve, fail), position(curve, pass));
    let t = if (lf - lp).abs() < 1e-12 {
        0.5
    } else {
        ((lf - lt) / (lf - lp)).clamp(0.0, 1.0)
    };
    curve.quality(xf + t * (xp - xf)).ceil() as u8
}

/// Straight-line estimate, when the threshold is outside the probed range,
/// from `bound` (the probe closest to the open side: the highest when all
/// fail, the lowest when all pass) and the other probe closest to the
/// threshold (from `bound` and the curve's typical slope when there is no
/// other, or when the two say distance falls as quality falls).
///
/// Anchored at `bound`, not at the probe closest to the threshold, which
/// for wandering distances lies inside the probed range: the alpha
/// Netherlands flag as JPEG passed at 67 (distance 16.5), 65 (16.4) and 62
/// (13.1); from 67 every estimate came out at 62, was held just below the
/// lowest probe, and the search walked 61, 60, 59, 58, 57 one probe a
/// round until its rounds ran out.
///
/// Graphics' distances wander along quality: ztxt_example as AVIF passed
/// at 47 (SSIMULACRA2 distance 15.43) and at 46 (14.76) under a threshold
/// of 20. Their slope put the threshold above 46, so the estimate was
/// clamped to the next coding down, and the search walked 45, 43, 42 one
/// probe a round; the typical slope goes to 42 at once (10 probes → 8,
/// the same answer; docs/BENCHMARKS.md, session 28).
fn extrapolate(bound: &Probe, probes: &[Probe], threshold: f64, curve: StepCurve) -> u8 {
    let a = bound;
    let off = |p: &&Probe| (ln(p.distance) - ln(threshold)).abs();
    let closest_other = probes
        .iter()
        .filter(|p| p.quality != a.quality)
        .min_by(|p, q| off(p).total_cmp(&off(q)));
    let typical = curve.typical_slope();
    let slope = match closest_other {
        Some(b) if (ln(a.distance) - ln(b.distance)).abs() >= 1e-12 => {
            let slope =
                (ln(b.distance) - ln(a.distance)) / (position(curve, b) - position(curve, a));
            if slope.signum() == typical.signum() {
                slope
            } else {
                typical
            }
        }
        _ => typical,
    };
    let x = position(curve, a) + (ln(threshold) - ln(a.distance)) / slope;
    curve.quality(x).round().clamp(1.0, 100.0) as u8
}

/// Where a probe's quality sits on `curve`'s axis.
fn position(curve: StepCurve, probe: &Probe) -> f64 {
    curve.position(f64::from(probe.quality))
}

fn ln(distance: f64) -> f64 {
    distance.max(1e-9).ln()
}

/// For tests: the probe at `quality` replayed from distances `measured`
/// at some qualities, the one coded alike (its bytes made up).
#[cfg(test)]
pub(crate) fn replayed<K: PartialEq>(
    measured: &[(u8, f64)],
    coding: impl Fn(u8) -> K,
    quality: u8,
) -> Probe {
    let (_, distance) = *measured
        .iter()
        .find(|(m, _)| coding(*m) == coding(quality))
        .unwrap_or_else(|| panic!("quality {quality} was not measured"));
    Probe {
        quality,
        bytes: 100 * usize::from(quality),
        distance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use crate::format::Format;
    use crate::smart::step_curve;

    /// The curves as smart quality uses them for JPEG and AVIF photos.
    const PROPORTIONAL: StepCurve = step_curve(Format::Jpeg, true);
    const EXPONENTIAL: StepCurve = step_curve(Format::Avif, true);

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

    /// From a spread first batch and from the single first probes the
    /// formats use (JPEG 76, WebP 86), whose first estimate takes the
    /// typical slope (1.41) where the model's is 2: the exact answer
    /// either way, in at most five probes from one.
    #[test]
    fn finds_the_lowest_passing_quality_in_few_probes() {
        let starts: [&[u8]; 3] = [&[60, 75, 90], &[76], &[86]];
        for (first, threshold) in starts
            .into_iter()
            .flat_map(|first| [0.004, 0.002, 0.001, 0.0003, 0.00012, 0.00003].map(|t| (first, t)))
        {
            let calls = AtomicUsize::new(0);
            let best = lowest_passing(
                30,
                95,
                first,
                threshold,
                PROPORTIONAL,
                |q| q,
                |q| {
                    calls.fetch_add(1, Ordering::Relaxed);
                    Ok(model(q))
                },
            )
            .unwrap()
            .best;
            let expected = exact_answer(threshold).clamp(30, 95);
            assert_eq!(
                best.quality, expected,
                "first {first:?}, threshold {threshold}"
            );
            // At most four refining probes after the first batch.
            let most = first.len() + 4;
            assert!(
                calls.load(Ordering::Relaxed) <= most,
                "first {first:?}, threshold {threshold}: {} probes",
                calls.load(Ordering::Relaxed)
            );
        }
    }

    /// On a curve of the corpus photos' typical shape (ln distance rising
    /// 1.41 per unit of ln(101 − q)), the typical slope puts the first
    /// estimate on the answer, so one probe and one pair find it: four
    /// probes at most (five without the typical slope).
    #[test]
    fn one_first_probe_and_one_pair_find_the_answer_on_a_typical_curve() {
        let typical = |q: u8| Probe {
            quality: q,
            bytes: usize::from(q) * 1000,
            distance: 1e-5 * (101.0 - f64::from(q)).powf(1.41),
        };
        for (first, answer) in [76, 86].into_iter().flat_map(|first| {
            [62, 68, 72, 75, 78, 80, 83, 85, 88, 90].map(|answer| (first, answer))
        }) {
            let threshold = typical(answer).distance * 1.0001;
            let calls = AtomicUsize::new(0);
            let best = lowest_passing(
                30,
                95,
                &[first],
                threshold,
                PROPORTIONAL,
                |q| q,
                |q| {
                    calls.fetch_add(1, Ordering::Relaxed);
                    Ok(typical(q))
                },
            )
            .unwrap()
            .best;
            assert_eq!(best.quality, answer, "first {first}");
            let probes = calls.load(Ordering::Relaxed);
            assert!(
                probes <= 4,
                "first {first}, answer {answer}: {probes} probes"
            );
        }
    }

    /// AV1's quantiser for libavif's quality: 100 qualities onto 64
    /// quantisers, some two to one.
    fn quantizer(q: u8) -> u16 {
        ((100 - u16::from(q)) * 63 + 50) / 100
    }

    /// A fake AV1 encoder: the output depends on the quantiser alone, and
    /// ln(distance) falls by `slope` per quality (the quantiser's step
    /// grows exponentially).
    fn av1_like(q: u8, slope: f64) -> Probe {
        let standing_for = 100.0 - f64::from(quantizer(q)) * 100.0 / 63.0;
        Probe {
            quality: q,
            bytes: 100_000 / usize::from(quantizer(q) + 1),
            distance: 0.02 * (-slope * standing_for).exp(),
        }
    }

    /// The lowest quality whose coding passes (it then codes as no failing one).
    fn av1_answer(threshold: f64, slope: f64) -> u8 {
        (30..=95)
            .find(|&q| av1_like(q, slope).distance <= threshold)
            .unwrap_or(95)
    }

    #[test]
    fn qualities_coded_alike_are_encoded_once_and_the_answer_is_exact() {
        let mut rounds = [0, 0];
        // Slopes around the typical one, 40 thresholds from 0.00012 to
        // 0.004 evenly in ln.
        for slope in [0.040, 0.056, 0.075] {
            for step in 0..40 {
                let threshold = 0.00012 * (0.004f64 / 0.00012).powf(f64::from(step) / 39.0);
                let search = |keyed: bool| {
                    let encoded = Mutex::new(Vec::new());
                    let outcome = lowest_passing(
                        30,
                        95,
                        &[62],
                        threshold,
                        EXPONENTIAL,
                        |q| if keyed { quantizer(q) } else { u16::from(q) },
                        |q| {
                            encoded.lock().unwrap().push(quantizer(q));
                            Ok(av1_like(q, slope))
                        },
                    )
                    .unwrap();
                    (outcome, encoded.into_inner().unwrap())
                };
                let (keyed, encoded) = search(true);
                let (plain, _) = search(false);
                let case = format!("slope {slope}, threshold {threshold}");
                assert_eq!(
                    keyed.best.quality,
                    av1_answer(threshold, slope),
                    "{case} {:?}",
                    keyed
                );
                let reachable = av1_like(95, slope).distance <= threshold;
                assert_eq!(keyed.best.distance <= threshold, reachable, "{case}");
                let mut distinct = encoded.clone();
                distinct.sort_unstable();
                distinct.dedup();
                assert_eq!(
                    distinct.len(),
                    encoded.len(),
                    "a coding encoded twice: {case}"
                );
                if slope == 0.056 {
                    // The typical slope: the single first probe's estimate
                    // is close, and a pair then a single settle it.
                    assert!(keyed.rounds <= 3, "{case}: {} rounds", keyed.rounds);
                }
                rounds[0] += keyed.rounds;
                rounds[1] += plain.rounds;
            }
        }
        // Closing on codings takes fewer rounds than closing on qualities.
        assert!(rounds[0] < rounds[1], "rounds keyed / plain: {rounds:?}");
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
            let Outcome { best, probes, .. } = lowest_passing(
                30,
                95,
                &[60, 75, 90],
                threshold,
                PROPORTIONAL,
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
        let Outcome { best, probes, .. } = lowest_passing(
            30,
            95,
            &[76, 90],
            threshold,
            PROPORTIONAL,
            |q| q,
            |q| Ok(bent(q)),
        )
        .unwrap();
        assert_eq!(best.quality, 83, "probed {probes:?}");
        assert!(probes.len() <= 8, "{} probes", probes.len());
    }

    #[test]
    fn unreachable_target_gives_the_top_quality() {
        for curve in [PROPORTIONAL, EXPONENTIAL] {
            let outcome =
                lowest_passing(30, 95, &[60, 75, 90], 1e-9, curve, |q| q, |q| Ok(model(q)))
                    .unwrap();
            assert_eq!(outcome.best.quality, 95);
        }
    }

    /// ztxt_example's AVIF distances as measured (SSIMULACRA2, threshold
    /// 20), with AV1's qualities coded alike: two passing probes whose
    /// distances fall with quality no longer step the search down one
    /// coding a round.
    #[test]
    fn a_slope_of_the_wrong_sign_takes_the_typical_one() {
        let measured = [
            (55, 12.4841),
            (47, 15.4293),
            (46, 14.7618),
            (45, 14.7435),
            (43, 14.3513),
            (42, 16.1243),
            (36, 16.9769),
            (35, 19.4261),
            (34, 20.9531),
            (30, 24.2026),
        ];
        let asked = Mutex::new(Vec::new());
        let outcome = lowest_passing(30, 95, &[55], 20.0, EXPONENTIAL, quantizer, |q| {
            asked.lock().unwrap().push(q);
            Ok(replayed(&measured, quantizer, q))
        })
        .unwrap();
        assert_eq!(outcome.best.quality, 35);
        let mut asked = asked.into_inner().unwrap();
        asked.sort_unstable();
        assert_eq!(asked, [30, 34, 35, 36, 41, 46, 47, 55]);
    }

    /// The alpha Netherlands flag's JPEG distances as measured (SSIMULACRA2,
    /// threshold 20, 4:2:0): everything passes down to 36 while the
    /// distances wander. Estimates from the lowest passing probe reach the
    /// answer in eight probes; from the probe closest to the threshold (67)
    /// the search walked down one quality a round and stopped at 57.
    #[test]
    fn wandering_passing_distances_do_not_walk_down_one_probe_a_round() {
        let measured = [
            (76, 12.93132),
            (68, 14.98390),
            (67, 16.54592),
            (65, 16.37171),
            (62, 13.10850),
            (61, 13.73016),
            (60, 12.55854),
            (59, 13.28113),
            (58, 13.22889),
            (57, 14.26499),
            (44, 15.89933),
            (36, 17.97811),
            (34, 20.69177),
        ];
        let asked = Mutex::new(Vec::new());
        let outcome = lowest_passing(
            30,
            95,
            &[76],
            20.0,
            PROPORTIONAL,
            |q| q,
            |q| {
                asked.lock().unwrap().push(q);
                Ok(replayed(&measured, |q| q, q))
            },
        )
        .unwrap();
        assert_eq!(outcome.best.quality, 36);
        let mut asked = asked.into_inner().unwrap();
        asked.sort_unstable();
        assert_eq!(asked, [34, 36, 44, 60, 65, 67, 68, 76]);
    }

    /// test-pattern's AVIF mosaic distances as measured (SSIMULACRA2,
    /// threshold 20; libaom's codings without alpha). From 55 the estimate
    /// is 28, just below 30, which fails: 31 beside it is the answer. With
    /// 28 probed ahead instead, the CLI took two rounds and three probes
    /// more.
    #[test]
    fn an_estimate_just_below_the_range_is_probed_beside_the_quality_above() {
        let coding = |q| crate::encode::coding_key(Format::Avif, q, false);
        let measured = [(55, 10.973), (31, 19.007), (30, 22.276), (28, 23.765)];
        let asked = Mutex::new(Vec::new());
        let probe = |q| {
            asked.lock().unwrap().push(q);
            Ok(replayed(&measured, coding, q))
        };
        let range = Range {
            lowest: 30,
            highest: 95,
            floor: 1,
        };
        let curve = step_curve(Format::Avif, false);
        let outcome = lowest_passing_in(range, &[55], 20.0, curve, coding, probe).unwrap();
        assert_eq!(outcome.best.quality, 31);
        assert!(outcome.ahead.is_empty());
        assert_eq!(outcome.rounds, 2);
        let mut asked = asked.into_inner().unwrap();
        asked.sort_unstable();
        assert_eq!(asked, [30, 31, 55]);
    }

    /// grey-8bit-alpha's AVIF distances as measured (SSIMULACRA2 on the
    /// whole 400 × 300 graphic, threshold 20; libaom's codings with alpha).
    /// 55 and 30 pass, and the first estimate lies below 30: the pair is 30
    /// and that estimate, 13, not 30 and 31, and the search below 30 goes on
    /// from both to 14 with one pair more. Before, it took 30 and 31, then
    /// 7 and 8, 12, 14: two probes and two rounds more.
    #[test]
    fn a_first_estimate_below_the_range_is_probed_beside_its_floor() {
        let coding = |q| crate::encode::coding_key(Format::Avif, q, true);
        let measured = [
            (55, 7.883),
            (31, 11.982),
            (30, 12.325),
            (15, 19.276),
            (14, 19.111),
            (13, 21.076),
            (12, 21.076),
            (8, 21.743),
            (7, 23.888),
        ];
        let asked = Mutex::new(Vec::new());
        let probe = |q| {
            asked.lock().unwrap().push(q);
            Ok(replayed(&measured, coding, q))
        };
        let curve = step_curve(Format::Avif, false);
        let range = Range {
            lowest: 30,
            highest: 95,
            floor: 1,
        };
        let first = lowest_passing_in(range, &[55], 20.0, curve, coding, probe).unwrap();
        assert_eq!(first.best.quality, 30);
        assert_eq!(first.ahead.len(), 1);
        let ahead = first.ahead[0];
        assert_eq!((ahead.quality, ahead.distance), (13, 21.076));
        assert_eq!(*asked.lock().unwrap(), [55, 30, 13]);

        let known = [first.best, ahead];
        let below = lowest_passing(1, 30, &[30, 13], 20.0, curve, coding, |q| {
            match known.iter().find(|p| p.quality == q) {
                Some(p) => Ok(*p),
                None => probe(q),
            }
        })
        .unwrap();
        assert_eq!(below.best.quality, 14);
        let mut asked = asked.into_inner().unwrap();
        asked.sort_unstable();
        assert_eq!(asked, [13, 14, 15, 30, 55]);

        // Without a floor below the range, the pair is 30 and 31.
        let asked = Mutex::new(Vec::new());
        let probe = |q| {
            asked.lock().unwrap().push(q);
            Ok(replayed(&measured, coding, q))
        };
        let plain = lowest_passing(30, 95, &[55], 20.0, curve, coding, probe).unwrap();
        assert!(plain.ahead.is_empty());
        assert_eq!(asked.into_inner().unwrap(), [55, 30, 31]);
    }
}
