#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct RunApiResult<R>
where
    R: Clone,
{
    /// The operation's status: `"status"` on the wire.
    pub status: RunApiResultStatus,
    pub result: Option<R>,
}
/// Status of a [`RunApiResult`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum RunApiResultStatus {
    /// `"running"`
    Running,
    /// `"done"`
    Done,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl RunApiResultStatus {
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
    impl __or::WireEnum for RunApiResultStatus {
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
    __or::string_enum!(RunApiResultStatus, status, closed);
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "RunApiResult")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __RunApiResultSerde<R>
    where
        R: Clone,
    {
        #[serde(rename = "status")]
        status: RunApiResultStatus,
        #[serde(
            rename = "result",
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        result: Option<R>,
    }
    #[automatically_derived]
    impl<R> __or::Serialize for RunApiResult<R>
    where
        R: Clone,
        R: __or::Serialize,
    {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __RunApiResultSerde::<R>::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de, R> __or::Deserialize<'de> for RunApiResult<R>
    where
        R: Clone,
        R: __or::Deserialize<'de>,
        R: __or::Validate,
    {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __RunApiResultSerde::<R>::deserialize,
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
    impl<R> __or::Validate for RunApiResult<R>
    where
        R: Clone,
        R: __or::Validate,
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
    impl<R> __or::SelfChecking for RunApiResult<R>
    where
        R: Clone,
        R: __or::Validate,
    {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate<R>(
        __self: &RunApiResult<R>,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    )
    where
        R: Clone,
        R: __or::Validate,
    {
        {
            let __at = __path.key("result");
            __or::Validate::validate_into(&__self.result, &__at, __errors);
        }
    }
    #[automatically_derived]
    impl<R> __or::OperationResponse for RunApiResult<R>
    where
        R: Clone,
    {
        type Status = RunApiResultStatus;
        #[inline]
        fn status(&self) -> RunApiResultStatus {
            self.status
        }
    }
    #[automatically_derived]
    impl<R> __or::Examples for RunApiResult<R>
    where
        R: Clone,
        Self: __or::DeserializeOwned,
        for<'__a> __or::examples::FieldType<
            '__a,
            Option<R>,
        >: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    __or::examples::given,
                    <__or::examples::FieldType<
                        'static,
                        Option<R>,
                    > as __or::examples::HasExamples>::candidates,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "12:RunApiResult0:0*O2*7:running4:done2*6:status0:100*T-0-6:result0:000*O-1-0-0";
};
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum GenericResult<'a, R> {
    Done { result: R, note: &'a str },
    Running,
}
/// Status of a [`GenericResult`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum GenericResultStatus {
    /// `"done"`
    Done,
    /// `"running"`
    Running,
}
const _: () = {
    use ::operation_response::__private as __or;
    impl GenericResultStatus {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "done",
            "running",
        ];
        /// The statuses after which the operation will not change.
        pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
        /// The terminal statuses that mean the operation did not succeed.
        pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
        /// The wire value.
        #[inline]
        pub fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                Self::Done => "done",
                Self::Running => "running",
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
                Self::Done => ::operation_response::Lifecycle::Succeeded,
                Self::Running => ::operation_response::Lifecycle::Running,
            }
        }
    }
    #[automatically_derived]
    impl __or::WireEnum for GenericResultStatus {
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "done" => __or::Some(Self::Done),
                "running" => __or::Some(Self::Running),
                _ => __or::None,
            }
        }
    }
    __or::string_enum!(GenericResultStatus, status, closed);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __DoneFields<'a, R> {
        #[serde(rename = "result")]
        result: R,
        #[serde(rename = "note")]
        note: &'a str,
        #[serde(skip)]
        __marker: ::core::marker::PhantomData<fn() -> (&'a (), R)>,
    }
    #[automatically_derived]
    impl<'de, 'a, R> __or::union::Union<'de> for GenericResult<'a, R>
    where
        'de: 'a,
        R: __or::Deserialize<'de>,
        R: __or::Validate,
    {
        type Status = GenericResultStatus;
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const EXPECTING: &'static ::core::primitive::str = "a `GenericResult` body: an object with a `status` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: GenericResultStatus,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                GenericResultStatus::Done => {
                    let __fields: __DoneFields<'a, R> = __or::union::fields(
                        __rest,
                        "status",
                    )?;
                    __or::Ok(Self::Done {
                        result: __fields.result,
                        note: __fields.note,
                    })
                }
                GenericResultStatus::Running => {
                    __or::union::unit(__rest, "status", false)?;
                    __or::Ok(Self::Running)
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de, 'a, R> __or::Deserialize<'de> for GenericResult<'a, R>
    where
        'de: 'a,
        R: __or::Deserialize<'de>,
        R: __or::Validate,
    {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __deserializer,
                __or::union::deserialize_union,
                {
                    #[allow(unused_imports)]
                    use __or::{ProbeChecked as _, ProbeOther as _, ProbeValidate as _};
                    __or::watch(true, &[__or::Some(true)])
                },
                __validate,
            )
        }
    }
    #[derive(__or::Serialize)]
    #[serde(crate = "__or::serde", remote = "GenericResult", tag = "status")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __GenericResultSerde<'a, R> {
        #[serde(rename = "done")]
        Done {
            #[serde(rename = "result")]
            result: R,
            #[serde(rename = "note")]
            note: &'a str,
        },
        #[serde(rename = "running")]
        Running,
    }
    #[automatically_derived]
    impl<'a, R> __or::Serialize for GenericResult<'a, R>
    where
        R: __or::Serialize,
    {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __GenericResultSerde::<'a, R>::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'a, R> __or::Validate for GenericResult<'a, R>
    where
        R: __or::Validate,
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
    impl<'a, R> __or::SelfChecking for GenericResult<'a, R>
    where
        R: __or::Validate,
    {
        const RULES: ::core::primitive::bool = true;
    }
    /// Checks the fields' rules, and nested values (only what did not
    /// check itself, where the path says it was just parsed).
    #[inline(always)]
    fn __validate<'a, R>(
        __self: &GenericResult<'a, R>,
        __path: &__or::Path<'_>,
        __errors: &mut __or::ValidationErrors,
    )
    where
        R: __or::Validate,
    {
        if let GenericResult::Done { result: __field0, .. } = __self {
            {
                let __at = __path.key("result");
                __or::Validate::validate_into(__field0, &__at, __errors);
            }
        }
    }
    #[automatically_derived]
    impl<'a, R> __or::OperationResponse for GenericResult<'a, R> {
        type Status = GenericResultStatus;
        #[inline]
        fn status(&self) -> GenericResultStatus {
            match self {
                Self::Done { .. } => GenericResultStatus::Done,
                Self::Running => GenericResultStatus::Running,
            }
        }
    }
    #[automatically_derived]
    impl<'a, R> __or::Examples for GenericResult<'a, R>
    where
        Self: __or::DeserializeOwned,
        for<'__a> __or::examples::FieldType<'__a, R>: __or::examples::HasExamples,
    {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[
                    <__or::examples::FieldType<
                        'static,
                        R,
                    > as __or::examples::HasExamples>::candidates,
                    __or::examples::of::<&'a str>,
                ],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "13:GenericResult0:0*U6:status2*4:Done0:4:done0*2*6:result0:100*O-0-4:note0:100*T-0-7:Running0:7:running0*0*000+1*4:done0*0*-0";
};
