/// Create AuthSession operation started
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct CreateOrUpdateAuthSessionStartResponseBody {
    /// The operation's status: `"status"` on the wire.
    pub status: CreateOrUpdateAuthSessionStartStatus,
    pub operation_id: String,
}
/// Status of a [`CreateOrUpdateAuthSessionStartResponseBody`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum CreateOrUpdateAuthSessionStartStatus {
    /// `"started"`
    Started,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl CreateOrUpdateAuthSessionStartStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &["started"];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            "started"
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
            ::operation_response::Lifecycle::Running
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for CreateOrUpdateAuthSessionStartStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "started" => __or::Some(Self::Started),
                _ => __or::None,
            }
        }
    }
    #[automatically_derived]
    impl __or::Default for CreateOrUpdateAuthSessionStartStatus {
        /// The only status this type allows.
        #[inline]
        fn default() -> Self {
            Self::Started
        }
    }
    __or::string_enum!(CreateOrUpdateAuthSessionStartStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(
        crate = "__or::serde",
        remote = "CreateOrUpdateAuthSessionStartResponseBody"
    )]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __CreateOrUpdateAuthSessionStartResponseBodySerde {
        #[serde(rename = "status")]
        status: CreateOrUpdateAuthSessionStartStatus,
        #[serde(rename = "operationId")]
        operation_id: String,
    }
    #[automatically_derived]
    impl __or::Serialize for CreateOrUpdateAuthSessionStartResponseBody {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __CreateOrUpdateAuthSessionStartResponseBodySerde::serialize(
                self,
                __serializer,
            )
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for CreateOrUpdateAuthSessionStartResponseBody {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __CreateOrUpdateAuthSessionStartResponseBodySerde::deserialize(
                __or::Object(__deserializer),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for CreateOrUpdateAuthSessionStartResponseBody {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for CreateOrUpdateAuthSessionStartResponseBody {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for CreateOrUpdateAuthSessionStartResponseBody {
        type Status = CreateOrUpdateAuthSessionStartStatus;
        #[inline]
        fn status(&self) -> CreateOrUpdateAuthSessionStartStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl __or::Examples for CreateOrUpdateAuthSessionStartResponseBody {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[__or::examples::given, __or::examples::of::<String>],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "42:CreateOrUpdateAuthSessionStartResponseBody36:Create AuthSession operation started0*O1*7:started2*6:status0:100*T-0-11:operationId0:100*T-0-0-0";
};
