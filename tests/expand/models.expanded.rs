#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct ErrorDetails {
    pub message: String,
    pub code: Option<ErrorCode>,
    pub retirable: bool,
}
const _: () = {
    #[derive(
        ::operation_response::__private::Serialize,
        ::operation_response::__private::Deserialize
    )]
    #[serde(crate = "::operation_response::__private::serde", remote = "ErrorDetails")]
    #[allow(dead_code)]
    struct __ErrorDetailsSerde {
        #[serde(rename = "message")]
        message: String,
        #[serde(
            rename = "code",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        code: Option<ErrorCode>,
        #[serde(rename = "retirable", default)]
        retirable: bool,
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for ErrorDetails {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            __ErrorDetailsSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::Deserialize<'de> for ErrorDetails {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::validated(
                __deserializer,
                __ErrorDetailsSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use ::operation_response::__private::{
                        ProbeOther as _, ProbeValidate as _,
                    };
                    ::operation_response::__private::shape(
                        true,
                        &[
                            (&::operation_response::__private::Probe::<
                                Option<ErrorCode>,
                            >::new())
                                .__probe(),
                        ],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl ::operation_response::Validate for ErrorDetails {
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
        __self: &ErrorDetails,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("message");
            let __value = &__self.message;
            ::operation_response::__private::rules::non_empty(__value, &__at, __errors);
        }
        {
            let __at = __path.key("code");
            (&::operation_response::__private::Nested(&__self.code))
                .__nested(__deep, &__at, __errors);
        }
    }
};
/// Error codes.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum ErrorCode {
    /// Something broke.
    InternalServerError,
    ScriptTimeout,
    /// A value this enum does not list, kept exactly as received.
    Unknown(::operation_response::__private::String),
}
#[automatically_derived]
impl ErrorCode {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
        "internal-server-error",
        "timeout",
    ];
    /// The wire value, as received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InternalServerError => "internal-server-error",
            Self::ScriptTimeout => "timeout",
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
    impl ::operation_response::__private::WireEnum for ErrorCode {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "internal-server-error" => {
                    ::operation_response::__private::Some(Self::InternalServerError)
                }
                "timeout" => ::operation_response::__private::Some(Self::ScriptTimeout),
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
    impl ::operation_response::__private::fmt::Display for ErrorCode {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for ErrorCode {
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
    impl ::operation_response::__private::Serialize for ErrorCode {
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for ErrorCode {
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
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[derive(PartialOrd)]
pub enum Category {
    Server,
    User,
}
#[automatically_derived]
impl Category {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &["server", "user"];
    /// The wire value.
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Server => "server",
            Self::User => "user",
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
    impl ::operation_response::__private::WireEnum for Category {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "server" => ::operation_response::__private::Some(Self::Server),
                "user" => ::operation_response::__private::Some(Self::User),
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
    impl ::operation_response::__private::fmt::Display for Category {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for Category {
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
    impl ::operation_response::__private::Serialize for Category {
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for Category {
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
