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
const _: () = {
    use ::operation_response::__private as __or;
    impl RulesStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "pending",
            "failed",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["failed"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &["failed"];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Pending => "pending",
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
                Self::Pending => ::operation_response::Lifecycle::Running,
                Self::Failed => ::operation_response::Lifecycle::Failed,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for RulesStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "pending" => __or::Some(Self::Pending),
                "failed" => __or::Some(Self::Failed),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(RulesStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "RulesResponse")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
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
        #[serde(rename = "doc_url", default = "__or::Default::default")]
        doc_url: String,
        #[serde(rename = "owner", deserialize_with = "__or::deserialize_required")]
        owner: Option<String>,
        #[serde(
            rename = "extra",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        #[serde(alias = "details")]
        extra: Option<Details>,
    }
    #[automatically_derived]
    impl __or::Serialize for RulesResponse {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __RulesResponseSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for RulesResponse {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __RulesResponseSerde::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(
                        true,
                        &[(&&&__or::Probe::<Option<Details>>::new()).__probe()],
                    )
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for RulesResponse {
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
    impl __or::SelfChecking for RulesResponse {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate(
        __self: &RulesResponse,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    ) {
        use __or::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("id");
            let __value = &__self.id;
            __or::rules::min_length(__value, 3usize, &__at, __errors);
            __or::rules::max_length(__value, 64usize, &__at, __errors);
        }
        {
            let __at = __path.key("country");
            let __value = &__self.country;
            __or::rules::length(__value, 2usize, &__at, __errors);
            __or::rules::validate_with(check_country(__value), &__at, __errors);
        }
        {
            let __at = __path.key("tags");
            let __value = &__self.tags;
            __or::rules::non_empty(__value, &__at, __errors);
        }
        {
            let __at = __path.key("percent");
            if let __or::Some(__value) = &__self.percent {
                __or::rules::min(__value, 0.0, &__at, __errors);
                __or::rules::max(__value, 100.0, &__at, __errors);
            }
        }
        {
            let __at = __path.key("attempts");
            let __value = &__self.attempts;
            __or::rules::greater_than(__value, 0, &__at, __errors);
            __or::rules::less_than(__value, 10, &__at, __errors);
        }
        {
            let __at = __path.key("error");
            __or::rules::required_when(
                &__self.error,
                ::core::matches!(__self.status, RulesStatus::Failed),
                "required when status is \"failed\"",
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("result");
            __or::rules::forbidden_when(
                &__self.result,
                ::core::matches!(__self.status, RulesStatus::Pending),
                "must be absent when status is \"pending\"",
                &__at,
                __errors,
            );
        }
        {
            let __at = __path.key("extra");
            (&__or::Nested(&__self.extra)).__nested(&__at, __errors);
        }
    }
    #[automatically_derived]
    impl __or::OperationResponse for RulesResponse {
        type Status = RulesStatus;
        #[inline]
        fn status(&self) -> RulesStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl __or::Examples for RulesResponse
    where
        for<'__a> __or::examples::FieldType<
            '__a,
            Vec<String>,
        >: __or::examples::HasExamples,
        for<'__a> __or::examples::FieldType<
            '__a,
            Option<Details>,
        >: __or::examples::HasExamples,
        for<'__a> __or::examples::ValidateWithField<
            '__a,
            Self,
        >: __or::examples::HasResponseExample,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<String>,
                    __or::examples::of::<String>,
                    <__or::examples::FieldType<
                        'static,
                        Vec<String>,
                    > as __or::examples::HasExamples>::candidates,
                    __or::examples::of::<Option<f64>>,
                    __or::examples::of::<u32>,
                    __or::examples::of::<Option<String>>,
                    __or::examples::of::<Option<String>>,
                    __or::examples::of::<String>,
                    __or::examples::of::<Option<String>>,
                    <__or::examples::FieldType<
                        'static,
                        Option<Details>,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "13:RulesResponse0:0*O2*7:pending6:failed11*6:status0:100*T-0-2:id0:102*a3;b64;T-0-7:country0:102*c2;C13:check_countryT-0-4:tags0:101*nS-0-7:percent0:002*mi0;xi100;F-1-8:attempts0:102*gi0;li10;I+3:u320-5:error0:000*T-1-6:result0:000*T-1-7:doc_url0:000*T-0-5:owner0:100*T-1-5:extra0:000*O-1-0+6:status2*1*7:pending0*1*6:result1*6:failed1*5:error0*-00";
};
