//! `compressorize compress`: many files in parallel, a progress bar on a
//! terminal, one JSON object per input with `--json`, and outputs written
//! atomically (temporary file + rename) so a partial file never appears.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::CommandFactory;
use compressorize_core::{Compressed, Format, Options, OutputFormat, compress};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::json;

use crate::cli::{Cli, CompressArgs};

/// Why one input failed: an API error code plus message.
#[derive(Debug)]
struct Failure {
    code: &'static str,
    message: String,
    param: Option<&'static str>,
}

impl From<compressorize_core::Error> for Failure {
    fn from(e: compressorize_core::Error) -> Self {
        Failure {
            code: e.code(),
            param: e.param(),
            message: e.to_string(),
        }
    }
}

fn io_failure(what: &str, path: &Path, e: &std::io::Error) -> Failure {
    Failure {
        code: "io_error",
        message: format!("Could not {what} {}: {e}", path.display()),
        param: None,
    }
}

/// Runs the command; the exit code is 0 when every input succeeded, 1 when
/// any failed, 2 for usage errors.
pub fn run(args: &CompressArgs) -> ExitCode {
    if args.output.is_some() && args.inputs.len() > 1 {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "-o/--output takes a single input; use --out-dir for several",
            )
            .exit();
    }
    let options = Options {
        format: output_format(args),
        quality: args.quality,
        max_width: args.max_width,
        max_height: args.max_height,
        strip_metadata: !args.keep_metadata,
        ..Options::default()
    };
    let progress = ProgressBar::new(args.inputs.len() as u64);
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let claimed_outputs = Mutex::new(HashSet::new());
    let results: Vec<(PathBuf, Outcome)> = args
        .inputs
        .par_iter()
        .map(|input| {
            progress.set_message(input.display().to_string());
            let result = compress_one(input, args, &options, &claimed_outputs);
            progress.inc(1);
            (input.clone(), result)
        })
        .collect();
    progress.finish_and_clear();

    let mut stdout = std::io::stdout().lock();
    let mut any_failed = false;
    for (input, result) in &results {
        let line = match result {
            Ok((output, c)) if args.json => json!({
                "input": input.display().to_string(),
                "output": output.display().to_string(),
                "original_size": c.original_size,
                "compressed_size": c.compressed_size,
                "savings_percent": c.savings_percent(),
                "format": c.format.name(),
                "width": c.width,
                "height": c.height,
                "quality": c.quality,
                "score": c.score,
            })
            .to_string(),
            Ok((output, c)) => format!(
                "{} -> {}: {} -> {} bytes ({}% saved), {} {}x{}",
                input.display(),
                output.display(),
                c.original_size,
                c.compressed_size,
                c.savings_percent(),
                c.format,
                c.width,
                c.height
            ),
            Err(f) => {
                any_failed = true;
                if args.json {
                    let mut error = json!({"code": f.code, "message": f.message});
                    if let Some(param) = f.param {
                        error["param"] = json!(param);
                    }
                    json!({"input": input.display().to_string(), "error": error}).to_string()
                } else {
                    eprintln!("{}: {} ({})", input.display(), f.message, f.code);
                    continue;
                }
            }
        };
        let _ = writeln!(stdout, "{line}");
    }
    if any_failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The format asked for: `--format`, or with `-o` and `auto` the output
/// file's extension (`-o logo.webp` makes WebP, not a PNG named `.webp`),
/// else the input's own. An explicit format the `-o` name contradicts is a
/// usage error: the file would lie about its contents.
fn output_format(args: &CompressArgs) -> OutputFormat {
    let named = args
        .output
        .as_deref()
        .and_then(Path::extension)
        .and_then(|ext| ext.to_str())
        .and_then(|ext| ext.to_ascii_lowercase().parse::<Format>().ok());
    match (args.format, named) {
        (OutputFormat::Auto, Some(named)) => OutputFormat::Exactly(named),
        (OutputFormat::Exactly(asked), Some(named)) if asked != named => Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "--format {} but the output file's name says {}; name it .{} or leave --format out",
                    asked.name(),
                    named.name(),
                    asked.extension()
                ),
            )
            .exit(),
        (format, _) => format,
    }
}

/// The output path and result for one input, or why it failed.
type Outcome = Result<(PathBuf, Compressed), Failure>;

fn compress_one(
    input: &Path,
    args: &CompressArgs,
    options: &Options,
    claimed_outputs: &Mutex<HashSet<PathBuf>>,
) -> Outcome {
    let bytes = std::fs::read(input).map_err(|e| io_failure("read", input, &e))?;
    let compressed = compress(&bytes, options)?;
    let output = match (&args.output, &args.out_dir) {
        (Some(output), _) => output.clone(),
        (None, Some(dir)) => dir.join(output_name(input, compressed.format.extension())),
        (None, None) => unreachable!("clap requires -o or --out-dir"),
    };
    let claimed = claimed_outputs
        .lock()
        .map(|mut set| set.insert(output.clone()))
        .unwrap_or(false);
    if !claimed {
        return Err(Failure {
            code: "io_error",
            message: format!(
                "{} is also the output of another input; not overwritten",
                output.display()
            ),
            param: None,
        });
    }
    write_atomically(&output, &compressed.bytes).map_err(|e| io_failure("write", &output, &e))?;
    Ok((output, compressed))
}

/// The input's file name with its last extension replaced by `extension`:
/// `HMD_Nokia_8.3_5G.jpg` → `HMD_Nokia_8.3_5G.webp`. (`with_extension` on
/// the stem would cut at the stem's own last dot: `HMD_Nokia_8.webp`, and
/// `logo.v1.png` and `logo.v2.png` would both become `logo.webp`.)
fn output_name(input: &Path, extension: &str) -> std::ffi::OsString {
    let mut name = input
        .file_stem()
        .unwrap_or(input.as_os_str())
        .to_os_string();
    name.push(".");
    name.push(extension);
    name
}

/// Writes to a temporary file beside `path`, then renames it into place.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
