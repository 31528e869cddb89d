#!/usr/bin/env bash
# Instructions rustc executes for `cargo check` of one crate (its own
# compilation only; dependencies are built first, uncounted): deterministic,
# unlike wall time on a shared machine. Needs valgrind.
#
#   cargo run --release -p operation-response-bench --bin compile-bench -- --types 40 --rounds 1
#   bash tests/bench/rustc-instructions.sh target/compile-bench/ours
#   bash tests/bench/rustc-instructions.sh target/compile-bench/garde
set -euo pipefail
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
cargo check -q --lib
touch src/lib.rs
RUSTC_WRAPPER="$wrapper" cargo check -q --lib
total=$(grep -h '^summary' "$out"/cg.* | awk '{s += $2} END {printf "%.0f", s}')
echo "$name: $total instructions ($(( total / 1000000 )) M)"
rm -rf "$out"
