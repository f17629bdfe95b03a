"""Writes the Schemathesis configuration of each API from the ids the seed made.

Usage: configure.py SEED_JSON OUT_DIR  (writes OUT_DIR/ringg.toml and OUT_DIR/ringyo.toml)

What is bound, and why:
- path and query ids: the seeded objects, so that operations reach their logic rather than
  answering 404 to every generated id;
- Ringyo `cursor`: a cursor the server issued (a cursor is opaque: any other is refused with
  the documented 400 `invalid_cursor`);
- Ringyo `agent_id` of a new call: an agent that exists (an unknown one is 404), another than
  the one bound to the path (which the run may delete);
- Ringyo `from_number` and Ringg `email_completion_user_ids`: values the account owns (others
  are refused with documented 400s: `invalid_from_number`, "not a workspace user").

And the allowances, each with its reason: the five terminate operations answer the documented
400 "No terminable calls found for the specified parameters" when nothing queued matches a valid
request; the two uploads refuse a file that is not a contact CSV (a schema cannot describe a
file's content); edit_assistant refuses, with 400, an operation the agent's type does not allow
or one missing the fields it reads (documented on the operation).
"""

import json
import sys


def toml_str(value):
    return json.dumps(value)


def write(path, parameters, dictionaries, operations):
    lines = [
        "# Written by conformance/configure.py for one run; do not edit.",
        # No state between runs: a run depends on the seed and the code, not on the last run.
        "[cache]",
        "enabled = false",
        "",
        "[parameters]",
    ]
    for key, value in parameters.items():
        lines.append(f"{toml_str(key)} = {toml_str(value)}")
    for key, name in dictionaries.get("bindings", {}).items():
        lines.append(f"{toml_str(key)} = {{ dictionary = {toml_str(name)} }}")
    for name, values in dictionaries.get("values", {}).items():
        lines += ["", f"[dictionaries.{name}]", f"values = {json.dumps(values)}"]
    for op in operations:
        lines += ["", "[[operations]]"]
        for key, value in op.items():
            lines.append(f"{key} = {json.dumps(value)}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    seed = json.load(open(sys.argv[1]))
    out = sys.argv[2]
    y = seed["ringyo"]
    write(
        f"{out}/ringyo.toml",
        {
            "path.agent_id": y["agent_id"],
            "path.call_id": y["call_id"],
            "path.webhook_id": y["webhook_id"],
            "path.phone_number_id": y["phone_number_id"],
            "query.cursor": y["cursor"],
        },
        {
            "bindings": {"body.from_number": "from_numbers", "body.agent_id": "agents"},
            "values": {"from_numbers": y["from_numbers"], "agents": [y["call_agent_id"]]},
        },
        [],
    )
    g = seed["ringg"]
    write(
        f"{out}/ringg.toml",
        {
            "path.agent_id": g["agent_id"],
            "path.kb_id": g["kb_id"],
            "path.list_id": g["list_id"],
            "path.bulk_list_id": g["bulk_list_id"],
            "query.bulk_list_id": g["bulk_list_id"],
            "query.id": g["call_id"],
        },
        {
            "bindings": {"body.email_completion_user_ids[*]": "users"},
            "values": {"users": g["user_ids"]},
        },
        [
            {
                # Upload operations: a file's content is not something a schema can describe
                # (`format: binary`); a file that is not a contact CSV is refused with 400/422.
                # edit_assistant: which fields an operation needs and which operations an
                # agent's type allows depend on the agent (documented 400s).
                "include-operation-id": [
                    "upload_campaign_contact_list",
                    "upload_large_campaign_csv",
                    "edit_assistant",
                ],
                "checks.positive_data_acceptance.expected-statuses": [
                    "2xx", 400, 401, 403, 404, 409, 422, 429, "5xx"
                ],
            },
            {
                "include-operation-id": [
                    "terminate_calls",
                    "terminate_calls_by_agent",
                    "terminate_calls_by_ids",
                    "terminate_campaign_numbers",
                    "terminate_calls_by_numbers",
                ],
                # The default list (2xx, 401, 403, 404, 409, 429, 5xx) plus the documented 400.
                "checks.positive_data_acceptance.expected-statuses": [
                    "2xx", 400, 401, 403, 404, 409, 429, "5xx"
                ],
            }
        ],
    )


if __name__ == "__main__":
    main()
