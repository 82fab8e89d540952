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

/// AVIF with libaom (all-intra), 10-bit 4:4:4 full-range BT.601 like the
/// core. Quality → quantiser as libavif and libheif: ((100 − q)·63 + 50)/100.
/// Variants after `a`: `sN` cpu-used, `ssim` tune SSIM, `qm` quantisation
/// matrices, `dqN` deltaq-mode, `shN` sharpness, `cdef0`, `lr0`, `t8` 8-bit.
/// (Until session 12 the variants drove rav1e, as `r+…`: see git history.)
fn avif(px: &[u8], w: u32, h: u32, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    if !variant.starts_with('a') {
        return Err(format!("AVIF variant {variant}: they start with `a`").into());
    }
    use libaom_sys::*;
    let mut controls: Vec<(u32, i32)> = vec![(AOME_SET_CPUUSED, 6)];
    let mut depth = 10u32;
    for part in variant.split('+').skip(1) {
        let (id, v): (u32, i32) = if part == "ssim" {
            (AOME_SET_TUNING, AOM_TUNE_SSIM as i32)
        } else if let Some(v) = part.strip_prefix("sh") {
            (AOME_SET_SHARPNESS, v.parse()?)
        } else if let Some(v) = part.strip_prefix('s') {
            (AOME_SET_CPUUSED, v.parse()?)
        } else if part == "qm" {
            (AV1E_SET_ENABLE_QM, 1)
        } else if let Some(v) = part.strip_prefix("dq") {
            (AV1E_SET_DELTAQ_MODE, v.parse()?)
        } else if part == "cdef0" {
            (AV1E_SET_ENABLE_CDEF, 0)
        } else if part == "lr0" {
            (AV1E_SET_ENABLE_RESTORATION, 0)
        } else if part == "t8" {
            depth = 8;
            continue;
        } else {
            return Err(format!("variant {part}").into());
        };
        controls.push((id, v));
    }
    let quantizer = ((100 - u32::from(q.min(100))) * 63 + 50) / 100;
    let (width, height) = (w as usize, h as usize);
    let max = f64::from((1u32 << depth) - 1);
    let mut buf = vec![0u16; width * height * 3];
    let (y, rest) = buf.split_at_mut(width * height);
    let (u, v) = rest.split_at_mut(width * height);
    for i in 0..width * height {
        let [r, g, b] =
            [px[i * 3], px[i * 3 + 1], px[i * 3 + 2]].map(|c| f64::from(c) * max / 255.0);
        let luma = 0.299 * r + 0.587 * g + 0.114 * b;
        let mid = (max + 1.0) / 2.0;
        let clamp = |x: f64| x.round().clamp(0.0, max) as u16;
        y[i] = clamp(luma);
        u[i] = clamp((b - luma) / 1.772 + mid);
        v[i] = clamp((r - luma) / 1.402 + mid);
    }
    // SAFETY: `buf` outlives the encoder, which only reads it. An error ends
    // the lab's run, so a context it leaves undestroyed is not a leak to mind.
    unsafe {
        let iface = aom_codec_av1_cx();
        let mut cfg: aom_codec_enc_cfg_t = std::mem::zeroed();
        if aom_codec_enc_config_default(iface, &mut cfg, AOM_USAGE_ALL_INTRA) != 0 {
            return Err("aom config".into());
        }
        cfg.g_w = w;
        cfg.g_h = h;
        cfg.g_profile = 1;
        cfg.g_bit_depth = depth;
        cfg.g_input_bit_depth = depth;
        cfg.g_threads = 2;
        cfg.g_limit = 1;
        cfg.g_lag_in_frames = 0;
        cfg.rc_end_usage = AOM_Q;
        cfg.rc_min_quantizer = quantizer;
        cfg.rc_max_quantizer = quantizer;
        let mut ctx: aom_codec_ctx_t = std::mem::zeroed();
        let flags = if depth > 8 {
            AOM_CODEC_USE_HIGHBITDEPTH as i64
        } else {
            0
        };
        if aom_codec_enc_init_ver(&mut ctx, iface, &cfg, flags, AOM_ENCODER_ABI_VERSION as i32) != 0
        {
            return Err("aom init".into());
        }
        let mut all = vec![
            (AOME_SET_CQ_LEVEL, quantizer as i32),
            (AV1E_SET_COLOR_RANGE, 1),
            (AV1E_SET_ROW_MT, 1),
            (AV1E_SET_MATRIX_COEFFICIENTS, 6),
            (AV1E_SET_COLOR_PRIMARIES, 1),
            (AV1E_SET_TRANSFER_CHARACTERISTICS, 13),
        ];
        all.extend(controls);
        for (id, value) in all {
            if aom_codec_control(&mut ctx, id as i32, value as std::os::raw::c_int) != 0 {
                return Err(format!("aom control {id}={value}").into());
            }
        }
        let mut img: aom_image_t = std::mem::zeroed();
        let fmt = if depth > 8 {
            AOM_IMG_FMT_I44416
        } else {
            AOM_IMG_FMT_I444
        };
        let mut bytes8: Vec<u8>;
        let data: *mut u8 = if depth > 8 {
            buf.as_mut_ptr().cast()
        } else {
            bytes8 = buf.iter().map(|&s| s as u8).collect();
            bytes8.as_mut_ptr()
        };
        if aom_img_wrap(&mut img, fmt, w, h, 1, data).is_null() {
            return Err("aom wrap".into());
        }
        img.range = AOM_CR_FULL_RANGE;
        if aom_codec_encode(&mut ctx, &img, 0, 1, 0) != 0 {
            return Err("aom encode".into());
        }
        let mut av1 = Vec::new();
        let mut flushing = false;
        loop {
            let mut iter: aom_codec_iter_t = std::ptr::null();
            let mut got = false;
            loop {
                let pkt = aom_codec_get_cx_data(&mut ctx, &mut iter);
                if pkt.is_null() {
                    break;
                }
                if (*pkt).kind == AOM_CODEC_CX_FRAME_PKT {
                    let f = (*pkt).data.frame;
                    av1.extend_from_slice(std::slice::from_raw_parts(f.buf as *const u8, f.sz));
                    got = true;
                }
            }
            if flushing && !got {
                break;
            }
            if aom_codec_encode(&mut ctx, std::ptr::null(), 0, 0, 0) != 0 {
                return Err("aom flush".into());
            }
            flushing = true;
        }
        aom_codec_destroy(&mut ctx);
        Ok(avif_serialize::Aviffy::new()
            .matrix_coefficients(avif_serialize::constants::MatrixCoefficients::Bt601)
            .full_color_range(true)
            .to_vec(&av1, None, w, h, depth as u8))
    }
}
