//! `schemars::JsonSchema` for generated types: the shape built with the
//! generator's settings, variants stored among its definitions.
// Named by generated code only, through `__private`.
#![allow(missing_docs)]

use super::build::{build, unknown, Backend, Probe, Shape, Sub};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

struct Generator<'g>(&'g mut SchemaGenerator);

impl Generator<'_> {
    fn prefix(&self) -> String {
        let path = &self.0.settings().definitions_path;
        format!("#/{}/", path.trim_start_matches('#').trim_matches('/'))
    }
}

impl Backend for Generator<'_> {
    fn openapi3(&self) -> bool {
        self.0
            .settings()
            .meta_schema
            .as_deref()
            .is_some_and(|meta| meta.contains("/oas/3.0/"))
    }

    fn define(&mut self, name: &str, schema: Value) -> String {
        self.0.definitions_mut().insert(name.to_owned(), schema);
        format!(
            "{}{}",
            self.prefix(),
            name.replace('~', "~0").replace('/', "~1")
        )
    }

    fn resolve(&self, reference: &str) -> Option<Value> {
        let name = reference.strip_prefix(&self.prefix())?;
        let name = name.replace("~1", "/").replace("~0", "~");
        self.0.definitions().get(&name).cloned()
    }
}

/// The schema of a generated type.
pub fn json_schema(
    shape: &Shape,
    name: &str,
    generator: &mut SchemaGenerator,
    subs: Vec<Sub>,
) -> Schema {
    let value = build(shape, name, subs, &mut Generator(generator));
    Schema::try_from(value).unwrap_or_default()
}

/// A field's type schema (a `$ref` or an inline schema), chosen when the
/// type implements `JsonSchema`.
pub trait HasSchema {
    fn json_sub(&self, generator: &mut SchemaGenerator) -> Sub;
    /// A flattened field's schema, inline, whose keys join the parent's.
    fn json_flat(&self, generator: &mut SchemaGenerator) -> Sub;
}

impl<T: JsonSchema + ?Sized> HasSchema for Probe<T> {
    fn json_sub(&self, generator: &mut SchemaGenerator) -> Sub {
        Sub {
            schema: generator.subschema_for::<T>().to_value(),
            default: None,
        }
    }

    fn json_flat(&self, generator: &mut SchemaGenerator) -> Sub {
        Sub {
            schema: T::json_schema(generator).to_value(),
            default: None,
        }
    }
}

/// Chosen, one autoref later, for a type with no `JsonSchema`.
pub trait NoSchema {
    fn json_sub(&self, generator: &mut SchemaGenerator) -> Sub;
    fn json_flat(&self, generator: &mut SchemaGenerator) -> Sub;
}

impl<T: ?Sized> NoSchema for &Probe<T> {
    fn json_sub(&self, _: &mut SchemaGenerator) -> Sub {
        unknown::<T>()
    }

    fn json_flat(&self, _: &mut SchemaGenerator) -> Sub {
        unknown::<T>()
    }
}
