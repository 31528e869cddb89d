//! `waiting = [...]`: statuses in which the operation waits for a person
//! (GitLab's `manual`, HCP Terraform's `planned` and `policy_override`):
//! not terminal, `Lifecycle::Waiting`.

use operation_response::schemars::generate::SchemaSettings;
use operation_response::schemars::JsonSchema;
use operation_response::{from_json, OperationResponse};
use operation_response_tests::forms::{TerraformRun, TerraformRunStatus};
use operation_response_tests::vendors::Pipeline;
use serde_json::{json, Value};

fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

#[test]
fn a_planned_run_waits_in_the_enum_form() {
    let planned: TerraformRun = from_json(r#"{"status":"planned","has_changes":true}"#).unwrap();
    assert!(planned.is_waiting() && !planned.is_terminal());
    assert!(from_json::<TerraformRun>(r#"{"status":"policy_override"}"#)
        .unwrap()
        .is_waiting());
    assert!(!from_json::<TerraformRun>(r#"{"status":"planning"}"#)
        .unwrap()
        .is_waiting());
}

#[test]
fn the_schema_lists_the_waiting_statuses() {
    let schema = schema_of::<Pipeline>();
    let text = schema.to_string();
    let lifecycle = find(&schema, "x-lifecycle").expect("x-lifecycle");
    assert_eq!(lifecycle["waiting"], json!(["manual"]), "{text}");
    assert_eq!(
        lifecycle["terminal"],
        json!(["success", "failed", "canceled", "skipped"])
    );
    let run = schema_of::<TerraformRun>();
    let lifecycle = find(&run, "x-lifecycle").expect("x-lifecycle");
    assert_eq!(lifecycle["waiting"], json!(["planned", "policy_override"]));
}

#[test]
fn a_poll_stops_at_a_waiting_body_unless_told_to_wait() {
    use operation_response::poll::{PollError, Poller};
    use std::cell::Cell;
    let bodies = [
        r#"{"status":"planning"}"#,
        r#"{"status":"planned","has_changes":true}"#,
        r#"{"status":"applied"}"#,
    ];
    let next = Cell::new(0);
    let fetch = || {
        let body = bodies[next.get().min(bodies.len() - 1)];
        next.set(next.get() + 1);
        std::future::ready(from_json::<TerraformRun>(body))
    };
    let result =
        pollster::block_on(async { Poller::new(fetch).sleep(|_| std::future::ready(())).await });
    match result {
        Err(PollError::Waiting(body)) => assert_eq!(body.status(), TerraformRunStatus::Planned),
        other => panic!("{other:?}"),
    }
    next.set(0);
    let result = pollster::block_on(async {
        Poller::new(fetch)
            .sleep(|_| std::future::ready(()))
            .poll_while_waiting()
            .await
    });
    assert_eq!(result.unwrap(), TerraformRun::Applied);
    assert_eq!(next.get(), 3);
}

/// The first object in `value` with `key`, depth first.
fn find<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Object(map) => map
            .get(key)
            .or_else(|| map.values().find_map(|v| find(v, key))),
        Value::Array(items) => items.iter().find_map(|v| find(v, key)),
        _ => None,
    }
}
