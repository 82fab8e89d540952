/*
 * Compressorize's addition to libaom 3.14.1 (vendor/libaom-sys/COMPRESSORIZE.md),
 * under libaom's licence: the BSD 2 Clause License and the Alliance for Open
 * Media Patent License 1.0 (LICENSE and PATENTS at the root of this tree).
 */

// Compressorize: helpers of the AVX2 quantisers with quantisation matrices
// (aom_highbd_quantize_b_qm_avx2, av1_highbd_quantize_fp_qm_avx2), which do
// the C versions' arithmetic 8 coefficients at a time.

#ifndef AOM_AOM_DSP_X86_HIGHBD_QUANTIZE_QM_AVX2_H_
#define AOM_AOM_DSP_X86_HIGHBD_QUANTIZE_QM_AVX2_H_

#include <immintrin.h>

#include "aom/aom_integer.h"
#include "aom_ports/mem.h"

// (a * b) >> shift for the 8 signed 32-bit lanes, the products in 64 bits
// (as the C versions form them), keeping the low 32 bits of each result.
static AOM_FORCE_INLINE __m256i qm_mul_shift_64(__m256i a, __m256i b,
                                                int shift) {
  const __m256i even = _mm256_mul_epi32(a, b);
  const __m256i odd =
      _mm256_mul_epi32(_mm256_srli_epi64(a, 32), _mm256_srli_epi64(b, 32));
  const __m256i even_shifted = _mm256_srli_epi64(even, shift);
  const __m256i odd_shifted =
      _mm256_slli_epi64(_mm256_srli_epi64(odd, shift), 32);
  return _mm256_blend_epi32(even_shifted, odd_shifted, 0xAA);
}

// x with the sign of `sign_of`, as the C versions apply it: (x ^ s) - s.
static AOM_FORCE_INLINE __m256i qm_apply_sign(__m256i x, __m256i sign_of) {
  const __m256i s = _mm256_srai_epi32(sign_of, 31);
  return _mm256_sub_epi32(_mm256_xor_si256(x, s), s);
}

// Lane 0 (the DC coefficient of a block's first 8) `dc`, the others `ac`.
static AOM_FORCE_INLINE __m256i qm_dc_ac(int dc, int ac) {
  return _mm256_set_epi32(ac, ac, ac, ac, ac, ac, ac, dc);
}

// Every lane takes lane 1's value: past a block's first 8 coefficients all
// of them are AC.
static AOM_FORCE_INLINE __m256i qm_ac(__m256i dc_ac) {
  return _mm256_permutevar8x32_epi32(dc_ac, _mm256_set1_epi32(1));
}

// The largest of `eob` and iscan + 1 over the lanes where `nz` is set: the
// end of block is one past the last non-zero level in scan order.
static AOM_FORCE_INLINE __m256i qm_update_eob(__m256i eob, const int16_t *iscan,
                                              __m256i nz) {
  const __m256i pos = _mm256_add_epi32(
      _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)iscan)),
      _mm256_set1_epi32(1));
  return _mm256_max_epi32(eob, _mm256_and_si256(pos, nz));
}

// The largest of the 8 lanes.
static AOM_FORCE_INLINE uint16_t qm_max_eob(__m256i eob) {
  __m128i m = _mm_max_epi32(_mm256_castsi256_si128(eob),
                            _mm256_extracti128_si256(eob, 1));
  m = _mm_max_epi32(m, _mm_shuffle_epi32(m, 0x4e));
  m = _mm_max_epi32(m, _mm_shuffle_epi32(m, 0xb1));
  return (uint16_t)_mm_cvtsi128_si32(m);
}

#endif  // AOM_AOM_DSP_X86_HIGHBD_QUANTIZE_QM_AVX2_H_
