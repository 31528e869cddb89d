// Vercel's deployment has both `readyState` (the status) and `status`.
use operation_response::operation_response;

#[operation_response(status = ["QUEUED", "READY"], terminal = ["READY"], status_field = "readyState")]
pub struct Deployment {
    pub status: String,
}

fn main() {}
