use operation_response::response_model;

#[response_model]
pub enum Kind<T> {
    A,
    B,
}

fn main() {}
