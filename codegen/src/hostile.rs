//! Specs a user may hand `voiceai_codegen_macro::client!`: a malformed one is an [`Error`]
//! naming the problem, never a panic (which the macro turns into a vague message) nor a stack
//! overflow (which aborts the compiler).

use crate::spec::TINY_SPEC;
use crate::Error;

/// The macro's entry point on `spec`, with a panic turned into a test failure naming `case`.
fn expand(case: &str, spec: &str) -> Result<(), Error> {
    std::panic::catch_unwind(|| crate::expand_for_macro(spec, "tiny").map(|_| ()))
        .unwrap_or_else(|_| panic!("{case}: the generator panicked"))
}

fn spec_error(case: &str, spec: &str, wanted: &str) {
    match expand(case, spec) {
        Err(Error::Spec(message)) => assert!(message.contains(wanted), "{case}: {message}"),
        other => panic!("{case}: expected a spec error, got {other:?}"),
    }
}

#[test]
fn the_tiny_spec_itself_expands() {
    expand("tiny", TINY_SPEC).unwrap();
}

/// A list page whose `data` refers back to the page: looking for the items array inside `data`
/// once recursed forever.
#[test]
fn a_ref_cycle_through_data_is_an_error_not_a_stack_overflow() {
    let spec = TINY_SPEC.replace(
        "        items: {type: array, items: {$ref: \"#/components/schemas/Item\"}}\n        \
         total: {type: integer}",
        "        data: {$ref: \"#/components/schemas/Page\"}",
    );
    assert_ne!(spec, TINY_SPEC);
    spec_error("cycle", &spec, "cannot tell which array holds the items");
}
