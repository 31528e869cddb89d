//! Property tests on the crate's own generators (feature `proptest`):
//! arbitrary valid values round-trip exactly, through `from_json` and
//! `serde_json` alike; a body that breaks exactly one rule is rejected with
//! that rule's path, by both, and by `validate()` on the value.

use operation_response::proptest::invalid;
use operation_response::{from_json, ErrorKind, Validate};
use operation_response_tests::{
    CreateAuthSessionResultResponseBody as Union, RunResultResponseBody as Run,
};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn valid_values_round_trip_exactly(run in any::<Run>()) {
        prop_assert!(run.validate().is_ok());
        let json = serde_json::to_string(&run).unwrap();
        let back: Run = from_json(&json).unwrap();
        prop_assert_eq!(&back, &run);
        let again: Run = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&again, &run);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    #[test]
    fn valid_unions_round_trip_exactly(body in any::<Union>()) {
        let json = serde_json::to_string(&body).unwrap();
        let back: Union = from_json(&json).unwrap();
        prop_assert_eq!(&back, &body);
    }

    #[test]
    fn one_broken_rule_is_reported_at_its_path(case in invalid::<Run>()) {
        let err = from_json::<Run>(&case.body).unwrap_err();
        prop_assert_eq!(err.kind(), ErrorKind::Validation);
        let violations = err.violations().unwrap();
        prop_assert_eq!(violations.len(), 1, "{}", violations);
        let violation = violations.iter().next().unwrap();
        prop_assert_eq!(violation.path(), case.path.as_str());
        prop_assert_eq!(violation.rule(), case.rule);
        // serde_json alone rejects it, at the same path.
        let message = serde_json::from_str::<Run>(&case.body).unwrap_err().to_string();
        prop_assert!(message.starts_with(&format!("{}: ", case.path)), "{}", message);
    }

    #[test]
    fn a_broken_nested_rule_is_reported_at_its_path(run in any::<Run>().prop_filter_map(
        "a failed run",
        |run| run.error.is_some().then_some(run),
    )) {
        // `error.message` is `non_empty`: emptied, the value breaks it alone.
        let mut run = run;
        if let Some(error) = &mut run.error {
            error.message.clear();
        }
        let json = serde_json::to_string(&run).unwrap();
        let violations = from_json::<Run>(&json).unwrap_err().violations().unwrap().clone();
        prop_assert_eq!(violations.paths().collect::<Vec<_>>(), ["error.message"]);
        prop_assert_eq!(run.validate().unwrap_err(), violations);
    }
}
