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
#[automatically_derived]
impl RunApiResultStatus {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &["running", "done"];
    /// The wire value.
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Running => "running",
            Self::Done => "done",
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
    impl ::operation_response::__private::WireEnum for RunApiResultStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "running" => ::operation_response::__private::Some(Self::Running),
                "done" => ::operation_response::__private::Some(Self::Done),
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
    impl ::operation_response::__private::fmt::Display for RunApiResultStatus {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for RunApiResultStatus {
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
    impl ::operation_response::__private::Serialize for RunApiResultStatus {
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for RunApiResultStatus {
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
impl RunApiResultStatus {
    /// The statuses after which the operation will not change.
    pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
    /// The terminal statuses that mean the operation did not succeed.
    pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Done)
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
impl ::operation_response::OperationStatus for RunApiResultStatus {
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
    #[serde(crate = "::operation_response::__private::serde", remote = "RunApiResult")]
    #[allow(dead_code)]
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
    impl<R> ::operation_response::__private::Serialize for RunApiResult<R>
    where
        R: Clone,
        R: ::operation_response::__private::Serialize,
    {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            __RunApiResultSerde::<R>::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de, R> ::operation_response::__private::Deserialize<'de> for RunApiResult<R>
    where
        R: Clone,
        R: ::operation_response::__private::Deserialize<'de>,
        R: ::operation_response::Validate,
    {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::validated(
                __deserializer,
                __RunApiResultSerde::<R>::deserialize,
                {
                    #[allow(unused_imports)]
                    use ::operation_response::__private::{
                        ProbeOther as _, ProbeValidate as _,
                    };
                    ::operation_response::__private::shape(
                        false,
                        &[
                            (&::operation_response::__private::Probe::<Option<R>>::new())
                                .__probe(),
                        ],
                    )
                },
            )
        }
    }
    #[automatically_derived]
    impl<R> ::operation_response::Validate for RunApiResult<R>
    where
        R: Clone,
        R: ::operation_response::Validate,
    {
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
    fn __validate<R>(
        __self: &RunApiResult<R>,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    )
    where
        R: Clone,
        R: ::operation_response::Validate,
    {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("result");
            ::operation_response::__private::nested(
                &__self.result,
                __deep,
                &__at,
                __errors,
            );
        }
    }
    #[automatically_derived]
    impl<R> ::operation_response::OperationResponse for RunApiResult<R>
    where
        R: Clone,
    {
        type Status = RunApiResultStatus;
        #[inline]
        fn status(&self) -> RunApiResultStatus {
            ::operation_response::__private::Clone::clone(&self.status)
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            RunApiResultStatus::is_terminal(&self.status)
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            RunApiResultStatus::is_failure(&self.status)
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            RunApiResultStatus::is_success(&self.status)
        }
    }
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
#[automatically_derived]
impl GenericResultStatus {
    /// Every listed wire value, in declaration order.
    pub const KNOWN: &'static [&'static ::core::primitive::str] = &["done", "running"];
    /// The wire value.
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Done => "done",
            Self::Running => "running",
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
    impl ::operation_response::__private::WireEnum for GenericResultStatus {
        const KNOWN: &'static [&'static ::core::primitive::str] = Self::KNOWN;
        const EXPECTING: &'static ::core::primitive::str = "a status string";
        #[inline]
        fn from_known(
            __value: &::core::primitive::str,
        ) -> ::operation_response::__private::Option<Self> {
            match __value {
                "done" => ::operation_response::__private::Some(Self::Done),
                "running" => ::operation_response::__private::Some(Self::Running),
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
    impl ::operation_response::__private::fmt::Display for GenericResultStatus {
        fn fmt(
            &self,
            __f: &mut ::operation_response::__private::fmt::Formatter<'_>,
        ) -> ::operation_response::__private::fmt::Result {
            __f.pad(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::operation_response::__private::FromStr for GenericResultStatus {
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
    impl ::operation_response::__private::Serialize for GenericResultStatus {
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
    impl<'de> ::operation_response::__private::Deserialize<'de> for GenericResultStatus {
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
impl GenericResultStatus {
    /// The statuses after which the operation will not change.
    pub const TERMINAL: &'static [&'static ::core::primitive::str] = &["done"];
    /// The terminal statuses that mean the operation did not succeed.
    pub const FAILURE: &'static [&'static ::core::primitive::str] = &[];
    /// Whether the operation will not change any more: stop polling.
    pub const fn is_terminal(&self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Done)
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
impl ::operation_response::OperationStatus for GenericResultStatus {
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
    struct __DoneFields<'a, R> {
        #[serde(rename = "result")]
        result: R,
        #[serde(rename = "note")]
        note: &'a str,
        #[serde(skip)]
        __marker: ::core::marker::PhantomData<fn() -> (&'a (), R)>,
    }
    #[automatically_derived]
    impl<'de, 'a, R> ::operation_response::__private::union::Union<'de>
    for GenericResult<'a, R>
    where
        'de: 'a,
        R: ::operation_response::__private::Deserialize<'de>,
        R: ::operation_response::Validate,
    {
        const STATUS_KEY: &'static ::core::primitive::str = "status";
        const KNOWN: &'static [&'static ::core::primitive::str] = &["done", "running"];
        const EXPECTING: &'static ::core::primitive::str = "a `GenericResult` body: an object with a `status` key";
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
                    let __fields: __DoneFields<'a, R> = ::operation_response::__private::union::fields(
                        __rest,
                    )?;
                    ::operation_response::__private::Ok(Self::Done {
                        result: __fields.result,
                        note: __fields.note,
                    })
                }
                ::operation_response::__private::union::Tag::Known(1usize) => {
                    ::operation_response::__private::union::unit(
                        __rest,
                        "status",
                        false,
                    )?;
                    ::operation_response::__private::Ok(Self::Running)
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
    impl<'de, 'a, R> ::operation_response::__private::Deserialize<'de>
    for GenericResult<'a, R>
    where
        'de: 'a,
        R: ::operation_response::__private::Deserialize<'de>,
        R: ::operation_response::Validate,
    {
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
                {
                    #[allow(unused_imports)]
                    use ::operation_response::__private::{
                        ProbeOther as _, ProbeValidate as _,
                    };
                    ::operation_response::__private::shape(
                        false,
                        &[
                            (&::operation_response::__private::Probe::<R>::new())
                                .__probe(),
                            (&::operation_response::__private::Probe::<&'a str>::new())
                                .__probe(),
                        ],
                    )
                },
            )
        }
    }
    #[derive(::operation_response::__private::Serialize)]
    #[serde(
        crate = "::operation_response::__private::serde",
        remote = "GenericResult",
        tag = "status"
    )]
    #[allow(dead_code)]
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
    impl<'a, R> ::operation_response::__private::Serialize for GenericResult<'a, R>
    where
        R: ::operation_response::__private::Serialize,
    {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            match self {
                _ => __GenericResultSerde::<'a, R>::serialize(self, __serializer),
            }
        }
    }
    #[automatically_derived]
    impl<'a, R> ::operation_response::Validate for GenericResult<'a, R>
    where
        R: ::operation_response::Validate,
    {
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
    fn __validate<'a, R>(
        __self: &GenericResult<'a, R>,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    )
    where
        R: ::operation_response::Validate,
    {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        #[allow(unused_variables)]
        match __self {
            GenericResult::Done { result: __field0, note: __field1, .. } => {
                {
                    let __at = __path.key("result");
                    ::operation_response::__private::nested(
                        __field0,
                        __deep,
                        &__at,
                        __errors,
                    );
                }
                {
                    let __at = __path.key("note");
                    (&::operation_response::__private::Nested(__field1))
                        .__nested(__deep, &__at, __errors);
                }
            }
            GenericResult::Running { .. } => {}
        }
    }
    #[automatically_derived]
    impl<'a, R> ::operation_response::OperationResponse for GenericResult<'a, R> {
        type Status = GenericResultStatus;
        #[inline]
        fn status(&self) -> GenericResultStatus {
            match self {
                GenericResult::Done { .. } => GenericResultStatus::Done,
                GenericResult::Running { .. } => GenericResultStatus::Running,
            }
        }
        #[inline]
        fn is_terminal(&self) -> ::core::primitive::bool {
            match self {
                GenericResult::Done { .. } => true,
                GenericResult::Running { .. } => false,
            }
        }
        #[inline]
        fn is_failure(&self) -> ::core::primitive::bool {
            match self {
                GenericResult::Done { .. } => false,
                GenericResult::Running { .. } => false,
            }
        }
        #[inline]
        fn is_success(&self) -> ::core::primitive::bool {
            match self {
                GenericResult::Done { .. } => true,
                GenericResult::Running { .. } => false,
            }
        }
    }
};
