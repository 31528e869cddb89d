use operation_response::operation_response;

fn check(value: &u32) -> Result<(), String> {
    let _ = value;
    Ok(())
}

#[operation_response(status = "done")]
pub struct DoneResponse {
    #[response(validate_with = check)]
    pub id: String,
}

fn main() {}
