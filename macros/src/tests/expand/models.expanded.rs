#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct ErrorDetails {
    pub message: String,
    pub code: Option<ErrorCode>,
    pub retirable: bool,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "ErrorDetails")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __ErrorDetailsSerde {
        #[serde(rename = "message")]
        message: String,
        #[serde(
            rename = "code",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        code: Option<ErrorCode>,
        #[serde(rename = "retirable", default = "__or::Default::default")]
        retirable: bool,
    }
    #[automatically_derived]
    impl __or::Serialize for ErrorDetails {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __ErrorDetailsSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for ErrorDetails {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __ErrorDetailsSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(
                        true,
                        &[(&&&__or::Probe::<Option<ErrorCode>>::new()).__probe()],
                    )
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for ErrorDetails {
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
    impl __or::SelfChecking for ErrorDetails {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &ErrorDetails,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("message");
            let __value = &__self.message;
            __or::rules::non_empty(__value, &__at, __errors);
        }
        {
            let __at = __path.key("code");
            (&__or::Nested(&__self.code)).__nested(&__at, __errors);
        }
    }
    #[automatically_derived]
    impl __or::Examples for ErrorDetails
    where
        for<'__a> __or::examples::FieldType<
            '__a,
            Option<ErrorCode>,
        >: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::of::<String>,
                    <__or::examples::FieldType<
                        'static,
                        Option<ErrorCode>,
                    > as __or::examples::HasExamples>::candidates,
                    __or::examples::of::<bool>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "12:ErrorDetails0:0*O0*3*7:message0:101*nT-0-4:code0:000*O-1-9:retirable0:000*B-0-0-0";
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
    Unknown(::std::string::String),
}
const _: () = {
    use ::operation_response::__private as __or;
    impl ErrorCode {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "internal-server-error",
            "timeout",
        ];
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::InternalServerError => "internal-server-error",
                Self::ScriptTimeout => "timeout",
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
    impl __or::WireEnum for ErrorCode {
        const EXPECTING: &'static ::core::primitive::str = "a string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "internal-server-error" => __or::Some(Self::InternalServerError),
                "timeout" => __or::Some(Self::ScriptTimeout),
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    __or::string_enum!(ErrorCode, model, open);
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
const _: () = {
    use ::operation_response::__private as __or;
    impl Category {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "server",
            "user",
        ];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Server => "server",
                Self::User => "user",
            }
        }
        /// Whether the value is one this type lists: always, as the
        /// type is closed.
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            true
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for Category {
        const EXPECTING: &'static ::core::primitive::str = "a string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "server" => __or::Some(Self::Server),
                "user" => __or::Some(Self::User),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(Category, model, closed);
};
