#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
pub enum Sink {
    Webhook { url: String },
    Bucket { bucket: String },
    Discard,
    /// A tag this type does not list, kept with all its fields so that it serializes back with the same keys and values.
    Unknown {
        /// The tag, as received.
        tag: ::std::string::String,
        /// Every other field, as received.
        fields: ::operation_response::UnknownFields,
    },
}
const _: () = {
    use ::operation_response::__private as __or;
    #[doc(hidden)]
    #[allow(dead_code)]
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash
    )]
    pub enum __SinkTag {
        /// `"webhook"`
        Webhook,
        /// `"s3"`
        Bucket,
        /// `"discard"`
        Discard,
        /// A value this enum does not list, kept exactly as received.
        Unknown(::std::string::String),
    }
    #[allow(dead_code)]
    impl __SinkTag {
        /// Every listed wire value, in declaration order.
        pub const KNOWN: &'static [&'static ::core::primitive::str] = &[
            "webhook",
            "s3",
            "discard",
        ];
        /// The wire value, as received.
        #[inline]
        pub fn as_str(&self) -> &::core::primitive::str {
            match self {
                Self::Webhook => "webhook",
                Self::Bucket => "s3",
                Self::Discard => "discard",
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
    impl __or::WireEnum for __SinkTag {
        const EXPECTING: &'static ::core::primitive::str = "a tag string";
        #[inline]
        fn from_known(__value: &::core::primitive::str) -> __or::Option<Self> {
            match __value {
                "webhook" => __or::Some(Self::Webhook),
                "s3" | "S3" => __or::Some(Self::Bucket),
                "discard" => __or::Some(Self::Discard),
                _ => __or::None,
            }
        }
        #[inline]
        fn from_unknown(__value: __or::String) -> __or::Result<Self, __or::String> {
            __or::Ok(Self::Unknown(__value))
        }
    }
    __or::string_enum!(__SinkTag, tag);
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __WebhookFields {
        #[serde(rename = "url")]
        url: String,
    }
    #[derive(__or::Deserialize)]
    #[serde(crate = "__or::serde")]
    struct __BucketFields {
        #[serde(rename = "bucket")]
        bucket: String,
    }
    #[automatically_derived]
    impl<'de> __or::union::Union<'de> for Sink {
        type Status = __SinkTag;
        const STATUS_KEY: &'static ::core::primitive::str = "type";
        const EXPECTING: &'static ::core::primitive::str = "a `Sink`: an object with a `type` key";
        #[inline]
        fn variant<__M: __or::MapAccess<'de>>(
            __status: __SinkTag,
            __rest: __M,
        ) -> __or::Result<Self, __M::Error> {
            match __status {
                __SinkTag::Webhook => {
                    let __fields: __WebhookFields = __or::union::fields(__rest, "type")?;
                    __or::Ok(Self::Webhook { url: __fields.url })
                }
                __SinkTag::Bucket => {
                    let __fields: __BucketFields = __or::union::fields(__rest, "type")?;
                    __or::Ok(Self::Bucket {
                        bucket: __fields.bucket,
                    })
                }
                __SinkTag::Discard => {
                    __or::union::unit(__rest, "type", false)?;
                    __or::Ok(Self::Discard)
                }
                __SinkTag::Unknown(__status) => {
                    __or::Ok(Self::Unknown {
                        tag: __status,
                        fields: __or::union::unknown_fields(__rest, "type")?,
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __or::Deserialize<'de> for Sink {
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
    #[serde(crate = "__or::serde", remote = "Sink", tag = "type")]
    #[allow(dead_code, clippy::all, clippy::pedantic)]
    enum __SinkSerde {
        #[serde(rename = "webhook")]
        Webhook { #[serde(rename = "url")] url: String },
        #[serde(rename = "s3")]
        Bucket { #[serde(rename = "bucket")] bucket: String },
        #[serde(rename = "discard")]
        Discard,
        #[serde(skip_serializing)]
        Unknown {
            #[serde(rename = "__unknown_status")]
            tag: __or::String,
            fields: __or::UnknownFields,
        },
    }
    #[automatically_derived]
    impl __or::Serialize for Sink {
        fn serialize<__S: __or::Serializer>(
            &self,
            __serializer: __S,
        ) -> __or::Result<__S::Ok, __S::Error> {
            match self {
                Sink::Unknown { tag, fields } => {
                    __or::union::serialize_unknown(__serializer, "type", tag, fields)
                }
                _ => __SinkSerde::serialize(self, __serializer),
            }
        }
    }
    #[automatically_derived]
    impl __or::Validate for Sink {
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
            if let Sink::Webhook { url: __field0, .. } = __self {
                {
                    let __at = __path.key("url");
                    let __value = __field0;
                    __or::rules::min_length(__value, 8usize, &__at, __errors);
                }
            }
        }
    }
    #[automatically_derived]
    impl __or::SelfChecking for Sink {
        const RULES: ::core::primitive::bool = true;
    }
    #[automatically_derived]
    impl __or::Examples for Sink {
        #[inline]
        fn examples() -> ::std::vec::Vec<Self> {
            __or::examples::first(
                __SHAPE,
                &[__or::examples::of::<String>, __or::examples::of::<String>],
            )
        }
    }
    const __SHAPE: &::core::primitive::str = "4:Sink0:0*U4:type3*7:Webhook0:7:webhook0*1*3:url0:101*a8;T-0-6:Bucket0:2:s31*2:S31*6:bucket0:100*T-0-7:Discard0:7:discard0*0*100--0";
};
