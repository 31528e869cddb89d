//! Every type of the test models, for the schema tests (`schema.rs`,
//! `utoipa.rs`): `every_type!(m)` calls `m!(Type)` for each, with the names
//! as the including file imports them.

/// Every type of the test models, as `$m!(Type)`.
macro_rules! every_type {
    ($m:ident) => {
        $m!(CreateOrUpdateAuthSessionStartResponseBody);
        $m!(RunResultResponseBody);
        $m!(ErrorDetails);
        $m!(Reason);
        $m!(ErrorCode);
        $m!(ErrorCategory);
        $m!(OpenJobResponse);
        $m!(JobResponse);
        $m!(Limits);
        $m!(RunApiResult<Limits>);
        $m!(CreateAuthSessionResultResponseBody);
        $m!(AuthSessionError);
        $m!(CancelReason);
        $m!(OpenCategory);
        $m!(OpenResultResponse);
        $m!(GenericResult<String>);
        $m!(Page<Reason>);
        $m!(WorkflowRun);
        $m!(TranslationResponse);
        $m!(GetTranscriptionJobResponse);
        $m!(FineTuningJob);
        $m!(Destination);
        $m!(KebabCode);
        $m!(SdkCode);
        $m!(SerdeTagged);
        $m!(AzureLikeResponse);
        $m!(OnlyDone);
        $m!(hygiene::ShadowedResponse);
        $m!(hygiene::ShadowedModel);
        $m!(hygiene::ShadowedKind);
        $m!(Batch);
        $m!(CodeScanningAutofix);
        $m!(TestClock);
        $m!(GoogleOperation);
        $m!(AzureOperationStatus);
        $m!(vendors::Pipeline);
        $m!(forms::TerraformRun);
        $m!(vendors::Action);
        $m!(forms::DefaultedRun);
        $m!(vendors::QueueStatus);
        $m!(forms::CheckConclusion);
        $m!(forms::CheckRun);
        $m!(proto3::BatchPredictionJob);
        $m!(proto3::ExportResult);
        $m!(proto3::Quota);
    };
}
