#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
#[derive(Eq)]
pub struct RunResultResponseBody {
    /// The operation's status: `"status"` on the wire.
    pub status: RunResultStatus,
    pub result: Option<String>,
    pub error: Option<ErrorDetails>,
}
/// Status of a [`RunResultResponseBody`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum RunResultStatus {
    /// `"pending"`
    Pending,
    /// `"started"`
    Started,
    /// `"completed"`
    Completed,
    /// `"canceled"`
    Canceled,
    /// `"failed"`
    Failed,
}
#[automatically_derived]
impl RunResultStatus {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
        "pending",
        "started",
        "completed",
        "canceled",
        "failed",
    ];
    /// The wire value.
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Pending => "pending",
            Self::Started => "started",
            Self::Completed => "completed",
            Self::Canceled => "canceled",
            Self::Failed => "failed",
        }
    }
    /// Whether the value is one of [`Self::KNOWN`]: always, for a
    /// closed enum.
    pub const fn is_known(&self) -> ::core::primitive::bool {
        true
    }
}
const _: () = {
    #[automatically_derived]
    impl ::operation_response::__private::WireEnum for RunResultStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "pending" => ::operation_response::__private::Some(Self::Pending),
                "started" => ::operation_response::__private::Some(Self::Started),
                "completed" => ::operation_response::__private::Some(Self::Completed),
                "canceled" => ::operation_response::__private::Some(Self::Canceled),
                "failed" => ::operation_response::__private::Some(Self::Failed),
                _ => ::operation_response::__private::None,
            }
        }
        fn from_unknown(
            __value: ::operation_response::__private::String,
        ) -> ::operation_response::__private::Result<
            Self,
            ::operation_response::__private::String,
        > {
            ::operation_response::__private::Err(__value)
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::fmt::Display for RunResultStatus {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for RunResultStatus {
        type Err = ::operation_response::ParseStatusError;
        fn from_str(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Result<Self, Self::Err> {
            match <Self as ::operation_response::__private::WireEnum>::from_known(
                __value,
            ) {
                ::operation_response::__private::Some(__known) => {
                    ::operation_response::__private::Ok(__known)
                }
                ::operation_response::__private::None => {
                    ::operation_response::__private::Err(
                        ::operation_response::ParseStatusError::new(__value, Self::KNOWN),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for RunResultStatus {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            __serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::Deserialize<'de> for RunResultStatus {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::deserialize_wire(__deserializer)
        }
    }
};
#[automatically_derived]
impl RunResultStatus {
    /// The statuses after which the operation will not change.
    pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[
        "completed",
        "canceled",
        "failed",
    ];
    /// The terminal statuses that mean the operation did not succeed.
    pub const FAILURE: &'static [&'static ::core::primitive::str] = &[
        "canceled",
        "failed",
    ];
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Completed | Self::Canceled | Self::Failed)
    }
    /// Whether the operation ended without succeeding.
    pub const fn is_failure(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Canceled | Self::Failed)
    }
    /// Whether the operation ended and succeeded.
    pub const fn is_success(&self) -> ::core::primitive::bool {
        self.is_terminal() && !self.is_failure()
    }
}
#[automatically_derived]
impl ::operation_response::OperationStatus for RunResultStatus {
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
        ::operation_response::__private::Serialize,
        ::operation_response::__private::Deserialize
    )]
    #[serde(
        crate = "::operation_response::__private::serde",
        remote = "RunResultResponseBody"
    )]
    #[allow(dead_code)]
    struct __RunResultResponseBodySerde {
        #[serde(rename = "status")]
        status: RunResultStatus,
        #[serde(
            rename = "result",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        result: Option<String>,
        #[serde(
            rename = "error",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        error: Option<ErrorDetails>,
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for RunResultResponseBody {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            __RunResultResponseBodySerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::Deserialize<'de>
    for RunResultResponseBody {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::validated(
                __deserializer,
                __RunResultResponseBodySerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use ::operation_response::__private::{
                        ProbeOther as _, ProbeValidate as _,
                    };
                    ::operation_response::__private::shape(
                        true,
                        &[
                            (&::operation_response::__private::Probe::<
                                Option<ErrorDetails>,
                            >::new())
                                .__probe(),
                        ],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl ::operation_response::Validate for RunResultResponseBody {
        fn validate_into(
            &self,
            __path: &::operation_response::Path<'_>,
            __errors: &mut ::operation_response::ValidationErrors,
        ) {
            __validate(self, __path, __errors, true);
        }
        const __CHECKS_ITSELF: ::core::primitive::bool = true;
        const __REPORTS_ITSELF: ::core::primitive::bool = true;
        #[inline]
        fn __validate_own(
            &self,
            __path: &::operation_response::Path<'_>,
            __errors: &mut ::operation_response::ValidationErrors,
        ) {
            __validate(self, __path, __errors, false);
        }
    }
    /// Checks the fields' rules; with `__deep`, nested values too.
    #[inline]
    fn __validate(
        __self: &RunResultResponseBody,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("error");
            ::operation_response::__private::rules::required_when(
                &__self.error,
                ::core::matches!(__self.status, RunResultStatus::Failed),
                "required when status is \"failed\"",
                &__at,
                __errors,
            );
            (&::operation_response::__private::Nested(&__self.error))
                .__nested(__deep, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl ::operation_response::OperationResponse for RunResultResponseBody {
        type Status = RunResultStatus;
        #[inline]
        fn status(&self) -> RunResultStatus {
            ::operation_response::__private::Clone::clone(&self.status)
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            RunResultStatus::is_terminal(&self.status)
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            RunResultStatus::is_failure(&self.status)
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            RunResultStatus::is_success(&self.status)
        }
    }
};
