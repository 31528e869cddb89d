// A generic field is validated with its parent, so its type must implement
// `Validate`: the error names the user's types only, never a generated one.
use operation_response::operation_response;

#[operation_response(status = "done")]
pub struct DoneResponse<T> {
    pub item: T,
}

fn main() {
    // `Duration` deserializes, but is no payload the runtime knows.
    let _: Result<DoneResponse<std::time::Duration>, _> = operation_response::from_json("{}");
}
