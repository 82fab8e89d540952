//! Encoder-settings lab: sweeps one codec's quality under several encoder
//! variants on the compare runner's photo references (`WORK/ref/photos` after
//! a `compare` run) and reports, per variant, the bytes at equal SSIMULACRA2:
//! each image interpolated at TARGET along its own sweep (what a perfect
//! per-image search would pay), and the fixed-quality total whose median
//! score is TARGET. This is how the JPEG table and AVIF bit-depth choices in
//! docs/BENCHMARKS.md were measured.
//!
//! ```text
//! lab jpeg|webp|avif REF_DIR WORK_DIR TARGET VARIANT...
//! LAB_Q=62,68,74,80,86,92 lab jpeg /work/cmp/ref/photos /tmp/lab 79.5 base d10
//! ```
//!
//! JPEG, WebP and AVIF variants (see [`jpeg`], [`webp`], [`avif`]) combine
//! with `+`. `LAB_Q` sets the swept qualities, `LAB_LIMIT` the image count.

use std::path::PathBuf;
use std::time::Instant;

use compressorize_core::{Image, Layout, Limits, Samples, decode};
use rayon::prelude::*;

use compressorize_benches::{Error, find_judge, run_judge, save_png};

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 5 || !matches!(args[0].as_str(), "jpeg" | "webp" | "avif") {
        return Err("usage: lab jpeg|webp|avif REF_DIR WORK_DIR TARGET VARIANT...".into());
    }
    let codec = args[0].clone();
    let refs = PathBuf::from(&args[1]);
    let work = PathBuf::from(&args[2]);
    let target: f64 = args[3].parse()?;
    let variants = &args[4..];
    std::fs::create_dir_all(&work)?;
    let judge = find_judge()?;
    let mut images: Vec<PathBuf> = std::fs::read_dir(&refs)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let s = p.to_string_lossy();
            s.ends_with(".png") && !s.ends_with(".judge.png")
        })
        .collect();
    images.sort();
    if let Ok(n) = std::env::var("LAB_LIMIT") {
        images.truncate(n.parse()?);
    }
    let qualities: Vec<u8> = std::env::var("LAB_Q")
        .unwrap_or_else(|_| "70,75,80,85,90".into())
        .split(',')
        .map(|q| q.parse())
        .collect::<Result<_, _>>()?;
    // Decoded once: every variant and quality encodes the same pixels.
    let references: Vec<Image> = images
        .par_iter()
        .map(|path| -> Result<Image, Error> {
            let image = decode(&std::fs::read(path)?, &Limits::default())?.to_8bit();
            if image.layout != Layout::Rgb {
                return Err(format!("{}: the lab takes RGB references", path.display()).into());
            }
            Ok(image)
        })
        .collect::<Result<_, _>>()?;
    let mut summary = String::new();
    for variant in variants {
        let t = Instant::now();
        // (image, quality) -> (bytes, score, ms)
        let rows: Vec<(usize, u8, usize, f64, f64)> = images
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, path)| qualities.iter().map(move |&q| (i, path, q)))
            .map(|(i, path, q)| -> Result<_, Error> {
                let image = &references[i];
                let Samples::U8(px) = &image.samples else {
                    unreachable!("to_8bit returns 8-bit samples")
                };
                let start = Instant::now();
                let bytes = match codec.as_str() {
                    "jpeg" => jpeg(px, image.width, image.height, q, variant)?,
                    "webp" => webp(px, image.width, image.height, q, variant)?,
                    _ => avif(px, image.width, image.height, q, variant)?,
                };
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                let stem = path.file_stem().unwrap_or_default().to_string_lossy();
                let out = work.join(format!("{stem}.{variant}.{q}.png"));
                let decoded = decode(&bytes, &Limits::default())?.to_8bit();
                save_png(&decoded, &out)?;
                let score = run_judge(&judge, &refs.join(format!("{stem}.judge.png")), &out)?;
                std::fs::remove_file(&out)?;
                Ok((i, q, bytes.len(), score, ms))
            })
            .collect::<Result<_, _>>()?;
        // Per image: bytes at `target` along its own sweep (a perfect predictor).
        let mut at_target = 0.0;
        let mut misses = 0;
        for i in 0..images.len() {
            let mut pts: Vec<(f64, f64)> = rows
                .iter()
                .filter(|r| r.0 == i)
                .map(|r| (r.3, r.2 as f64))
                .collect();
            pts.sort_by(|a, b| a.0.total_cmp(&b.0));
            match interpolate(&pts, target) {
                Some(b) => at_target += b,
                None => misses += 1,
            }
        }
        // Fixed quality: total bytes and median score per quality, then total at median = target.
        let mut fixed: Vec<(f64, f64)> = qualities
            .iter()
            .map(|&q| {
                let r: Vec<_> = rows.iter().filter(|r| r.1 == q).collect();
                let mut s: Vec<f64> = r.iter().map(|r| r.3).collect();
                s.sort_by(|a, b| a.total_cmp(b));
                (s[s.len() / 2], r.iter().map(|r| r.2 as f64).sum())
            })
            .collect();
        fixed.sort_by(|a, b| a.0.total_cmp(&b.0));
        let ms: f64 = rows.iter().map(|r| r.4).sum();
        let line = format!(
            "{variant:>16}: per-image@{target} {:>10.0} B (misses {misses}); fixed-median@{target} {:>10.0} B; medians {:?}; encode {:.1} s, wall {:.1} s\n",
            at_target,
            interpolate(&fixed, target).unwrap_or(f64::NAN),
            fixed
                .iter()
                .map(|f| (f.0 * 10.0).round() / 10.0)
                .collect::<Vec<_>>(),
            ms / 1000.0,
            t.elapsed().as_secs_f64()
        );
        eprint!("{line}");
        summary.push_str(&line);
        let tsv: String = rows
            .iter()
            .map(|r| {
                format!(
                    "{variant}\t{}\t{}\t{}\t{:.3}\t{:.0}\n",
                    images[r.0]
                        .file_stem()
                        .unwrap_or_default()
                        .to_string_lossy(),
                    r.1,
                    r.2,
                    r.3,
                    r.4
                )
            })
            .collect();
        std::fs::write(work.join(format!("{codec}.{variant}.tsv")), tsv)?;
    }
    print!("{summary}");
    Ok(())
}

fn interpolate(points: &[(f64, f64)], x: f64) -> Option<f64> {
    points.windows(2).find_map(|w| {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        (x0 <= x && x <= x1 && x1 > x0).then(|| y0 + (y1 - y0) * (x - x0) / (x1 - x0))
    })
}

/// MozJPEG as the core sets it up, with variants (the core's tables are
/// `d10`): `base` (mozjpeg's default tables), `tI` (table I of
/// mozjpeg's `ALL_TABLES` for luma and chroma), `uI` (chroma table I), `cN`
/// (chroma at quality q − N), `dN` (DC and low frequencies at quality q + N),
/// `s444` (no chroma subsampling), `st` (trellis optimised per progressive
/// scan), `smN` (input smoothing N, 0–100).
fn jpeg(px: &[u8], w: u32, h: u32, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    use mozjpeg::{ColorSpace, Compress, qtable};
    let mut c = Compress::new(ColorSpace::JCS_RGB);
    c.set_size(w as usize, h as usize);
    c.set_quality(f32::from(q));
    c.set_progressive_mode();
    c.set_optimize_coding(true);
    c.set_optimize_scans(true);
    let mut sub = (2, 2);
    let (mut luma, mut chroma) = (None::<usize>, None::<usize>);
    let (mut dc, mut dch) = (0.0f32, 0.0f32);
    for part in variant.split('+') {
        if part == "st" {
            c.set_use_scans_in_trellis(true);
        } else if let Some(f) = part.strip_prefix("sm") {
            c.set_smoothing_factor(f.parse()?);
        } else if let Some(d) = part.strip_prefix('c') {
            dch = d.parse()?;
        } else if let Some(i) = part.strip_prefix('t') {
            luma = Some(i.parse()?);
            chroma = luma;
        } else if let Some(i) = part.strip_prefix('u') {
            chroma = Some(i.parse()?);
        } else if let Some(d) = part.strip_prefix('d') {
            dc = d.parse()?;
        } else if part == "s444" {
            sub = (1, 1);
        } else if part != "base" {
            return Err(format!("variant {part}").into());
        }
    }
    let qf = f32::from(q);
    if luma.is_some() || chroma.is_some() || dc != 0.0 || dch != 0.0 {
        let lt = luma.map_or(&qtable::NRobidoux, |i| qtable::ALL_TABLES[i].1);
        let ct = chroma.map_or(&qtable::NRobidoux, |i| qtable::ALL_TABLES[i].1);
        let qc = (qf - dch).clamp(1.0, 100.0);
        c.set_luma_qtable(&lt.scaled((qf + dc).clamp(1.0, 100.0), qf));
        c.set_chroma_qtable(&ct.scaled((qc + dc).clamp(1.0, 100.0), qc));
    }
    c.set_chroma_sampling_pixel_sizes(sub, sub);
    let mut s = c.start_compress(Vec::new())?;
    s.write_scanlines(px)?;
    Ok(s.finish()?)
}

/// libwebp lossy at effort 6 (the core's final encode is `s80+a`), with variants: `base`,
/// `mN` (effort), `sN` (spatial noise shaping strength), `fN` (filter
/// strength), `hN` (filter sharpness), `a` (autofilter), `gN` (segments),
/// `pN` (entropy passes), `y` (sharp RGB → YUV).
fn webp(px: &[u8], w: u32, h: u32, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    let mut config = webp::WebPConfig::new().map_err(|()| "libwebp config")?;
    config.quality = f32::from(q);
    config.method = 6;
    config.alpha_quality = 100;
    for part in variant.split('+') {
        let number = || part[1..].parse::<i32>();
        match part.as_bytes().first() {
            _ if part == "base" => {}
            Some(b'm') => config.method = number()?,
            Some(b's') => config.sns_strength = number()?,
            Some(b'f') => config.filter_strength = number()?,
            Some(b'h') => config.filter_sharpness = number()?,
            Some(b'g') => config.segments = number()?,
            Some(b'p') => config.pass = number()?,
            Some(b'a') => config.autofilter = 1,
            Some(b'y') => config.use_sharp_yuv = 1,
            _ => return Err(format!("variant {part}").into()),
        }
    }
    let memory = webp::Encoder::new(px, webp::PixelLayout::Rgb, w, h)
        .encode_advanced(&config)
        .map_err(|e| format!("libwebp: {e:?}"))?;
    Ok(memory.to_vec())
}

/// AVIF with rav1e at speed 7, 10-bit 4:4:4 full-range BT.601 like the
/// core's encode. `r` alone reproduces ravif 0.13's tweaks at speed 7 (what
/// the core used until session 10), whose
/// conditions read inverted: "low quality" (CDEF and loop restoration on)
/// is any quality above 55, "high quality" (no fast deblocking) any below
/// 80. Then: `cdefN`, `lrfN`, `fdN` (CDEF, loop restoration, fast
/// deblocking off/on), `pA-B` (partition sizes A to B, each 4, 8, 16, 32
/// or 64; ravif: 8–16), `tp` (tune PSNR instead of psychovisual), `sgN`
/// (segmentation, rav1e's adaptive quantiser: 0 off, 1 simple as in every
/// preset from speed 1, 2 complex, 3 full search).
fn avif(px: &[u8], w: u32, h: u32, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    if !variant.starts_with('r') {
        return Err(format!("AVIF variant {variant}: they start with `r`").into());
    }
    use rav1e::config::SpeedSettings;
    use rav1e::prelude::*;
    let (mut cdef, mut lrf, mut fast_deblock, mut psnr) = (q > 55, q > 55, q >= 80, false);
    let mut partitions = (BlockSize::BLOCK_8X8, BlockSize::BLOCK_16X16);
    // rav1e's preset from speed 1 up.
    let mut segmentation = SegmentationLevel::Simple;
    for part in variant.split('+').skip(1) {
        if let Some(v) = part.strip_prefix("cdef") {
            cdef = v == "1";
        } else if let Some(v) = part.strip_prefix("lrf") {
            lrf = v == "1";
        } else if part == "tp" {
            psnr = true;
        } else if let Some(v) = part.strip_prefix("sg") {
            segmentation = match v {
                "0" => SegmentationLevel::Disabled,
                "1" => SegmentationLevel::Simple,
                "2" => SegmentationLevel::Complex,
                "3" => SegmentationLevel::Full,
                _ => return Err(format!("variant {part}").into()),
            };
        } else if let Some(v) = part.strip_prefix("fd") {
            fast_deblock = v == "1";
        } else if let Some(range) = part.strip_prefix('p') {
            let (a, b) = range.split_once('-').ok_or("pA-B")?;
            partitions = (block_size(a.parse()?)?, block_size(b.parse()?)?);
        } else {
            return Err(format!("variant {part}").into());
        }
    }
    // ravif's quality → quantiser mapping.
    let quantizer = {
        let q = f32::from(q) / 100.0;
        let x = if q >= 0.82 {
            (1.0 - q) * 2.6
        } else if q > 0.25 {
            q.mul_add(-0.5, 1.0 - 0.125)
        } else {
            1.0 - q
        };
        (x * 255.0).round() as usize
    };
    // ravif's speed 7, with its tweaks written out below.
    let mut speed_settings = SpeedSettings::from_preset(7);
    speed_settings.multiref = false;
    speed_settings.rdo_lookahead_frames = 1;
    speed_settings.scene_detection_mode = SceneDetectionSpeed::None;
    speed_settings.motion.include_near_mvs = false;
    speed_settings.motion.use_satd_subpel = false;
    speed_settings.fast_deblock = fast_deblock;
    speed_settings.cdef = cdef;
    speed_settings.lrf = lrf;
    speed_settings.transform.reduced_tx_set = false;
    speed_settings.transform.tx_domain_rate = false;
    speed_settings.transform.enable_inter_tx_split = false;
    speed_settings.transform.rdo_tx_decision = false;
    speed_settings.partition.encode_bottomup = false;
    speed_settings.prediction.fine_directional_intra = false;
    speed_settings.partition.partition_range = PartitionRange::new(partitions.0, partitions.1);
    speed_settings.segmentation = segmentation;
    let (width, height) = (w as usize, h as usize);
    let config = Config::new()
        .with_encoder_config(EncoderConfig {
            width,
            height,
            bit_depth: 10,
            chroma_sampling: ChromaSampling::Cs444,
            pixel_range: PixelRange::Full,
            color_description: Some(ColorDescription {
                transfer_characteristics: TransferCharacteristics::SRGB,
                color_primaries: ColorPrimaries::BT709,
                matrix_coefficients: MatrixCoefficients::BT601,
            }),
            still_picture: true,
            quantizer,
            min_quantizer: quantizer as u8,
            tune: if psnr { Tune::Psnr } else { Tune::Psychovisual },
            tiles: 2,
            speed_settings,
            ..EncoderConfig::default()
        })
        .with_threads(2);
    let mut context: Context<u16> = config.new_context()?;
    let mut frame = context.new_frame();
    {
        let [yp, up, vp] = &mut frame.planes;
        let (mut ys, mut us, mut vs) = (
            yp.mut_slice(Default::default()),
            up.mut_slice(Default::default()),
            vp.mut_slice(Default::default()),
        );
        let rows = ys
            .rows_iter_mut()
            .zip(us.rows_iter_mut())
            .zip(vs.rows_iter_mut())
            .take(height);
        for (row, ((y, u), v)) in rows.enumerate() {
            for x in 0..width {
                let at = (row * width + x) * 3;
                let [r, g, b] =
                    [px[at], px[at + 1], px[at + 2]].map(|c| f64::from(c) * 1023.0 / 255.0);
                let luma = 0.299 * r + 0.587 * g + 0.114 * b;
                let clamp = |v: f64| v.round().clamp(0.0, 1023.0) as u16;
                y[x] = clamp(luma);
                u[x] = clamp((b - luma) / 1.772 + 512.0);
                v[x] = clamp((r - luma) / 1.402 + 512.0);
            }
        }
    }
    context.send_frame(frame)?;
    context.flush();
    let mut av1 = Vec::new();
    loop {
        match context.receive_packet() {
            Ok(packet) => av1.extend_from_slice(&packet.data),
            Err(EncoderStatus::Encoded) => {}
            Err(EncoderStatus::LimitReached) => break,
            Err(e) => return Err(format!("rav1e: {e:?}").into()),
        }
    }
    Ok(avif_serialize::Aviffy::new()
        .matrix_coefficients(avif_serialize::constants::MatrixCoefficients::Bt601)
        .to_vec(&av1, None, w, h, 10))
}

/// The square partition of side `side` (4–64), for the lab's `pA-B`.
fn block_size(side: u8) -> Result<rav1e::prelude::BlockSize, Error> {
    use rav1e::prelude::BlockSize;
    Ok(match side {
        4 => BlockSize::BLOCK_4X4,
        8 => BlockSize::BLOCK_8X8,
        16 => BlockSize::BLOCK_16X16,
        32 => BlockSize::BLOCK_32X32,
        64 => BlockSize::BLOCK_64X64,
        _ => return Err(format!("partition size {side}").into()),
    })
}
