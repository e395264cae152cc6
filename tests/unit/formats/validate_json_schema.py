#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema (draft 2020-12).

usage: validate_json_schema.py SCHEMA FILE...
Prints one line per file: "OK <file>" or "INVALID <file> at <json-pointer>: <reason>".
Exit status: 0 all valid, 1 some file invalid, 2 usage error, bad schema or missing jsonschema.
"""
import json
import os
import sys


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed (scripts/install-deps.sh)", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    # Schemas refer to each other by relative $ref (common.schema.json#/...): resolve them from
    # the schema's own folder, never from the network.
    store = {}
    folder = os.path.dirname(os.path.abspath(argv[1]))
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".schema.json"):
            with open(os.path.join(folder, entry), encoding="utf-8") as f:
                other = json.load(f)
            try:
                validator_class.check_schema(other)
            except jsonschema.exceptions.SchemaError as error:
                print(f"BAD SCHEMA {entry}: {error.message}", file=sys.stderr)
                return 2
            store[other["$id"]] = other
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    validator = validator_class(schema, resolver=resolver)
    status = 0
    for name in argv[2:]:
        try:
            with open(name, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as error:
            print(f"INVALID {name} at : cannot read JSON: {error}")
            status = 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if not errors:
            print(f"OK {name}")
        for error in errors:
            print(f"INVALID {name} at {pointer(error.absolute_path)}: {error.message}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
