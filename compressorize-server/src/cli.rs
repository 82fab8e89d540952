//! Command-line definitions (clap). Flags with values are validated here with
//! the same parsers and messages the API uses, so bad values exit with 2.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use compressorize_core::{OutputFormat, Quality};

/// Compressorize: smaller images, same look.
#[derive(Debug, Parser)]
#[command(name = "compressorize", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compress local image files (in parallel).
    Compress(CompressArgs),
}

/// `compressorize compress INPUT... (-o OUTPUT | --out-dir DIR) [...]`
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("destination").required(true).args(["output", "out_dir"])))]
pub struct CompressArgs {
    /// Input image files (JPEG, PNG, WebP, AVIF).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output file (only with a single input).
    #[arg(short = 'o', long = "output", value_name = "OUTPUT")]
    pub output: Option<PathBuf>,
    /// Output directory; each output is named after its input with the output format's extension.
    #[arg(long = "out-dir", value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Output format: jpeg, png, webp, avif or auto (keep the input's).
    #[arg(long, default_value = "auto", value_parser = parse_format)]
    pub format: OutputFormat,
    /// Quality: smart or 1-100.
    #[arg(long, default_value = "smart", value_parser = parse_quality)]
    pub quality: Quality,
    /// Fit within this width (pixels), keeping the aspect ratio; never upscales.
    #[arg(long, value_parser = |v: &str| compressorize_core::parse_dimension("max_width", v).map_err(|e| e.to_string()))]
    pub max_width: Option<u32>,
    /// Fit within this height (pixels), keeping the aspect ratio; never upscales.
    #[arg(long, value_parser = |v: &str| compressorize_core::parse_dimension("max_height", v).map_err(|e| e.to_string()))]
    pub max_height: Option<u32>,
    /// Keep EXIF (orientation reset), XMP and the ICC profile instead of stripping them.
    #[arg(long)]
    pub keep_metadata: bool,
    /// Print one JSON object per input on stdout.
    #[arg(long)]
    pub json: bool,
}

fn parse_format(value: &str) -> Result<OutputFormat, String> {
    value.parse().map_err(|e: compressorize_core::Error| e.to_string())
}

fn parse_quality(value: &str) -> Result<Quality, String> {
    value.parse().map_err(|e: compressorize_core::Error| e.to_string())
}
