//! Compress every JPEG, PNG, WebP and AVIF file of a folder into another
//! folder, several at once, and print what each saved.
//!
//! Run with:
//! `cargo run --release -p compressorize-examples --example batch_folder -- IN_DIR OUT_DIR [webp]`
//!
//! `compress` is a plain function of bytes to bytes and keeps no state, so a
//! batch is a parallel map over the files. It already uses rayon inside
//! (smart quality evaluates its candidates in parallel); calling it from
//! rayon's `par_iter` shares the same thread pool, so the machine's cores
//! stay busy without being oversubscribed.

use std::path::{Path, PathBuf};

use compressorize_core::{Options, OutputFormat, compress, detect};
use rayon::prelude::*;

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input_dir, output_dir, format) = match args.as_slice() {
        [input, output] => (input, output, "auto"),
        [input, output, format] => (input, output, format.as_str()),
        _ => {
            eprintln!("usage: batch_folder IN_DIR OUT_DIR [jpeg|png|webp|avif|auto]");
            std::process::exit(2);
        }
    };
    let options = Options {
        format: format.parse::<OutputFormat>()?,
        ..Options::default()
    };
    std::fs::create_dir_all(output_dir)?;

    let mut inputs: Vec<PathBuf> = std::fs::read_dir(input_dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    inputs.sort();

    let results: Vec<(PathBuf, Result<Done, String>)> = inputs
        .par_iter()
        .map(|input| {
            (
                input.clone(),
                compress_one(input, Path::new(output_dir), &options),
            )
        })
        .collect();

    let (mut before, mut after, mut failed) = (0, 0, 0);
    for (input, result) in &results {
        match result {
            Ok(done) => {
                println!("{}", done.line);
                before += done.original_size;
                after += done.compressed_size;
            }
            Err(message) => {
                failed += 1;
                eprintln!("{}: {message}", input.display());
            }
        }
    }
    println!(
        "{} files: {before} → {after} bytes; {failed} not compressed",
        results.len() - failed
    );
    Ok(())
}

/// One compressed file.
struct Done {
    line: String,
    original_size: usize,
    compressed_size: usize,
}

/// Compresses `input` into `output_dir` under the input's name with the
/// output format's extension; files that are not images are reported and
/// skipped.
fn compress_one(input: &Path, output_dir: &Path, options: &Options) -> Result<Done, String> {
    let bytes = std::fs::read(input).map_err(|e| format!("cannot read: {e}"))?;
    if detect(&bytes).is_none() {
        return Err("not a JPEG, PNG, WebP or AVIF file: skipped".into());
    }
    let out = compress(&bytes, options).map_err(|e| format!("{e} ({})", e.code()))?;
    let mut name = input.file_stem().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(out.format.extension());
    let output = output_dir.join(name);
    std::fs::write(&output, &out.bytes).map_err(|e| format!("cannot write: {e}"))?;
    let line = format!(
        "{} → {}: {} → {} bytes ({}% saved){}",
        input.display(),
        output.display(),
        out.original_size,
        out.compressed_size,
        out.savings_percent(),
        out.score
            .map(|score| format!(", score {score:.1}"))
            .unwrap_or_default()
    );
    Ok(Done {
        line,
        original_size: out.original_size,
        compressed_size: out.compressed_size,
    })
}
