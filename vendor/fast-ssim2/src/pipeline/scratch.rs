//! Compressorize: planes kept between comparisons and references.
//!
//! Each `compare` used to allocate its distorted-side planes afresh (about
//! 13 planes of the image's size live at once, then smaller ones for each
//! further scale) and free them at the end. glibc serves planes that large
//! from fresh pages (mmap, or a heap it trims again after each compare),
//! so every compare paid the kernel's page faults and zeroing: 9% of a
//! 400 × 300 compare's samples in `perf`, and 10.0 ms against 7.7 with
//! glibc's thresholds raised. A search compares many candidates against
//! one reference, and a server or a batch makes one reference after
//! another, so one pool in the process keeps the planes of a compare, and
//! those of a reference when it is dropped, for the next, up to
//! [`MAX_POOLED_BYTES`].
//!
//! A plane taken from the pool is zeroed, as `vec![0; n]` was: the
//! pipeline's arithmetic is unchanged, so are its scores, bit for bit.

use std::sync::{Mutex, PoisonError};

/// Most bytes of planes the process keeps between compares: one compare's
/// set for a 900 × 600 image (about 13 planes of 4 bytes a pixel live at
/// once), or a pair's (two compares at once) for a 448 × 448 mosaic;
/// larger images pool part of a set and allocate the rest as before.
/// With the compares' planes alone pooled, the 40 graphics as smart JPEG,
/// one after the other in one process, took 0.992 of 16 MB's time
/// (docs/BENCHMARKS.md, session 42).
pub(crate) const MAX_POOLED_BYTES: usize = 32 << 20;

/// Planes freed by earlier compares and references, for later ones (see
/// the module docs).
pub(crate) struct PlanePool {
    planes: Mutex<Vec<Vec<f32>>>,
}

/// The pool every reference and compare in the process shares.
pub(crate) static SHARED_PLANES: PlanePool = PlanePool {
    planes: Mutex::new(Vec::new()),
};

impl PlanePool {
    /// A plane of `len` zeros: the pooled plane that fits it most tightly,
    /// or a new one.
    pub(crate) fn zeroed(&self, len: usize) -> Vec<f32> {
        let mut plane = self.take(len);
        plane.resize(len, 0.0);
        plane
    }

    /// Three empty planes with room for `len` values each.
    pub(crate) fn empty3(&self, len: usize) -> [Vec<f32>; 3] {
        [self.take(len), self.take(len), self.take(len)]
    }

    /// An empty plane with room for `len` values.
    fn take(&self, len: usize) -> Vec<f32> {
        let mut planes = self.lock();
        let fitting = planes
            .iter()
            .enumerate()
            .filter(|(_, plane)| plane.capacity() >= len)
            .min_by_key(|(_, plane)| plane.capacity())
            .map(|(i, _)| i);
        let mut plane = match fitting {
            Some(i) => planes.swap_remove(i),
            None => Vec::new(),
        };
        drop(planes);
        plane.clear();
        plane.reserve_exact(len);
        plane
    }

    /// Keeps `planes` for later compares, as far as
    /// [`MAX_POOLED_BYTES`] allows; the rest are freed.
    pub(crate) fn give(&self, planes: impl IntoIterator<Item = Vec<f32>>) {
        let mut pooled = self.lock();
        let mut bytes: usize = pooled.iter().map(Self::bytes).sum();
        for plane in planes {
            if plane.capacity() > 0 && bytes + Self::bytes(&plane) <= MAX_POOLED_BYTES {
                bytes += Self::bytes(&plane);
                pooled.push(plane);
            }
        }
    }

    fn bytes(plane: &Vec<f32>) -> usize {
        plane.capacity() * size_of::<f32>()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Vec<f32>>> {
        // The pool holds only spare planes: one a panic left half-used is
        // cleared before reuse anyway.
        self.planes.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
