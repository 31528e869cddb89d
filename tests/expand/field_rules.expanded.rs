#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct RulesResponse {
    /// The operation's status: `"status"` on the wire.
    pub status: RulesStatus,
    pub id: String,
    pub country: String,
    pub tags: Vec<String>,
    pub percent: Option<f64>,
    pub attempts: u32,
    pub error: Option<String>,
    pub result: Option<String>,
    pub doc_url: String,
    pub owner: Option<String>,
    pub extra: Option<Details>,
}
/// Status of a [`RulesResponse`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum RulesStatus {
    /// `"pending"`
    Pending,
    /// `"failed"`
    Failed,
}
#[automatically_derived]
impl RulesStatus {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &["pending", "failed"];
    /// The wire value.
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Pending => "pending",
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
    impl ::operation_response::__private::WireEnum for RulesStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "pending" => ::operation_response::__private::Some(Self::Pending),
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
    impl ::operation_response::__private::fmt::Display for RulesStatus {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for RulesStatus {
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
    impl ::operation_response::__private::Serialize for RulesStatus {
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for RulesStatus {
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
impl RulesStatus {
    /// The statuses after which the operation will not change.
    pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["failed"];
    /// The terminal statuses that mean the operation did not succeed.
    pub const FAILURE: &'static [&'static ::core::primitive::str] = &["failed"];
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Failed)
    }
    /// Whether the operation ended without succeeding.
    pub const fn is_failure(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Failed)
    }
    /// Whether the operation ended and succeeded.
    pub const fn is_success(&self) -> ::core::primitive::bool {
        self.is_terminal() && !self.is_failure()
    }
}
#[automatically_derived]
impl ::operation_response::OperationStatus for RulesStatus {
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
    #[serde(crate = "::operation_response::__private::serde", remote = "RulesResponse")]
    #[allow(dead_code)]
    struct __RulesResponseSerde {
        #[serde(rename = "status")]
        status: RulesStatus,
        #[serde(rename = "id")]
        id: String,
        #[serde(rename = "country")]
        country: String,
        #[serde(rename = "tags")]
        tags: Vec<String>,
        #[serde(
            rename = "percent",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        percent: Option<f64>,
        #[serde(rename = "attempts")]
        attempts: u32,
        #[serde(
            rename = "error",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        error: Option<String>,
        #[serde(
            rename = "result",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        result: Option<String>,
        #[serde(rename = "doc_url", default)]
        doc_url: String,
        #[serde(
            rename = "owner",
            deserialize_with = "::operation_response::__private::deserialize_required"
        )]
        owner: Option<String>,
        #[serde(
            rename = "extra",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        #[serde(alias = "details")]
        extra: Option<Details>,
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for RulesResponse {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            __RulesResponseSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::Deserialize<'de> for RulesResponse {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::validated(
                __deserializer,
                __RulesResponseSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use ::operation_response::__private::{
                        ProbeOther as _, ProbeValidate as _,
                    };
                    ::operation_response::__private::shape(
                        true,
                        &[
                            (&::operation_response::__private::Probe::<
                                Vec<String>,
                            >::new())
                                .__probe(),
                            (&::operation_response::__private::Probe::<
                                Option<Details>,
                            >::new())
                                .__probe(),
                        ],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl ::operation_response::Validate for RulesResponse {
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
        __self: &RulesResponse,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("id");
            let __value = &__self.id;
            ::operation_response::__private::rules::min_length(
                __value,
                3usize,
                &__at,
                __errors,
            );
            ::operation_response::__private::rules::max_length(
                __value,
                64usize,
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("country");
            let __value = &__self.country;
            ::operation_response::__private::rules::length(
                __value,
                2usize,
                &__at,
                __errors,
            );
            ::operation_response::__private::rules::custom(
                check_country(__value),
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("tags");
            let __value = &__self.tags;
            ::operation_response::__private::rules::non_empty(__value, &__at, __errors);
            (&::operation_response::__private::Nested(&__self.tags))
                .__nested(__deep, &__at, __errors);
        }
        {
            let __at = __path.key("percent");
            if let ::operation_response::__private::Some(__value) = &__self.percent {
                ::operation_response::__private::rules::min(
                    __value,
                    0.0,
                    &__at,
                    __errors,
                );
                ::operation_response::__private::rules::max(
                    __value,
                    100.0,
                    &__at,
                    __errors,
                );
            }
        }
        {
            let __at = __path.key("attempts");
            let __value = &__self.attempts;
            ::operation_response::__private::rules::greater_than(
                __value,
                0,
                &__at,
                __errors,
            );
            ::operation_response::__private::rules::less_than(
                __value,
                10,
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("error");
            ::operation_response::__private::rules::required_when(
                &__self.error,
                ::core::matches!(__self.status, RulesStatus::Failed),
                "required when status is \"failed\"",
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("result");
            ::operation_response::__private::rules::forbidden_when(
                &__self.result,
                ::core::matches!(__self.status, RulesStatus::Pending),
                "must be absent when status is \"pending\"",
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("extra");
            (&::operation_response::__private::Nested(&__self.extra))
                .__nested(__deep, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl ::operation_response::OperationResponse for RulesResponse {
        type Status = RulesStatus;
        #[inline]
        fn status(&self) -> RulesStatus {
            ::operation_response::__private::Clone::clone(&self.status)
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            RulesStatus::is_terminal(&self.status)
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            RulesStatus::is_failure(&self.status)
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            RulesStatus::is_success(&self.status)
        }
    }
};
