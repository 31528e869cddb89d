//! Expansion snapshots: the pretty-printed expansion of each file in
//! `tests/expand/` is checked in next to it as `*.expanded.rs`, so that every
//! change to generated code shows up in review.
//!
//! After an intended change: `UPDATE_EXPAND=1 cargo test -p operation-response-macros`,
//! then review the diff.

use std::fs;
use std::path::{Path, PathBuf};

fn inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tests/expand");
    let mut inputs: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".rs") && !name.ends_with(".expanded.rs")
        })
        // `pattern` expands only with the feature (on in the workspace's tests).
        .filter(|path| cfg!(feature = "pattern") || !path.ends_with("pattern.rs"))
        // `schema` with the schema and proptest features (on in the workspace's tests).
        .filter(|path| SCHEMAS || !path.ends_with("schema.rs"))
        .collect();
    inputs.sort();
    inputs
}

const SCHEMAS: bool = cfg!(all(
    feature = "schemars",
    feature = "utoipa",
    feature = "proptest"
));

fn expanded(input: &Path) -> String {
    // Only `schema.rs` shows schemas: the others read the same either way.
    let options = if input.ends_with("schema.rs") {
        crate::expand::Options::FEATURES
    } else {
        crate::expand::Options::NONE
    };
    let source = fs::read_to_string(input).expect("a readable input");
    let file: syn::File = syn::parse_str(&source).expect("a parsable input");
    let tokens = super::expand_file(&file, options);
    assert!(!tokens.is_empty(), "{}: nothing to expand", input.display());
    let mut out = String::new();
    for tokens in tokens {
        let file: syn::File = syn::parse2(tokens)
            .unwrap_or_else(|e| panic!("{}: the expansion does not parse: {e}", input.display()));
        out.push_str(&prettyplease::unparse(&file));
    }
    out
}

#[test]
fn expansions_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_EXPAND").is_some();
    let inputs = inputs();
    assert!(inputs.len() >= 8, "snapshot inputs: {inputs:?}");
    let mut stale = Vec::new();
    for input in inputs {
        let actual = expanded(&input);
        let snapshot = input.with_extension("expanded.rs");
        let expected = fs::read_to_string(&snapshot).unwrap_or_default();
        if actual == expected {
            continue;
        }
        if update {
            fs::write(&snapshot, &actual).expect("a writable snapshot");
        } else {
            stale.push(snapshot.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "expansions differ from their snapshots (run with UPDATE_EXPAND=1, then review the diff): {stale:#?}"
    );
}

#[test]
fn no_snapshot_is_an_error() {
    // A snapshot of a `compile_error!` would hide a broken input.
    for input in inputs() {
        let text = expanded(&input);
        assert!(
            !text.contains("compile_error"),
            "{}: the input has a mistake:\n{text}",
            input.display()
        );
    }
}
