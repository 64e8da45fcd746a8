#!/usr/bin/env python3
"""Writes data/keycloak_oauth_errors.tsv and data/keycloak_event_errors.tsv from the two Keycloak
files beside this script (standard library only): every `String NAME = "value";` declaration, in
file order, its section the last `//` comment above it that is not a URL. The advice columns
follow the rules of data/README.md ("Keycloak"); run from the repository root."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DECL = re.compile(r'^\s*(?:public static final )?String\s+([A-Z0-9_]+)\s*=\s*"([^"]*)"\s*;\s*$')


def parse(name):
    text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
    rows, section = [], ""
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("//") and not s.startswith("// http"):
            section = s[2:].strip()
        m = DECL.match(line)
        if m:
            rows.append((m.group(1), m.group(2), section))
        elif "String " in line and "=" in line and '"' in line:
            raise SystemExit("unparsed declaration: " + line)
    return rows


def pascal(value):
    return "".join(w[:1].upper() + w[1:].lower() for w in value.split("_"))


RETRY = {"rate_limited": "after_window", "unavailable": "with_backoff",
         "server_fault": "with_backoff", "unauthenticated": "after_reauthenticating"}

# OAuth: status by RFC where it gives one, else the crate's choice; kind from the status.
RFC_STATUS = {"invalid_request": 400, "invalid_client": 401, "invalid_grant": 400,
              "unauthorized_client": 400, "unsupported_grant_type": 400, "invalid_scope": 400,
              "invalid_token": 401, "insufficient_scope": 403}
CRATE_STATUS = {"access_denied": 403, "server_error": 500, "temporarily_unavailable": 503}
SOURCED = {"temporarily_unavailable": ("unavailable", "with_backoff", "rfc6749"),
           "authorization_pending": ("unavailable", "after_window", "rfc8628"),
           "slow_down": ("rate_limited", "after_window", "rfc8628")}


def kind_of_status(status):
    return {401: "unauthenticated", 403: "forbidden", 500: "server_fault",
            503: "unavailable"}.get(status, "invalid_request")


def event_kind(v):
    """The event errors' rule of data/README.md ("Keycloak"), first match wins."""
    has = lambda *words: any(w in v for w in words)
    if v == "slow_down":
        return "rate_limited"
    if has("not_found") or v.startswith("unknown_"):
        return "not_found"
    if has("_in_use", "_exists", "already"):
        return "conflict"
    if has("unsupported"):
        return "unsupported"
    if has("disabled", "denied", "not_allowed", "unauthorized", "rejected_by_user",
           "ssl_required", "illegal_origin", "permission"):
        return "forbidden"
    if v == "invalid_code" or has("credentials", "token", "expired", "session", "verifier",
                                   "pkce", "dpop", "signature", "authentication", "_user",
                                   "not_logged_in", "invalid_client", "device_code"):
        return "unauthenticated"
    if has("send_failed"):
        return "unavailable"
    return "invalid_request"


oauth = parse("OAuthErrorException.java")
events = parse("Errors.java")
with open("data/keycloak_oauth_errors.tsv", "w", encoding="utf-8", newline="") as f:
    f.write(open(os.path.join(HERE, "oauth_header.txt"), encoding="utf-8").read())
    f.write("error\tname\tconstant\tsection\tstatus\tstatus_by\tkind\tretry\tadvice_by\n")
    for constant, value, section in oauth:
        if value in RFC_STATUS:
            status, by = RFC_STATUS[value], "rfc"
        else:
            status, by = CRATE_STATUS.get(value, 400), "crate"
        kind, retry, advice_by = SOURCED.get(value, (None, None, "crate"))
        if kind is None:
            kind = kind_of_status(status)
            retry = RETRY.get(kind, "never")
        f.write("\t".join([value, pascal(value), constant, section, str(status), by, kind,
                           retry, advice_by]) + "\n")
with open("data/keycloak_event_errors.tsv", "w", encoding="utf-8", newline="") as f:
    f.write(open(os.path.join(HERE, "event_header.txt"), encoding="utf-8").read())
    f.write("error\tname\tconstant\tkind\tretry\tadvice_by\n")
    for constant, value, _ in events:
        kind = event_kind(value)
        f.write("\t".join([value, pascal(value), constant, kind, RETRY.get(kind, "never"),
                           "crate"]) + "\n")
print("oauth", len(oauth), "events", len(events))
