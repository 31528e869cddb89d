/// A result.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct RunResult {
    /// The operation's status: `"status"` on the wire.
    pub status: RunResultStatus,
    /// The run.
    pub run_id: String,
    /// Why it failed.
    pub error: Option<String>,
    /// Progress.
    pub progress: u8,
}
/// Status of a [`RunResult`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum RunResultStatus {
    /// `"pending"`
    Pending,
    /// `"done"`
    Done,
    /// `"failed"`
    Failed,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl RunResultStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "pending",
            "done",
            "failed",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &[
            "done",
            "failed",
        ];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &["failed"];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Pending => "pending",
                Self::Done => "done",
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
                Self::Done => ::operation_response::Lifecycle::Succeeded,
                Self::Failed => ::operation_response::Lifecycle::Failed,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for RunResultStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "pending" => __or::Some(Self::Pending),
                "done" | "succeeded" => __or::Some(Self::Done),
                "failed" => __or::Some(Self::Failed),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(RunResultStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "RunResult")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __RunResultSerde {
        #[serde(rename = "status")]
        status: RunResultStatus,
        #[serde(rename = "runId")]
        run_id: String,
        #[serde(
            rename = "error",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        error: Option<String>,
        #[serde(rename = "progress", default = "__or::Default::default")]
        progress: u8,
    }
    #[automatically_derived]
    impl __or::Serialize for RunResult {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __RunResultSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for RunResult {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __RunResultSerde::deserialize,
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
    impl __or::Validate for RunResult {
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
                let __at = __path.key("runId");
                let __value = &__self.run_id;
                __or::rules::min_length(__value, 3usize, &__at, __errors);
                __or::rules::max_bytes(__value, 64usize, &__at, __errors);
            }
            {
                let __at = __path.key("error");
                __or::rules::required_when(
                    &__self.error,
                    ::core::matches!(__self.status, RunResultStatus::Failed),
                    "required when status is \"failed\"",
                    &__at,
                    __errors,
                );
            }
            {
                let __at = __path.key("progress");
                let __value = &__self.progress;
                __or::rules::greater_than(__value, 0, &__at, __errors);
                __or::rules::max(__value, 100, &__at, __errors);
            }
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for RunResult {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for RunResult {
        type Status = RunResultStatus;
        #[inline]
        fn status(&self) -> RunResultStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl __or::Examples for RunResult {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    __or::examples::of::<String>,
                    __or::examples::of::<Option<String>>,
                    __or::examples::of::<u8>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "9:RunResult9:A result.0*O3*7:pending4:done6:failed4*6:status0:100*T-0-5:runId8:The run.102*a3;e64;T-0-5:error14:Why it failed.000*T-1-8:progress9:Progress.002*gi0;xi100;I+2:u80-0+6:status2*3*7:pending4:done9:succeeded0*0*1*6:failed1*5:error0*-00";
    #[automatically_derived]
    impl __or::proptest::Generated for RunResult
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        fn shape() -> &'static __or::shape::Shape {
            __or::shape::decode(__SHAPE)
        }
        fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
            ::std::vec![
                __or::proptest::FieldGen::Shape, __or::proptest::FieldGen::Shape,
                __or::proptest::FieldGen::Shape,
                __or::proptest::FieldGen::Int(__or::proptest::wide(< u8 > ::MIN),
                __or::proptest::wide(< u8 > ::MAX),)
            ]
        }
    }
    #[automatically_derived]
    impl __or::proptest::Arbitrary for RunResult
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        type Parameters = ();
        type Strategy = __or::proptest::BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            __or::proptest::valid::<
                Self,
            >(__or::shape::decode(__SHAPE), <Self as __or::proptest::Generated>::gens())
        }
    }
    #[automatically_derived]
    impl __or::schemars::JsonSchema for RunResult {
        fn schema_name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("RunResult", &[])
        }
        fn schema_id() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                ::core::concat!(::core::module_path!(), "::", "RunResult"),
                &[],
            )
        }
        fn json_schema(
            __generator: &mut __or::schemars::SchemaGenerator,
        ) -> __or::schemars::Schema {
            use __or::schemars::{HasSchema as _, NoSchema as _};
            let __subs = ::std::vec![
                (& __or::schema::Probe:: < RunResultStatus > ::new())
                .json_sub(__generator), (& __or::schema::Probe:: < String > ::new())
                .json_sub(__generator), (& __or::schema::Probe:: < Option < String > >
                ::new()).json_sub(__generator), __or::schema::with_default((&
                __or::schema::Probe:: < u8 > ::new()).json_sub(__generator), < u8 as
                __or::Default > ::default())
            ];
            let __name = <Self as __or::schemars::JsonSchema>::schema_name();
            __or::schemars::json_schema(
                __or::shape::decode(__SHAPE),
                &__name,
                __generator,
                __subs,
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ComposeSchema for RunResult {
        fn compose(
            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
            use __or::utoipa::{HasSchema as _, NoSchema as _};
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schema(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![
                    (& __or::schema::Probe:: < RunResultStatus > ::new()).utoipa_sub(),
                    (& __or::schema::Probe:: < String > ::new()).utoipa_sub(),
                    __or::utoipa::nullable((& __or::schema::Probe:: < String > ::new())
                    .utoipa_sub()), __or::schema::with_default((& __or::schema::Probe:: <
                    u8 > ::new()).utoipa_sub(), < u8 as __or::Default > ::default())
                ],
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ToSchema for RunResult {
        fn name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("RunResult", &[])
        }
        fn schemas(
            __out: &mut __or::utoipa::Vec<
                (::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>),
            >,
        ) {
            use __or::utoipa::{HasSchema as _, NoSchema as _};
            (&__or::schema::Probe::<RunResultStatus>::new()).utoipa_collect(__out);
            (&__or::schema::Probe::<String>::new()).utoipa_collect(__out);
            (&__or::schema::Probe::<String>::new()).utoipa_collect(__out);
            (&__or::schema::Probe::<u8>::new()).utoipa_collect(__out);
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schemas(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![
                    (& __or::schema::Probe:: < RunResultStatus > ::new()).utoipa_sub(),
                    (& __or::schema::Probe:: < String > ::new()).utoipa_sub(),
                    __or::utoipa::nullable((& __or::schema::Probe:: < String > ::new())
                    .utoipa_sub()), __or::schema::with_default((& __or::schema::Probe:: <
                    u8 > ::new()).utoipa_sub(), < u8 as __or::Default > ::default())
                ],
                __out,
            );
        }
    }
    const __STATUS_SHAPE: &::core::primitive::str = "15:RunResultStatus28:The status of a `RunResult`.2*46:Terminal: `done`, `failed`. Failure: `failed`.27:`succeeded` read as `done`.S3*7:pending0*4:done1*9:succeeded6:failed0*00+2*4:done6:failed1*6:failed0*0";
    #[automatically_derived]
    impl __or::proptest::Generated for RunResultStatus
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        fn shape() -> &'static __or::shape::Shape {
            __or::shape::decode(__STATUS_SHAPE)
        }
        fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
            ::std::vec![]
        }
    }
    #[automatically_derived]
    impl __or::proptest::Arbitrary for RunResultStatus
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        type Parameters = ();
        type Strategy = __or::proptest::BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            __or::proptest::valid::<
                Self,
            >(
                __or::shape::decode(__STATUS_SHAPE),
                <Self as __or::proptest::Generated>::gens(),
            )
        }
    }
    #[automatically_derived]
    impl __or::schemars::JsonSchema for RunResultStatus {
        fn schema_name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("RunResultStatus", &[])
        }
        fn schema_id() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                ::core::concat!(::core::module_path!(), "::", "RunResultStatus"),
                &[],
            )
        }
        fn json_schema(
            __generator: &mut __or::schemars::SchemaGenerator,
        ) -> __or::schemars::Schema {
            let __subs = ::std::vec![];
            let __name = <Self as __or::schemars::JsonSchema>::schema_name();
            __or::schemars::json_schema(
                __or::shape::decode(__STATUS_SHAPE),
                &__name,
                __generator,
                __subs,
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ComposeSchema for RunResultStatus {
        fn compose(
            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schema(
                __or::shape::decode(__STATUS_SHAPE),
                &__name,
                ::std::vec![],
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ToSchema for RunResultStatus {
        fn name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("RunResultStatus", &[])
        }
        fn schemas(
            __out: &mut __or::utoipa::Vec<
                (::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>),
            >,
        ) {
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schemas(
                __or::shape::decode(__STATUS_SHAPE),
                &__name,
                ::std::vec![],
                __out,
            );
        }
    }
};
/// One shape per status.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum Session {
    /// Done.
    Done {
        /// Its id.
        id: String,
    },
    /// Running.
    Running,
    /// A status this type does not list, kept with all its fields so that it serializes back with the same keys and values.
    Unknown {
        /// The status, as received.
        status: ::std::string::String,
        /// Every other field, as received.
        fields: ::operation_response::UnknownFields,
    },
}
/// Status of a [`Session`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum SessionStatus {
    /// `"done"`
    Done,
    /// `"running"`
    Running,
    /// A status this type does not list, kept exactly as received.
    Unknown(::std::string::String),
}
const _: () = {
    use ::operation_response::__private as __or;
    impl SessionStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "done",
            "running",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::Done => "done",
                Self::Running => "running",
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
            match self {
                Self::Done => ::operation_response::Lifecycle::Succeeded,
                Self::Running | Self::Unknown(_) => {
                    ::operation_response::Lifecycle::Running
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for SessionStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "done" => __or::Some(Self::Done),
                "running" => __or::Some(Self::Running),
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    __or::string_enum!(SessionStatus, status, open);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __DoneFields {
        #[serde(rename = "id")]
        id: String,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for Session {
        type Status = SessionStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `Session` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: SessionStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                SessionStatus::Done => {
                    let __fields: __DoneFields = __or::union::fields(__rest, "status")?;
                    __or::Ok(Self::Done { id: __fields.id })
                }
                SessionStatus::Running => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Running)
                }
                SessionStatus::Unknown(__status) => {
                    __or::Ok(Self::Unknown {
                        status: __status,
                        fields: __or::union::unknown_fields(__rest, "status")?,
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Session {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __deserializer,
                __or::union::deserialize_union,
                __or::watch(true, &[]),
                |__value, _, __errors| __or::Validate::validate_into(
                    __value,
                    &__or::Path::root(),
                    __errors,
                ),
            )
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "Session", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __SessionSerde {
        #[serde(rename = "done")]
        Done { #[serde(rename = "id")] id: String },
        #[serde(rename = "running")]
        Running,
        #[serde(skip_serializing)]
        Unknown {
            #[serde(rename = "__unknown_status")]
            status: __or::String,
            fields: __or::UnknownFields,
        },
    }
    #[automatically_derived]
    impl __or::Serialize for Session {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            match self {
                Session::Unknown { status, fields } => {
                    __or::union::serialize_unknown(
                        __serializer,
                        "status",
                        status,
                        fields,
                    )
                }
                _ => __SessionSerde::serialize(self, __serializer),
            }
        }
    }
    #[automatically_derived]
    impl __or::Validate for Session {
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
            if let Session::Done { id: __field0, .. } = __self {
                {
                    let __at = __path.key("id");
                    let __value = __field0;
                    static __PATTERN: __or::rules::Pattern = __or::rules::Pattern::new(
                        "^s-",
                        || __or::rules::compile_pattern("^s-"),
                    );
                    __or::rules::pattern(__value, &__PATTERN, &__at, __errors);
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for Session {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::OperationResponse for Session {
        type Status = SessionStatus;
        #[inline]
        fn status(&self) -> SessionStatus {
            match self {
                Self::Done { .. } => SessionStatus::Done,
                Self::Running => SessionStatus::Running,
                Self::Unknown { status, .. } => {
                    SessionStatus::Unknown(__or::Clone::clone(status))
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::Examples for Session {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(__SHAPE, &[__or::examples::of::<String>])
        }
    }
    const __SHAPE: &::core::primitive::str = "7:Session21:One shape per status.0*U6:status2*4:Done5:Done.4:done0*1*2:id7:Its id.101*p3:^s-3:^s-T-0-7:Running8:Running.7:running0*0*100+1*4:done0*0*-0";
    #[automatically_derived]
    impl __or::proptest::Generated for Session
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        fn shape() -> &'static __or::shape::Shape {
            __or::shape::decode(__SHAPE)
        }
        fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
            ::std::vec![__or::proptest::FieldGen::Shape]
        }
    }
    #[automatically_derived]
    impl __or::proptest::Arbitrary for Session
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        type Parameters = ();
        type Strategy = __or::proptest::BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            __or::proptest::valid::<
                Self,
            >(__or::shape::decode(__SHAPE), <Self as __or::proptest::Generated>::gens())
        }
    }
    #[automatically_derived]
    impl __or::schemars::JsonSchema for Session {
        fn schema_name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("Session", &[])
        }
        fn schema_id() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                ::core::concat!(::core::module_path!(), "::", "Session"),
                &[],
            )
        }
        fn json_schema(
            __generator: &mut __or::schemars::SchemaGenerator,
        ) -> __or::schemars::Schema {
            use __or::schemars::{HasSchema as _, NoSchema as _};
            let __subs = ::std::vec![
                (& __or::schema::Probe:: < String > ::new()).json_sub(__generator)
            ];
            let __name = <Self as __or::schemars::JsonSchema>::schema_name();
            __or::schemars::json_schema(
                __or::shape::decode(__SHAPE),
                &__name,
                __generator,
                __subs,
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ComposeSchema for Session {
        fn compose(
            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
            use __or::utoipa::{HasSchema as _, NoSchema as _};
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schema(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![(& __or::schema::Probe:: < String > ::new()).utoipa_sub()],
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ToSchema for Session {
        fn name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("Session", &[])
        }
        fn schemas(
            __out: &mut __or::utoipa::Vec<
                (::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>),
            >,
        ) {
            use __or::utoipa::{HasSchema as _, NoSchema as _};
            (&__or::schema::Probe::<String>::new()).utoipa_collect(__out);
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schemas(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![(& __or::schema::Probe:: < String > ::new()).utoipa_sub()],
                __out,
            );
        }
    }
    const __STATUS_SHAPE: &::core::primitive::str = "13:SessionStatus26:The status of a `Session`.2*32:Terminal: `done`. Failure: none.67:Any other status is kept, and means the operation is still running.S2*4:done0*7:running0*10+1*4:done0*0*0";
    #[automatically_derived]
    impl __or::proptest::Generated for SessionStatus
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        fn shape() -> &'static __or::shape::Shape {
            __or::shape::decode(__STATUS_SHAPE)
        }
        fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
            ::std::vec![]
        }
    }
    #[automatically_derived]
    impl __or::proptest::Arbitrary for SessionStatus
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        type Parameters = ();
        type Strategy = __or::proptest::BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            __or::proptest::valid::<
                Self,
            >(
                __or::shape::decode(__STATUS_SHAPE),
                <Self as __or::proptest::Generated>::gens(),
            )
        }
    }
    #[automatically_derived]
    impl __or::schemars::JsonSchema for SessionStatus {
        fn schema_name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("SessionStatus", &[])
        }
        fn schema_id() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                ::core::concat!(::core::module_path!(), "::", "SessionStatus"),
                &[],
            )
        }
        fn json_schema(
            __generator: &mut __or::schemars::SchemaGenerator,
        ) -> __or::schemars::Schema {
            let __subs = ::std::vec![];
            let __name = <Self as __or::schemars::JsonSchema>::schema_name();
            __or::schemars::json_schema(
                __or::shape::decode(__STATUS_SHAPE),
                &__name,
                __generator,
                __subs,
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ComposeSchema for SessionStatus {
        fn compose(
            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schema(
                __or::shape::decode(__STATUS_SHAPE),
                &__name,
                ::std::vec![],
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ToSchema for SessionStatus {
        fn name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("SessionStatus", &[])
        }
        fn schemas(
            __out: &mut __or::utoipa::Vec<
                (::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>),
            >,
        ) {
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schemas(
                __or::shape::decode(__STATUS_SHAPE),
                &__name,
                ::std::vec![],
                __out,
            );
        }
    }
};
/// A page of items.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct Page<T> {
    /// The items.
    pub items: Vec<T>,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "Page")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __PageSerde<T> {
        #[serde(rename = "items")]
        items: Vec<T>,
    }
    #[automatically_derived]
    impl<T> __or::Serialize for Page<T>
    where
        T: __or::Serialize,
    {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __PageSerde::<T>::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de, T> __or::Deserialize<'de> for Page<T>
    where
        T: __or::Deserialize<'de>,
        T: __or::Validate,
    {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __PageSerde::<T>::deserialize,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(true, &[__or::Some(true)])
                },
                __validate,
            )
        }
    }
    #[automatically_derived]
    impl<T> __or::Validate for Page<T>
    where
        T: __or::Validate,
    {
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
    impl<T> __or::SelfChecking for Page<T>
    where
        T: __or::Validate,
    {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate<T>(
        __self: &Page<T>,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    )
    where
        T: __or::Validate,
    {
        {
            let __at = __path.key("items");
            let __value = &__self.items;
            __or::rules::max_length(__value, 2usize, &__at, __errors);
            __or::Validate::validate_into(&__self.items, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl<T> __or::Examples for Page<T>
    where
        Self: __or::DeserializeOwned,
        for<'__a> __or::examples::FieldType<'__a, Vec<T>>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    <__or::examples::FieldType<
                        'static,
                        Vec<T>,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "4:Page16:A page of items.0*O0*1*5:items10:The items.101*b2;S-0-0-0";
    #[automatically_derived]
    impl<T> __or::proptest::Generated for Page<T>
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
        for<'__a> __or::proptest::FieldType<'__a, T>: __or::proptest::HasStrategy,
    {
        fn shape() -> &'static __or::shape::Shape {
            __or::shape::decode(__SHAPE)
        }
        fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
            ::std::vec![
                __or::proptest::FieldGen::Seq(< __or::proptest::FieldType < 'static, T >
                as __or::proptest::HasStrategy > ::json())
            ]
        }
    }
    #[automatically_derived]
    impl<T> __or::proptest::Arbitrary for Page<T>
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
        for<'__a> __or::proptest::FieldType<'__a, T>: __or::proptest::HasStrategy,
    {
        type Parameters = ();
        type Strategy = __or::proptest::BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            __or::proptest::valid::<
                Self,
            >(__or::shape::decode(__SHAPE), <Self as __or::proptest::Generated>::gens())
        }
    }
    #[automatically_derived]
    impl<T> __or::schemars::JsonSchema for Page<T>
    where
        T: __or::schemars::JsonSchema,
    {
        fn schema_name() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                "Page",
                &[<T as __or::schemars::JsonSchema>::schema_name()],
            )
        }
        fn schema_id() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                ::core::concat!(::core::module_path!(), "::", "Page"),
                &[<T as __or::schemars::JsonSchema>::schema_id()],
            )
        }
        fn json_schema(
            __generator: &mut __or::schemars::SchemaGenerator,
        ) -> __or::schemars::Schema {
            use __or::schemars::{HasSchema as _, NoSchema as _};
            let __subs = ::std::vec![
                (& __or::schema::Probe:: < Vec < T > > ::new()).json_sub(__generator)
            ];
            let __name = <Self as __or::schemars::JsonSchema>::schema_name();
            __or::schemars::json_schema(
                __or::shape::decode(__SHAPE),
                &__name,
                __generator,
                __subs,
            )
        }
    }
    #[automatically_derived]
    impl<T> __or::utoipa::ComposeSchema for Page<T>
    where
        T: __or::utoipa::ToSchema,
    {
        fn compose(
            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
            use __or::utoipa::{HasSchema as _, NoSchema as _};
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schema(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![
                    __or::utoipa::array((& __or::schema::Probe:: < T > ::new())
                    .utoipa_ref())
                ],
            )
        }
    }
    #[automatically_derived]
    impl<T> __or::utoipa::ToSchema for Page<T>
    where
        T: __or::utoipa::ToSchema,
    {
        fn name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("Page", &[<T as __or::utoipa::ToSchema>::name()])
        }
        fn schemas(
            __out: &mut __or::utoipa::Vec<
                (::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>),
            >,
        ) {
            use __or::utoipa::{HasSchema as _, NoSchema as _};
            (&__or::schema::Probe::<T>::new()).utoipa_component(__out);
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schemas(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![
                    __or::utoipa::array((& __or::schema::Probe:: < T > ::new())
                    .utoipa_ref())
                ],
                __out,
            );
        }
    }
};
/// Codes.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum Code {
    /// `"a"`
    A,
    /// A value this enum does not list, kept exactly as received.
    Unknown(::std::string::String),
}
const _: () = {
    use ::operation_response::__private as __or;
    impl Code {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &["a"];
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::A => "a",
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
    impl __or::WireEnum for Code {
        const EXPECTING: &'static ::core::primitive::str = "a string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "a" => __or::Some(Self::A),
                _ if __value.eq_ignore_ascii_case("a") => __or::Some(Self::A),
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    __or::string_enum!(Code, model, open);
    const __SHAPE: &::core::primitive::str = "4:Code6:Codes.1*28:Matched ignoring ASCII case.S1*1:a0*11-0";
    #[automatically_derived]
    impl __or::proptest::Generated for Code
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        fn shape() -> &'static __or::shape::Shape {
            __or::shape::decode(__SHAPE)
        }
        fn gens() -> ::std::vec::Vec<__or::proptest::FieldGen> {
            ::std::vec![]
        }
    }
    #[automatically_derived]
    impl __or::proptest::Arbitrary for Code
    where
        Self: __or::DeserializeOwned + ::core::fmt::Debug + 'static,
    {
        type Parameters = ();
        type Strategy = __or::proptest::BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            __or::proptest::valid::<
                Self,
            >(__or::shape::decode(__SHAPE), <Self as __or::proptest::Generated>::gens())
        }
    }
    #[automatically_derived]
    impl __or::schemars::JsonSchema for Code {
        fn schema_name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("Code", &[])
        }
        fn schema_id() -> __or::schema::Cow<'static, str> {
            __or::schema::name(
                ::core::concat!(::core::module_path!(), "::", "Code"),
                &[],
            )
        }
        fn json_schema(
            __generator: &mut __or::schemars::SchemaGenerator,
        ) -> __or::schemars::Schema {
            let __subs = ::std::vec![];
            let __name = <Self as __or::schemars::JsonSchema>::schema_name();
            __or::schemars::json_schema(
                __or::shape::decode(__SHAPE),
                &__name,
                __generator,
                __subs,
            )
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ComposeSchema for Code {
        fn compose(
            _: __or::utoipa::Vec<__or::utoipa::RefOr<__or::utoipa::Schema>>,
        ) -> __or::utoipa::RefOr<__or::utoipa::Schema> {
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schema(__or::shape::decode(__SHAPE), &__name, ::std::vec![])
        }
    }
    #[automatically_derived]
    impl __or::utoipa::ToSchema for Code {
        fn name() -> __or::schema::Cow<'static, str> {
            __or::schema::name("Code", &[])
        }
        fn schemas(
            __out: &mut __or::utoipa::Vec<
                (::std::string::String, __or::utoipa::RefOr<__or::utoipa::Schema>),
            >,
        ) {
            let __name = <Self as __or::utoipa::ToSchema>::name();
            __or::utoipa::schemas(
                __or::shape::decode(__SHAPE),
                &__name,
                ::std::vec![],
                __out,
            );
        }
    }
};
