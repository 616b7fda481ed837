#!/usr/bin/env python3
"""Validates pipeline files against docs/pipeline-format.schema.json with the standard
`jsonschema` validator. JSON Lines files are checked line by line (header, then records).

Usage: check-schema.py FILE... ; exit 0 when all match, 1 otherwise.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "docs" / "pipeline-format.schema.json").read_text())
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)


def validator_for(ref):
    sub = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": ref}
    return validator_class(sub)


whole = validator_class(schema)
header = validator_for("#/$defs/header")
records = {"account": validator_for("#/$defs/accountLine"), "opportunity": validator_for("#/$defs/opportunityLine")}

failed = False
for name in sys.argv[1:]:
    path = pathlib.Path(name)
    errors = []
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                value = json.loads(line)
                check = header if number == 1 else records.get(value.get("kind"), header)
                errors += [f"line {number}: {e.json_path}: {e.message}" for e in check.iter_errors(value)]
    else:
        value = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{e.json_path}: {e.message}" for e in whole.iter_errors(value)]
    if errors:
        failed = True
        for error in errors[:20]:
            print(f"{name}: {error}", file=sys.stderr)
    else:
        print(f"{name}: matches the schema")
sys.exit(1 if failed else 0)
