//! Schemas of the declared types, for servers that document them and for
//! clients that check a vendor's document against their declaration.
//!
//! With the feature `schemars`, every type that `#[operation_response]` and
//! `#[response_model]` generate (status enums included) implements
//! [`schemars::JsonSchema`] (schemars 1, re-exported as
//! `operation_response::schemars`); with `utoipa`, [`utoipa::ToSchema`]
//! (utoipa 5, re-exported as `operation_response::utoipa`). With both off
//! the macro generates nothing for them.
//!
//! A schema says what deserialization accepts:
//!
//! | declared | in the schema |
//! |---|---|
//! | field keys, `rename`, `rename_all` | `properties` under their wire names |
//! | a field that is not `Option`, and `#[response(required)]` | `required` |
//! | `Option<T>` | also `null` (`nullable: true` in OpenAPI 3.0) |
//! | `#[response(default)]`, `default = path` | optional, with `default` |
//! | `min_length` / `max_length` / `length` / `non_empty` | `minLength`/`maxLength` (chars, as JSON Schema counts), `minItems`/`maxItems`, `minProperties`/`maxProperties` |
//! | `min` / `max` / `greater_than` / `less_than` | `minimum` / `maximum` / `exclusiveMinimum` / `exclusiveMaximum` (3.0: `minimum` + `exclusiveMinimum: true`) |
//! | an integer type (`u8` … `i64`, `usize`), also in `Option`, a sequence's items, a map's values | its range as `minimum` / `maximum`, merged with the field's bounds (the tighter wins; an exclusive one stays exclusive); `i128`'s bounds and `u128`'s maximum, beyond what serde_json's numbers hold, are left out. Parsing reads an integral float (`150.0`) in range, as JSON Schema counts it an integer |
//! | `pattern` | `pattern` |
//! | `number_as_string` | `anyOf` a string whose `pattern` matches exactly the decimal strings of the field's range (type and bounds), with the integer's `format`, and the integer; a default or example as a string; `drift` takes a vendor's integer, or string of an integer `format` (proto3's `int64`), as matching it |
//! | `min_bytes` / `max_bytes`, field `validate_with` | the field's `description` |
//! | the status set | `enum`; `open`: any string, the known ones listed (`anyOf`); `case_insensitive`: a pattern of every spelling in any case; aliases are listed |
//! | `terminal` / `failure` | `x-lifecycle: {terminal, failure}` and the status's `description` |
//! | `required_when` / `forbidden_when` | per-status branches (`allOf` of the object and a `oneOf`, one branch per group of statuses) |
//! | the enum form, tagged models | `oneOf` of one component per variant, each with its fixed status or tag, and an OpenAPI `discriminator` mapping every spelling |
//! | `deny_unknown_fields` | `additionalProperties: false` |
//! | container `validate_with`, `lifecycle`, `#[response(outcome)]` | the `description` |
//!
//! utoipa's schema model has no `not`: in its output, the branch that takes
//! the statuses an `open` type does not list accepts any status.
//!
//! A field whose type has no schema (a foreign type without `JsonSchema`)
//! reads as any JSON value, with a description saying so: turning a feature
//! on never breaks a build. Type parameters of generic types must implement
//! the trait.
//!
//! # A server: the schema in an OpenAPI document
//!
//! ```
//! # #[cfg(feature = "schemars")] {
//! use operation_response::operation_response;
//! use operation_response::schemars::generate::SchemaSettings;
//!
//! /// The result of a run.
//! #[operation_response(
//!     status = ["pending", "done", "failed"],
//!     terminal = ["done", "failed"],
//!     failure = ["failed"],
//! )]
//! pub struct RunResult {
//!     /// The run.
//!     #[response(min_length = 3)]
//!     pub run_id: String,
//!     /// Why it failed.
//!     #[response(required_when = "failed")]
//!     pub error: Option<String>,
//! }
//!
//! // OpenAPI 3.0 components: `RunResult` and the `RunResultStatus` it refers to.
//! let mut generator = SchemaSettings::openapi3().into_generator();
//! let reference = generator.subschema_for::<RunResult>();
//! assert_eq!(reference.get("$ref").unwrap(), "#/components/schemas/RunResult");
//! let components = generator.take_definitions(true);
//!
//! let status = &components["RunResultStatus"];
//! assert_eq!(status["enum"], serde_json::json!(["pending", "done", "failed"]));
//! assert_eq!(status["x-lifecycle"]["terminal"], serde_json::json!(["done", "failed"]));
//! let body = &components["RunResult"]["allOf"][0];
//! assert_eq!(body["properties"]["runId"]["minLength"], 3);
//! assert_eq!(body["required"], serde_json::json!(["status", "runId"]));
//! # }
//! ```
//!
//! With utoipa, the same content as `ToSchema`:
//!
//! ```
//! # #[cfg(feature = "utoipa")] {
//! # use operation_response::operation_response;
//! # /// The result of a run.
//! # #[operation_response(status = ["pending", "done"], terminal = ["done"])]
//! # pub struct RunResult {
//! #     /// The run.
//! #     #[response(min_length = 3)]
//! #     pub run_id: String,
//! # }
//! use operation_response::utoipa::openapi::{ComponentsBuilder, OpenApiBuilder};
//! use operation_response::utoipa::{PartialSchema, ToSchema};
//!
//! let mut schemas = Vec::new();
//! RunResult::schemas(&mut schemas);
//! let openapi = OpenApiBuilder::new()
//!     .components(Some(
//!         ComponentsBuilder::new()
//!             .schema(RunResult::name(), RunResult::schema())
//!             .schemas_from_iter(schemas)
//!             .build(),
//!     ))
//!     .build();
//! let json = serde_json::to_value(&openapi).unwrap();
//! let run_id = &json["components"]["schemas"]["RunResult"]["properties"]["runId"];
//! assert_eq!(run_id["minLength"], 3);
//! # }
//! ```
//!
//! # A client: a drift test against the vendor's document
//!
//! [`drift`] (feature `schemars`) compares a declared type with a component
//! of the vendor's published OpenAPI 3.0 or 3.1 document and reports every
//! difference with its wire path, the vendor's statuses the type does not
//! declare first:
//!
//! ```
//! # #[cfg(feature = "schemars")] {
//! use operation_response::operation_response;
//! use operation_response::schema::{drift, DifferenceKind};
//!
//! /// A batch.
//! #[operation_response(
//!     status = ["in_progress", "completed", "failed"],
//!     terminal = ["completed", "failed"],
//!     failure = ["failed"],
//! )]
//! pub struct Batch {
//!     /// The batch's id.
//!     pub id: String,
//! }
//!
//! // In a test: the vendor's document, checked in or fetched.
//! let openapi = serde_json::json!({
//!     "openapi": "3.1.0",
//!     "components": { "schemas": { "Batch": {
//!         "type": "object",
//!         "required": ["id", "status"],
//!         "properties": {
//!             "id": { "type": "string" },
//!             "status": { "type": "string", "enum": ["in_progress", "completed", "failed", "expired"] }
//!         }
//!     } } }
//! });
//! let drift = drift::<Batch>(&openapi, "#/components/schemas/Batch");
//! assert_eq!(drift.iter().next().unwrap().kind, DifferenceKind::UndeclaredStatus("expired".into()));
//! // assert!(drift.is_empty(), "{drift}") is what a test writes; here it says:
//! assert_eq!(
//!     drift.to_string(),
//!     "1 difference between `Batch` and #/components/schemas/Batch:\n\
//!      - status: the vendor's status \"expired\" is not declared (is it terminal?)\n"
//! );
//! # }
//! ```

pub(crate) mod build;
pub(crate) mod default;
#[cfg(feature = "schemars")]
mod drift;
#[cfg(feature = "schemars")]
pub(crate) mod with_schemars;
#[cfg(feature = "utoipa")]
pub(crate) mod with_utoipa;

#[cfg(feature = "schemars")]
pub use self::drift::{drift, Difference, DifferenceKind, Drift};
