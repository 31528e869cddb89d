//! Tests of `operation-response`: see `tests/`.
#![forbid(unsafe_code)]
