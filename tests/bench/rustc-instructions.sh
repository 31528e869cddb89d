#!/usr/bin/env bash
# Instructions rustc executes for `cargo check` (or, with a second argument
# `build`, `cargo build`) of one crate (its own compilation only; dependencies
# are built first, uncounted): deterministic, unlike wall time on a shared
# machine. Needs valgrind.
#
#   cargo run --release -p operation-response-bench --bin compile-bench -- --types 40 --rounds 1
#   bash tests/bench/rustc-instructions.sh target/compile-bench/ours
#   bash tests/bench/rustc-instructions.sh target/compile-bench/garde
#
# With JSON Schema (`--schemars` writes crates of their own):
#
#   cargo run --release -p operation-response-bench --bin compile-bench -- --types 40 --rounds 1 --schemars
#   bash tests/bench/rustc-instructions.sh target/compile-bench/ours-schemars
#   bash tests/bench/rustc-instructions.sh target/compile-bench/garde-schemars
set -euo pipefail
step=${2:-check}
case $step in
  check | build) ;;
  *) echo "usage: $0 <crate dir> [check|build]" >&2; exit 2 ;;
esac
dir=$(cd "$1" && pwd)
name=$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -1 | tr - _)
out=$(mktemp -d)
wrapper="$out/wrapper.sh"
cat > "$wrapper" <<WRAP
#!/usr/bin/env bash
if [[ " \$* " == *" --crate-name $name "* ]]; then
  exec valgrind --tool=callgrind --callgrind-out-file=$out/cg.%p "\$@" 2>>$out/valgrind.log
fi
exec "\$@"
WRAP
chmod +x "$wrapper"
cd "$dir"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$dir/../target}" CARGO_INCREMENTAL=0
cargo "$step" -q --lib
touch src/lib.rs
RUSTC_WRAPPER="$wrapper" cargo "$step" -q --lib
total=$(grep -h '^summary' "$out"/cg.* | awk '{s += $2} END {printf "%.0f", s}')
echo "$name: $total instructions ($(( total / 1000000 )) M)"
rm -rf "$out"
