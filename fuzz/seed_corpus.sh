#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ (git-ignored) with the small files (< 64 KiB) of
# the shared test corpus, <repository root>/../shared/corpus, and
# url_validation with URLs in the spellings SSRF attempts use. For `compress`,
# each file gets two of the option prefixes below (3 bytes: format/flags,
# quality, max_width; see fuzz_targets/compress.rs).
set -euo pipefail
cd "$(dirname "$0")"
C=../../shared/corpus
if [ ! -d "$C" ]; then
  echo "test corpus not found at $(realpath -m "$C") (expected <repository root>/../shared/corpus)" >&2
  exit 1
fi
mkdir -p corpus/detect_decode corpus/compress
# auto; jpeg q75; png max_width 64; webp; avif q61 max_width 32;
# webp q90 max 128x65 keep metadata; jpeg keep metadata; webp q75 max_width 200 keep metadata.
prefixes=('\x00\x00\x00' '\x01\x4a\x00' '\x02\x00\x40' '\x03\x00\x00' '\x04\x3c\x20' '\x1b\x59\x80' '\x11\x00\x00' '\x13\x4a\xc8')
i=0
while IFS= read -r f; do
  name=${f#"$C"/}
  name=${name//\//__}
  cp "$f" "corpus/detect_decode/$name"
  for p in "${prefixes[i % 8]}" "${prefixes[(i + 3) % 8]}"; do
    { printf "$p"; cat "$f"; } > "corpus/compress/$name.${p//\\x/}"
  done
  i=$((i + 1))
done < <(find "$C" -type f -size -64k ! -name '*.tsv' ! -name '*.md' | sort)
echo "seeded $i files into fuzz/corpus/detect_decode and $((2 * i)) into fuzz/corpus/compress"

# url_validation: URLs whose hosts are address literals in the spellings an
# SSRF attempt uses (decimal, octal, hex, short forms, IPv6 embeddings).
mkdir -p corpus/url_validation
n=0
for url in 'http://127.0.0.1/' 'http://2130706433/' 'http://0x7f.1/' 'http://0177.0.0.1/' \
  'http://127.1/' 'http://169.254.169.254/latest/meta-data/' 'http://[::1]/' \
  'http://[::ffff:a9fe:a9fe]/' 'http://[64:ff9b::a00:1]/' 'http://[2002:c0a8:101::1]/' \
  'http://[fd00:ec2::254]/' 'https://93.184.216.34/image.png' 'http://[2606:4700::1111]:8080/x' \
  'http://100.100.100.200/' 'http://0/' 'http://user@10.0.0.1/' 'ftp://8.8.8.8/'; do
  printf '%s' "$url" > "corpus/url_validation/seed-$n"
  n=$((n + 1))
done
echo "seeded $n URLs into fuzz/corpus/url_validation"

# multipart: byte 0 picks the Content-Type (see fuzz_targets/multipart.rs).
mkdir -p corpus/multipart
png="$C/graphics/tango-address-book-new-16.png"
crlf=$'\r\n'
{
  printf '\x00'
  printf -- '--XyZ%sContent-Disposition: form-data; name="format"%s%swebp%s' "$crlf" "$crlf" "$crlf" "$crlf"
  printf -- '--XyZ%sContent-Disposition: form-data; name="quality"%s%s75%s' "$crlf" "$crlf" "$crlf" "$crlf"
  printf -- '--XyZ%sContent-Disposition: form-data; name="file"; filename="a.png"%sContent-Type: image/png%s%s' "$crlf" "$crlf" "$crlf" "$crlf"
  cat "$png"
  printf '%s--XyZ--%s' "$crlf" "$crlf"
} > corpus/multipart/seed-upload
printf '\x01{"format":"webp","quality":"smart","max_width":64}' > corpus/multipart/seed-json
printf '\x02format=png&quality=80&keep_metadata=true' > corpus/multipart/seed-form
{
  printf '\x03Bound123'
  printf -- '--Bound123%sContent-Disposition: form-data; name="file"; filename="b.png"%s%s' "$crlf" "$crlf" "$crlf"
  cat "$png"
  printf '%s--Bound123--%s' "$crlf" "$crlf"
} > corpus/multipart/seed-boundary
echo "seeded 4 requests into fuzz/corpus/multipart"
