#[response_model(tag = "type", open)]
pub enum Sink {
    Webhook {
        #[response(min_length = 8)]
        url: String,
    },
    #[response(rename = "s3", alias = "S3")]
    Bucket { bucket: String },
    Discard,
}
