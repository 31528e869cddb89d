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
#[automatically_derived]
impl CreateAuthSessionResultStatus {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
        "done",
        "pending",
        "in_progress",
        "failed",
        "cancelled",
    ];
    /// The wire value.
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Done => "done",
            Self::Pending => "pending",
            Self::InProgress => "in_progress",
            Self::Failed => "failed",
            Self::Canceled => "cancelled",
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
    impl ::operation_response::__private::WireEnum for CreateAuthSessionResultStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "done" => ::operation_response::__private::Some(Self::Done),
                "pending" => ::operation_response::__private::Some(Self::Pending),
                "in_progress" => ::operation_response::__private::Some(Self::InProgress),
                "failed" => ::operation_response::__private::Some(Self::Failed),
                "cancelled" => ::operation_response::__private::Some(Self::Canceled),
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
    impl ::operation_response::__private::fmt::Display
    for CreateAuthSessionResultStatus {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for CreateAuthSessionResultStatus {
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
    impl ::operation_response::__private::Serialize for CreateAuthSessionResultStatus {
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
    impl<'de> ::operation_response::__private::Deserialize<'de>
    for CreateAuthSessionResultStatus {
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
impl CreateAuthSessionResultStatus {
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
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Done | Self::Failed | Self::Canceled)
    }
    /// Whether the operation ended without succeeding.
    pub const fn is_failure(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Failed | Self::Canceled)
    }
    /// Whether the operation ended and succeeded.
    pub const fn is_success(&self) -> ::core::primitive::bool {
        self.is_terminal() && !self.is_failure()
    }
}
#[automatically_derived]
impl ::operation_response::OperationStatus for CreateAuthSessionResultStatus {
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
    #[derive(::operation_response::__private::Deserialize)]
    #[serde(crate = "::operation_response::__private::serde")]
    #[serde(deny_unknown_fields)]
    struct __DoneFields {
        #[serde(rename = "authSessionId")]
        auth_session_id: String,
    }
    #[derive(::operation_response::__private::Deserialize)]
    #[serde(crate = "::operation_response::__private::serde")]
    #[serde(deny_unknown_fields)]
    struct __InProgressFields {
        #[serde(rename = "runId")]
        run_id: String,
    }
    #[derive(::operation_response::__private::Deserialize)]
    #[serde(crate = "::operation_response::__private::serde")]
    #[serde(deny_unknown_fields)]
    struct __FailedFields {
        #[serde(rename = "message")]
        message: String,
        #[serde(rename = "error")]
        error: ErrorDetails,
    }
    #[derive(::operation_response::__private::Deserialize)]
    #[serde(crate = "::operation_response::__private::serde")]
    #[serde(deny_unknown_fields)]
    struct __CanceledFields {
        #[serde(rename = "message")]
        message: String,
        #[serde(rename = "reason")]
        reason: Reason,
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::union::Union<'de>
    for CreateAuthSessionResultResponseBody {
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "done",
            "pending",
            "in_progress",
            "failed",
            "cancelled",
        ];
        const EXPECTING: &'static ::core::primitive::str = "a `CreateAuthSessionResultResponseBody` body: an object with a `status` key";
        #[inline]
        fn variant<__M>(
            __tag: ::operation_response::__private::union::Tag,
            __rest: __M,
        ) -> ::operation_response::__private::Result<Self, __M::Error>
        where
            __M: ::operation_response::__private::MapAccess<'de>,
        {
            match __tag {
                ::operation_response::__private::union::Tag::Known(0usize) => {
                    let __fields: __DoneFields = ::operation_response::__private::union::fields(
                        __rest,
                    )?;
                    ::operation_response::__private::Ok(Self::Done {
                        auth_session_id: __fields.auth_session_id,
                    })
                }
                ::operation_response::__private::union::Tag::Known(1usize) => {
                    ::operation_response::__private::union::unit(
                        __rest,
                        "status",
                        true,
                    )?;
                    ::operation_response::__private::Ok(Self::Pending)
                }
                ::operation_response::__private::union::Tag::Known(2usize) => {
                    let __fields: __InProgressFields = ::operation_response::__private::union::fields(
                        __rest,
                    )?;
                    ::operation_response::__private::Ok(Self::InProgress {
                        run_id: __fields.run_id,
                    })
                }
                ::operation_response::__private::union::Tag::Known(3usize) => {
                    let __fields: __FailedFields = ::operation_response::__private::union::fields(
                        __rest,
                    )?;
                    ::operation_response::__private::Ok(Self::Failed {
                        message: __fields.message,
                        error: __fields.error,
                    })
                }
                ::operation_response::__private::union::Tag::Known(4usize) => {
                    let __fields: __CanceledFields = ::operation_response::__private::union::fields(
                        __rest,
                    )?;
                    ::operation_response::__private::Ok(Self::Canceled {
                        message: __fields.message,
                        reason: __fields.reason,
                    })
                }
                __tag => {
                    ::operation_response::__private::Err(
                        ::operation_response::__private::union::unknown_status(
                            &__tag,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::Deserialize<'de>
    for CreateAuthSessionResultResponseBody {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::validated(
                __deserializer,
                ::operation_response::__private::union::deserialize_union,
                {
                    #[allow(unused_imports)]
                    use ::operation_response::__private::{
                        ProbeOther as _, ProbeValidate as _,
                    };
                    ::operation_response::__private::shape(
                        true,
                        &[
                            (&::operation_response::__private::Probe::<
                                ErrorDetails,
                            >::new())
                                .__probe(),
                            (&::operation_response::__private::Probe::<Reason>::new())
                                .__probe(),
                        ],
                    )
                },
            )
        }
    }
    #[derive(::operation_response::__private::Serialize)]
    #[serde(
        crate = "::operation_response::__private::serde",
        remote = "CreateAuthSessionResultResponseBody",
        tag = "status"
    )]
    #[allow(dead_code)]
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
    impl ::operation_response::__private::Serialize
    for CreateAuthSessionResultResponseBody {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            match self {
                _ => {
                    __CreateAuthSessionResultResponseBodySerde::serialize(
                        self,
                        __serializer,
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::operation_response::Validate for CreateAuthSessionResultResponseBody {
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
        __self: &CreateAuthSessionResultResponseBody,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        #[allow(unused_variables)]
        match __self {
            CreateAuthSessionResultResponseBody::Done {
                auth_session_id: __field0,
                ..
            } => {
                let __at = __path.key("authSessionId");
                let __value = __field0;
                ::operation_response::__private::rules::min_length(
                    __value,
                    3usize,
                    &__at,
                    __errors,
                );
            }
            CreateAuthSessionResultResponseBody::Pending { .. } => {}
            CreateAuthSessionResultResponseBody::InProgress { run_id: __field0, .. } => {}
            CreateAuthSessionResultResponseBody::Failed {
                message: __field0,
                error: __field1,
                ..
            } => {
                let __at = __path.key("error");
                (&::operation_response::__private::Nested(__field1))
                    .__nested(__deep, &__at, __errors);
            }
            CreateAuthSessionResultResponseBody::Canceled {
                message: __field0,
                reason: __field1,
                ..
            } => {
                let __at = __path.key("reason");
                (&::operation_response::__private::Nested(__field1))
                    .__nested(__deep, &__at, __errors);
            }
        }
    }
    #[automatically_derived]
    impl ::operation_response::OperationResponse
    for CreateAuthSessionResultResponseBody {
        type Status = CreateAuthSessionResultStatus;
        #[inline]
        fn status(&self) -> CreateAuthSessionResultStatus {
            match self {
                CreateAuthSessionResultResponseBody::Done { .. } => {
                    CreateAuthSessionResultStatus::Done
                }
                CreateAuthSessionResultResponseBody::Pending { .. } => {
                    CreateAuthSessionResultStatus::Pending
                }
                CreateAuthSessionResultResponseBody::InProgress { .. } => {
                    CreateAuthSessionResultStatus::InProgress
                }
                CreateAuthSessionResultResponseBody::Failed { .. } => {
                    CreateAuthSessionResultStatus::Failed
                }
                CreateAuthSessionResultResponseBody::Canceled { .. } => {
                    CreateAuthSessionResultStatus::Canceled
                }
            }
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            match self {
                CreateAuthSessionResultResponseBody::Done { .. } => true,
                CreateAuthSessionResultResponseBody::Pending { .. } => false,
                CreateAuthSessionResultResponseBody::InProgress { .. } => false,
                CreateAuthSessionResultResponseBody::Failed { .. } => true,
                CreateAuthSessionResultResponseBody::Canceled { .. } => true,
            }
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            match self {
                CreateAuthSessionResultResponseBody::Done { .. } => false,
                CreateAuthSessionResultResponseBody::Pending { .. } => false,
                CreateAuthSessionResultResponseBody::InProgress { .. } => false,
                CreateAuthSessionResultResponseBody::Failed { .. } => true,
                CreateAuthSessionResultResponseBody::Canceled { .. } => true,
            }
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            match self {
                CreateAuthSessionResultResponseBody::Done { .. } => true,
                CreateAuthSessionResultResponseBody::Pending { .. } => false,
                CreateAuthSessionResultResponseBody::InProgress { .. } => false,
                CreateAuthSessionResultResponseBody::Failed { .. } => false,
                CreateAuthSessionResultResponseBody::Canceled { .. } => false,
            }
        }
    }
};
