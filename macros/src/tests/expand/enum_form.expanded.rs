/// The create-auth-session result.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum CreateAuthSessionResultResponseBody {
    Done { auth_session_id: String },
    Pending,
    InProgress { run_id: String },
    Failed { message: String, error: ErrorDetails },
    Canceled { message: String, reason: Reason },
}
/// Status of a [`CreateAuthSessionResultResponseBody`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum CreateAuthSessionResultStatus {
    /// `"done"`
    Done,
    /// `"pending"`
    Pending,
    /// `"in_progress"`
    InProgress,
    /// `"failed"`
    Failed,
    /// `"cancelled"`
    Canceled,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl CreateAuthSessionResultStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "done",
            "pending",
            "in_progress",
            "failed",
            "cancelled",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[
            "done",
            "failed",
            "cancelled",
        ];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[
            "failed",
            "cancelled",
        ];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Done => "done",
                Self::Pending => "pending",
                Self::InProgress => "in_progress",
                Self::Failed => "failed",
                Self::Canceled => "cancelled",
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
                Self::Done => ::operation_response::Lifecycle::Succeeded,
                Self::Pending | Self::InProgress => {
                    ::operation_response::Lifecycle::Running
                }
                Self::Failed | Self::Canceled => ::operation_response::Lifecycle::Failed,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for CreateAuthSessionResultStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "done" => __or::Some(Self::Done),
                "pending" => __or::Some(Self::Pending),
                "in_progress" => __or::Some(Self::InProgress),
                "failed" => __or::Some(Self::Failed),
                "cancelled" => __or::Some(Self::Canceled),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(CreateAuthSessionResultStatus, status, closed);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    #[serde(deny_unknown_fields)]
    struct __DoneFields {
        #[serde(rename = "authSessionId")]
        auth_session_id: String,
    }
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    #[serde(deny_unknown_fields)]
    struct __InProgressFields {
        #[serde(rename = "runId")]
        run_id: String,
    }
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    #[serde(deny_unknown_fields)]
    struct __FailedFields {
        #[serde(rename = "message")]
        message: String,
        #[serde(rename = "error")]
        error: ErrorDetails,
    }
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    #[serde(deny_unknown_fields)]
    struct __CanceledFields {
        #[serde(rename = "message")]
        message: String,
        #[serde(rename = "reason")]
        reason: Reason,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for CreateAuthSessionResultResponseBody {
        type Status = CreateAuthSessionResultStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `CreateAuthSessionResultResponseBody` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: CreateAuthSessionResultStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                CreateAuthSessionResultStatus::Done => {
                    let __fields: __DoneFields = __or::union::fields(__rest, "status")?;
                    __or::Ok(Self::Done {
                        auth_session_id: __fields.auth_session_id,
                    })
                }
                CreateAuthSessionResultStatus::Pending => {
                    __or::union::unit(__rest, "status", true)?;
                    __or::Ok(Self::Pending)
                }
                CreateAuthSessionResultStatus::InProgress => {
                    let __fields: __InProgressFields = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::InProgress {
                        run_id: __fields.run_id,
                    })
                }
                CreateAuthSessionResultStatus::Failed => {
                    let __fields: __FailedFields = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::Failed {
                        message: __fields.message,
                        error: __fields.error,
                    })
                }
                CreateAuthSessionResultStatus::Canceled => {
                    let __fields: __CanceledFields = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::Canceled {
                        message: __fields.message,
                        reason: __fields.reason,
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for CreateAuthSessionResultResponseBody {
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
                        true,
                        &[
                            (&&&__or::Probe::<ErrorDetails>::new()).__probe(),
                            (&&&__or::Probe::<Reason>::new()).__probe(),
                        ],
                    )
                },
                __validate,
            )
        }
    }
    #[derive(__or::Serialize)]
    #[serde(
        crate = "__or::serde",
        remote = "CreateAuthSessionResultResponseBody",
        tag = "status"
    )]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __CreateAuthSessionResultResponseBodySerde {
        #[serde(rename = "done")]
        Done { #[serde(rename = "authSessionId")] auth_session_id: String },
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "in_progress")]
        InProgress { #[serde(rename = "runId")] run_id: String },
        #[serde(rename = "failed")]
        Failed {
            #[serde(rename = "message")]
            message: String,
            #[serde(rename = "error")]
            error: ErrorDetails,
        },
        #[serde(rename = "cancelled")]
        Canceled {
            #[serde(rename = "message")]
            message: String,
            #[serde(rename = "reason")]
            reason: Reason,
        },
    }
    #[automatically_derived]
    impl __or::Serialize for CreateAuthSessionResultResponseBody {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __CreateAuthSessionResultResponseBodySerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for CreateAuthSessionResultResponseBody {
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
    impl __or::SelfChecking for CreateAuthSessionResultResponseBody {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &CreateAuthSessionResultResponseBody,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        match __self {
            CreateAuthSessionResultResponseBody::Done {
                auth_session_id: __field0,
                ..
            } => {
                let __at = __path.key("authSessionId");
                let __value = __field0;
                __or::rules::min_length(__value, 3usize, &__at, __errors);
            }
            CreateAuthSessionResultResponseBody::Failed { error: __field1, .. } => {
                let __at = __path.key("error");
                (&__or::Nested(__field1)).__nested(&__at, __errors);
            }
            CreateAuthSessionResultResponseBody::Canceled { reason: __field1, .. } => {
                let __at = __path.key("reason");
                (&__or::Nested(__field1)).__nested(&__at, __errors);
            }
            _ => {}
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for CreateAuthSessionResultResponseBody {
        type Status = CreateAuthSessionResultStatus;
        #[inline]
        fn status(&self) -> CreateAuthSessionResultStatus {
            match self {
                Self::Done { .. } => CreateAuthSessionResultStatus::Done,
                Self::Pending => CreateAuthSessionResultStatus::Pending,
                Self::InProgress { .. } => CreateAuthSessionResultStatus::InProgress,
                Self::Failed { .. } => CreateAuthSessionResultStatus::Failed,
                Self::Canceled { .. } => CreateAuthSessionResultStatus::Canceled,
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for CreateAuthSessionResultResponseBody
    where
        for<'__a> __or::examples::FieldType<
            '__a,
            ErrorDetails,
        >: __or::examples::HasExamples,
        for<'__a> __or::examples::FieldType<'__a, Reason>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::of::<String>,
                    __or::examples::of::<String>,
                    __or::examples::of::<String>,
                    <__or::examples::FieldType<
                        'static,
                        ErrorDetails,
                    > as __or::examples::HasExamples>::candidates,
                    __or::examples::of::<String>,
                    <__or::examples::FieldType<
                        'static,
                        Reason,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "35:CreateAuthSessionResultResponseBody31:The create-auth-session result.0*U6:status5*4:Done0:4:done0*1*13:authSessionId0:101*a3;T-0-7:Pending0:7:pending0*0*10:InProgress0:11:in_progress0*1*5:runId0:100*T-0-6:Failed0:6:failed0*2*7:message0:100*T-0-5:error0:100*O-0-8:Canceled0:9:cancelled0*2*7:message0:100*T-0-6:reason0:100*O-0-001+3*4:done6:failed9:cancelled2*6:failed9:cancelled0*-0";
};
