#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum OpenResultResponse {
    AllDone { count: u32 },
    Waiting,
    /// A status this type does not list, kept with all its fields so that it serializes back with the same keys and values.
    Unknown {
        /// The status, as received.
        status: ::std::string::String,
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
    Unknown(::std::string::String),
}
const _: () = {
    use ::operation_response::__private as __or;
    impl OpenResultStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "all-done",
            "waiting",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::AllDone => "all-done",
                Self::Waiting => "waiting",
                Self::Unknown(__value) => __value,
            }
        }
        /// Whether the value is one of `KNOWN` (an `Unknown` one is not).
        #[inline]
        pub fn is_known(&self) -> ::core::primitive::bool {
            Self::KNOWN.contains(&self.as_str())
        }
        /// Where this status leaves the operation.
        #[inline]
        pub fn lifecycle(&self) -> ::operation_response::Lifecycle {
            ::operation_response::Lifecycle::Running
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for OpenResultStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "all-done" => __or::Some(Self::AllDone),
                "waiting" => __or::Some(Self::Waiting),
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    __or::string_enum!(OpenResultStatus, status, open);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __AllDoneFields {
        #[serde(rename = "count")]
        count: u32,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for OpenResultResponse {
        type Status = OpenResultStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `OpenResultResponse` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: OpenResultStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                OpenResultStatus::AllDone => {
                    let __fields: __AllDoneFields = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::AllDone {
                        count: __fields.count,
                    })
                }
                OpenResultStatus::Waiting => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Waiting)
                }
                OpenResultStatus::Unknown(__status) => {
                    __or::Ok(Self::Unknown {
                        status: __status,
                        fields: __or::union::unknown_fields(__rest, "status")?,
                    })
                }
            }
        }
        #[inline]
        fn default_status() -> __or::Option<OpenResultStatus> {
            __or::Some(OpenResultStatus::Waiting)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for OpenResultResponse {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::union::deserialize_union(__deserializer)
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "OpenResultResponse", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __OpenResultResponseSerde {
        #[serde(rename = "all-done")]
        AllDone { #[serde(rename = "count")] count: u32 },
        #[serde(rename = "waiting")]
        Waiting,
        #[serde(skip_serializing)]
        Unknown {
            #[serde(rename = "__unknown_status")]
            status: __or::String,
            fields: __or::UnknownFields,
        },
    }
    #[automatically_derived]
    impl __or::Serialize for OpenResultResponse {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            match self {
                OpenResultResponse::Unknown { status, fields } => {
                    __or::union::serialize_unknown(
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
    impl __or::Validate for OpenResultResponse {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for OpenResultResponse {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for OpenResultResponse {
        type Status = OpenResultStatus;
        #[inline]
        fn status(&self) -> OpenResultStatus {
            match self {
                Self::AllDone { .. } => OpenResultStatus::AllDone,
                Self::Waiting => OpenResultStatus::Waiting,
                Self::Unknown { status, .. } => {
                    OpenResultStatus::Unknown(__or::Clone::clone(status))
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for OpenResultResponse {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__SHAPE, &[__or::examples::of::<u32>])
        }
    }
    const __SHAPE: &::core::primitive::str = "18:OpenResultResponse0:0*U6:status2*7:AllDone0:8:all-done0*1*5:count0:100*I+3:u320-7:Waiting0:7:waiting0*0*100+0*0*0*+7:waiting0";
};
