#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub struct Identified {
    pub id: String,
    /// ECMA-262's `\d`, `\w`, `.` and `\b`: translated for parsing, as
    /// written in the schema.
    pub version: String,
}
const _: () = {
    use ::operation_response::__private as __or;
    #[derive(__or::Serialize, __or::Deserialize)]
    #[serde(crate = "__or::serde", remote = "Identified")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    struct __IdentifiedSerde {
        #[serde(rename = "id")]
        id: String,
        #[serde(rename = "version")]
        version: String,
    }
    #[automatically_derived]
    impl __or::Serialize for Identified {
        #[inline]
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            __IdentifiedSerde::serialize(self, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Identified {
        #[inline]
        fn deserialize<__D: __or::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __or::Result<Self, __D::Error> {
            __or::validated(
                __or::Object(__deserializer),
                __IdentifiedSerde::deserialize,
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
    impl __or::Validate for Identified {
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
                let __at = __path.key("id");
                let __value = &__self.id;
                static __PATTERN: __or::rules::Pattern = __or::rules::Pattern::new(
                    "^[A-Za-z0-9_-]{21}$",
                    || __or::rules::compile_pattern("^[A-Za-z0-9_-]{21}$"),
                );
                __or::rules::pattern(__value, &__PATTERN, &__at, __errors);
            }
            {
                let __at = __path.key("version");
                let __value = &__self.version;
                static __PATTERN: __or::rules::Pattern = __or::rules::Pattern::new(
                    r"^\d+\.\w.\b",
                    || __or::rules::compile_pattern(
                        "^[0-9]+\\.[0-9A-Za-z_][^\\n\\r\\x{2028}\\x{2029}](?-u:\\b)",
                    ),
                );
                __or::rules::pattern(__value, &__PATTERN, &__at, __errors);
            }
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for Identified {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::Examples for Identified {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[__or::examples::of::<String>, __or::examples::of::<String>],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "10:Identified0:0*O0*2*2:id0:101*p19:^[A-Za-z0-9_-]{21}$19:^[A-Za-z0-9_-]{21}$T-0-7:version86:ECMA-262's `\\d`, `\\w`, `.` and `\\b`: translated for parsing, as\nwritten in the schema.101*p11:^\\d+\\.\\w.\\b52:^[0-9]+\\.[0-9A-Za-z_][^\\n\\r\\x{2028}\\x{2029}](?-u:\\b)T-0-0-0";
};
