//! Temporary profiling loop (never committed): compress files in process.
//! Usage: prof_loop FORMAT smart|qNN ROUNDS FILE...
use compressorize_core::{Options, OutputFormat, Quality, compress};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let format: OutputFormat = args[0].parse().unwrap();
    let quality = if args[1] == "smart" {
        Quality::Smart
    } else {
        Quality::Fixed(args[1][1..].parse().unwrap())
    };
    let rounds: usize = args[2].parse().unwrap();
    let options = Options { format, quality, ..Options::default() };
    let mut total_best = 0.0;
    for file in &args[3..] {
        let input = std::fs::read(file).unwrap();
        let mut best = f64::MAX;
        let mut last = None;
        for _ in 0..rounds {
            let t = Instant::now();
            let out = compress(&input, &options).unwrap();
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
            last = Some(out);
        }
        let out = last.unwrap();
        total_best += best;
        let name = std::path::Path::new(file).file_name().unwrap().to_string_lossy();
        println!("{name}\t{}\t{:?}\t{:?}\t{best:.2}", out.compressed_size, out.quality, out.score.map(|s| (s * 100.0).round() / 100.0));
    }
    println!("TOTAL\t{total_best:.1}");
}
