//! The names users type: container arguments and field attributes, and the
//! lists that suggestions choose from.

pub const STATUS: &str = "status";
pub const TERMINAL: &str = "terminal";
pub const FAILURE: &str = "failure";
pub const WAITING: &str = "waiting";
pub const STATUS_DEFAULT: &str = "status_default";
pub const CLASSIFY: &str = "classify";
pub const PROGRESS: &str = "progress";
pub const STATUS_ENUM: &str = "status_enum";
pub const STATUS_FIELD: &str = "status_field";
pub const RENAME_ALL: &str = "rename_all";
pub const STATUS_CASE: &str = "status_case";
pub const OPEN: &str = "open";
pub const UNKNOWN: &str = "unknown";
pub const DENY_UNKNOWN_FIELDS: &str = "deny_unknown_fields";
pub const CRATE: &str = "crate";
pub const ALIAS: &str = "alias";
pub const CASE_INSENSITIVE: &str = "case_insensitive";
pub const LIFECYCLE: &str = "lifecycle";

/// serde's names where the macro owns their meaning.
pub const TAG: &str = "tag";
pub const TAG_CASE: &str = "tag_case";
pub const RENAME_ALL_FIELDS: &str = "rename_all_fields";

pub const MIN_LENGTH: &str = "min_length";
pub const MAX_LENGTH: &str = "max_length";
pub const LENGTH: &str = "length";
pub const NON_EMPTY: &str = "non_empty";
pub const MIN: &str = "min";
pub const MAX: &str = "max";
pub const GREATER_THAN: &str = "greater_than";
pub const LESS_THAN: &str = "less_than";
pub const PATTERN: &str = "pattern";
pub const REQUIRED_WHEN: &str = "required_when";
pub const FORBIDDEN_WHEN: &str = "forbidden_when";
pub const NESTED: &str = "nested";
pub const VALIDATE_WITH: &str = "validate_with";
pub const RENAME: &str = "rename";
pub const DEFAULT: &str = "default";
pub const EXAMPLE: &str = "example";
pub const REQUIRED: &str = "required";
pub const MIN_BYTES: &str = "min_bytes";
pub const MAX_BYTES: &str = "max_bytes";
pub const OUTCOME: &str = "outcome";
pub const OPERATION: &str = "operation";
pub const NUMBER_AS_STRING: &str = "number_as_string";

/// Our helper attribute on fields and variants.
pub const RESPONSE: &str = "response";
pub const SERDE: &str = "serde";

/// Container arguments of `#[operation_response]` on a struct.
pub const RESPONSE_STRUCT_ARGS: &[&str] = &[
    STATUS,
    TERMINAL,
    FAILURE,
    WAITING,
    STATUS_DEFAULT,
    CLASSIFY,
    PROGRESS,
    STATUS_ENUM,
    STATUS_FIELD,
    RENAME_ALL,
    OPEN,
    UNKNOWN,
    DENY_UNKNOWN_FIELDS,
    ALIAS,
    CASE_INSENSITIVE,
    VALIDATE_WITH,
    CRATE,
];

/// Container arguments of `#[operation_response]` on an enum.
pub const RESPONSE_ENUM_ARGS: &[&str] = &[
    TERMINAL,
    FAILURE,
    WAITING,
    STATUS_DEFAULT,
    CLASSIFY,
    PROGRESS,
    STATUS_ENUM,
    STATUS_FIELD,
    RENAME_ALL,
    STATUS_CASE,
    OPEN,
    UNKNOWN,
    DENY_UNKNOWN_FIELDS,
    ALIAS,
    CASE_INSENSITIVE,
    VALIDATE_WITH,
    CRATE,
];

/// Container arguments of `#[response_model]` on a struct.
pub const MODEL_STRUCT_ARGS: &[&str] = &[
    RENAME_ALL,
    DENY_UNKNOWN_FIELDS,
    LIFECYCLE,
    CLASSIFY,
    PROGRESS,
    VALIDATE_WITH,
    CRATE,
];

/// Container arguments of `#[response_model]` on a fieldless enum.
pub const MODEL_ENUM_ARGS: &[&str] = &[
    RENAME_ALL,
    OPEN,
    ALIAS,
    CASE_INSENSITIVE,
    FAILURE,
    UNKNOWN,
    CRATE,
];

/// Container arguments of `#[response_model(tag = "…")]` on an enum.
pub const MODEL_TAGGED_ARGS: &[&str] = &[
    TAG,
    TAG_CASE,
    RENAME_ALL,
    OPEN,
    DENY_UNKNOWN_FIELDS,
    ALIAS,
    CASE_INSENSITIVE,
    VALIDATE_WITH,
    CRATE,
];

/// Every field attribute.
pub const FIELD_ATTRS: &[&str] = &[
    MIN_LENGTH,
    MAX_LENGTH,
    LENGTH,
    NON_EMPTY,
    MIN,
    MAX,
    GREATER_THAN,
    LESS_THAN,
    PATTERN,
    REQUIRED_WHEN,
    FORBIDDEN_WHEN,
    NESTED,
    VALIDATE_WITH,
    RENAME,
    DEFAULT,
    REQUIRED,
    MIN_BYTES,
    MAX_BYTES,
    OUTCOME,
    OPERATION,
    EXAMPLE,
    NUMBER_AS_STRING,
    PROGRESS,
];

/// Variant attributes of the enum form and of string enums.
pub const RESPONSE_VARIANT_ATTRS: &[&str] = &[STATUS, ALIAS];
pub const MODEL_VARIANT_ATTRS: &[&str] = &[RENAME, ALIAS];

/// `unknown = "…"` values.
pub const UNKNOWN_VALUES: &[&str] = &["failure"];
