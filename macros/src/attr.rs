//! Reading the attributes: the argument reader, our three attribute schemas,
//! and serde's attributes.

mod args;
mod schema;
mod serde;

pub use self::args::{list_of, parse_args, Strings};
pub use self::schema::{
    Container, DefaultAttr, FieldAttrs, RawRule, RawWhen, Target, UnknownAttr, VariantAttrs,
};
pub use self::serde::SerdeAttrs;
