#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    operation_response_fuzz::check::<operation_response_fuzz::Sink>(data);
});
