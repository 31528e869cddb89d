use operation_response::operation_response;

#[operation_response(
    status = ["QUEUED", "COMPLETED"],
    terminal = ["COMPLETED"],
    status_field = "TranscriptionJob.TranscriptionJobStatus",
)]
pub struct GetTranscriptionJobResponse {
    pub name: String,
}

fn main() {}
