//! Example programs live beside this crate; run them with `cargo run -p compressorize-examples --example NAME`.
