use operation_response::response_model;

#[response_model]
pub enum Kind {
    A { x: u8 },
}

fn main() {}
