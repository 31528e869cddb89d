//! Compile-fail cases: every misuse is a clear error at the token to change.
#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/**/*.rs");
    // Declarations that compile, next to the compile-fail case of their use.
    t.pass("tests/ui-pass/*.rs");
}
