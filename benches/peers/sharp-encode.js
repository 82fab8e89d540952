// Encodes a batch of images with sharp (libvips) the way users commonly
// run it: MozJPEG, libwebp, AVIF (aom) and palette PNG (libimagequant).
// Usage: node sharp-encode.js jobs.json  (an array of
// {input, output, format, quality, animated?}); prints one JSON line per
// job with the milliseconds it took. `animated` reads every frame of an
// animated WebP (libvips reads APNG's first frame only).
"use strict";
const fs = require("fs");
const sharp = require("sharp");

// One image at a time, libvips using both cores, like the Rust side.
sharp.concurrency(0);
sharp.cache(false);

function encoder(image, format, quality) {
  switch (format) {
    case "jpeg":
      // JPEG has no alpha: composite over white, as our encoder does and as
      // a page shows it (sharp's default background is black).
      return image.flatten({ background: "#ffffff" }).jpeg({ quality, mozjpeg: true });
    case "webp":
      return image.webp({ quality });
    case "avif":
      return image.avif({ quality });
    case "png":
      return image.png({ palette: true, quality, compressionLevel: 9 });
    default:
      throw new Error(`unknown format ${format}`);
  }
}

async function main() {
  const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const job of jobs) {
    const started = process.hrtime.bigint();
    const image = sharp(job.input, { animated: Boolean(job.animated) });
    await encoder(image, job.format, job.quality).toFile(job.output);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(JSON.stringify({ output: job.output, ms }) + "\n");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
