//! Hostile input: whatever the bytes, a value or a clear error — never a
//! panic, a stack overflow or a hang — and nothing accepted that breaks a rule.

use operation_response::{from_json, from_slice, ErrorKind, Validate};
use operation_response_tests::{
    CreateAuthSessionResultResponseBody as Union,
    CreateOrUpdateAuthSessionStartResponseBody as Start, JobResponse, Limits,
    OpenResultResponse as OpenUnion, RunResultResponseBody as Run,
};

/// The kind of error `from_json::<$T>` gives (a macro, as this crate names
/// no serde trait).
macro_rules! kind_of {
    ($T:ty, $json:expr) => {{
        let json: &str = $json;
        match from_json::<$T>(json) {
            Ok(_) => panic!("accepted: {}", &json[..json.len().min(200)]),
            Err(err) => err.kind(),
        }
    }};
}

#[test]
fn a_hundred_megabyte_string() {
    let big = "a".repeat(100 * 1024 * 1024);
    let json = format!(r#"{{"status":"started","operationId":"{big}"}}"#);
    let body: Start = from_json(&json).unwrap();
    assert_eq!(body.operation_id.len(), big.len());
    let json = format!(r#"{{"status":"pending","runId":"{big}","result":"{big}"}}"#);
    let err = from_json::<Run>(&json).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"result: must be absent when status is "pending" or "started""#
    );
}

#[test]
fn nesting_a_hundred_thousand_deep_is_a_clear_error() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    for nested in [&deep, &objects] {
        // Where values are read (buffered before a union's status, kept in an
        // open union's unknown fields, or a field's value), serde_json's
        // recursion limit answers.
        for (json, open) in [
            (format!(r#"{{"extra":{nested},"status":"pending"}}"#), false),
            (format!(r#"{{"status":"paused","extra":{nested}}}"#), true),
            (format!(r#"{{"extra":{nested},"status":"paused"}}"#), true),
        ] {
            let err = if open {
                from_json::<OpenUnion>(&json).unwrap_err()
            } else {
                from_json::<Union>(&json).unwrap_err()
            };
            assert_eq!(err.kind(), ErrorKind::Syntax);
            assert!(
                err.to_string().contains("recursion limit exceeded"),
                "{err}"
            );
        }
        let json = format!(r#"{{"status":"pending","runId":"abc","result":{nested}}}"#);
        assert_eq!(kind_of!(Run, &json), ErrorKind::Type);
        // An ignored key's value is skipped without recursion: no stack is
        // used, and the body is valid.
        let json = format!(r#"{{"status":"started","operationId":"x","extra":{nested}}}"#);
        let body: Start = from_json(&json).unwrap();
        assert_eq!(body.operation_id, "x");
    }
}

#[test]
fn the_status_key_twice() {
    for json in [
        r#"{"status":"started","status":"started","operationId":"x"}"#,
        r#"{"status":"started","operationId":"x","status":"finished"}"#,
    ] {
        let err = from_json::<Start>(json).unwrap_err();
        assert!(
            err.to_string().contains("duplicate field `status`"),
            "{err}"
        );
    }
    assert_eq!(
        kind_of!(
            Union,
            r#"{"status":"done","authSessionId":"abc","status":"failed"}"#
        ),
        ErrorKind::Type
    );
    assert_eq!(
        kind_of!(OpenUnion, r#"{"status":"x","status":"y"}"#),
        ErrorKind::Type
    );
}

#[test]
fn a_status_of_the_wrong_type() {
    for status in ["5", "null", "true", "[]", "{}", r#"["started"]"#, "1.5"] {
        let json = format!(r#"{{"status":{status},"operationId":"x"}}"#);
        assert_eq!(kind_of!(Start, &json), ErrorKind::Type, "{json}");
        let json = format!(r#"{{"status":{status}}}"#);
        assert_eq!(kind_of!(Union, &json), ErrorKind::Type, "{json}");
        assert_eq!(kind_of!(OpenUnion, &json), ErrorKind::Type, "{json}");
    }
}

#[test]
fn duplicate_keys() {
    let err = from_json::<Run>(r#"{"status":"pending","runId":"abc","runId":"abd"}"#).unwrap_err();
    assert!(err.to_string().contains("duplicate field `runId`"), "{err}");
    let err =
        from_json::<Union>(r#"{"status":"done","authSessionId":"abc","authSessionId":"abd"}"#)
            .unwrap_err();
    assert!(
        err.to_string().contains("duplicate field `authSessionId`"),
        "{err}"
    );
}

#[test]
fn numbers_out_of_range_for_the_field_type() {
    for (offset, expected) in [
        ("2147483648", ErrorKind::Type),
        ("-2147483649", ErrorKind::Type),
        ("1.5", ErrorKind::Type),
        ("1e400", ErrorKind::Syntax),
        ("99999999999999999999999999999", ErrorKind::Type),
    ] {
        let json = format!(r#"{{"ratio":0.5,"offset":{offset},"tags":["a"],"country":"FR"}}"#);
        assert_eq!(kind_of!(Limits, &json), expected, "{json}");
    }
    let json = r#"{"state":"QUEUED","job_id":"j","owner":null,"attempt_count":-1}"#;
    assert_eq!(kind_of!(JobResponse, json), ErrorKind::Type);
}

#[test]
fn lone_surrogates_and_invalid_utf8() {
    for json in [
        r#"{"status":"started","operationId":"\ud800"}"#,
        r#"{"status":"started","operationId":"\udc00x"}"#,
        r#"{"status":"\ud800","operationId":"x"}"#,
    ] {
        assert_eq!(kind_of!(Start, json), ErrorKind::Syntax, "{json}");
    }
    let mut bytes = br#"{"status":"started","operationId":"#.to_vec();
    bytes.extend_from_slice(&[b'"', 0xff, 0xfe, b'"', b'}']);
    assert_eq!(
        from_slice::<Start>(&bytes).unwrap_err().kind(),
        ErrorKind::Syntax
    );
    // In a read field, and in an open union's unknown field.
    let mut bytes = br#"{"status":"done","authSessionId":"#.to_vec();
    bytes.extend_from_slice(&[b'"', 0xc3, b'"', b'}']);
    assert_eq!(
        from_slice::<Union>(&bytes).unwrap_err().kind(),
        ErrorKind::Syntax
    );
    let mut bytes = br#"{"status":"paused","x":"#.to_vec();
    bytes.extend_from_slice(&[b'"', 0xed, 0xa0, 0x80, b'"', b'}']);
    assert_eq!(
        from_slice::<OpenUnion>(&bytes).unwrap_err().kind(),
        ErrorKind::Syntax
    );
}

#[test]
fn nan_and_infinities_where_floats_are_bounded() {
    // JSON has no NaN or infinity: the tokens are syntax errors.
    for value in ["NaN", "Infinity", "-Infinity", "nan"] {
        let json = format!(r#"{{"ratio":{value},"offset":0,"tags":["a"],"country":"FR"}}"#);
        assert_eq!(kind_of!(Limits, &json), ErrorKind::Syntax, "{json}");
    }
    // Built in code, they fail every bound.
    for ratio in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let limits = Limits {
            ratio,
            offset: 0,
            id: None,
            tags: vec!["a".to_owned()],
            country: "FR".to_owned(),
        };
        let errors = limits.validate().unwrap_err();
        assert!(!errors.is_empty(), "{ratio}");
        assert!(errors.paths().all(|p| p == "ratio"), "{errors}");
    }
}

#[test]
fn unknown_keys_under_deny_unknown_fields() {
    assert_eq!(
        kind_of!(Union, r#"{"status":"pending","x":1}"#),
        ErrorKind::Type
    );
    assert_eq!(
        kind_of!(Union, r#"{"x":1,"status":"pending"}"#),
        ErrorKind::Type
    );
    assert_eq!(
        kind_of!(
            JobResponse,
            r#"{"state":"QUEUED","job_id":"j","owner":null,"x":1}"#
        ),
        ErrorKind::Type
    );
}

#[test]
fn an_empty_body_an_array_and_other_non_objects() {
    for json in ["", " ", "{", r#"{"status":"#, r#"{"status":"started","#] {
        assert_eq!(kind_of!(Start, json), ErrorKind::Syntax, "{json:?}");
    }
    for json in [
        "",
        " ",
        "{",
        r#"{"status":"#,
        r#"{"status":"pending","#,
        r#"{"x":1"#,
    ] {
        assert_eq!(kind_of!(Union, json), ErrorKind::Syntax, "{json:?}");
        assert_eq!(kind_of!(OpenUnion, json), ErrorKind::Syntax, "{json:?}");
    }
    for json in [
        "[]",
        r#"[{"status":"started","operationId":"x"}]"#,
        "null",
        "5",
        r#""started""#,
        "true",
    ] {
        assert_eq!(kind_of!(Start, json), ErrorKind::Type, "{json}");
        assert_eq!(kind_of!(Union, json), ErrorKind::Type, "{json}");
        assert_eq!(kind_of!(OpenUnion, json), ErrorKind::Type, "{json}");
    }
    // Trailing garbage after a valid body.
    assert_eq!(
        kind_of!(Start, r#"{"status":"started","operationId":"x"} x"#),
        ErrorKind::Syntax
    );
}
