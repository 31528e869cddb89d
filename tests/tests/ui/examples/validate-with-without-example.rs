use operation_response::{response_model, Examples};

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

/// What a mock server or test helper asks for.
fn serve<T: Examples>() -> Vec<T> {
    T::examples()
}

fn main() {
    let _ = Country::examples();
    let _ = serve::<Country>();
}
