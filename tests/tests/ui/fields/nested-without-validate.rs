use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse<T> {
    #[response(nested)]
    pub item: T,
}

fn main() {
    // `String` deserializes, but has no rules to validate.
    let _: Result<DoneResponse<String>, _> = operation_response::from_json("{}");
}
