#![allow(non_snake_case)]
#![allow(non_upper_case_globals)]

use crate::image::ToRGB;
use crate::image::RGBAPLU;
use crate::image::RGBLU;
use imgref::*;
use std::mem::MaybeUninit;
#[cfg(not(feature = "threads"))]
use crate::lieon as rayon;
use rayon::prelude::*;

const D65x: f32 = 0.9505;
const D65y: f32 = 1.0;
const D65z: f32 = 1.089;

pub type GBitmap = ImgVec<f32>;
pub(crate) trait ToLAB {
    fn to_lab(&self) -> (f32, f32, f32);
}

#[inline(always)]
fn fma_matrix(r: f32, rx: f32, g: f32, gx: f32, b: f32, bx: f32) -> f32 {
    b.mul_add(bx, g.mul_add(gx, r * rx))
}

const EPSILON: f32 = 216. / 24389.;
const K: f32 = 24389. / (27. * 116.); // http://www.brucelindbloom.com/LContinuity.html

impl ToLAB for RGBLU {
    #[inline(always)]
    fn to_lab(&self) -> (f32, f32, f32) {
        let fx = fma_matrix(self.r, 0.4124 / D65x, self.g, 0.3576 / D65x, self.b, 0.1805 / D65x);
        let fy = fma_matrix(self.r, 0.2126 / D65y, self.g, 0.7152 / D65y, self.b, 0.0722 / D65y);
        let fz = fma_matrix(self.r, 0.0193 / D65z, self.g, 0.1192 / D65z, self.b, 0.9505 / D65z);

        let X = if fx > EPSILON { cbrt_poly(fx) - 16. / 116. } else { K * fx };
        let Y = if fy > EPSILON { cbrt_poly(fy) - 16. / 116. } else { K * fy };
        let Z = if fz > EPSILON { cbrt_poly(fz) - 16. / 116. } else { K * fz };

        let lab = (
            (Y * 1.05f32), // 1.05 instead of 1.16 to boost color importance without pushing colors outside of 1.0 range
            (500.0 / 220.0f32).mul_add(X - Y, 86.2 / 220.0f32), /* 86 is a fudge to make the value positive */
            (200.0 / 220.0f32).mul_add(Y - Z, 107.9 / 220.0f32), /* 107 is a fudge to make the value positive */
        );
        debug_assert!(lab.0 <= 1.0 && lab.1 <= 1.0 && lab.2 <= 1.0);
        lab
    }
}

#[inline(always)]
fn cbrt_poly(x: f32) -> f32 {
    // Polynomial approximation
    let poly = [0.2f32, 1.51, -0.5];
    let y = poly[2].mul_add(x, poly[1]).mul_add(x, poly[0]);

    // 2x Halley's Method
    let y3 = y * y * y;
    let y = y * 2.0f32.mul_add(x, y3) / 2.0f32.mul_add(y3, x);
    let y3 = y * y * y;
    let y = y * 2.0f32.mul_add(x, y3) / 2.0f32.mul_add(y3, x);
    debug_assert!(y < 1.001);
    debug_assert!(x < 216. / 24389. || y >= 16. / 116.);
    y
}

/// Convert image to L\*a\*b\* planar
///
/// It should return 1 (gray) or 3 (color) planes.
pub trait ToLABBitmap {
    fn to_lab(&self) -> Vec<GBitmap>;
}

impl ToLABBitmap for ImgVec<RGBAPLU> {
    #[inline(always)]
    fn to_lab(&self) -> Vec<GBitmap> {
        self.as_ref().to_lab()
    }
}

impl ToLABBitmap for ImgVec<RGBLU> {
    #[inline(always)]
    fn to_lab(&self) -> Vec<GBitmap> {
        self.as_ref().to_lab()
    }
}
impl ToLABBitmap for GBitmap {
    fn to_lab(&self) -> Vec<GBitmap> {
        debug_assert!(self.width() > 0);
        let f = |fy| {
            if fy > EPSILON { (cbrt_poly(fy) - 16. / 116.) * 1.16 } else { (K * 1.16) * fy }
        };

        #[cfg(feature = "threads")]
        let out = (0..self.height()).into_par_iter().flat_map_iter(|y| {
            self[y].iter().map(|&fy| f(fy))
        }).collect();

        #[cfg(not(feature = "threads"))]
        let out = self.pixels().map(f).collect();

        vec![Self::new(out, self.width(), self.height())]
    }
}

#[inline(never)]
fn rgb_to_lab<T: Copy + Sync + Send + 'static, F>(img: ImgRef<'_, T>, cb: F) -> Vec<GBitmap>
    where F: Fn(T, usize) -> (f32, f32, f32) + Sync + Send + 'static
{
    let width = img.width();
    assert!(width > 0);
    let height = img.height();
    let area = width * height;

    let mut out_l = Vec::with_capacity(area);
    let mut out_a = Vec::with_capacity(area);
    let mut out_b = Vec::with_capacity(area);

    let fma = has_fma();
    // For output width == stride
    out_l.spare_capacity_mut().par_chunks_exact_mut(width).take(height).zip(
        out_a.spare_capacity_mut().par_chunks_exact_mut(width).take(height).zip(
            out_b.spare_capacity_mut().par_chunks_exact_mut(width).take(height))
    ).enumerate()
    .for_each(|(y, (l_row, (a_row, b_row)))| {
        let in_row = &img.rows().nth(y).unwrap()[0..width];
        let rows = LabRows { l: &mut l_row[0..width], a: &mut a_row[0..width], b: &mut b_row[0..width] };
        convert_row(in_row, y, rows, &cb, fma);
    });

    unsafe { out_l.set_len(area) };
    unsafe { out_a.set_len(area) };
    unsafe { out_b.set_len(area) };

    vec![
        Img::new(out_l, width, height),
        Img::new(out_a, width, height),
        Img::new(out_b, width, height),
    ]
}

/// One row of each output plane.
struct LabRows<'a> {
    l: &'a mut [MaybeUninit<f32>],
    a: &'a mut [MaybeUninit<f32>],
    b: &'a mut [MaybeUninit<f32>],
}

// Compressorize: the conversion's `mul_add`s are calls to libm's `fmaf`
// unless the code is compiled for FMA, which x86-64's baseline lacks (in
// smart quality's JPEG search `to_lab` and `fmaf` took 39% of the CPU
// time). On CPUs with FMA the row is converted by a copy compiled for it:
// the fused operations are the same IEEE operation either way, so the
// results are bit for bit those of the portable copy.
#[inline]
fn convert_row<T: Copy, F>(in_row: &[T], y: usize, rows: LabRows<'_>, cb: &F, fma: bool)
    where F: Fn(T, usize) -> (f32, f32, f32)
{
    #[cfg(target_arch = "x86_64")]
    if fma {
        // SAFETY: `fma` comes from `has_fma`: the CPU has the features the
        // copy is compiled for.
        unsafe { convert_row_fma(in_row, y, rows, cb) };
        return;
    }
    let _ = fma;
    convert_row_portable(in_row, y, rows, cb);
}

/// Whether the CPU runs `convert_row_fma` (asked once per image, not per row).
fn has_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    return std::arch::is_x86_feature_detected!("fma") && std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    return false;
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn convert_row_fma<T: Copy, F>(in_row: &[T], y: usize, rows: LabRows<'_>, cb: &F)
    where F: Fn(T, usize) -> (f32, f32, f32)
{
    convert_row_portable(in_row, y, rows, cb);
}

#[inline(always)]
fn convert_row_portable<T: Copy, F>(in_row: &[T], y: usize, rows: LabRows<'_>, cb: &F)
    where F: Fn(T, usize) -> (f32, f32, f32)
{
    for (x, (((&px, l), a), b)) in in_row.iter().zip(rows.l).zip(rows.a).zip(rows.b).enumerate() {
        let n = (x+11) ^ (y+11);
        let (lv, av, bv) = cb(px, n);
        l.write(lv);
        a.write(av);
        b.write(bv);
    }
}

impl ToLABBitmap for ImgRef<'_, RGBAPLU> {
    #[inline]
    fn to_lab(&self) -> Vec<GBitmap> {
        rgb_to_lab(*self, |px, n|{
            px.to_rgb(n).to_lab()
        })
    }
}

impl ToLABBitmap for ImgRef<'_, RGBLU> {
    #[inline]
    fn to_lab(&self) -> Vec<GBitmap> {
        rgb_to_lab(*self, |px, _n|{
            px.to_lab()
        })
    }
}

#[test]
fn cbrts1() {
    let mut totaldiff = 0.;
    let mut maxdiff: f64 = 0.;
    for i in (0..=10001).rev() {
        let x = (f64::from(i) / 10001.) as f32;
        let a = cbrt_poly(x);
        let actual = a * a * a;
        let expected = x;
        let absdiff = (f64::from(expected) - f64::from(actual)).abs();
        assert!(absdiff < 0.0002, "{expected} - {actual} = {} @ {x}", expected - actual);
        if i % 400 == 0 {
            println!("{:+0.3}", (expected - actual) * 255.);
        }
        totaldiff += absdiff;
        maxdiff = maxdiff.max(absdiff);
    }
    println!("1={totaldiff:0.6}; {maxdiff:0.8}");
    assert!(totaldiff < 0.0025, "{totaldiff}");
}

#[test]
fn cbrts2() {
    let mut totaldiff = 0.;
    let mut maxdiff: f64 = 0.;
    for i in (2000..=10001).rev() {
        let x = f64::from(i) / 10001.;
        let actual = f64::from(cbrt_poly(x as f32));
        let expected = x.cbrt();
        let absdiff = (expected - actual).abs();
        totaldiff += absdiff;
        maxdiff = maxdiff.max(absdiff);
        assert!(absdiff < 0.0000005, "{expected} - {actual} = {} @ {x}", expected - actual);
    }
    println!("2={totaldiff:0.6}; {maxdiff:0.8}");
    assert!(totaldiff < 0.0025, "{totaldiff}");
}

// Compressorize: the copy compiled for FMA gives the portable copy's
// values bit for bit. The published crate leaves out a test module
// (src/blur/equiv_tests.rs), so run it in a copy with that file created
// empty: `cargo test --lib fma`.
#[test]
#[cfg(target_arch = "x86_64")]
fn fma_copy_matches_portable() {
    if !has_fma() {
        return;
    }
    let width = 4096;
    let mut state = 0x2545_f491_u32;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        (state >> 8) as f32 / (1 << 24) as f32
    };
    let row: Vec<RGBAPLU> = (0..width).map(|_| {
        let a = next();
        RGBAPLU { r: next() * a, g: next() * a, b: next() * a, a }
    }).collect();
    let convert = |fma: bool| {
        let mut planes = vec![vec![MaybeUninit::<f32>::uninit(); width]; 3];
        let [l, a, b] = &mut planes[..] else { unreachable!() };
        let rows = LabRows { l, a, b };
        let cb = |px: RGBAPLU, n| px.to_rgb(n).to_lab();
        if fma {
            unsafe { convert_row_fma(&row, 7, rows, &cb) };
        } else {
            convert_row_portable(&row, 7, rows, &cb);
        }
        planes.into_iter().flatten().map(|v| unsafe { v.assume_init() }.to_bits()).collect::<Vec<u32>>()
    };
    assert_eq!(convert(true), convert(false));
}
