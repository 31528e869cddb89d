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
        #[inline]
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
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            Self::KNOWN.contains(&self.as_str())
        }
        /// Where this status leaves the operation.
        #[inline]
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
    __or::string_enum!(TranslationStatus, status, open);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "TranslationResponse")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
            __TranslationResponseSerde::deserialize(__or::Object(__deserializer))
        }
    }
    #[automatically_derived]
    impl __or::Validate for TranslationResponse {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for TranslationResponse {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for TranslationResponse {
        type Status = TranslationStatus;
        #[inline]
        fn status(&self) -> TranslationStatus {
            __or::Clone::clone(&self.status)
        }
    }
    #[automatically_derived]
    impl __or::Examples for TranslationResponse {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[__or::examples::given, __or::examples::of::<String>],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "19:TranslationResponse72:Statuses as a server sends them: any case, another spelling, more later.0*O4*10:NotStarted7:Running9:Succeeded6:Failed2*6:status0:100*T-0-2:id0:100*T-0-0-0";
};
/// How a completed run ended.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum Conclusion {
    Success,
    Failure,
    Cancelled,
    /// A value this enum does not list, kept exactly as received.
    Unknown(::std::string::String),
}
const _: () = {
    use ::operation_response::__private as __or;
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
        #[inline]
        pub fn is_failure(&self) -> ::core::primitive::bool {
            match self {
                Self::Unknown(__value) => later_failure(__value),
                _ => ::core::matches!(self, Self::Failure | Self::Cancelled),
            }
        }
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::Success => "success",
                Self::Failure => "failure",
                Self::Cancelled => "cancelled",
                Self::Unknown(__value) => __value,
            }
        }
        /// Whether the value is one of `KNOWN` (an `Unknown` one is not).
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            Self::KNOWN.contains(&self.as_str())
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
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    #[automatically_derived]
    impl __or::Outcome for Conclusion {
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            Self::is_failure(self)
        }
    }
    __or::string_enum!(Conclusion, model, open);
};
/// The outcome is in `conclusion`; `waiting` waits for a person.
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
    /// `"waiting"`
    Waiting,
    /// `"completed"`
    Completed,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl WorkflowRunStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "queued",
            "waiting",
            "completed",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["completed"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Queued => "queued",
                Self::Waiting => "waiting",
                Self::Completed => "completed",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Queued => ::operation_response::Lifecycle::Running,
                Self::Waiting => ::operation_response::Lifecycle::Waiting,
                Self::Completed => ::operation_response::Lifecycle::Succeeded,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for WorkflowRunStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "queued" => __or::Some(Self::Queued),
                "waiting" => __or::Some(Self::Waiting),
                "completed" => __or::Some(Self::Completed),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(WorkflowRunStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "WorkflowRun")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(
                        true,
                        &[(&&&__or::Probe::<Option<Conclusion>>::new()).__probe()],
                    )
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for WorkflowRun {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
            __validate(self, __path, __errors);
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for WorkflowRun {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &WorkflowRun,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
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
            (&__or::Nested(&__self.conclusion)).__nested(&__at, __errors);
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
            match {
                let __classify: fn(&Self) -> __or::Option<__or::Lifecycle> = run_class;
                __classify(self)
            } {
                __or::Some(__lifecycle) => __lifecycle,
                __or::None => {
                    __or::with_outcome(self.status.lifecycle(), &self.conclusion)
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for WorkflowRun
    where
        for<'__a> __or::examples::FieldType<
            '__a,
            Option<Conclusion>,
        >: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<u64>,
                    <__or::examples::FieldType<
                        'static,
                        Option<Conclusion>,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "11:WorkflowRun61:The outcome is in `conclusion`; `waiting` waits for a person.1*82:Once the status is terminal, `conclusion` decides whether the operation succeeded.O3*6:queued7:waiting9:completed3*6:status0:100*T-0-2:id0:100*I+3:u640-10:conclusion0:000*O-1-0+6:status2*2*6:queued7:waiting0*0*1*9:completed1*10:conclusion0*-00";
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
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
                __or::watch(true, &[]),
                |__value, _, __errors| __or::Validate::validate_into(
                    __value,
                    &__or::Path::root(),
                    __errors,
                ),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for Operation {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
            let __self = self;
            __or::rules::validate_with(error_or_response(__self), __path, __errors);
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for Operation {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Operation {
        type Status = __or::Lifecycle;
        #[inline]
        fn status(&self) -> __or::Lifecycle {
            operation_lifecycle(self)
        }
    }
    #[automatically_derived]
    impl __or::Examples for Operation {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::per_status(
                __SHAPE,
                &[
                    __or::examples::of::<String>,
                    __or::examples::of::<bool>,
                    __or::examples::of::<Option<String>>,
                    __or::examples::of::<Option<String>>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "9:Operation42:The lifecycle is a function of the fields.2*47:Also checked as a whole by `error_or_response`.106:Whether the operation is running, succeeded or failed is decided from its fields by `operation_lifecycle`.O0*4*4:name0:100*T-0-4:done0:000*B-0-5:error0:000*T-1-8:response0:000*T-1-0-1";
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
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(false, &[(&&&__or::Probe::<Job>::new()).__probe()])
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for GetJobResponse {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
            __validate(self, __path, __errors);
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for GetJobResponse {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &GetJobResponse,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("Job");
            (&__or::Nested(&__self.job)).__nested(&__at, __errors);
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
        #[inline]
        fn progress(&self) -> __or::Option<::core::primitive::f64> {
            __or::OperationResponse::progress(&self.job)
        }
    }
    #[automatically_derived]
    impl __or::Examples for GetJobResponse
    where
        for<'__a> __or::examples::FieldType<'__a, Job>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::per_status(
                __SHAPE,
                &[
                    <__or::examples::FieldType<
                        'static,
                        Job,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "14:GetJobResponse36:The status is inside another object.1*31:Its lifecycle is that of `Job`.O0*1*3:Job0:100*O-0-0-0";
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
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(true, &[(&&&__or::Probe::<JobState>::new()).__probe()])
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for SharedJob {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
            __validate(self, __path, __errors);
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for SharedJob {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &SharedJob,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("id");
            let __value = &__self.id;
            __or::rules::min_length(__value, 1usize, &__at, __errors);
        }
        {
            let __at = *__path;
            (&__or::Nested(&__self.state)).__nested(&__at, __errors);
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
        #[inline]
        fn progress(&self) -> __or::Option<::core::primitive::f64> {
            __or::OperationResponse::progress(&self.state)
        }
    }
    #[automatically_derived]
    impl __or::Examples for SharedJob
    where
        for<'__a> __or::examples::FieldType<'__a, JobState>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::per_status(
                __SHAPE,
                &[
                    __or::examples::of::<String>,
                    <__or::examples::FieldType<
                        'static,
                        JobState,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "9:SharedJob55:Fields shared by every status around an enum-form body.1*33:Its lifecycle is that of `state`.O0*2*2:id0:101*a1;T-0-5:state0:110*O-0-0-0";
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
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Queued => "QUEUED",
                Self::Completed => "COMPLETED",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Queued => ::operation_response::Lifecycle::Running,
                Self::Completed => ::operation_response::Lifecycle::Succeeded,
            }
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
    __or::string_enum!(JobStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "Job")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
                __or::watch(true, &[]),
                |__value, _, __errors| __or::Validate::validate_into(
                    __value,
                    &__or::Path::root(),
                    __errors,
                ),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for Job {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
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
    }
    #[automatically_derived]
    impl __or::SelfChecking for Job {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Job {
        type Status = JobStatus;
        #[inline]
        fn status(&self) -> JobStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl __or::Examples for Job {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<String>,
                    __or::examples::of::<Option<String>>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "3:Job68:The job inside `GetJobResponse`; its name is counted in UTF-8 bytes.0*O2*6:QUEUED9:COMPLETED3*9:JobStatus0:100*T-0-7:JobName0:102*d1;e200;T-0-5:Label0:001*e64;T-1-0-0";
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
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Running => "running",
                Self::Done => "done",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Running => ::operation_response::Lifecycle::Running,
                Self::Done => ::operation_response::Lifecycle::Succeeded,
            }
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
    __or::string_enum!(JobStateStatus, status, closed);
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
            __or::union::deserialize_union(__deserializer)
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "JobState", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
    }
    #[automatically_derived]
    impl __or::SelfChecking for JobState {
        const RULES: ::core::primitive::bool = false;
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
    #[automatically_derived]
    impl __or::Examples for JobState {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__SHAPE, &[__or::examples::of::<String>])
        }
    }
    const __SHAPE: &::core::primitive::str = "8:JobState38:The state of a `SharedJob`, by status.0*U6:status2*7:Running0:7:running0*0*4:Done0:4:done0*1*6:result0:100*T-0-000+1*4:done0*0*-0";
};
/// The enum form: the outcome in a variant, and classify over it.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum CheckRun {
    Queued,
    Completed { conclusion: Conclusion },
}
/// Status of a [`CheckRun`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum CheckRunStatus {
    /// `"queued"`
    Queued,
    /// `"completed"`
    Completed,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl CheckRunStatus {
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
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Queued => "queued",
                Self::Completed => "completed",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Queued => ::operation_response::Lifecycle::Running,
                Self::Completed => ::operation_response::Lifecycle::Succeeded,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for CheckRunStatus {
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
    __or::string_enum!(CheckRunStatus, status, closed);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __CompletedFields {
        #[serde(rename = "conclusion")]
        conclusion: Conclusion,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for CheckRun {
        type Status = CheckRunStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `CheckRun` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: CheckRunStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                CheckRunStatus::Queued => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Queued)
                }
                CheckRunStatus::Completed => {
                    let __fields: __CompletedFields = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::Completed {
                        conclusion: __fields.conclusion,
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for CheckRun {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __deserializer,
                __or::union::deserialize_union,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(
                        false,
                        &[(&&&__or::Probe::<Conclusion>::new()).__probe()],
                    )
                },
                __validate,
            )
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "CheckRun", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __CheckRunSerde {
        #[serde(rename = "queued")]
        Queued,
        #[serde(rename = "completed")]
        Completed { #[serde(rename = "conclusion")] conclusion: Conclusion },
    }
    #[automatically_derived]
    impl __or::Serialize for CheckRun {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __CheckRunSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for CheckRun {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
            __validate(self, __path, __errors);
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for CheckRun {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &CheckRun,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        if let CheckRun::Completed { conclusion: __field0, .. } = __self {
            {
                let __at = __path.key("conclusion");
                (&__or::Nested(__field0)).__nested(&__at, __errors);
            }
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for CheckRun {
        type Status = CheckRunStatus;
        #[inline]
        fn status(&self) -> CheckRunStatus {
            match self {
                Self::Queued => CheckRunStatus::Queued,
                Self::Completed { .. } => CheckRunStatus::Completed,
            }
        }
        #[inline]
        fn lifecycle(&self) -> __or::Lifecycle {
            match {
                let __classify: fn(&Self) -> __or::Option<__or::Lifecycle> = check_class;
                __classify(self)
            } {
                __or::Some(__lifecycle) => __lifecycle,
                __or::None => {
                    match self {
                        Self::Completed { conclusion: __field, .. } => {
                            __or::with_outcome(
                                __or::OperationResponse::status(self).lifecycle(),
                                __field,
                            )
                        }
                        _ => __or::OperationResponse::status(self).lifecycle(),
                    }
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for CheckRun
    where
        for<'__a> __or::examples::FieldType<
            '__a,
            Conclusion,
        >: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    <__or::examples::FieldType<
                        'static,
                        Conclusion,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "8:CheckRun62:The enum form: the outcome in a variant, and classify over it.0*U6:status2*6:Queued0:6:queued0*0*9:Completed0:9:completed0*1*10:conclusion0:100*O-0-000+1*9:completed0*0*-0";
};
/// The progress a body reports.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct Upload {
    /// The operation's status: `"status"` on the wire.
    pub status: UploadStatus,
    pub sent: u64,
    pub total: u64,
}
/// Status of a [`Upload`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum UploadStatus {
    /// `"running"`
    Running,
    /// `"done"`
    Done,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl UploadStatus {
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
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Running => "running",
                Self::Done => "done",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Running => ::operation_response::Lifecycle::Running,
                Self::Done => ::operation_response::Lifecycle::Succeeded,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for UploadStatus {
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
    __or::string_enum!(UploadStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "Upload")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __UploadSerde {
        #[serde(rename = "status")]
        status: UploadStatus,
        #[serde(rename = "sent")]
        sent: u64,
        #[serde(rename = "total")]
        total: u64,
    }
    #[automatically_derived]
    impl __or::Serialize for Upload {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __UploadSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Upload {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __UploadSerde::deserialize(__or::Object(__deserializer))
        }
    }
    #[automatically_derived]
    impl __or::Validate for Upload {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for Upload {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Upload {
        type Status = UploadStatus;
        #[inline]
        fn status(&self) -> UploadStatus {
            self.status
        }
        #[inline]
        fn progress(&self) -> __or::Option<::core::primitive::f64> {
            {
                let __progress: fn(&Self) -> __or::Option<::core::primitive::f64> = fraction;
                __progress(self)
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for Upload {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<u64>,
                    __or::examples::of::<u64>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "6:Upload28:The progress a body reports.0*O2*7:running4:done3*6:status0:100*T-0-4:sent0:100*I+3:u640-5:total0:100*I+3:u640-0-0";
};
/// A percentage field, in a variant.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum Export {
    Running { percent: f64 },
    Done,
}
/// Status of a [`Export`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum ExportStatus {
    /// `"running"`
    Running,
    /// `"done"`
    Done,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl ExportStatus {
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
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Running => "running",
                Self::Done => "done",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            match self {
                Self::Running => ::operation_response::Lifecycle::Running,
                Self::Done => ::operation_response::Lifecycle::Succeeded,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for ExportStatus {
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
    __or::string_enum!(ExportStatus, status, closed);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __RunningFields {
        #[serde(rename = "percent")]
        percent: f64,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for Export {
        type Status = ExportStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `Export` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: ExportStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                ExportStatus::Running => {
                    let __fields: __RunningFields = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::Running {
                        percent: __fields.percent,
                    })
                }
                ExportStatus::Done => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Done)
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Export {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::union::deserialize_union(__deserializer)
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "Export", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __ExportSerde {
        #[serde(rename = "running")]
        Running { #[serde(rename = "percent")] percent: f64 },
        #[serde(rename = "done")]
        Done,
    }
    #[automatically_derived]
    impl __or::Serialize for Export {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __ExportSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for Export {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for Export {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Export {
        type Status = ExportStatus;
        #[inline]
        fn status(&self) -> ExportStatus {
            match self {
                Self::Running { .. } => ExportStatus::Running,
                Self::Done => ExportStatus::Done,
            }
        }
        #[inline]
        fn progress(&self) -> __or::Option<::core::primitive::f64> {
            match self {
                Self::Running { percent: __field, .. } => __or::fraction(__field),
                _ => __or::None,
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for Export {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__SHAPE, &[__or::examples::of::<f64>])
        }
    }
    const __SHAPE: &::core::primitive::str = "6:Export33:A percentage field, in a variant.0*U6:status2*7:Running0:7:running0*1*7:percent0:100*F-0-4:Done0:4:done0*0*000+1*4:done0*0*-0";
};
