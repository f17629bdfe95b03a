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

/// Operation ids name the client methods, the builders and the CLI commands: one that makes no
/// Rust identifier once cased, or two that make the same one, are named in the error (they
/// used to panic in `format_ident!`, or surface as "generated code does not parse").
#[test]
fn operation_ids_that_make_no_distinct_identifier_are_spec_errors() {
    for (case, from, to, wanted) in [
        (
            "digit",
            "operationId: list_items",
            "operationId: '1list'",
            "operationId `1list`",
        ),
        (
            "empty",
            "operationId: upload_file",
            "operationId: ''",
            "operationId ``",
        ),
        (
            "symbol",
            "operationId: create_item",
            "operationId: '☃'",
            "operationId `☃`",
        ),
        (
            "multipart digit",
            "operationId: upload_file",
            "operationId: 9up",
            "operationId `9up`",
        ),
        (
            "same method",
            "operationId: create_item",
            "operationId: list-items",
            "operationIds `list_items` and `list-items` both make the method `list_items`",
        ),
    ] {
        let spec = TINY_SPEC.replace(from, to);
        assert_ne!(spec, TINY_SPEC, "{case}");
        spec_error(case, &spec, wanted);
    }
    // A keyword is an identifier: progenitor escapes it (`r#type`, `type_`).
    let spec = TINY_SPEC.replace("operationId: create_item", "operationId: type");
    expand("keyword", &spec).unwrap();
}

/// Schema and form part names become type and field names.
#[test]
fn schema_and_part_names_that_make_no_identifier_are_spec_errors() {
    let spec = TINY_SPEC
        .replace("    Item:", "    '1Item':")
        .replace("schemas/Item\"", "schemas/1Item\"");
    spec_error("schema", &spec, "schema `1Item` makes no Rust identifier");
    let spec = TINY_SPEC.replace("note: {type: string}", "'1note': {type: string}");
    spec_error("part", &spec, "property `1note` makes no Rust identifier");
}

/// A `$ref` to a schema the spec does not have: typify panics on it.
#[test]
fn a_dangling_ref_is_a_spec_error() {
    let spec = TINY_SPEC.replace("schemas/Err\"", "schemas/Nope\"");
    spec_error(
        "dangling",
        &spec,
        "$ref `#/components/schemas/Nope` points at nothing",
    );
    // A cycle of `$ref`s points somewhere: typify names the types.
    let spec = TINY_SPEC.replace(
        "Err: {type: object, properties: {message: {type: string}}}",
        "Err: {$ref: \"#/components/schemas/Err2\"}\n    Err2: {$ref: \"#/components/schemas/Err\"}",
    );
    assert_ne!(spec, TINY_SPEC);
    expand("ref cycle", &spec).unwrap();
}
