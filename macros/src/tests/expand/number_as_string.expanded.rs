/// proto3's 64-bit integers: decimal strings, or numbers.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct BatchJob {
    /// The operation's status: `"state"` on the wire.
    pub status: BatchJobStatus,
    pub total_count: u64,
    pub failed_count: Option<i64>,
    pub bytes: Option<i64>,
    pub retries: u8,
}
/// Status of a [`BatchJob`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum BatchJobStatus {
    /// `"running"`
    Running,
    /// `"done"`
    Done,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl BatchJobStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "running",
            "done",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Running => "running",
                Self::Done => "done",
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
                Self::Running => ::operation_response::Lifecycle::Running,
                Self::Done => ::operation_response::Lifecycle::Succeeded,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for BatchJobStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "running" => __or::Some(Self::Running),
                "done" => __or::Some(Self::Done),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(BatchJobStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "BatchJob")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __BatchJobSerde {
        #[serde(rename = "state")]
        status: BatchJobStatus,
        #[serde(rename = "totalCount", with = "__or::number_as_string")]
        total_count: u64,
        #[serde(
            rename = "failedCount",
            skip_serializing_if = "::core::option::Option::is_none",
            with = "__or::number_as_string",
            default = "__or::Default::default"
        )]
        failed_count: Option<i64>,
        #[serde(rename = "bytes", with = "__or::number_as_string")]
        bytes: Option<i64>,
        #[serde(
            rename = "retries",
            with = "__or::number_as_string",
            default = "__or::Default::default"
        )]
        retries: u8,
    }
    #[automatically_derived]
    impl __or::Serialize for BatchJob {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __BatchJobSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for BatchJob {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __BatchJobSerde::deserialize,
                __or::watch(true, &[]),
                |__value, _, __errors| __or::Validate::validate_into(
                    __value,
                    &__or::Path::root(),
                    __errors,
                ),
            )
        }
    }
    #[automatically_derived]
    impl __or::Validate for BatchJob {
        #[inline]
        fn validate_into(
            &self,
            __path: &__or::Path<'_>,
            __errors: &mut __or::ValidationErrors,
        ) {
            if __or::parsed(__path) {
                return;
            }
            let __self = self;
            {
                let __at = __path.key("totalCount");
                let __value = &__self.total_count;
                __or::rules::min(__value, 1, &__at, __errors);
            }
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for BatchJob {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for BatchJob {
        type Status = BatchJobStatus;
        #[inline]
        fn status(&self) -> BatchJobStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl __or::Examples for BatchJob {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<u64>,
                    __or::examples::of::<Option<i64>>,
                    __or::examples::of::<Option<i64>>,
                    __or::examples::of::<u8>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "8:BatchJob54:proto3's 64-bit integers: decimal strings, or numbers.0*O2*7:running4:done5*5:state0:100*T-0-10:totalCount0:101*mi1;D+3:u640-11:failedCount0:000*D+3:i641-5:bytes0:100*D+3:i641-7:retries0:000*D+2:u80-0-0";
};
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum Export {
    Running,
    Done { rows: u32 },
}
/// Status of a [`Export`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum ExportStatus {
    /// `"running"`
    Running,
    /// `"done"`
    Done,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl ExportStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "running",
            "done",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Running => "running",
                Self::Done => "done",
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
                Self::Running => ::operation_response::Lifecycle::Running,
                Self::Done => ::operation_response::Lifecycle::Succeeded,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for ExportStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "running" => __or::Some(Self::Running),
                "done" => __or::Some(Self::Done),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(ExportStatus, status, closed);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __DoneFields {
        #[serde(rename = "rows", with = "__or::number_as_string")]
        rows: u32,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for Export {
        type Status = ExportStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `Export` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: ExportStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                ExportStatus::Running => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Running)
                }
                ExportStatus::Done => {
                    let __fields: __DoneFields = __or::union::fields(__rest, "status")?;
                    __or::Ok(Self::Done { rows: __fields.rows })
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Export {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::union::deserialize_union(__deserializer)
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "Export", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __ExportSerde {
        #[serde(rename = "running")]
        Running,
        #[serde(rename = "done")]
        Done { #[serde(rename = "rows", with = "__or::number_as_string")] rows: u32 },
    }
    #[automatically_derived]
    impl __or::Serialize for Export {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __ExportSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl __or::Validate for Export {
        #[inline]
        fn validate_into(&self, _: &__or::Path<'_>, _: &mut __or::ValidationErrors) {}
    }
    #[automatically_derived]
    impl __or::SelfChecking for Export {
        const RULES: ::core::primitive::bool = false;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Export {
        type Status = ExportStatus;
        #[inline]
        fn status(&self) -> ExportStatus {
            match self {
                Self::Running => ExportStatus::Running,
                Self::Done { .. } => ExportStatus::Done,
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for Export {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__SHAPE, &[__or::examples::of::<u32>])
        }
    }
    const __SHAPE: &::core::primitive::str = "6:Export0:0*U6:status2*7:Running0:7:running0*0*4:Done0:4:done0*1*4:rows0:100*D+3:u320-000+1*4:done0*0*-0";
};
