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
    Unknown(::renamed_runtime::__private::String),
}
#[automatically_derived]
impl JobState {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &["pending", "done"];
    /// The wire value, as received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Done => "done",
            Self::Unknown(__value) => __value,
        }
    }
    /// Whether the value is one of [`Self::KNOWN`].
    pub const fn is_known(&self) -> ::core::primitive::bool {
        !::core::matches!(self, Self::Unknown(_))
    }
}
const _: () = {
    #[automatically_derived]
    impl ::renamed_runtime::__private::WireEnum for JobState {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::renamed_runtime::__private::Option<Self> {
            match __value {
                "pending" => ::renamed_runtime::__private::Some(Self::Pending),
                "done" => ::renamed_runtime::__private::Some(Self::Done),
                _ => ::renamed_runtime::__private::None,
            }
        }
        fn from_unknown(
            __value: ::renamed_runtime::__private::String,
        ) -> ::renamed_runtime::__private::Result<
            Self,
            ::renamed_runtime::__private::String,
        > {
            ::renamed_runtime::__private::Ok(Self::Unknown(__value))
        }
    }
    #[automatically_derived]
    impl ::renamed_runtime::__private::fmt::Display for JobState {
        fn fmt(
            &self,
            __f: &mut ::renamed_runtime::__private::fmt::Formatter<'_>,
        ) -> ::renamed_runtime::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::renamed_runtime::__private::FromStr for JobState {
        type Err = ::renamed_runtime::__private::Infallible;
        fn from_str(
            __value: &::core::primitive::str,
        ) -> ::renamed_runtime::__private::Result<Self, Self::Err> {
            ::renamed_runtime::__private::Ok(
                match <Self as ::renamed_runtime::__private::WireEnum>::from_known(
                    __value,
                ) {
                    ::renamed_runtime::__private::Some(__known) => __known,
                    ::renamed_runtime::__private::None => {
                        Self::Unknown(
                            ::renamed_runtime::__private::ToOwned::to_owned(__value),
                        )
                    }
                },
            )
        }
    }
    #[automatically_derived]
    impl ::renamed_runtime::__private::Serialize for JobState {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::renamed_runtime::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::renamed_runtime::__private::Serializer,
        {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> ::renamed_runtime::__private::Deserialize<'de> for JobState {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::renamed_runtime::__private::Result<Self, __D::Error>
        where
            __D: ::renamed_runtime::__private::Deserializer<'de>,
        {
            ::renamed_runtime::__private::deserialize_wire(__deserializer)
        }
    }
};
#[automatically_derived]
impl JobState {
    /// The statuses after which the operation will not change.
    pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
    /// The terminal statuses that mean the operation did not succeed.
    pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Done | Self::Unknown(_))
    }
    /// Whether the operation ended without succeeding.
    pub const fn is_failure(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Unknown(_))
    }
    /// Whether the operation ended and succeeded.
    pub const fn is_success(&self) -> ::core::primitive::bool {
        self.is_terminal() && !self.is_failure()
    }
}
#[automatically_derived]
impl ::renamed_runtime::OperationStatus for JobState {
    const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
    const TERMINAL: &'static [&'static ::core::primitive::str] = Self::TERMINAL;
    const FAILURE: &'static [&'static ::core::primitive::str] = Self::FAILURE;
    #[inline]
    fn as_str(&self) -> &::core::primitive::str {
        Self::as_str(self)
    }
    #[inline]
    fn is_known(&self) -> ::core::primitive::bool {
        Self::is_known(self)
    }
    #[inline]
    fn is_terminal(&self) -> ::core::primitive::bool {
        Self::is_terminal(self)
    }
    #[inline]
    fn is_failure(&self) -> ::core::primitive::bool {
        Self::is_failure(self)
    }
    #[inline]
    fn is_success(&self) -> ::core::primitive::bool {
        Self::is_success(self)
    }
}
const _: () = {
    #[derive(
        ::renamed_runtime::__private::Serialize,
        ::renamed_runtime::__private::Deserialize
    )]
    #[serde(crate = "::renamed_runtime::__private::serde", remote = "JobResponse")]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct __JobResponseSerde {
        #[serde(rename = "state")]
        status: JobState,
        #[serde(rename = "job_id")]
        job_id: String,
    }
    #[automatically_derived]
    impl ::renamed_runtime::__private::Serialize for JobResponse {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::renamed_runtime::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::renamed_runtime::__private::Serializer,
        {
            __JobResponseSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> ::renamed_runtime::__private::Deserialize<'de> for JobResponse {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::renamed_runtime::__private::Result<Self, __D::Error>
        where
            __D: ::renamed_runtime::__private::Deserializer<'de>,
        {
            ::renamed_runtime::__private::validated(
                __deserializer,
                __JobResponseSerde::deserialize,
                ::renamed_runtime::__private::shape(false, &[]),
            )
        }
    }
    #[automatically_derived]
    impl ::renamed_runtime::Validate for JobResponse {
        fn validate_into(
            &self,
            __path: &::renamed_runtime::Path<'_>,
            __errors: &mut ::renamed_runtime::ValidationErrors,
        ) {
            __validate(self, __path, __errors, true);
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
        #[inline]
        fn __validate_own(
            &self,
            __path: &::renamed_runtime::Path<'_>,
            __errors: &mut ::renamed_runtime::ValidationErrors,
        ) {
            __validate(self, __path, __errors, false);
        }
    }
    /// Checks the fields' rules; with `__deep`, nested values too.
    #[inline]
    fn __validate(
        __self: &JobResponse,
        __path: &::renamed_runtime::Path<'_>,
        __errors: &mut ::renamed_runtime::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::renamed_runtime::__private::{SkipNested as _, ValidateNested as _};
    }
    #[automatically_derived]
    impl ::renamed_runtime::OperationResponse for JobResponse {
        type Status = JobState;
        #[inline]
        fn status(&self) -> JobState {
            ::renamed_runtime::__private::Clone::clone(&self.status)
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            JobState::is_terminal(&self.status)
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            JobState::is_failure(&self.status)
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            JobState::is_success(&self.status)
        }
    }
};
