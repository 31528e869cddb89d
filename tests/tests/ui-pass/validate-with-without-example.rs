//! The declaration of `ui/examples/validate-with-without-example.rs`, with
//! no use of `Examples`: it compiles, and parsing works as ever.
use operation_response::{from_json, response_model};

fn upper(value: &String) -> Result<(), String> {
    if value.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!("{value:?} is not upper case"))
    }
}

#[response_model]
pub struct Country {
    #[response(length = 2, validate_with = upper)]
    pub code: String,
}

fn main() {
    let country: Country = from_json(r#"{"code":"FR"}"#).unwrap();
    assert_eq!(country.code, "FR");
    assert!(from_json::<Country>(r#"{"code":"fr"}"#).is_err());
}
