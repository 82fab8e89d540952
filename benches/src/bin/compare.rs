//! Side-by-side comparison of smart quality against fixed quality, a plain
//! full-image bisection, and a peer (sharp: MozJPEG, libwebp, AVIF, palette
//! PNG), judged by an independent metric, SSIMULACRA2 (`ssimulacra2_rs`).
//!
//! ```text
//! bash scripts/bench-compare.sh          # installs the peer and the judge, then:
//! cargo run --release -p compressorize-benches --bin compare -- [--limit N] [--rounds N] [--out FILE]
//!     [--formats jpeg,webp,avif,png] [--lossy-sets photos,graphics]
//! ```
//!
//! JPEG, WebP and AVIF run on the photos and PNG on the graphics;
//! `--lossy-sets graphics` (or `photos,graphics`) runs JPEG, WebP and AVIF
//! on the graphics (what users who send screenshots and icons to a lossy
//! format get) and fits the graphics' own calibration line.
//!
//! Every encoder gets the same input: a lossless PNG reference made once per
//! corpus image (oriented, converted to sRGB, fitted in 2048×2048), and every
//! output is judged against that reference. Runs one image at a time so that
//! timings are comparable; both cores are used inside each encoder. Our
//! encodes (smart, fixed, bisection) run `--rounds` times per image
//! (default 2), interleaved, and the fastest time counts: on a shared
//! machine one run's per-image times moved by 10–60% (docs/BENCHMARKS.md,
//! session 14). The outputs must come out the same every round.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use compressorize_core::{
    Format, Image, Limits, Options, OutputFormat, Quality, compress, decode, detect,
    perceptual_distance, smart_aim, smart_quality_range,
};
use rayon::prelude::*;

use compressorize_benches::{Error, find_judge, run_judge, save_png};

/// Longest side of the references: a typical web delivery size, and it keeps
/// a full run of the 12-megapixel photos under half an hour on two cores.
const MAX_SIDE: u32 = 2048;

/// Peer qualities swept per format (sharp's own scale per codec).
fn peer_sweep(format: Format) -> &'static [u8] {
    match format {
        Format::Jpeg | Format::WebP => &[60, 70, 75, 80, 85, 90],
        Format::Avif => &[45, 55, 60, 65, 70],
        Format::Png => &[5, 15, 30, 50, 65, 80, 90, 100],
    }
}

struct Args {
    corpus: PathBuf,
    work: PathBuf,
    peers: PathBuf,
    out: Option<PathBuf>,
    limit: Option<usize>,
    target: f32,
    formats: Vec<Format>,
    /// Timed runs of our encodes per image; the fastest counts.
    rounds: usize,
    /// The corpus sets JPEG, WebP and AVIF run on.
    lossy_sets: Vec<&'static str>,
}

fn parse_args() -> Result<Args, Error> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut args = Args {
        corpus: root.join("../shared/corpus"),
        work: root.join("target/compare"),
        peers: root.join("benches/peers"),
        out: None,
        limit: None,
        target: compressorize_core::DEFAULT_SMART_TARGET,
        formats: vec![Format::Jpeg, Format::WebP, Format::Avif, Format::Png],
        rounds: 2,
        lossy_sets: vec!["photos"],
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--corpus" => args.corpus = value()?.into(),
            "--work" => args.work = value()?.into(),
            "--out" => args.out = Some(value()?.into()),
            "--limit" => args.limit = Some(value()?.parse()?),
            "--target" => args.target = value()?.parse()?,
            "--rounds" => args.rounds = value()?.parse::<usize>()?.max(1),
            "--lossy-sets" => {
                args.lossy_sets = value()?
                    .split(',')
                    .map(|set| match set {
                        "photos" => Ok("photos"),
                        "graphics" => Ok("graphics"),
                        _ => Err(format!("unknown set {set}")),
                    })
                    .collect::<Result<_, _>>()?;
            }
            "--formats" => {
                args.formats = value()?
                    .split(',')
                    .map(|f| format_named(f).ok_or(format!("unknown format {f}")))
                    .collect::<Result<_, _>>()?;
            }
            other => return Err(format!("unknown flag {other}").into()),
        }
    }
    // The peer runs in its own directory: hand it absolute paths.
    args.work = std::path::absolute(&args.work)?;
    Ok(args)
}

fn format_named(name: &str) -> Option<Format> {
    [Format::Jpeg, Format::WebP, Format::Avif, Format::Png]
        .into_iter()
        .find(|f| f.name() == name)
}

/// One corpus image prepared as a reference.
struct Source {
    set: &'static str,
    name: String,
    reference_png: PathBuf,
    /// Composited over white for the judge (which ignores alpha).
    judge_png: PathBuf,
    image: Image,
}

/// One encoded output and what it cost.
#[derive(Clone)]
struct Output {
    path: PathBuf,
    bytes: usize,
    ms: f64,
    score: f64,
    /// Our metric's distance from the reference (not for smart outputs).
    dssim: f64,
    /// The encoder quality the output was made at (`None`: lossless or
    /// palette).
    quality: Option<u8>,
}

/// One image's full-image bisection: what it took and what it chose.
struct Bisection {
    ms: f64,
    /// The passing output's bytes or, when no quality passes, the top
    /// quality's (smart's best effort there too).
    bytes: usize,
    /// The lowest passing quality; `None` when none passes.
    quality: Option<u8>,
}

fn main() -> Result<(), Error> {
    let args = parse_args()?;
    let judge = find_judge()?;
    std::fs::create_dir_all(&args.work)?;
    let mut photos = prepare(&args, "photos")?;
    let mut graphics = prepare(&args, "graphics")?;
    if let Some(limit) = args.limit {
        photos.truncate(limit);
        graphics.truncate(limit);
    }
    eprintln!(
        "{} photos, {} graphics prepared",
        photos.len(),
        graphics.len()
    );
    let mut plan: Vec<(Format, &[Source])> = Vec::new();
    for set in &args.lossy_sets {
        let sources = if *set == "photos" { &photos } else { &graphics };
        plan.extend([Format::Jpeg, Format::WebP, Format::Avif].map(|f| (f, &sources[..])));
    }
    plan.push((Format::Png, &graphics));

    let mut report = String::new();
    let mut calibration = Vec::new();
    let mut graphics_calibration = Vec::new();
    let mut tsv = String::from("format\tencoder\timage\tbytes\tms\tssimulacra2\tdssim\tquality\n");
    for (format, sources) in plan {
        if !args.formats.contains(&format) {
            continue;
        }
        eprintln!("== {} on {} images", format.name(), sources.len());
        let result = run_format(&args, &judge, format, sources)?;
        calibration.extend(result.calibration.iter().copied());
        graphics_calibration.extend(result.graphics_calibration.iter().copied());
        tsv.push_str(&result.tsv);
        // Written after every format, so a long run can be read as it goes.
        let names: Vec<&str> = args.formats.iter().map(|f| f.name()).collect();
        std::fs::write(
            args.work.join(format!("results-{}.tsv", names.join("-"))),
            &tsv,
        )?;
        report.push_str(&result.markdown);
        print!("{}", result.markdown);
    }
    let mut tail = String::new();
    for (set, points) in [
        ("photos", &calibration),
        ("graphics", &graphics_calibration),
    ] {
        if !points.is_empty() {
            let (a, b, r) = fit_line(points);
            writeln!(
                tail,
                "\nCalibration ({set}, all peer and fixed-quality JPEG/WebP/AVIF outputs, n = {}): \
                 ln(DSSIM) = {a:.4} {b:+.5} × SSIMULACRA2 (r = {r:.3}).",
                points.len()
            )?;
        }
    }
    print!("{tail}");
    report.push_str(&tail);
    if let Some(out) = &args.out {
        std::fs::write(out, report)?;
    }
    let names: Vec<&str> = args.formats.iter().map(|f| f.name()).collect();
    std::fs::write(
        args.work.join(format!("results-{}.tsv", names.join("-"))),
        tsv,
    )?;
    Ok(())
}

/// References for every supported corpus image of a set, in name order.
fn prepare(args: &Args, set: &'static str) -> Result<Vec<Source>, Error> {
    let dir = args.corpus.join(set);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("corpus not found at {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    let out_dir = args.work.join("ref").join(set);
    std::fs::create_dir_all(&out_dir)?;
    let prepared: Vec<Option<Source>> = names
        .par_iter()
        .map(|name| -> Result<Option<Source>, Error> {
            let input = std::fs::read(dir.join(name))?;
            let options = Options {
                format: OutputFormat::Exactly(Format::Png),
                quality: Quality::Fixed(100),
                max_width: Some(MAX_SIDE),
                max_height: Some(MAX_SIDE),
                ..Options::default()
            };
            // Animations are not part of the comparison, nor are files
            // refused on purpose.
            if compressorize_core::animation_frames(&input).is_some() {
                return Ok(None);
            }
            let Ok(png) = compress(&input, &options) else {
                return Ok(None);
            };
            let image = decode(&png.bytes, &Limits::default())?.to_8bit();
            let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
            let reference_png = out_dir.join(format!("{stem}.png"));
            let judge_png = out_dir.join(format!("{stem}.judge.png"));
            save_png(&image, &reference_png)?;
            // The judge reads RGB only: alpha composited over white.
            save_png(&image.flatten_on_white(), &judge_png)?;
            Ok(Some(Source {
                set,
                name: stem.to_owned(),
                reference_png,
                judge_png,
                image,
            }))
        })
        .collect::<Result<_, _>>()?;
    Ok(prepared.into_iter().flatten().collect())
}

struct FormatResult {
    markdown: String,
    /// One line per output: format, encoder, image, bytes, ms, score.
    tsv: String,
    /// (SSIMULACRA2, DSSIM) pairs from peer and fixed outputs, photos only.
    calibration: Vec<(f64, f64)>,
    /// The same from lossy outputs of the graphics.
    graphics_calibration: Vec<(f64, f64)>,
}

/// Per-image outputs of one configuration ("smart", "q75", "sharp q80", ...).
type Runs = BTreeMap<String, Vec<Output>>;

fn run_format(
    args: &Args,
    judge: &Path,
    format: Format,
    sources: &[Source],
) -> Result<FormatResult, Error> {
    let set = sources.first().map_or("none", |s| s.set);
    let dir = args
        .work
        .join("out")
        .join(format!("{}-{set}", format.name()));
    std::fs::create_dir_all(&dir)?;
    let ext = format.extension();
    let mut runs: Runs = BTreeMap::new();
    let mut bisection: Vec<Bisection> = Vec::new();

    // Ours: smart, fixed 75 and 80, and the full-image bisection baseline.
    for source in sources {
        let input = std::fs::read(&source.reference_png)?;
        let mut ours = vec![("smart".to_owned(), Quality::Smart)];
        if format != Format::Png {
            ours.push(("q75".to_owned(), Quality::Fixed(75)));
            ours.push(("q80".to_owned(), Quality::Fixed(80)));
        } else {
            ours.push(("lossless".to_owned(), Quality::Fixed(100)));
        }
        // Round 0's outputs, by position in `ours`, for the later rounds to match.
        let mut first_outputs: Vec<Vec<u8>> = Vec::with_capacity(ours.len());
        for round in 0..args.rounds {
            for (i, (label, quality)) in ours.iter().enumerate() {
                let options = Options {
                    format: OutputFormat::Exactly(format),
                    quality: *quality,
                    smart_target: args.target,
                    ..Options::default()
                };
                let started = Instant::now();
                let out = compress(&input, &options)?;
                let ms = started.elapsed().as_secs_f64() * 1e3;
                let outputs = runs.entry(label.clone()).or_default();
                if round == 0 {
                    let path = dir.join(format!("{}.{label}.{ext}", source.name));
                    std::fs::write(&path, &out.bytes)?;
                    outputs.push(Output {
                        path,
                        bytes: out.bytes.len(),
                        ms,
                        score: f64::NAN,
                        dssim: f64::NAN,
                        quality: out.quality,
                    });
                    first_outputs.push(out.bytes);
                } else {
                    if first_outputs[i] != out.bytes {
                        return Err(format!("{label} on {}: output changed", source.name).into());
                    }
                    let first = outputs.last_mut().expect("round 0 pushed it");
                    first.ms = first.ms.min(ms);
                }
            }
            if format != Format::Png {
                let this = bisect(&input, &source.image, format, args.target)?;
                if round == 0 {
                    bisection.push(this);
                } else {
                    let first = bisection.last_mut().expect("round 0 pushed it");
                    if first.bytes != this.bytes {
                        return Err(format!("bisection on {}: output changed", source.name).into());
                    }
                    first.ms = first.ms.min(this.ms);
                }
            }
        }
    }

    // The peer, swept over its quality range.
    let mut jobs = Vec::new();
    for &q in peer_sweep(format) {
        for source in sources {
            let path = dir.join(format!("{}.sharp-q{q}.{ext}", source.name));
            jobs.push((format!("sharp q{q}"), source, path, q));
        }
    }
    let timings = run_sharp(args, format, &jobs)?;
    for ((label, _, path, q), ms) in jobs.iter().zip(timings) {
        let bytes = std::fs::metadata(path)?.len() as usize;
        runs.entry(label.clone()).or_default().push(Output {
            path: path.clone(),
            bytes,
            ms,
            score: f64::NAN,
            dssim: f64::NAN,
            quality: Some(*q),
        });
    }

    // The judge, on every output (both cores, one image each).
    let mut calibration = Vec::new();
    let mut graphics_calibration = Vec::new();
    for (label, outputs) in &mut runs {
        let scored: Vec<(f64, Option<f64>)> = outputs
            .par_iter()
            .zip(sources)
            .map(|(output, source)| -> Result<_, Error> {
                let decoded = decode(&std::fs::read(&output.path)?, &Limits::default())?.to_8bit();
                let judged = output.path.with_extension("judge.png");
                save_png(&decoded.flatten_on_white(), &judged)?;
                let score = run_judge(judge, &source.judge_png, &judged)?;
                std::fs::remove_file(&judged)?;
                let dssim = (label != "smart")
                    .then(|| perceptual_distance(&source.image, &decoded))
                    .transpose()?;
                Ok((score, dssim))
            })
            .collect::<Result<_, _>>()?;
        for ((output, (score, dssim)), source) in outputs.iter_mut().zip(scored).zip(sources) {
            output.score = score;
            if let Some(d) = dssim {
                output.dssim = d;
                match (source.set, format) {
                    ("photos", _) => calibration.push((score, d)),
                    (_, Format::Png) => {}
                    // Our metric compares alpha, the judge sees white.
                    _ if source.image.uses_alpha() => {}
                    _ => graphics_calibration.push((score, d)),
                }
            }
        }
        eprintln!("  judged {label}");
    }
    let mut tsv = String::new();
    let quality = |q: Option<u8>| q.map_or(String::new(), |q| q.to_string());
    for (label, outputs) in &runs {
        for (output, source) in outputs.iter().zip(sources) {
            writeln!(
                tsv,
                "{}\t{label}\t{}\t{}\t{:.1}\t{:.2}\t{:.7}\t{}",
                format.name(),
                source.name,
                output.bytes,
                output.ms,
                output.score,
                output.dssim,
                quality(output.quality)
            )?;
        }
    }
    // The bisection per image (not judged: its outputs are not kept).
    for (b, source) in bisection.iter().zip(sources) {
        writeln!(
            tsv,
            "{}\tbisection\t{}\t{}\t{:.1}\t\t\t{}",
            format.name(),
            source.name,
            b.bytes,
            b.ms,
            quality(b.quality)
        )?;
    }
    Ok(FormatResult {
        markdown: table(format, sources, &runs, &bisection)?,
        tsv,
        calibration,
        graphics_calibration,
    })
}

/// Plain bisection over smart's quality range with full-image encodes, the same
/// metric, and the threshold smart holds this image to in this format
/// (measured on the whole image, where smart measures its probe image).
fn bisect(
    input: &[u8],
    reference: &Image,
    format: Format,
    target: f32,
) -> Result<Bisection, Error> {
    let started = Instant::now();
    let input_format = detect(input).ok_or("the reference is in no format we read")?;
    let aim = smart_aim(reference, input_format, format, target);
    let (lowest, highest) = smart_quality_range(format);
    let (mut low, mut high) = (lowest, highest);
    let mut best = None;
    // Bytes at the highest quality tried: the bisection ends there when
    // nothing passes (4:2:0 JPEG on coloured lines), and counting 0 bytes
    // for such an image flattered the bisection (JPEG graphics, session
    // 22: "0.758× smart's").
    let mut top_failure = 0;
    while low <= high {
        let q = low + (high - low) / 2;
        let options = Options {
            format: OutputFormat::Exactly(format),
            quality: Quality::Fixed(q),
            ..Options::default()
        };
        let out = compress(input, &options)?;
        let decoded = decode(&out.bytes, &Limits::default())?.to_8bit();
        if aim.distance(reference, &decoded)? <= aim.threshold {
            best = Some((out.bytes.len(), q));
            if q == lowest {
                break;
            }
            high = q - 1;
        } else {
            top_failure = out.bytes.len();
            low = q + 1;
        }
    }
    Ok(Bisection {
        ms: started.elapsed().as_secs_f64() * 1e3,
        bytes: best.map_or(top_failure, |b| b.0),
        quality: best.map(|b| b.1),
    })
}

fn run_sharp(
    args: &Args,
    format: Format,
    jobs: &[(String, &Source, PathBuf, u8)],
) -> Result<Vec<f64>, Error> {
    let list: Vec<serde_json::Value> = jobs
        .iter()
        .map(|(_, source, path, q)| {
            serde_json::json!({
                "input": source.reference_png,
                "output": path,
                "format": format.name(),
                "quality": q,
            })
        })
        .collect();
    let job_file = args.work.join(format!("sharp-{}.json", format.name()));
    std::fs::write(&job_file, serde_json::to_vec(&list)?)?;
    let output = Command::new("node")
        .arg(args.peers.join("sharp-encode.js"))
        .arg(&job_file)
        .current_dir(&args.peers)
        .output()?;
    if !output.status.success() {
        return Err(format!("sharp failed: {}", String::from_utf8_lossy(&output.stderr)).into());
    }
    String::from_utf8(output.stdout)?
        .lines()
        .map(|line| -> Result<f64, Error> {
            let v: serde_json::Value = serde_json::from_str(line)?;
            v["ms"]
                .as_f64()
                .ok_or_else(|| "no ms in sharp output".into())
        })
        .collect()
}

/// The markdown section for one output format.
fn table(
    format: Format,
    sources: &[Source],
    runs: &Runs,
    bisection: &[Bisection],
) -> Result<String, Error> {
    let mut md = String::new();
    let set = sources.first().map_or("-", |s| s.set);
    writeln!(
        md,
        "\n### {} (on {} {set})\n",
        format.name().to_uppercase(),
        sources.len()
    )?;
    writeln!(
        md,
        "| encoder | total bytes | median SSIMULACRA2 | lowest | median ms |"
    )?;
    writeln!(md, "|---|---:|---:|---:|---:|")?;
    let mut peer_points = Vec::new();
    let mut order: Vec<&String> = runs.keys().collect();
    order.sort_by_key(|label| {
        let q: u32 = label
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .unwrap_or(0);
        (!label.starts_with("smart"), label.starts_with("sharp"), q)
    });
    for label in order {
        let outputs = &runs[label];
        let total: usize = outputs.iter().map(|o| o.bytes).sum();
        let scores: Vec<f64> = outputs.iter().map(|o| o.score).collect();
        let ms: Vec<f64> = outputs.iter().map(|o| o.ms).collect();
        let (median_score, lowest) = (median(&scores), min(&scores));
        writeln!(
            md,
            "| {label} | {total} | {median_score:.1} | {lowest:.1} | {:.0} |",
            median(&ms)
        )?;
        if label.starts_with("sharp") {
            peer_points.push((median_score, total as f64, lowest));
        }
    }
    if !bisection.is_empty() {
        let ms: Vec<f64> = bisection.iter().map(|b| b.ms).collect();
        let total: usize = bisection.iter().map(|b| b.bytes).sum();
        writeln!(
            md,
            "| full-image bisection (same metric) | {total} | - | - | {:.0} |",
            median(&ms)
        )?;
    }
    let smart = &runs["smart"];
    let smart_total: usize = smart.iter().map(|o| o.bytes).sum();
    let smart_scores: Vec<f64> = smart.iter().map(|o| o.score).collect();
    let (smart_median, smart_lowest) = (median(&smart_scores), min(&smart_scores));
    writeln!(md)?;
    let peer_at_median = interpolate_peer(&peer_points, smart_median);
    match peer_at_median {
        Some((bytes, lowest)) => writeln!(
            md,
            "sharp interpolated at smart's median SSIMULACRA2 {smart_median:.1}: {bytes:.0} bytes \
             (lowest {lowest:.1}). **Smart / sharp = {:.3}**; smart's lowest {smart_lowest:.1}.",
            smart_total as f64 / bytes
        )?,
        None => writeln!(
            md,
            "smart's median SSIMULACRA2 {smart_median:.1} is outside sharp's swept range."
        )?,
    }
    if let Some((fixed, _)) = peer_at_median {
        if let Some(oracle) = peer_at_scores(runs, &vec![smart_median; smart.len()]) {
            writeln!(
                md,
                "The peer with a perfect per-image predictor (every image at exactly \
                 {smart_median:.1}, its bytes interpolated per image along the sweep): \
                 {oracle:.0} bytes = {:.3} × the peer at fixed quality.",
                oracle / fixed
            )?;
        }
        // Smart / sharp split in two: the encoders at equal score, image by
        // image, and what the spread of smart's scores costs the peer
        // against its fixed quality with the same median.
        if let Some(matched) = peer_at_scores(runs, &smart_scores) {
            writeln!(
                md,
                "The peer at smart's own score on each image: {matched:.0} bytes; smart / \
                 that = {:.3} (the encoders at equal score), that / the peer at fixed \
                 quality = {:.3} (what these scores cost the peer).",
                smart_total as f64 / matched,
                matched / fixed
            )?;
        }
    }
    let fixed_label = if format == Format::Png {
        "lossless"
    } else {
        "q75"
    };
    let fixed_ms: Vec<f64> = runs[fixed_label].iter().map(|o| o.ms).collect();
    let smart_ms: Vec<f64> = smart.iter().map(|o| o.ms).collect();
    let per_image: Vec<f64> = smart_ms
        .iter()
        .zip(&fixed_ms)
        .map(|(smart, fixed)| smart / fixed)
        .collect();
    write!(
        md,
        "Speed: median smart {:.0} ms = {:.2}× the median fixed ({fixed_label}); \
         median per-image ratio smart / fixed {:.2}×",
        median(&smart_ms),
        median(&smart_ms) / median(&fixed_ms),
        median(&per_image)
    )?;
    if !bisection.is_empty() {
        let ms: Vec<f64> = bisection.iter().map(|b| b.ms).collect();
        let per_image: Vec<f64> = ms.iter().zip(&smart_ms).map(|(b, s)| b / s).collect();
        write!(
            md,
            "; full-image bisection is {:.1}× slower than smart (median per image {:.1}×)",
            median(&ms) / median(&smart_ms),
            median(&per_image)
        )?;
        let agreed = bisection
            .iter()
            .zip(smart)
            .filter(|(b, s)| b.quality.is_some() && b.quality == s.quality)
            .count();
        let total: usize = bisection.iter().map(|b| b.bytes).sum();
        write!(
            md,
            ". The bisection chose smart's quality on {agreed} of {} images; its bytes are \
             {:.3}× smart's",
            bisection.len(),
            total as f64 / smart_total as f64
        )?;
        let missed = bisection.iter().filter(|b| b.quality.is_none()).count();
        if missed > 0 {
            write!(
                md,
                " (on {missed}, where no quality passes, its top quality's bytes are counted)"
            )?;
        }
    }
    writeln!(md, ".")?;
    Ok(md)
}

/// Peer bytes and lowest score at `score`, linear between the two swept
/// points whose median scores bracket it.
fn interpolate_peer(points: &[(f64, f64, f64)], score: f64) -> Option<(f64, f64)> {
    let mut sorted = points.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    sorted.windows(2).find_map(|w| {
        let (a, b) = (w[0], w[1]);
        (a.0 <= score && score <= b.0).then(|| {
            let t = if b.0 > a.0 {
                (score - a.0) / (b.0 - a.0)
            } else {
                0.0
            };
            (a.1 + t * (b.1 - a.1), a.2 + t * (b.2 - a.2))
        })
    })
}

/// Total bytes if each image scored exactly its entry of `scores` with the
/// peer's encoder: per image, ln(bytes) interpolated (or extrapolated from
/// the two nearest points) along its own sweep. With one score for all, what
/// a flawless per-image quality search would give with the peer's encoder:
/// the limit of equal-score targeting.
fn peer_at_scores(runs: &Runs, scores: &[f64]) -> Option<f64> {
    let sweep: Vec<&Vec<Output>> = runs
        .iter()
        .filter(|(label, _)| label.starts_with("sharp"))
        .map(|(_, outputs)| outputs)
        .collect();
    let mut total = 0.0;
    for (image, &score) in scores.iter().enumerate() {
        let mut points: Vec<(f64, f64)> = sweep
            .iter()
            .map(|outputs| &outputs[image])
            .filter(|o| o.score.is_finite() && o.bytes > 0)
            .map(|o| (o.score, (o.bytes as f64).ln()))
            .collect();
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
        points.dedup_by(|a, b| a.0 == b.0);
        if points.len() < 2 {
            return None;
        }
        let pair = points
            .windows(2)
            .find(|w| w[0].0 <= score && score <= w[1].0)
            .map(|w| (w[0], w[1]))
            .unwrap_or_else(|| {
                if score < points[0].0 {
                    (points[0], points[1])
                } else {
                    (points[points.len() - 2], points[points.len() - 1])
                }
            });
        let ((s0, b0), (s1, b1)) = pair;
        total += (b0 + (score - s0) * (b1 - b0) / (s1 - s0)).exp();
    }
    Some(total)
}

fn median(values: &[f64]) -> f64 {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len().is_multiple_of(2) {
        (v[mid - 1] + v[mid]) / 2.0
    } else {
        v[mid]
    }
}

fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

/// Least squares ln(dssim) = a + b·score, and the correlation.
fn fit_line(points: &[(f64, f64)]) -> (f64, f64, f64) {
    let pts: Vec<(f64, f64)> = points
        .iter()
        .filter(|(s, d)| s.is_finite() && *d > 0.0)
        .map(|&(s, d)| (s, d.ln()))
        .collect();
    let n = pts.len() as f64;
    let (mx, my) = (
        pts.iter().map(|p| p.0).sum::<f64>() / n,
        pts.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let syy: f64 = pts.iter().map(|p| (p.1 - my).powi(2)).sum();
    let slope = sxy / sxx;
    (my - slope * mx, slope, sxy / (sxx * syy).sqrt())
}
