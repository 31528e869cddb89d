#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub(crate) struct JobResponse {
    /// The operation's status: `"state"` on the wire.
    pub(crate) status: JobState,
    pub job_id: String,
}
/// Status of a [`JobResponse`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub(crate) enum JobState {
    /// `"pending"`
    Pending,
    /// `"done"`
    Done,
    /// A status this type does not list, kept exactly as received.
    Unknown(::std::string::String),
}
const _: () = {
    use ::renamed_runtime::__private as __or;
    impl JobState {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "pending",
            "done",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::Pending => "pending",
                Self::Done => "done",
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
        pub fn lifecycle(&self) -> ::renamed_runtime::Lifecycle {
            match self {
                Self::Pending => ::renamed_runtime::Lifecycle::Running,
                Self::Done => ::renamed_runtime::Lifecycle::Succeeded,
                Self::Unknown(_) => ::renamed_runtime::Lifecycle::Failed,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for JobState {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "pending" => __or::Some(Self::Pending),
                "done" => __or::Some(Self::Done),
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    __or::string_enum!(JobState, status, open);
    #[inline]
    fn __status_default() -> JobState {
        JobState::Unknown(::std::string::String::from("JOB_STATE_UNSPECIFIED"))
    }
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "JobResponse")]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __JobResponseSerde {
        #[serde(rename = "state")]
        #[serde(default = "__status_default")]
        status: JobState,
        #[serde(rename = "job_id")]
        job_id: String,
    }
    #[automatically_derived]
    impl __or::Serialize for JobResponse {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __JobResponseSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for JobResponse {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __JobResponseSerde::deserialize(__or::Object(__deserializer))
        }
    }
    #[automatically_derived]
    impl __or::Validate for JobResponse {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for JobResponse {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for JobResponse {
        type Status = JobState;
        #[inline]
        fn status(&self) -> JobState {
            __or::Clone::clone(&self.status)
        }
    }
    #[automatically_derived]
    impl __or::Examples for JobResponse {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[__or::examples::given, __or::examples::of::<String>],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "11:JobResponse0:0*O2*7:pending4:done2*5:state62:When the key is absent, the status is `JOB_STATE_UNSPECIFIED`.000*T-0-6:job_id0:100*T-0-1-0";
};
