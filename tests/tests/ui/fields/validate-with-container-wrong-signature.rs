use operation_response::response_model;

fn check(value: &u32) -> Result<(), String> {
    let _ = value;
    Ok(())
}

#[response_model(validate_with = check)]
pub struct Range {
    pub start: u32,
    pub end: u32,
}

fn main() {}
