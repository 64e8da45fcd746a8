#!/usr/bin/env python3
"""Cuts Auth0's tenant logs schema (logs-schema.json, 1,361,439 bytes) to what the crate reads:
each of `components.schemas`, in file order, with its `description` (null where it has none).
`python3 trim_logs_schema.py logs-schema.json > logs-schema.descriptions.json` gives the kept
file byte for byte (standard library only)."""
import json
import sys

schemas = json.load(open(sys.argv[1], encoding="utf-8"))["components"]["schemas"]
cut = {code: schema.get("description") for code, schema in schemas.items()}
sys.stdout.write(json.dumps({"schemas": cut}, ensure_ascii=False, indent=1) + "\n")
