#[operation_response(status = ["running", "done"], terminal = ["done"])]
pub struct RunApiResult<R>
where
    R: Clone,
{
    #[response(nested)]
    pub result: Option<R>,
}

#[operation_response(terminal = ["done"])]
pub enum GenericResult<'a, R> {
    Done {
        #[response(nested)]
        result: R,
        note: &'a str,
    },
    Running,
}
