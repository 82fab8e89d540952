//! `compressorize compress` as scripts use it: the real binary, real files.

use std::path::PathBuf;
use std::process::Command;

use compressorize_core::{Format, detect, header_dimensions};

fn corpus(rel: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus")
        .join(rel);
    assert!(
        path.exists(),
        "test corpus file missing: {} (the shared corpus must sit beside the repository)",
        path.display()
    );
    path
}

fn compressorize() -> Command {
    Command::new(env!("CARGO_BIN_EXE_compressorize"))
}

#[test]
fn several_inputs_in_parallel_with_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let output = compressorize()
        .arg("compress")
        .arg(corpus("photos/fox.jpg"))
        .arg(corpus("graphics/vips_rgba.png"))
        .arg(corpus("bad/text_named.jpg"))
        .args([
            "--format",
            "webp",
            "--quality",
            "70",
            "--max-width",
            "600",
            "--json",
            "--out-dir",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "one input failed → exit 1");
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);

    let fox = &lines[0];
    assert!(fox["input"].as_str().unwrap().ends_with("fox.jpg"));
    assert_eq!(fox["format"], "webp");
    assert_eq!(
        (fox["width"].as_u64(), fox["height"].as_u64()),
        (Some(600), Some(399))
    );
    assert_eq!(fox["original_size"], 272_383);
    assert_eq!(fox["quality"], 70);
    assert!(fox["score"].is_null(), "fixed quality: no smart score");
    let out_path = PathBuf::from(fox["output"].as_str().unwrap());
    assert_eq!(out_path, dir.path().join("fox.webp"));
    let bytes = std::fs::read(&out_path).unwrap();
    assert_eq!(fox["compressed_size"].as_u64(), Some(bytes.len() as u64));
    let saved = 100.0 * (1.0 - bytes.len() as f64 / 272_383.0);
    assert_eq!(fox["savings_percent"].as_f64().unwrap(), saved.round());
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 600);

    assert_eq!(lines[1]["format"], "webp");
    assert!(dir.path().join("vips_rgba.webp").exists());

    let bad = &lines[2];
    assert_eq!(bad["error"]["code"], "unsupported_format");
    assert!(
        bad["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not JPG, PNG, WebP, or AVIF")
    );
    assert!(bad.get("output").is_none());
    // Nothing partial or stray is left behind: exactly the two outputs.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

/// An output in `--out-dir` is the input's name with only its last
/// extension replaced, dots in the name kept: two inputs that differ after
/// a dot get two outputs.
#[test]
fn out_dir_names_keep_the_dots_in_input_names() {
    let inputs = tempfile::tempdir().unwrap();
    let source = std::fs::read(corpus("graphics/vips_rgba.png")).unwrap();
    for name in ["logo.v1.png", "logo.v2.png", "photo.2026.12.png"] {
        std::fs::write(inputs.path().join(name), &source).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let output = compressorize()
        .arg("compress")
        .args(["logo.v1.png", "logo.v2.png", "photo.2026.12.png"].map(|n| inputs.path().join(n)))
        .args(["--format", "webp", "--quality", "80", "--out-dir"])
        .arg(out.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["logo.v1.webp", "logo.v2.webp", "photo.2026.12.webp"]
    );
    for name in &names {
        let bytes = std::fs::read(out.path().join(name)).unwrap();
        assert_eq!(
            image::guess_format(&bytes).unwrap(),
            image::ImageFormat::WebP
        );
    }
}

/// With `-o` and no `--format`, the output file's extension chooses the
/// format; an explicit `--format` the name contradicts is a usage error
/// and writes nothing.
#[test]
fn the_output_name_chooses_the_format_unless_told_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let star = corpus("graphics/star.png");
    for (name, format) in [
        ("star.webp", Format::WebP),
        ("star.JPG", Format::Jpeg),
        ("star.avif", Format::Avif),
        ("star.out", Format::Png), // no format named: the input's
    ] {
        let out = dir.path().join(name);
        let output = compressorize()
            .arg("compress")
            .arg(&star)
            .arg("-o")
            .arg(&out)
            .args(["--quality", "70"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {output:?}");
        let bytes = std::fs::read(&out).unwrap();
        assert_eq!(detect(&bytes), Some(format), "{name}");
        assert_eq!(header_dimensions(&bytes), Some((159, 159)), "{name}");
    }

    let out = dir.path().join("fox.png");
    let output = compressorize()
        .arg("compress")
        .arg(corpus("photos/fox.jpg"))
        .arg("-o")
        .arg(&out)
        .args(["--format", "webp"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--format webp but the output file's name says png"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn single_output_file_keeps_metadata_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("gps.jpg");
    let status = compressorize()
        .arg("compress")
        .arg(corpus("exif/gps_DSCN0010.jpg"))
        .arg("-o")
        .arg(&out)
        .args(["--quality", "60", "--keep-metadata"])
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.windows(4).any(|w| w == b"Exif"), "EXIF kept");
    assert!(image::load_from_memory(&bytes).is_ok());
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.jpg");
    let fox = corpus("photos/fox.jpg");
    let cases: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["compress".into(), fox.clone().into()], // no -o / --out-dir
        vec![
            "compress".into(),
            fox.clone().into(),
            "-o".into(),
            out.clone().into(),
            "--quality".into(),
            "0".into(),
        ],
        vec![
            "compress".into(),
            fox.clone().into(),
            "-o".into(),
            out.clone().into(),
            "--format".into(),
            "tiff".into(),
        ],
        vec![
            "compress".into(),
            fox.clone().into(),
            "-o".into(),
            out.clone().into(),
            "--max-width".into(),
            "-5".into(),
        ],
        vec![
            "compress".into(),
            fox.clone().into(),
            fox.clone().into(),
            "-o".into(),
            out.clone().into(),
        ],
    ];
    for args in cases {
        let output = compressorize().args(&args).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!out.exists(), "{args:?} wrote an output");
    }
    let output = compressorize()
        .args(["compress", "--quality", "101", "-o"])
        .arg(&out)
        .arg(&fox)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("Invalid quality '101'. Use: smart or an integer from 1 to 100")
    );
}

#[test]
fn a_failed_input_never_leaves_an_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("truncated.jpg");
    let status = compressorize()
        .arg("compress")
        .arg(corpus("bad/truncated_10000B.jpg"))
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temporary file left"
    );
}

/// libaom picks its SIMD kernels by what the CPU has, and this repository
/// adds AVX2 kernels of its own to the vendored libaom (quantising with
/// quantisation matrices: vendor/libaom-sys/COMPRESSORIZE.md). With AVX2
/// and above masked off by `AOM_SIMD_CAPS_MASK`, libaom runs the C
/// versions instead: every AVIF must come out byte for byte the same
/// (libaom's own rule for its kernels). On a CPU without AVX2 both runs
/// take the C path.
#[test]
fn avif_files_are_the_same_with_and_without_avx2_kernels() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str]); 4] = [
        ("photos/fox.jpg", &["--quality", "54", "--max-width", "640"]),
        ("photos/kodim23.png", &["--quality", "30"]),
        ("graphics/vips_rgba.png", &["--quality", "80"]),
        (
            "graphics/Flag_of_the_Netherlands-16bit.png",
            &["--quality", "95"],
        ),
    ];
    for (input, options) in cases {
        let encode = |name: &str, caps_mask: Option<&str>| {
            let path = dir.path().join(name);
            let mut command = compressorize();
            command
                .arg("compress")
                .arg(corpus(input))
                .args(["--format", "avif"])
                .args(options)
                .arg("-o")
                .arg(&path);
            if let Some(mask) = caps_mask {
                // MMX to AVX: everything below AVX2.
                command.env("AOM_SIMD_CAPS_MASK", mask);
            }
            let output = command.output().unwrap();
            assert!(output.status.success(), "{input}: {output:?}");
            std::fs::read(&path).unwrap()
        };
        let simd = encode("simd.avif", None);
        let plain = encode("plain.avif", Some("0x7f"));
        assert!(
            simd == plain,
            "{input} {options:?}: {} bytes with AVX2, {} without",
            simd.len(),
            plain.len()
        );
    }
}
