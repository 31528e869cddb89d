/// proto3's 64-bit integers: decimal strings, or numbers.
#[operation_response(status = ["running", "done"], terminal = ["done"], status_field = "state")]
pub struct BatchJob {
    #[response(number_as_string, min = 1)]
    pub total_count: u64,
    #[response(number_as_string)]
    pub failed_count: Option<i64>,
    #[response(number_as_string, required)]
    pub bytes: Option<i64>,
    #[response(number_as_string, default)]
    pub retries: u8,
}

#[operation_response(terminal = ["done"])]
pub enum Export {
    Running,
    Done {
        #[response(number_as_string)]
        rows: u32,
    },
}
