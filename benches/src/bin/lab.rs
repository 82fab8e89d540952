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
//! JPEG, WebP and AVIF variants (see [`jpeg`], [`jpeg_trellis`] for `tr…`,
//! [`jpeg_raw`] for `raw…`, [`webp()`], [`avif`]) combine with `+`. `LAB_Q` sets the swept qualities, `LAB_LIMIT` the image count.

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
                    "jpeg" if variant.starts_with("raw") => {
                        jpeg_raw(px, image.width, image.height, q, variant)?
                    }
                    "jpeg" if variant.starts_with("tr") => {
                        jpeg_trellis(px, image.width, image.height, q, variant)?
                    }
                    "jpeg" => jpeg(px, image.width, image.height, q, variant)?,
                    "webp" => webp(px, image.width, image.height, q, variant)?,
                    _ => avif(image, q, variant)?,
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

/// MozJPEG as the core sets it up, fed YCbCr planes the lab makes itself
/// (libjpeg's raw data input), to measure other ways of halving chroma:
/// `raw` (2×2 averages, as libjpeg does), `rawlsN` (the half-size chroma
/// whose upsampling by decoders, libjpeg's triangle filter, comes closest
/// to the full-size chroma in least squares: N conjugate-gradient steps
/// from the averages).
fn jpeg_raw(px: &[u8], w: u32, h: u32, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    use mozjpeg::{ColorSpace, CompInfoExt, Compress, ScanMode, qtable};
    let steps: usize = match variant.strip_prefix("rawls") {
        Some(n) => n.parse()?,
        None if variant == "raw" => 0,
        None => return Err(format!("variant {variant}").into()),
    };
    let (w, h) = (w as usize, h as usize);
    let (mut luma, mut cb, mut cr) = (vec![0f32; w * h], vec![0f32; w * h], vec![0f32; w * h]);
    for (i, rgb) in px.chunks_exact(3).enumerate() {
        let [r, g, b] = [rgb[0], rgb[1], rgb[2]].map(f32::from);
        luma[i] = 0.299 * r + 0.587 * g + 0.114 * b;
        cb[i] = 128.0 - 0.168_736 * r - 0.331_264 * g + 0.5 * b;
        cr[i] = 128.0 + 0.5 * r - 0.418_688 * g - 0.081_312 * b;
    }
    let (cw, ch) = (w.div_ceil(2), h.div_ceil(2));
    let halve = |full: &[f32]| -> Vec<f32> {
        let mut half = vec![0f32; cw * ch];
        for y in 0..ch {
            for x in 0..cw {
                let (x0, y0) = (2 * x, 2 * y);
                let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
                half[y * cw + x] =
                    (full[y0 * w + x0] + full[y0 * w + x1] + full[y1 * w + x0] + full[y1 * w + x1])
                        / 4.0;
            }
        }
        half
    };
    let cb = least_squares_half(&cb, halve(&cb), (w, h), (cw, ch), steps);
    let cr = least_squares_half(&cr, halve(&cr), (w, h), (cw, ch), steps);
    let mut c = Compress::new(ColorSpace::JCS_YCbCr);
    c.set_scan_optimization_mode(ScanMode::Auto);
    c.set_size(w, h);
    let qf = f32::from(q);
    let table = qtable::NRobidoux.scaled((qf + 10.0).min(100.0), qf);
    c.set_luma_qtable(&table);
    c.set_chroma_qtable(&table);
    c.set_progressive_mode();
    c.set_optimize_coding(true);
    c.set_optimize_scans(true);
    c.set_chroma_sampling_pixel_sizes((2, 2), (2, 2));
    c.set_raw_data_in(true);
    let mut s = c.start_compress(Vec::new())?;
    // Each plane padded to whole blocks by repeating its last column and row.
    let planes: Vec<Vec<u8>> = s
        .components()
        .iter()
        .zip([(&luma, w, h), (&cb, cw, ch), (&cr, cw, ch)])
        .map(|(info, (plane, pw, ph))| {
            let (sw, sh) = (info.row_stride(), info.col_stride());
            let mut out = vec![0u8; sw * sh];
            for y in 0..sh {
                for x in 0..sw {
                    let v = plane[y.min(ph - 1) * pw + x.min(pw - 1)];
                    out[y * sw + x] = v.round().clamp(0.0, 255.0) as u8;
                }
            }
            out
        })
        .collect();
    if !s.write_raw_data(&planes.iter().map(|p| &p[..]).collect::<Vec<_>>()) {
        return Err("libjpeg took no raw data".into());
    }
    Ok(s.finish()?)
}

/// libjpeg's 2× triangle upsampling along one line of `out_len` samples:
/// each output sample is 3/4 of its own input sample and 1/4 of the
/// nearer neighbour (the edge sample repeated).
fn upsample_line(half: &[f32], out: &mut [f32]) {
    let last = half.len() - 1;
    for (i, o) in out.iter_mut().enumerate() {
        let j = i / 2;
        let near = if i % 2 == 0 {
            j.saturating_sub(1)
        } else {
            (j + 1).min(last)
        };
        *o = 0.75 * half[j] + 0.25 * half[near];
    }
}

/// The adjoint of [`upsample_line`]: spreads `full` back onto `half`.
fn upsample_line_adjoint(full: &[f32], half: &mut [f32]) {
    let last = half.len() - 1;
    half.iter_mut().for_each(|v| *v = 0.0);
    for (i, &r) in full.iter().enumerate() {
        let j = i / 2;
        let near = if i % 2 == 0 {
            j.saturating_sub(1)
        } else {
            (j + 1).min(last)
        };
        half[j] += 0.75 * r;
        half[near] += 0.25 * r;
    }
}

/// Upsamples (or, `adjoint`, spreads back) a plane separably: rows, then columns.
fn upsample_plane(
    src: &[f32],
    (sw, sh): (usize, usize),
    (dw, dh): (usize, usize),
    adjoint: bool,
) -> Vec<f32> {
    let line = |a: &[f32], b: &mut [f32]| {
        if adjoint {
            upsample_line_adjoint(a, b)
        } else {
            upsample_line(a, b)
        }
    };
    // Along rows: sw → dw.
    let mut rows = vec![0f32; dw * sh];
    for y in 0..sh {
        line(&src[y * sw..(y + 1) * sw], &mut rows[y * dw..(y + 1) * dw]);
    }
    // Along columns: sh → dh.
    let mut out = vec![0f32; dw * dh];
    let (mut a, mut b) = (vec![0f32; sh], vec![0f32; dh]);
    for x in 0..dw {
        for y in 0..sh {
            a[y] = rows[y * dw + x];
        }
        line(&a, &mut b);
        for y in 0..dh {
            out[y * dw + x] = b[y];
        }
    }
    out
}

/// `steps` of conjugate gradients on min ‖U·half − full‖², U the
/// decoders' upsampling, from `half`.
fn least_squares_half(
    full: &[f32],
    mut half: Vec<f32>,
    (w, h): (usize, usize),
    (cw, ch): (usize, usize),
    steps: usize,
) -> Vec<f32> {
    if steps == 0 {
        return half;
    }
    let up = |x: &[f32]| upsample_plane(x, (cw, ch), (w, h), false);
    let back = |r: &[f32]| upsample_plane(r, (w, h), (cw, ch), true);
    let dot = |a: &[f32], b: &[f32]| {
        a.iter()
            .zip(b)
            .map(|(x, y)| f64::from(*x) * f64::from(*y))
            .sum::<f64>()
    };
    let mut residual: Vec<f32> = full.iter().zip(up(&half)).map(|(f, u)| f - u).collect();
    let mut gradient = back(&residual);
    let mut direction = gradient.clone();
    let mut norm = dot(&gradient, &gradient);
    for _ in 0..steps {
        if norm < 1e-9 {
            break;
        }
        let image = up(&direction);
        let alpha = (norm / dot(&image, &image)) as f32;
        half.iter_mut()
            .zip(&direction)
            .for_each(|(x, d)| *x += alpha * d);
        residual
            .iter_mut()
            .zip(&image)
            .for_each(|(r, i)| *r -= alpha * i);
        gradient = back(&residual);
        let next = dot(&gradient, &gradient);
        let beta = (next / norm) as f32;
        direction
            .iter_mut()
            .zip(&gradient)
            .for_each(|(d, g)| *d = g + beta * *d);
        norm = next;
    }
    half
}

/// MozJPEG through its C API, for the trellis settings the `mozjpeg` crate
/// does not reach. `tr` alone is the core's encoder (`d10`, byte for byte);
/// variants after it: `laN` and `lbN` (trellis lambda log scales 1 and 2,
/// N / 100; MozJPEG's defaults 14.75 and 16.5), `fsN` (trellis frequency
/// split, default 8), `nlN` (trellis loops, default 1), `dcwN` (trellis
/// delta-DC weight, N / 100, default 0), `qo` (trellis table
/// optimisation), `nodc` (no trellis on DC), `nowt` (no lambda weight
/// table), `eob` (trellis end-of-block optimisation), `sit` (trellis
/// aware of the progressive scans), `dcsN` (DC scan
/// mode: 0 all components in one scan, MozJPEG's default; 1 one per
/// component; 2 luma alone, then chroma in one scan or two, whichever is
/// smaller).
fn jpeg_trellis(px: &[u8], w: u32, h: u32, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    use mozjpeg_sys::*;
    // As for AVIF: switches, then valued prefixes (floats are N / 100).
    let switches = [
        ("qo", J_BOOLEAN_PARAM::JBOOLEAN_TRELLIS_Q_OPT, 1),
        ("nodc", J_BOOLEAN_PARAM::JBOOLEAN_TRELLIS_QUANT_DC, 0),
        ("nowt", J_BOOLEAN_PARAM::JBOOLEAN_USE_LAMBDA_WEIGHT_TBL, 0),
        ("eob", J_BOOLEAN_PARAM::JBOOLEAN_TRELLIS_EOB_OPT, 1),
        ("sit", J_BOOLEAN_PARAM::JBOOLEAN_USE_SCANS_IN_TRELLIS, 1),
    ];
    let float_params = [
        ("la", J_FLOAT_PARAM::JFLOAT_LAMBDA_LOG_SCALE1),
        ("lb", J_FLOAT_PARAM::JFLOAT_LAMBDA_LOG_SCALE2),
        ("dcw", J_FLOAT_PARAM::JFLOAT_TRELLIS_DELTA_DC_WEIGHT),
    ];
    let int_params = [
        ("fs", J_INT_PARAM::JINT_TRELLIS_FREQ_SPLIT),
        ("nl", J_INT_PARAM::JINT_TRELLIS_NUM_LOOPS),
        ("dcs", J_INT_PARAM::JINT_DC_SCAN_OPT_MODE),
    ];
    let (mut floats, mut ints, mut bools) = (Vec::new(), Vec::new(), Vec::new());
    for part in variant.split('+').skip(1) {
        if let Some(&(_, param, value)) = switches.iter().find(|s| s.0 == part) {
            bools.push((param, value));
        } else if let Some((param, value)) = prefixed(&float_params, part) {
            floats.push((param, value.parse::<i32>()? as f32 / 100.0));
        } else if let Some((param, value)) = prefixed(&int_params, part) {
            ints.push((param, value.parse()?));
        } else {
            return Err(format!("variant {part}").into());
        }
    }
    let qf = f32::from(q);
    let table = mozjpeg::qtable::NRobidoux.scaled((qf + 10.0).min(100.0), qf);
    // Room for any JPEG of these pixels, so libjpeg never swaps in a
    // buffer of its own (which would need C's free).
    let mut out = vec![0u8; px.len() + (1 << 16)];
    let mut out_ptr = out.as_mut_ptr();
    let mut out_size = out.len() as std::os::raw::c_ulong;
    // SAFETY: the lab's own use of libjpeg's C API on valid RGB rows of
    // `w × h` pixels; `out` outlives the compressor, which is destroyed
    // before returning. Errors end the process (libjpeg's default), which
    // is acceptable in a measuring tool.
    unsafe {
        let mut err: jpeg_error_mgr = std::mem::zeroed();
        let mut cinfo: jpeg_compress_struct = std::mem::zeroed();
        cinfo.common.err = jpeg_std_error(&mut err);
        jpeg_create_compress(&mut cinfo);
        cinfo.image_width = w;
        cinfo.image_height = h;
        cinfo.input_components = 3;
        cinfo.in_color_space = J_COLOR_SPACE::JCS_RGB;
        jpeg_set_defaults(&mut cinfo);
        jpeg_add_quant_table(&mut cinfo, 0, table.as_ptr(), 100, 1);
        jpeg_add_quant_table(&mut cinfo, 1, table.as_ptr(), 100, 1);
        // Before the scan script is made: the DC scan mode shapes it.
        for (param, value) in ints {
            jpeg_c_set_int_param(&mut cinfo, param, value);
        }
        jpeg_simple_progression(&mut cinfo);
        cinfo.optimize_coding = 1;
        jpeg_c_set_bool_param(&mut cinfo, J_BOOLEAN_PARAM::JBOOLEAN_OPTIMIZE_SCANS, 1);
        for (param, value) in floats {
            jpeg_c_set_float_param(&mut cinfo, param, value);
        }
        for (param, value) in bools {
            jpeg_c_set_bool_param(&mut cinfo, param, value);
        }
        jpeg_mem_dest(&mut cinfo, &mut out_ptr, &mut out_size);
        jpeg_start_compress(&mut cinfo, 1);
        let stride = w as usize * 3;
        while cinfo.next_scanline < cinfo.image_height {
            let row = px[cinfo.next_scanline as usize * stride..].as_ptr();
            jpeg_write_scanlines(&mut cinfo, &row, 1);
        }
        jpeg_finish_compress(&mut cinfo);
        jpeg_destroy_compress(&mut cinfo);
    }
    if out_ptr != out.as_mut_ptr() {
        return Err("libjpeg outgrew the output buffer".into());
    }
    out.truncate(out_size as usize);
    Ok(out)
}

/// libwebp lossy at effort 6 (the core's final encode is `s80+a`), with variants: `base`,
/// `mN` (effort), `sN` (spatial noise shaping strength), `fN` (filter
/// strength), `hN` (filter sharpness), `a` (autofilter), `gN` (segments),
/// `pN` (entropy passes), `y` (sharp RGB → YUV), `tN` (libwebp thread level).
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
            Some(b't') => config.thread_level = number()?,
            _ => return Err(format!("variant {part}").into()),
        }
    }
    let memory = webp::Encoder::new(px, webp::PixelLayout::Rgb, w, h)
        .encode_advanced(&config)
        .map_err(|e| format!("libwebp: {e:?}"))?;
    Ok(memory.to_vec())
}

/// AVIF through the core's own encoder at speed 7 (libaom, all-intra,
/// cpu-used 6, tune SSIM, 10-bit 4:4:4; quality on libavif's scale: the
/// default until session 15, which is `a+s5+minp8`), with variants after
/// `a` as libaom controls applied after the core's: `sN` cpu-used, `psnr`
/// libaom's default tune instead of SSIM, `qm` quantisation matrices (with
/// `qminN`, `qmaxN` their level range), `cdq` chroma delta-q, `dqN`
/// deltaq-mode (`dqsN` its strength, %), `aqN` aq-mode, `shN` sharpness,
/// `cdef0`, `lr0`, `ibc0`, `pal0`, `screen`, and partition and intra-tool
/// limits (`rectN`, `abN`, `p4N`, `maxpN`, `minpN`, `fiN`, `tx64N`,
/// `txsN`, `rtxN`, `adN`, `cflN`, `smoothN`, `paethN`, `diagN`, `autoN`;
/// see the table). (Until session 12 the
/// variants drove rav1e, as `r+…`: see git history.)
fn avif(image: &Image, q: u8, variant: &str) -> Result<Vec<u8>, Error> {
    use libaom_sys::*;
    // Variants that set a control to a fixed value, and those whose value
    // follows a prefix (longer prefixes first: `sh` before `s`).
    let switches: [(&str, u32, i32); 10] = [
        ("psnr", AOME_SET_TUNING, AOM_TUNE_PSNR as i32),
        // Tune SSIM (the core's until session 23), and libaom 3.13's
        // SSIMULACRA2 tune (the core's is 3.12's image-quality tune).
        ("ssim", AOME_SET_TUNING, AOM_TUNE_SSIM as i32),
        ("ss2", AOME_SET_TUNING, AOM_TUNE_SSIMULACRA2 as i32),
        ("qm", AV1E_SET_ENABLE_QM, 1),
        ("cdq", AV1E_SET_ENABLE_CHROMA_DELTAQ, 1),
        ("cdef0", AV1E_SET_ENABLE_CDEF, 0),
        ("lr0", AV1E_SET_ENABLE_RESTORATION, 0),
        ("ibc0", AV1E_SET_ENABLE_INTRABC, 0),
        ("pal0", AV1E_SET_ENABLE_PALETTE, 0),
        ("screen", AV1E_SET_TUNE_CONTENT, AOM_CONTENT_SCREEN as i32),
    ];
    let valued: [(&str, u32); 22] = [
        ("sh", AOME_SET_SHARPNESS),
        ("aq", AV1E_SET_AQ_MODE),
        ("dqs", AV1E_SET_DELTAQ_STRENGTH),
        ("qmin", AV1E_SET_QM_MIN),
        ("qmax", AV1E_SET_QM_MAX),
        ("dq", AV1E_SET_DELTAQ_MODE),
        // Partition and intra-tool limits (1 on, 0 off; sizes in pixels).
        ("rect", AV1E_SET_ENABLE_RECT_PARTITIONS),
        ("ab", AV1E_SET_ENABLE_AB_PARTITIONS),
        ("p4", AV1E_SET_ENABLE_1TO4_PARTITIONS),
        ("maxp", AV1E_SET_MAX_PARTITION_SIZE),
        ("minp", AV1E_SET_MIN_PARTITION_SIZE),
        ("fi", AV1E_SET_ENABLE_FILTER_INTRA),
        ("tx64", AV1E_SET_ENABLE_TX64),
        ("txs", AV1E_SET_ENABLE_TX_SIZE_SEARCH),
        ("rtx", AV1E_SET_REDUCED_TX_TYPE_SET),
        ("ad", AV1E_SET_ENABLE_ANGLE_DELTA),
        ("cfl", AV1E_SET_ENABLE_CFL_INTRA),
        ("smooth", AV1E_SET_ENABLE_SMOOTH_INTRA),
        ("paeth", AV1E_SET_ENABLE_PAETH_INTRA),
        ("diag", AV1E_SET_ENABLE_DIAGONAL_INTRA),
        ("auto", AV1E_SET_AUTO_INTRA_TOOLS_OFF),
        ("s", AOME_SET_CPUUSED),
    ];
    if !variant.starts_with('a') {
        return Err(format!("AVIF variant {variant}: they start with `a`").into());
    }
    let mut controls = Vec::new();
    for part in variant.split('+').skip(1) {
        if let Some(&(_, id, value)) = switches.iter().find(|s| s.0 == part) {
            controls.push((id, value));
        } else if let Some((id, value)) = prefixed(&valued, part) {
            controls.push((id, value.parse()?));
        } else {
            return Err(format!("variant {part}").into());
        }
    }
    Ok(compressorize_core::lab::avif(image, q, 7, &controls)?)
}

/// The setting of the first entry of `table` whose prefix starts `part`,
/// and the rest of `part` (its value): how the variants name valued settings.
fn prefixed<'a, T: Copy>(table: &[(&str, T)], part: &'a str) -> Option<(T, &'a str)> {
    table
        .iter()
        .find_map(|&(prefix, setting)| part.strip_prefix(prefix).map(|value| (setting, value)))
}
