use operation_response::response_model;

#[response_model(open, unknown = "failure")]
pub enum Region {
    Us,
    Eu,
}

fn main() {}
