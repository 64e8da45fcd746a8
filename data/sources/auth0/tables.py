#!/usr/bin/env python3
"""Writes data/auth0_auth_errors.tsv from legacy-authentication-api-errors.md beside this script
(standard library only): every row of its JSON tables, under the `## Error Codes for` heading and
the `*HTTP nnn*` heading above it, one catalog row per distinct `error` value in the order of its
first row. The advice columns follow the status rule of data/README.md; run from the repository
root."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def page_rows():
    text = open(os.path.join(HERE, "legacy-authentication-api-errors.md"), encoding="utf-8",
                newline="").read()
    lines = text.split("\n")
    rows, endpoint, status, in_json = [], "", "", False
    for line in lines:
        m = re.match(r"^## Error Codes for (\S+)$", line)
        if m:
            endpoint, status = m.group(1), ""
        m = re.match(r"^\*HTTP (\d{3})\*$", line)
        if m:
            status = m.group(1)
        if line.startswith("JSON |"):
            in_json = True
            continue
        if in_json and "|" not in line:
            in_json = False
        if in_json and line.startswith("`"):
            js, desc = line.rsplit(" | ", 1)
            js = js.strip()[1:-1].replace("\\_", "_")
            try:
                o = json.loads(js)
                error, example = o["error"], o["error_description"]
            except ValueError:  # one row has unescaped quotes inside its description
                error = re.search(r'"error"\s*:\s*"([^"]*)"', js).group(1)
                example = re.search(r'"error_description"\s*:\s*"(.*)"\s*\}$', js).group(1)
            rows.append((endpoint, status, error, example, desc.strip()))
    return rows


def pascal(value):
    words = [w for w in re.split(r"[._]", value) if w]
    # A camelCase word is two (Auth0 writes `authParams`): split at the case change.
    words = [p for w in words for p in re.sub(r"([a-z])([A-Z])", r"\1 \2", w).split(" ")]
    return "".join(w[:1].upper() + w[1:].lower() for w in words)


KIND = {400: "invalid_request", 401: "unauthenticated", 403: "forbidden", 429: "rate_limited"}
RETRY = {"rate_limited": "after_window", "unauthenticated": "after_reauthenticating"}

rows = page_rows()
seen = {}
for endpoint, status, error, example, desc in rows:
    if error in seen:
        assert seen[error][1] == status, error
        seen[error][5] += 1
    else:
        seen[error] = [endpoint, status, error, example, desc, 1]
with open("data/auth0_auth_errors.tsv", "w", encoding="utf-8", newline="") as f:
    f.write(open(os.path.join(HERE, "auth_header.txt"), encoding="utf-8").read())
    f.write("error\tname\tendpoint\tstatus\trows\texample\tdescription\tkind\tretry\tadvice_by\n")
    for endpoint, status, error, example, desc, n in seen.values():
        kind = KIND[int(status)]
        f.write("\t".join([error, pascal(error), endpoint, status, str(n), example, desc, kind,
                           RETRY.get(kind, "never"), "crate"]) + "\n")
print("page rows", len(rows), "values", len(seen))

# The log event types: a reference table (no enum), every row of the page's one table in order,
# with the schema's description where logs-schema.descriptions.json has the code.
schemas = json.load(open(os.path.join(HERE, "logs-schema.descriptions.json"),
                         encoding="utf-8"))["schemas"]
page = open(os.path.join(HERE, "log-event-type-codes.mdx"), encoding="utf-8", newline="").read()
events = []
for line in page.split("\n"):
    if line.startswith("| `"):
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        cells += [""] * (3 - len(cells))  # `srrt` has no description cell
        code = cells[0].strip("`")
        events.append((code, cells[1], cells[2], schemas.get(code) or ""))
with open("data/auth0_log_event_types.tsv", "w", encoding="utf-8", newline="") as f:
    f.write(open(os.path.join(HERE, "log_header.txt"), encoding="utf-8").read())
    f.write("code\tname\tevent\tdescription\tschema_description\n")
    for code, *rest in events:
        assert all("\t" not in c and "\n" not in c for c in rest), code
        f.write("\t".join([code, pascal(code)] + rest) + "\n")
print("log event types", len(events), "schemas", len(schemas),
      "only in the table", [c for c, *_ in events if c not in schemas],
      "only in the schema", [c for c in schemas if c not in {e[0] for e in events}])


def guardian_kind(v):
    """The Guardian rule of data/README.md ("Auth0"), first match wins."""
    if v.startswith("too_many_"):
        return "rate_limited"
    if "not_found" in v:
        return "not_found"
    if "conflict" in v or v.startswith("already_"):
        return "conflict"
    if "disabled" in v or v in ("insufficient_scope", "no_method_available", "not_enrolled"):
        return "forbidden"
    if v.startswith("error_sending_"):
        return "unavailable"
    if v in ("invalid_token", "invalid_bearer_format", "invalid_otp", "invalid_recovery_code",
             "transaction_expired"):
        return "unauthenticated"
    return "invalid_request"


GUARDIAN_RETRY = {"rate_limited": "after_window", "unavailable": "with_backoff",
                  "unauthenticated": "after_reauthenticating"}
page = open(os.path.join(HERE, "guardian-error-code-reference.mdx"), encoding="utf-8",
            newline="").read()
guardian = []
for line in page.split("\n"):
    if line.startswith("| `"):
        code, description = [c.strip() for c in line.strip().strip("|").split(" | ")]
        guardian.append((code.strip("`"), description))
with open("data/auth0_guardian_errors.tsv", "w", encoding="utf-8", newline="") as f:
    f.write(open(os.path.join(HERE, "guardian_header.txt"), encoding="utf-8").read())
    f.write("error\tname\tdescription\tkind\tretry\tadvice_by\n")
    for code, description in guardian:
        kind = guardian_kind(code)
        f.write("\t".join([code, pascal(code), description, kind,
                           GUARDIAN_RETRY.get(kind, "never"), "crate"]) + "\n")
print("guardian", len(guardian), {k: sum(1 for c, _ in guardian if guardian_kind(c) == k)
                                  for k in dict.fromkeys(guardian_kind(c) for c, _ in guardian)})


# The library authentication errors: the page's two tables, "Sign up" and "Log in", one catalog
# each (a value may stand in both, `unauthorized`, with different texts).
def library_tables():
    page = open(os.path.join(HERE, "common-auth0-library-authentication-errors.mdx"),
                encoding="utf-8", newline="").read()
    tables, section = {}, None
    for line in page.split("\n"):
        m = re.match(r"^## (.+)$", line)
        if m:
            section = m.group(1)
        if line.startswith("| **") and not line.startswith("| **Error**"):
            error, description = [c.strip() for c in line.strip().strip("|").split(" | ")]
            assert error.startswith("**") and error.endswith("**"), error
            tables.setdefault(section, []).append((error[2:-2].replace("\\_", "_"), description))
    return tables


def library_advice(section, code):
    """The library rule of data/README.md ("Auth0"): (kind, retry, advice_by, auth_error)."""
    if section == "Log in" and code in seen:
        endpoint, status, *_ = seen[code]
        kind = KIND[int(status)]
        return kind, RETRY.get(kind, "never"), "linked", code
    if code.endswith("_exists"):
        kind = "conflict"
    elif code == "unauthorized":
        kind = "forbidden"
    elif code.startswith("mfa_"):
        kind = "unauthenticated"
    else:
        kind = "invalid_request"
    return kind, RETRY.get(kind, "never"), "crate", ""


library = library_tables()
for section, file, header, linked in [("Sign up", "signup", "signup_header.txt", False),
                                      ("Log in", "login", "login_header.txt", True)]:
    with open(f"data/auth0_{file}_errors.tsv", "w", encoding="utf-8", newline="") as f:
        f.write(open(os.path.join(HERE, header), encoding="utf-8").read())
        columns = ["error", "name"] + (["auth_error"] if linked else []) + ["description"]
        f.write("\t".join(columns + ["kind", "retry", "advice_by"]) + "\n")
        for code, description in library[section]:
            kind, retry, by, auth_error = library_advice(section, code)
            assert linked or not auth_error, code
            f.write("\t".join([code, pascal(code)] + ([auth_error] if linked else [])
                              + [description, kind, retry, by]) + "\n")
    print(section, len(library[section]),
          {k: sum(1 for c, _ in library[section] if library_advice(section, c)[0] == k)
           for k in dict.fromkeys(library_advice(section, c)[0] for c, _ in library[section])})
