//! The schema checks, value by value.

use super::*;
use serde_json::json;

fn check(schema: Value, value: Value) -> Result<(), Violation> {
    validate(&json!({}), &schema, &value, &mut vec!["body".into()])
}

#[test]
fn enums_nulls_types_and_ranges() {
    let status = json!({"type": "string", "enum": ["active", "inactive"]});
    assert!(check(status.clone(), json!("active")).is_ok());
    let err = check(status.clone(), json!("AAA")).unwrap_err();
    assert!(
        err.message.contains("must be one of active, inactive"),
        "{err:?}"
    );
    assert!(check(status, Value::Null).is_err());
    let nullable = json!({"type": "string", "nullable": true});
    assert!(check(nullable, Value::Null).is_ok());
    let tokens = json!({"type": "integer", "minimum": 1, "maximum": 4096});
    assert!(check(tokens.clone(), json!(4096)).is_ok());
    assert!(check(tokens.clone(), json!(0)).is_err());
    assert!(check(tokens.clone(), json!(4097)).is_err());
    assert!(check(tokens, json!(1.5)).is_err());
}

#[test]
fn objects_arrays_and_one_of() {
    let schema = json!({
        "type": "object",
        "required": ["url"],
        "additionalProperties": false,
        "properties": {
            "url": {"type": "string", "pattern": "^https://"},
            "events": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
        }
    });
    assert!(check(
        schema.clone(),
        json!({"url": "https://x.example", "events": ["a"]})
    )
    .is_ok());
    let missing = check(schema.clone(), json!({"events": ["a"]})).unwrap_err();
    assert_eq!(missing.location, ["body", "url"]);
    assert!(check(schema.clone(), json!({"url": "http://x"})).is_err());
    assert!(check(schema.clone(), json!({"url": "https://x", "events": []})).is_err());
    let empty_item =
        check(schema.clone(), json!({"url": "https://x", "events": [""]})).unwrap_err();
    assert_eq!(empty_item.location, ["body", "events", "0"]);
    assert_eq!(empty_item.field(), Some("events"));
    assert!(check(schema, json!({"url": "https://x", "extra": 1})).is_err());
    let exactly_one = json!({
        "type": "object",
        "oneOf": [{"required": ["a"]}, {"required": ["b"]}]
    });
    assert!(check(exactly_one.clone(), json!({"a": 1})).is_ok());
    assert!(check(exactly_one.clone(), json!({"a": 1, "b": 2})).is_err());
    assert!(check(exactly_one, json!({})).is_err());
}

#[test]
fn dates() {
    let date = json!({"type": "string", "format": "date"});
    assert!(check(date.clone(), json!("2024-02-29")).is_ok());
    assert!(check(date.clone(), json!("2024-02-31")).is_err());
    assert!(check(date, json!("")).is_err());
    let date_time = json!({"type": "string", "format": "date-time"});
    assert!(check(date_time.clone(), json!("2024-01-15T10:30:00Z")).is_ok());
    assert!(check(date_time, json!("yesterday")).is_err());
}
