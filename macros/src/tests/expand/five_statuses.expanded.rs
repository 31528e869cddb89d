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
const _: () = {
    use ::operation_response::__private as __or;
    impl RunResultStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "pending",
            "started",
            "completed",
            "canceled",
            "failed",
        ];
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
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Pending => "pending",
                Self::Started => "started",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Failed => "failed",
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
                Self::Pending | Self::Started => ::operation_response::Lifecycle::Running,
                Self::Completed => ::operation_response::Lifecycle::Succeeded,
                Self::Canceled | Self::Failed => ::operation_response::Lifecycle::Failed,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for RunResultStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "pending" => __or::Some(Self::Pending),
                "started" => __or::Some(Self::Started),
                "completed" => __or::Some(Self::Completed),
                "canceled" => __or::Some(Self::Canceled),
                "failed" => __or::Some(Self::Failed),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(RunResultStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "RunResultResponseBody")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
    impl __or::Serialize for RunResultResponseBody {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __RunResultResponseBodySerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for RunResultResponseBody {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __RunResultResponseBodySerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(
                        true,
                        &[(&&&__or::Probe::<Option<ErrorDetails>>::new()).__probe()],
                    )
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for RunResultResponseBody {
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
    impl __or::SelfChecking for RunResultResponseBody {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &RunResultResponseBody,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("error");
            __or::rules::required_when(
                &__self.error,
                ::core::matches!(__self.status, RunResultStatus::Failed),
                "required when status is \"failed\"",
                &__at,
                __errors,
            );
            (&__or::Nested(&__self.error)).__nested(&__at, __errors);
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for RunResultResponseBody {
        type Status = RunResultStatus;
        #[inline]
        fn status(&self) -> RunResultStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl __or::Examples for RunResultResponseBody
    where
        for<'__a> __or::examples::FieldType<
            '__a,
            Option<ErrorDetails>,
        >: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<Option<String>>,
                    <__or::examples::FieldType<
                        'static,
                        Option<ErrorDetails>,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "21:RunResultResponseBody0:0*O5*7:pending7:started9:completed8:canceled6:failed3*6:status0:100*T-0-6:result0:000*T-1-5:error0:000*O-1-0+6:status2*4*7:pending7:started9:completed8:canceled0*0*1*6:failed1*5:error0*-00";
};
