#!/usr/bin/env python3
"""Cuts service-2.errors.json out of botocore's cognito-idp service model (not kept here).

Input: boto/botocore @ 0e6e2404b85dc336dd2889814e089bde7d1a4c55,
botocore/data/cognito-idp/2016-04-18/service-2.json (843,763 bytes, sha256 given in README.md).
Output: the model's `metadata` as it is; for every operation, in the model's order, its `name`,
its `http` and its `errors` list as they are (the documentation, input and output dropped); every
shape with `"exception": true`, in the model's order, as it is (all its keys and members). Nothing
is renamed, reordered or deduplicated (VerifySoftwareToken's `errors` list
NotAuthorizedException twice, and so does this file). Written with json.dumps(indent=1,
ensure_ascii=False), keys in the model's order.
Run: python3 trim.py path/to/service-2.json > service-2.errors.json
"""
import json
import sys

model = json.load(open(sys.argv[1], encoding="utf-8"))
out = {
    "metadata": model["metadata"],
    "operations": {
        name: {key: op[key] for key in ("name", "http", "errors") if key in op}
        for name, op in model["operations"].items()
    },
    "shapes": {name: shape for name, shape in model["shapes"].items() if shape.get("exception")},
}
sys.stdout.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
