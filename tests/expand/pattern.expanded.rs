#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct Identified {
    pub id: String,
}
const _: () = {
    #[derive(
        ::operation_response::__private::Serialize,
        ::operation_response::__private::Deserialize
    )]
    #[serde(crate = "::operation_response::__private::serde", remote = "Identified")]
    #[allow(dead_code)]
    struct __IdentifiedSerde {
        #[serde(rename = "id")]
        id: String,
    }
    #[automatically_derived]
    impl ::operation_response::__private::Serialize for Identified {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::operation_response::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::operation_response::__private::Serializer,
        {
            __IdentifiedSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> ::operation_response::__private::Deserialize<'de> for Identified {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::operation_response::__private::Result<Self, __D::Error>
        where
            __D: ::operation_response::__private::Deserializer<'de>,
        {
            ::operation_response::__private::validated(
                __deserializer,
                __IdentifiedSerde::deserialize,
                ::operation_response::__private::shape(true, &[]),
            )
        }
    }
    #[automatically_derived]
    impl ::operation_response::Validate for Identified {
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
        __self: &Identified,
        __path: &::operation_response::Path<'_>,
        __errors: &mut ::operation_response::ValidationErrors,
        __deep: ::core::primitive::bool,
    ) {
        #[allow(unused_imports)]
        use ::operation_response::__private::{SkipNested as _, ValidateNested as _};
        {
            let __at = __path.key("id");
            let __value = &__self.id;
            static __PATTERN: ::operation_response::__private::rules::Pattern = ::operation_response::__private::rules::Pattern::new(||
            ::operation_response::__private::rules::compile_pattern(
                "^[A-Za-z0-9_-]{21}$",
            ));
            ::operation_response::__private::rules::pattern(
                __value,
                &__PATTERN,
                &__at,
                __errors,
            );
        }
    }
};
