#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum OpenResultResponse {
    AllDone { count: u32 },
    Waiting,
    /// A status this type does not list, kept with all its fields so
    /// that it serializes back unchanged.
    Unknown {
        /// The status, as received.
        status: ::operation_response::__private::String,
        /// Every other field, as received.
        fields: ::operation_response::UnknownFields,
    },
}
/// Status of a [`OpenResultResponse`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum OpenResultStatus {
    /// `"all-done"`
    AllDone,
    /// `"waiting"`
    Waiting,
    /// A status this type does not list, kept exactly as received.
    Unknown(::operation_response::__private::String),
}
#[automatically_derived]
impl OpenResultStatus {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
        "all-done",
        "waiting",
    ];
    /// The wire value, as received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllDone => "all-done",
            Self::Waiting => "waiting",
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
    impl ::operation_response::__private::WireEnum for OpenResultStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "all-done" => ::operation_response::__private::Some(Self::AllDone),
                "waiting" => ::operation_response::__private::Some(Self::Waiting),
                _ => ::operation_response::__private::None,
            }
        }
        fn from_unknown(
            __value: ::operation_response::__private::String,
        ) -> ::operation_response::__private::Result<
            Self,
            ::operation_response::__private::String,
        > {
            ::operation_response::__private::Ok(Self::Unknown(__value))
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::fmt::Display for OpenResultStatus {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for OpenResultStatus {
        type Err = ::operation_response::__private::Infallible;
        fn from_str(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Result<Self, Self::Err> {
            ::operation_response::__private::Ok(
                match <Self as ::operation_response::__private::WireEnum>::from_known(
                    __value,
                ) {
                    ::operation_response::__private::Some(__known) => __known,
                    ::operation_response::__private::None => {
                        Self::Unknown(
                            ::operation_response::__private::ToOwned::to_owned(__value),
                        )
                    }
                },
            )
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for OpenResultStatus {
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for OpenResultStatus {
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
impl OpenResultStatus {
    /// The statuses after which the operation will not change.
    pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[];
    /// The terminal statuses that mean the operation did not succeed.
    pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        false
    }
    /// Whether the operation ended without succeeding.
    pub const fn is_failure(&self) -> ::core::primitive::bool {
        false
    }
    /// Whether the operation ended and succeeded.
    pub const fn is_success(&self) -> ::core::primitive::bool {
        self.is_terminal() && !self.is_failure()
    }
}
#[automatically_derived]
impl ::operation_response::OperationStatus for OpenResultStatus {
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
    struct __AllDoneFields {
        #[serde(rename = "count")]
        count: u32,
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::union::Union<'de> for OpenResultResponse {
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "all-done",
            "waiting",
        ];
        const EXPECTING: &'static ::core::primitive::str = "a `OpenResultResponse` body: an object with a `status` key";
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
                    let __fields: __AllDoneFields = ::operation_response::__private::union::fields(
                        __rest,
                    )?;
                    ::operation_response::__private::Ok(Self::AllDone {
                        count: __fields.count,
                    })
                }
                ::operation_response::__private::union::Tag::Known(1usize) => {
                    ::operation_response::__private::union::unit(
                        __rest,
                        "status",
                        false,
                    )?;
                    ::operation_response::__private::Ok(Self::Waiting)
                }
                ::operation_response::__private::union::Tag::Unknown(__status) => {
                    ::operation_response::__private::Ok(Self::Unknown {
                        status: __status,
                        fields: ::operation_response::__private::union::unknown_fields(
                            __rest,
                            "status",
                        )?,
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for OpenResultResponse {
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
                ::operation_response::__private::shape(false, &[]),
            )
        }
    }
    #[derive(::operation_response::__private::Serialize)]
    #[serde(
        crate = "::operation_response::__private::serde",
        remote = "OpenResultResponse",
        tag = "status"
    )]
    #[allow(dead_code)]
    enum __OpenResultResponseSerde {
        #[serde(rename = "all-done")]
        AllDone { #[serde(rename = "count")] count: u32 },
        #[serde(rename = "waiting")]
        Waiting,
        #[serde(skip_serializing)]
        Unknown {
            #[serde(rename = "__unknown_status")]
            status: ::operation_response::__private::String,
            fields: ::operation_response::UnknownFields,
        },
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for OpenResultResponse {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            match self {
                OpenResultResponse::Unknown { status, fields } => {
                    ::operation_response::__private::union::serialize_unknown(
                        __serializer,
                        "status",
                        status,
                        fields,
                    )
                }
                _ => __OpenResultResponseSerde::serialize(self, __serializer),
            }
        }
    }
    #[automatically_derived]
    impl ::operation_response::Validate for OpenResultResponse {
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
        __self: &OpenResultResponse,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        #[allow(unused_variables)]
        match __self {
            OpenResultResponse::AllDone { count: __field0, .. } => {}
            OpenResultResponse::Waiting { .. } => {}
            OpenResultResponse::Unknown { .. } => {}
        }
    }
    #[automatically_derived]
    impl ::operation_response::OperationResponse for OpenResultResponse {
        type Status = OpenResultStatus;
        #[inline]
        fn status(&self) -> OpenResultStatus {
            match self {
                OpenResultResponse::AllDone { .. } => OpenResultStatus::AllDone,
                OpenResultResponse::Waiting { .. } => OpenResultStatus::Waiting,
                OpenResultResponse::Unknown { status, .. } => {
                    OpenResultStatus::Unknown(
                        ::operation_response::__private::Clone::clone(status),
                    )
                }
            }
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            match self {
                OpenResultResponse::AllDone { .. } => false,
                OpenResultResponse::Waiting { .. } => false,
                OpenResultResponse::Unknown { .. } => false,
            }
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            match self {
                OpenResultResponse::AllDone { .. } => false,
                OpenResultResponse::Waiting { .. } => false,
                OpenResultResponse::Unknown { .. } => false,
            }
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            match self {
                OpenResultResponse::AllDone { .. } => false,
                OpenResultResponse::Waiting { .. } => false,
                OpenResultResponse::Unknown { .. } => false,
            }
        }
    }
};
