/// Statuses as a server sends them: any case, another spelling, more later.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct TranslationResponse {
    /// The operation's status: `"status"` on the wire.
    pub status: TranslationStatus,
    pub id: String,
}
/// Status of a [`TranslationResponse`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum TranslationStatus {
    /// `"NotStarted"`
    NotStarted,
    /// `"Running"`
    Running,
    /// `"Succeeded"`
    Succeeded,
    /// `"Failed"`
    Failed,
    /// A status this type does not list, kept exactly as received.
    Unknown(::std::string::String),
}
const _: () = {
    use ::operation_response::__private as __or;
    #[automatically_derived]
    impl TranslationStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "NotStarted",
            "Running",
            "Succeeded",
            "Failed",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[
            "Succeeded",
            "Failed",
        ];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &["Failed"];
        /// The wire value, as received.
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::NotStarted => "NotStarted",
                Self::Running => "Running",
                Self::Succeeded => "Succeeded",
                Self::Failed => "Failed",
                Self::Unknown(__value) => __value,
            }
        }
        /// Whether the value is one of `KNOWN` (an `Unknown` one is not).
        pub fn is_known(&self) -> ::core::primitive::bool {
            Self::KNOWN.contains(&self.as_str())
        }
        /// Where this status leaves the operation.
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::NotStarted | Self::Running => {
                    ::operation_response::Lifecycle::Running
                }
                Self::Succeeded => ::operation_response::Lifecycle::Succeeded,
                Self::Failed => ::operation_response::Lifecycle::Failed,
                Self::Unknown(__value) => classify(__value),
            }
        }
        /// Whether the operation will not change any more: stop polling.
        pub fn is_terminal(&self) -> ::core::primitive::bool {
            self.lifecycle().is_terminal()
        }
        /// Whether the operation ended without succeeding.
        pub fn is_failure(&self) -> ::core::primitive::bool {
            self.lifecycle().is_failure()
        }
        /// Whether the operation ended and succeeded.
        pub fn is_success(&self) -> ::core::primitive::bool {
            self.lifecycle().is_success()
        }
    }
    #[automatically_derived]
    impl __or::StringEnum for TranslationStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        #[inline]
        fn as_str(&self) -> &::core::primitive::str {
            Self::as_str(self)
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for TranslationStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "NotStarted" => __or::Some(Self::NotStarted),
                "Running" => __or::Some(Self::Running),
                "Succeeded" => __or::Some(Self::Succeeded),
                "Failed" | "Cancelled" => __or::Some(Self::Failed),
                _ if __value.eq_ignore_ascii_case("NotStarted") => {
                    __or::Some(Self::NotStarted)
                }
                _ if __value.eq_ignore_ascii_case("Running") => __or::Some(Self::Running),
                _ if __value.eq_ignore_ascii_case("Succeeded") => {
                    __or::Some(Self::Succeeded)
                }
                _ if __value.eq_ignore_ascii_case("Failed")
                    || __value.eq_ignore_ascii_case("Cancelled") => {
                    __or::Some(Self::Failed)
                }
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    #[automatically_derived]
    impl __or::OperationStatus for TranslationStatus {
        const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
        const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            Self::lifecycle(self)
        }
    }
    #[automatically_derived]
    impl __or::fmt::Display for TranslationStatus {
        fn fmt(&self, __f: &mut __or::fmt::Formatter<'_>) -> __or::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl __or::FromStr for TranslationStatus {
        type Err = __or::Infallible;
        fn from_str(__value: &::core::primitive::str) -> __or::Result<Self, Self::Err> {
            __or::parse_open(__value)
        }
    }
    #[automatically_derived]
    impl __or::Serialize for TranslationStatus {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for TranslationStatus {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::deserialize_string_enum(__deserializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for TranslationStatus {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "TranslationResponse")]
    #[allow(dead_code)]
    struct __TranslationResponseSerde {
        #[serde(rename = "status")]
        status: TranslationStatus,
        #[serde(rename = "id")]
        id: String,
    }
    #[automatically_derived]
    impl __or::Serialize for TranslationResponse {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __TranslationResponseSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for TranslationResponse {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __TranslationResponseSerde::deserialize,
                __or::shape(false, &[]),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for TranslationResponse {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for TranslationResponse {
        type Status = TranslationStatus;
        #[inline]
        fn status(&self) -> TranslationStatus {
            __or::Clone::clone(&self.status)
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "TranslationResponse",
        doc: "Statuses as a server sends them: any case, another spelling, more later.",
        notes: &[],
        form: __or::shape::Form::Object(__or::shape::Object {
            statuses: &["NotStarted", "Running", "Succeeded", "Failed"],
            fields: &[
                __or::shape::Field {
                    key: "status",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "id",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
            ],
            deny_unknown_fields: false,
            branches: ::core::option::Option::None,
        }),
        checked: false,
    };
    impl __or::Examples for TranslationResponse
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![
                        ::std::vec::Vec::new(), __or::examples::of:: < String > ()
                    ],
                ),
            )
        }
    }
    static __STATUS_SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "TranslationStatus",
        doc: "The status of a `TranslationResponse`.",
        notes: &[
            "Terminal: `Succeeded`, `Failed`. Failure: `Failed`.",
            "`Cancelled` read as `Failed`.",
            "Matched ignoring ASCII case.",
            "Any other status is kept; `classify` decides what it means.",
        ],
        form: __or::shape::Form::Strings(__or::shape::Strings {
            values: &[
                __or::shape::StringValue {
                    wire: "NotStarted",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "Running",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "Succeeded",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "Failed",
                    aliases: &["Cancelled"],
                },
            ],
            open: true,
            case_insensitive: true,
            lifecycle: ::core::option::Option::Some(__or::shape::Lifecycle {
                terminal: &["Succeeded", "Failed"],
                failure: &["Failed"],
            }),
        }),
        checked: false,
    };
    impl __or::Examples for TranslationStatus
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__or::examples::bodies(&__STATUS_SHAPE, ::std::vec![]))
        }
    }
};
/// How a completed run ended.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum Conclusion {
    Success,
    Failure,
    Cancelled,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[automatically_derived]
    impl Conclusion {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "success",
            "failure",
            "cancelled",
        ];
        /// The values that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[
            "failure",
            "cancelled",
        ];
        /// Whether the value means the operation did not succeed.
        pub fn is_failure(&self) -> ::core::primitive::bool {
            ::core::matches!(self, Self::Failure | Self::Cancelled)
        }
        /// The wire value.
        pub const fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Success => "success",
                Self::Failure => "failure",
                Self::Cancelled => "cancelled",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        pub const fn is_known(&self) -> ::core::primitive::bool {
            true
        }
    }
    #[automatically_derived]
    impl __or::StringEnum for Conclusion {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        #[inline]
        fn as_str(&self) -> &::core::primitive::str {
            Self::as_str(self)
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for Conclusion {
        const EXPECTING: &'static ::core::primitive::str = "a string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "success" => __or::Some(Self::Success),
                "failure" => __or::Some(Self::Failure),
                "cancelled" => __or::Some(Self::Cancelled),
                _ => __or::None,
            }
        }
    }
    #[automatically_derived]
    impl __or::Outcome for Conclusion {
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            Self::is_failure(self)
        }
    }
    #[automatically_derived]
    impl __or::fmt::Display for Conclusion {
        fn fmt(&self, __f: &mut __or::fmt::Formatter<'_>) -> __or::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl __or::FromStr for Conclusion {
        type Err = ::operation_response::ParseStatusError;
        fn from_str(__value: &::core::primitive::str) -> __or::Result<Self, Self::Err> {
            __or::parse_closed(__value)
        }
    }
    #[automatically_derived]
    impl __or::Serialize for Conclusion {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Conclusion {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::deserialize_string_enum(__deserializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for Conclusion {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "Conclusion",
        doc: "How a completed run ended.",
        notes: &["As an outcome, `failure`, `cancelled` mean failure."],
        form: __or::shape::Form::Strings(__or::shape::Strings {
            values: &[
                __or::shape::StringValue {
                    wire: "success",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "failure",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "cancelled",
                    aliases: &[],
                },
            ],
            open: false,
            case_insensitive: false,
            lifecycle: ::core::option::Option::None,
        }),
        checked: false,
    };
    impl __or::Examples for Conclusion
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__or::examples::bodies(&__SHAPE, ::std::vec![]))
        }
    }
};
/// The outcome is in `conclusion`.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct WorkflowRun {
    /// The operation's status: `"status"` on the wire.
    pub status: WorkflowRunStatus,
    pub id: u64,
    pub conclusion: Option<Conclusion>,
}
/// Status of a [`WorkflowRun`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum WorkflowRunStatus {
    /// `"queued"`
    Queued,
    /// `"completed"`
    Completed,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[automatically_derived]
    impl WorkflowRunStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "queued",
            "completed",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["completed"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        pub const fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Queued => "queued",
                Self::Completed => "completed",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        pub const fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        pub const fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Queued => ::operation_response::Lifecycle::Running,
                Self::Completed => ::operation_response::Lifecycle::Succeeded,
            }
        }
        /// Whether the operation will not change any more: stop polling.
        pub const fn is_terminal(&self) -> ::core::primitive::bool {
            self.lifecycle().is_terminal()
        }
        /// Whether the operation ended without succeeding.
        pub const fn is_failure(&self) -> ::core::primitive::bool {
            self.lifecycle().is_failure()
        }
        /// Whether the operation ended and succeeded.
        pub const fn is_success(&self) -> ::core::primitive::bool {
            self.lifecycle().is_success()
        }
    }
    #[automatically_derived]
    impl __or::StringEnum for WorkflowRunStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        #[inline]
        fn as_str(&self) -> &::core::primitive::str {
            Self::as_str(self)
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for WorkflowRunStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "queued" => __or::Some(Self::Queued),
                "completed" => __or::Some(Self::Completed),
                _ => __or::None,
            }
        }
    }
    #[automatically_derived]
    impl __or::OperationStatus for WorkflowRunStatus {
        const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
        const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            Self::lifecycle(self)
        }
    }
    #[automatically_derived]
    impl __or::fmt::Display for WorkflowRunStatus {
        fn fmt(&self, __f: &mut __or::fmt::Formatter<'_>) -> __or::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl __or::FromStr for WorkflowRunStatus {
        type Err = ::operation_response::ParseStatusError;
        fn from_str(__value: &::core::primitive::str) -> __or::Result<Self, Self::Err> {
            __or::parse_closed(__value)
        }
    }
    #[automatically_derived]
    impl __or::Serialize for WorkflowRunStatus {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for WorkflowRunStatus {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::deserialize_string_enum(__deserializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for WorkflowRunStatus {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "WorkflowRun")]
    #[allow(dead_code)]
    struct __WorkflowRunSerde {
        #[serde(rename = "status")]
        status: WorkflowRunStatus,
        #[serde(rename = "id")]
        id: u64,
        #[serde(
            rename = "conclusion",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        conclusion: Option<Conclusion>,
    }
    #[automatically_derived]
    impl __or::Serialize for WorkflowRun {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __WorkflowRunSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for WorkflowRun {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __WorkflowRunSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeOther as _, ProbeValidate as _};
                    __or::shape(
                        true,
                        &[(&__or::Probe::<Option<Conclusion>>::new()).__probe()],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for WorkflowRun {
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            __validate(self, __path, __errors, true);
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
        #[inline]
        fn __validate_own(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            __validate(self, __path, __errors, false);
        }
    }
    /// Checks the fields' rules; with `__deep`, nested values too.
    #[inline]
    fn __validate(
        __self: &WorkflowRun,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("conclusion");
            __or::rules::required_when(
                &__self.conclusion,
                ::core::matches!(__self.status, WorkflowRunStatus::Completed),
                "required when status is \"completed\"",
                &__at,
                __errors,
            );
            (&__or::Nested(&__self.conclusion)).__nested(__deep, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for WorkflowRun {
        type Status = WorkflowRunStatus;
        #[inline]
        fn status(&self) -> WorkflowRunStatus {
            self.status
        }
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            __or::with_outcome(self.status.lifecycle(), &self.conclusion)
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "WorkflowRun",
        doc: "The outcome is in `conclusion`.",
        notes: &[
            "Once the status is terminal, `conclusion` decides whether the operation succeeded.",
        ],
        form: __or::shape::Form::Object(__or::shape::Object {
            statuses: &["queued", "completed"],
            fields: &[
                __or::shape::Field {
                    key: "status",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "id",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Integer,
                    integer: ::core::option::Option::Some(__or::shape::Int::U64),
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "conclusion",
                    doc: "",
                    required: false,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Other,
                    integer: ::core::option::Option::None,
                    nullable: true,
                    example: ::core::option::Option::None,
                },
            ],
            deny_unknown_fields: false,
            branches: ::core::option::Option::Some(__or::shape::Branches {
                key: "status",
                groups: &[
                    __or::shape::Group {
                        statuses: &["queued"],
                        required: &[],
                        forbidden: &[],
                    },
                    __or::shape::Group {
                        statuses: &["completed"],
                        required: &["conclusion"],
                        forbidden: &[],
                    },
                ],
                open: ::core::option::Option::None,
                case_insensitive: false,
            }),
        }),
        checked: false,
    };
    impl __or::Examples for WorkflowRun
    where
        Self: __or::DeserializeOwned,
        for<'__a> __or::examples::FieldType<
            '__a,
            Option<Conclusion>,
        >: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![
                        ::std::vec::Vec::new(), __or::examples::of:: < u64 > (), <
                        __or::examples::FieldType < 'static, Option < Conclusion > > as
                        __or::examples::HasExamples > ::candidates()
                    ],
                ),
            )
        }
    }
    static __STATUS_SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "WorkflowRunStatus",
        doc: "The status of a `WorkflowRun`.",
        notes: &["Terminal: `completed`. Failure: none."],
        form: __or::shape::Form::Strings(__or::shape::Strings {
            values: &[
                __or::shape::StringValue {
                    wire: "queued",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "completed",
                    aliases: &[],
                },
            ],
            open: false,
            case_insensitive: false,
            lifecycle: ::core::option::Option::Some(__or::shape::Lifecycle {
                terminal: &["completed"],
                failure: &[],
            }),
        }),
        checked: false,
    };
    impl __or::Examples for WorkflowRunStatus
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__or::examples::bodies(&__STATUS_SHAPE, ::std::vec![]))
        }
    }
};
/// The lifecycle is a function of the fields.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct Operation {
    pub name: String,
    pub done: bool,
    pub error: Option<String>,
    pub response: Option<String>,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "Operation")]
    #[allow(dead_code)]
    struct __OperationSerde {
        #[serde(rename = "name")]
        name: String,
        #[serde(rename = "done", default = "__or::Default::default")]
        done: bool,
        #[serde(
            rename = "error",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        error: Option<String>,
        #[serde(
            rename = "response",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        response: Option<String>,
    }
    #[automatically_derived]
    impl __or::Serialize for Operation {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __OperationSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Operation {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __OperationSerde::deserialize,
                __or::shape(true, &[]),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for Operation {
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            let __self = self;
            __or::rules::validate_with(error_or_response(__self), __path, __errors);
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Operation {
        type Status = __or::Lifecycle;
        #[inline]
        fn status(&self) -> __or::Lifecycle {
            operation_lifecycle(self)
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "Operation",
        doc: "The lifecycle is a function of the fields.",
        notes: &[
            "Also checked as a whole by `error_or_response`.",
            "Whether the operation is running, succeeded or failed is decided from its fields by `operation_lifecycle`.",
        ],
        form: __or::shape::Form::Object(__or::shape::Object {
            statuses: &[],
            fields: &[
                __or::shape::Field {
                    key: "name",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "done",
                    doc: "",
                    required: false,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Bool,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "error",
                    doc: "",
                    required: false,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: true,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "response",
                    doc: "",
                    required: false,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: true,
                    example: ::core::option::Option::None,
                },
            ],
            deny_unknown_fields: false,
            branches: ::core::option::Option::None,
        }),
        checked: true,
    };
    impl __or::Examples for Operation
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::per_status(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![
                        __or::examples::of:: < String > (), __or::examples::of:: < bool >
                        (), __or::examples::of:: < Option < String > > (),
                        __or::examples::of:: < Option < String > > ()
                    ],
                ),
            )
        }
    }
};
/// The status is inside another object.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct GetJobResponse {
    pub job: Job,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "GetJobResponse")]
    #[allow(dead_code)]
    struct __GetJobResponseSerde {
        #[serde(rename = "Job")]
        job: Job,
    }
    #[automatically_derived]
    impl __or::Serialize for GetJobResponse {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __GetJobResponseSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for GetJobResponse {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __GetJobResponseSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeOther as _, ProbeValidate as _};
                    __or::shape(false, &[(&__or::Probe::<Job>::new()).__probe()])
                },
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for GetJobResponse {
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            __validate(self, __path, __errors, true);
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
        #[inline]
        fn __validate_own(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            __validate(self, __path, __errors, false);
        }
    }
    /// Checks the fields' rules; with `__deep`, nested values too.
    #[inline]
    fn __validate(
        __self: &GetJobResponse,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("Job");
            (&__or::Nested(&__self.job)).__nested(__deep, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for GetJobResponse {
        type Status = <Job as __or::OperationResponse>::Status;
        #[inline]
        fn status(&self) -> Self::Status {
            __or::OperationResponse::status(&self.job)
        }
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            __or::OperationResponse::lifecycle(&self.job)
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "GetJobResponse",
        doc: "The status is inside another object.",
        notes: &["Its lifecycle is that of `Job`."],
        form: __or::shape::Form::Object(__or::shape::Object {
            statuses: &[],
            fields: &[
                __or::shape::Field {
                    key: "Job",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Other,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
            ],
            deny_unknown_fields: false,
            branches: ::core::option::Option::None,
        }),
        checked: false,
    };
    impl __or::Examples for GetJobResponse
    where
        Self: __or::DeserializeOwned,
        for<'__a> __or::examples::FieldType<'__a, Job>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::per_status(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![
                        < __or::examples::FieldType < 'static, Job > as
                        __or::examples::HasExamples > ::candidates()
                    ],
                ),
            )
        }
    }
};
/// Fields shared by every status around an enum-form body.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct SharedJob {
    pub id: String,
    pub state: JobState,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "SharedJob")]
    #[allow(dead_code)]
    struct __SharedJobSerde {
        #[serde(rename = "id")]
        id: String,
        #[serde(flatten)]
        state: JobState,
    }
    #[automatically_derived]
    impl __or::Serialize for SharedJob {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __SharedJobSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for SharedJob {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __SharedJobSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeOther as _, ProbeValidate as _};
                    __or::shape(true, &[(&__or::Probe::<JobState>::new()).__probe()])
                },
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for SharedJob {
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            __validate(self, __path, __errors, true);
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
        #[inline]
        fn __validate_own(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            __validate(self, __path, __errors, false);
        }
    }
    /// Checks the fields' rules; with `__deep`, nested values too.
    #[inline]
    fn __validate(
        __self: &SharedJob,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("id");
            let __value = &__self.id;
            __or::rules::min_length(__value, 1usize, &__at, __errors);
        }
        {
            let __at = *__path;
            (&__or::Nested(&__self.state)).__nested(__deep, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for SharedJob {
        type Status = <JobState as __or::OperationResponse>::Status;
        #[inline]
        fn status(&self) -> Self::Status {
            __or::OperationResponse::status(&self.state)
        }
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            __or::OperationResponse::lifecycle(&self.state)
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "SharedJob",
        doc: "Fields shared by every status around an enum-form body.",
        notes: &["Its lifecycle is that of `state`."],
        form: __or::shape::Form::Object(__or::shape::Object {
            statuses: &[],
            fields: &[
                __or::shape::Field {
                    key: "id",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[__or::shape::Rule::MinLength(1u64)],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "state",
                    doc: "",
                    required: true,
                    flatten: true,
                    rules: &[],
                    kind: __or::shape::Kind::Other,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
            ],
            deny_unknown_fields: false,
            branches: ::core::option::Option::None,
        }),
        checked: false,
    };
    impl __or::Examples for SharedJob
    where
        Self: __or::DeserializeOwned,
        for<'__a> __or::examples::FieldType<'__a, JobState>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::per_status(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![
                        __or::examples::of:: < String > (), < __or::examples::FieldType <
                        'static, JobState > as __or::examples::HasExamples >
                        ::candidates()
                    ],
                ),
            )
        }
    }
};
/// The job inside `GetJobResponse`; its name is counted in UTF-8 bytes.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct Job {
    /// The operation's status: `"JobStatus"` on the wire.
    pub status: JobStatus,
    pub job_name: String,
    pub label: Option<String>,
}
/// Status of a [`Job`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum JobStatus {
    /// `"QUEUED"`
    Queued,
    /// `"COMPLETED"`
    Completed,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[automatically_derived]
    impl JobStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "QUEUED",
            "COMPLETED",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["COMPLETED"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        pub const fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Queued => "QUEUED",
                Self::Completed => "COMPLETED",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        pub const fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        pub const fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Queued => ::operation_response::Lifecycle::Running,
                Self::Completed => ::operation_response::Lifecycle::Succeeded,
            }
        }
        /// Whether the operation will not change any more: stop polling.
        pub const fn is_terminal(&self) -> ::core::primitive::bool {
            self.lifecycle().is_terminal()
        }
        /// Whether the operation ended without succeeding.
        pub const fn is_failure(&self) -> ::core::primitive::bool {
            self.lifecycle().is_failure()
        }
        /// Whether the operation ended and succeeded.
        pub const fn is_success(&self) -> ::core::primitive::bool {
            self.lifecycle().is_success()
        }
    }
    #[automatically_derived]
    impl __or::StringEnum for JobStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        #[inline]
        fn as_str(&self) -> &::core::primitive::str {
            Self::as_str(self)
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for JobStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "QUEUED" => __or::Some(Self::Queued),
                "COMPLETED" => __or::Some(Self::Completed),
                _ => __or::None,
            }
        }
    }
    #[automatically_derived]
    impl __or::OperationStatus for JobStatus {
        const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
        const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            Self::lifecycle(self)
        }
    }
    #[automatically_derived]
    impl __or::fmt::Display for JobStatus {
        fn fmt(&self, __f: &mut __or::fmt::Formatter<'_>) -> __or::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl __or::FromStr for JobStatus {
        type Err = ::operation_response::ParseStatusError;
        fn from_str(__value: &::core::primitive::str) -> __or::Result<Self, Self::Err> {
            __or::parse_closed(__value)
        }
    }
    #[automatically_derived]
    impl __or::Serialize for JobStatus {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for JobStatus {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::deserialize_string_enum(__deserializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for JobStatus {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "Job")]
    #[allow(dead_code)]
    struct __JobSerde {
        #[serde(rename = "JobStatus")]
        status: JobStatus,
        #[serde(rename = "JobName")]
        job_name: String,
        #[serde(
            rename = "Label",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        label: Option<String>,
    }
    #[automatically_derived]
    impl __or::Serialize for Job {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __JobSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Job {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __JobSerde::deserialize,
                __or::shape(true, &[]),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for Job {
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            let __self = self;
            {
                let __at = __path.key("JobName");
                let __value = &__self.job_name;
                __or::rules::min_bytes(__value, 1usize, &__at, __errors);
                __or::rules::max_bytes(__value, 200usize, &__at, __errors);
            }
            {
                let __at = __path.key("Label");
                if let __or::Some(__value) = &__self.label {
                    __or::rules::max_bytes(__value, 64usize, &__at, __errors);
                }
            }
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Job {
        type Status = JobStatus;
        #[inline]
        fn status(&self) -> JobStatus {
            self.status
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "Job",
        doc: "The job inside `GetJobResponse`; its name is counted in UTF-8 bytes.",
        notes: &[],
        form: __or::shape::Form::Object(__or::shape::Object {
            statuses: &["QUEUED", "COMPLETED"],
            fields: &[
                __or::shape::Field {
                    key: "JobStatus",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "JobName",
                    doc: "",
                    required: true,
                    flatten: false,
                    rules: &[
                        __or::shape::Rule::MinBytes(1u64),
                        __or::shape::Rule::MaxBytes(200u64),
                    ],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: false,
                    example: ::core::option::Option::None,
                },
                __or::shape::Field {
                    key: "Label",
                    doc: "",
                    required: false,
                    flatten: false,
                    rules: &[__or::shape::Rule::MaxBytes(64u64)],
                    kind: __or::shape::Kind::Text,
                    integer: ::core::option::Option::None,
                    nullable: true,
                    example: ::core::option::Option::None,
                },
            ],
            deny_unknown_fields: false,
            branches: ::core::option::Option::None,
        }),
        checked: false,
    };
    impl __or::Examples for Job
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![
                        ::std::vec::Vec::new(), __or::examples::of:: < String > (),
                        __or::examples::of:: < Option < String > > ()
                    ],
                ),
            )
        }
    }
    static __STATUS_SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "JobStatus",
        doc: "The status of a `Job`.",
        notes: &["Terminal: `COMPLETED`. Failure: none."],
        form: __or::shape::Form::Strings(__or::shape::Strings {
            values: &[
                __or::shape::StringValue {
                    wire: "QUEUED",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "COMPLETED",
                    aliases: &[],
                },
            ],
            open: false,
            case_insensitive: false,
            lifecycle: ::core::option::Option::Some(__or::shape::Lifecycle {
                terminal: &["COMPLETED"],
                failure: &[],
            }),
        }),
        checked: false,
    };
    impl __or::Examples for JobStatus
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__or::examples::bodies(&__STATUS_SHAPE, ::std::vec![]))
        }
    }
};
/// The state of a `SharedJob`, by status.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum JobState {
    Running,
    Done { result: String },
}
/// Status of a [`JobState`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum JobStateStatus {
    /// `"running"`
    Running,
    /// `"done"`
    Done,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[automatically_derived]
    impl JobStateStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "running",
            "done",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        pub const fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Running => "running",
                Self::Done => "done",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        pub const fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        pub const fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Running => ::operation_response::Lifecycle::Running,
                Self::Done => ::operation_response::Lifecycle::Succeeded,
            }
        }
        /// Whether the operation will not change any more: stop polling.
        pub const fn is_terminal(&self) -> ::core::primitive::bool {
            self.lifecycle().is_terminal()
        }
        /// Whether the operation ended without succeeding.
        pub const fn is_failure(&self) -> ::core::primitive::bool {
            self.lifecycle().is_failure()
        }
        /// Whether the operation ended and succeeded.
        pub const fn is_success(&self) -> ::core::primitive::bool {
            self.lifecycle().is_success()
        }
    }
    #[automatically_derived]
    impl __or::StringEnum for JobStateStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        #[inline]
        fn as_str(&self) -> &::core::primitive::str {
            Self::as_str(self)
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for JobStateStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "running" => __or::Some(Self::Running),
                "done" => __or::Some(Self::Done),
                _ => __or::None,
            }
        }
    }
    #[automatically_derived]
    impl __or::OperationStatus for JobStateStatus {
        const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
        const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            Self::lifecycle(self)
        }
    }
    #[automatically_derived]
    impl __or::fmt::Display for JobStateStatus {
        fn fmt(&self, __f: &mut __or::fmt::Formatter<'_>) -> __or::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl __or::FromStr for JobStateStatus {
        type Err = ::operation_response::ParseStatusError;
        fn from_str(__value: &::core::primitive::str) -> __or::Result<Self, Self::Err> {
            __or::parse_closed(__value)
        }
    }
    #[automatically_derived]
    impl __or::Serialize for JobStateStatus {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for JobStateStatus {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::deserialize_string_enum(__deserializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for JobStateStatus {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __DoneFields {
        #[serde(rename = "result")]
        result: String,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for JobState {
        type Status = JobStateStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `JobState` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: JobStateStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                JobStateStatus::Running => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Running)
                }
                JobStateStatus::Done => {
                    let __fields: __DoneFields = __or::union::fields(__rest, "status")?;
                    __or::Ok(Self::Done {
                        result: __fields.result,
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for JobState {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __deserializer,
                __or::union::deserialize_union,
                __or::shape(false, &[]),
            )
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "JobState", tag = "status")]
    #[allow(dead_code)]
    enum __JobStateSerde {
        #[serde(rename = "running")]
        Running,
        #[serde(rename = "done")]
        Done { #[serde(rename = "result")] result: String },
    }
    #[automatically_derived]
    impl __or::Serialize for JobState {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __JobStateSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for JobState {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __HAS_RULES: ::core::primitive::bool = false;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for JobState {
        type Status = JobStateStatus;
        #[inline]
        fn status(&self) -> JobStateStatus {
            match self {
                Self::Running => JobStateStatus::Running,
                Self::Done { .. } => JobStateStatus::Done,
            }
        }
    }
    static __SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "JobState",
        doc: "The state of a `SharedJob`, by status.",
        notes: &[],
        form: __or::shape::Form::Union(__or::shape::Union {
            key: "status",
            variants: &[
                __or::shape::Variant {
                    name: "Running",
                    doc: "",
                    wire: "running",
                    aliases: &[],
                    fields: &[],
                },
                __or::shape::Variant {
                    name: "Done",
                    doc: "",
                    wire: "done",
                    aliases: &[],
                    fields: &[
                        __or::shape::Field {
                            key: "result",
                            doc: "",
                            required: true,
                            flatten: false,
                            rules: &[],
                            kind: __or::shape::Kind::Text,
                            integer: ::core::option::Option::None,
                            nullable: false,
                            example: ::core::option::Option::None,
                        },
                    ],
                },
            ],
            open: false,
            case_insensitive: false,
            deny_unknown_fields: false,
            lifecycle: ::core::option::Option::Some(__or::shape::Lifecycle {
                terminal: &["done"],
                failure: &[],
            }),
        }),
        checked: false,
    };
    impl __or::Examples for JobState
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __or::examples::bodies(
                    &__SHAPE,
                    ::std::vec![__or::examples::of:: < String > ()],
                ),
            )
        }
    }
    static __STATUS_SHAPE: __or::shape::Shape = __or::shape::Shape {
        name: "JobStateStatus",
        doc: "The status of a `JobState`.",
        notes: &["Terminal: `done`. Failure: none."],
        form: __or::shape::Form::Strings(__or::shape::Strings {
            values: &[
                __or::shape::StringValue {
                    wire: "running",
                    aliases: &[],
                },
                __or::shape::StringValue {
                    wire: "done",
                    aliases: &[],
                },
            ],
            open: false,
            case_insensitive: false,
            lifecycle: ::core::option::Option::Some(__or::shape::Lifecycle {
                terminal: &["done"],
                failure: &[],
            }),
        }),
        checked: false,
    };
    impl __or::Examples for JobStateStatus
    where
        Self: __or::DeserializeOwned,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__or::examples::bodies(&__STATUS_SHAPE, ::std::vec![]))
        }
    }
};
