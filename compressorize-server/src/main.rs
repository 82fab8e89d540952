//! `compressorize`: the one binary users get. Thin: parses the command line
//! and hands over to the library.

use std::process::ExitCode;

use clap::Parser;
use compressorize_server::cli::{Cli, Command};

fn main() -> ExitCode {
    compressorize_server::memory::limit_malloc_arenas();
    let cli = Cli::parse();
    match cli.command {
        Command::Compress(args) => compressorize_server::compress_cmd::run(&args),
        Command::Serve(args) => compressorize_server::server_cmd::serve(&args),
        Command::Worker(args) => compressorize_server::server_cmd::worker(&args),
        Command::Keys(args) => compressorize_server::server_cmd::keys(&args),
    }
}
