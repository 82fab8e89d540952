//! Compress one image file with compressorize-core.
//!
//! Run with:
//! `cargo run -p compressorize-examples --example compress_file -- INPUT OUTPUT [jpeg|png|webp|avif|auto]`
//!
//! The format defaults to `auto` (same as the input); quality is `smart`.

use compressorize_core::{Options, OutputFormat, compress};

fn main() {
    // `main` returning `Err` would print the error's `Debug` form; show the
    // human message (`Display`) instead.
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output, format) = match args.as_slice() {
        [input, output] => (input, output, "auto"),
        [input, output, format] => (input, output, format.as_str()),
        _ => {
            eprintln!("usage: compress_file INPUT OUTPUT [jpeg|png|webp|avif|auto]");
            std::process::exit(2);
        }
    };

    // Same parser as the HTTP API: `jpg`/`jpeg`/`png`/`webp`/`avif`/`auto`.
    let format: OutputFormat = format.parse()?;
    let options = Options {
        format,
        ..Options::default() // smart quality, strip metadata, default limits
    };

    let bytes = std::fs::read(input).map_err(|e| format!("cannot read {input}: {e}"))?;
    let out = compress(&bytes, &options)?;
    std::fs::write(output, &out.bytes).map_err(|e| format!("cannot write {output}: {e}"))?;

    println!(
        "{input} → {output}: {} → {} bytes ({}% saved), {} {}x{}{}",
        out.original_size,
        out.compressed_size,
        out.savings_percent(),
        out.format,
        out.width,
        out.height,
        if out.passthrough {
            " (input kept: re-encoding was not smaller)"
        } else {
            ""
        }
    );
    Ok(())
}
