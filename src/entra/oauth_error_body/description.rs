//! What an Entra `error_description` says besides its message: the `AADSTS<n>:` codes it starts
//! with, and the lines Microsoft appends for a support ticket.
//!
//! Entra writes the description as `AADSTS<n>: <message>`, sometimes with a second code
//! (`AADSTS70002: Error validating credentials. AADSTS70000: The provided access grant is
//! invalid or malformed.`), then `Trace ID: <id>`, `Correlation ID: <id>` and
//! `Timestamp: <time>`, separated by `\r\n` (most bodies in `tests/fixtures/entra_examples.json`)
//! or by single spaces (msal-python's 2025 tenant-discovery answer; the native-auth page's
//! samples), and glued to the text in some of MSAL.NET's hand-written test bodies
//! (`revoked.Trace ID: f7ec..Correlation ID: 04bb..`). Every form is read alike: a value runs
//! from its label to the end of its line, the next label, or the end of the text.

use std::ops::Range;
use std::time::{SystemTime, UNIX_EPOCH};

/// A line Entra appends to a description for a support ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    TraceId,
    CorrelationId,
    Timestamp,
}

impl Label {
    const ALL: [Label; 3] = [Label::TraceId, Label::CorrelationId, Label::Timestamp];

    /// The label as Entra writes it, colon included.
    pub(super) const fn text(self) -> &'static str {
        match self {
            Label::TraceId => "Trace ID:",
            Label::CorrelationId => "Correlation ID:",
            Label::Timestamp => "Timestamp:",
        }
    }
}

/// Where the value of `label` stands in `text`: after the label and the spaces following it, up
/// to the end of its line, the next label or the end of the text, trailing spaces left out. An
/// empty range where the value is empty (`Correlation ID: \r\n`, a reporter's redaction);
/// `None` where the text has no such label.
pub(super) fn value_span(text: &str, label: Label) -> Option<Range<usize>> {
    let at = text.find(label.text())?;
    let start = at + label.text().len();
    let rest = &text[start..];
    let leading = rest.len() - rest.trim_start_matches(' ').len();
    let start = start + leading;
    let rest = &text[start..];
    let mut end = rest.find(['\r', '\n']).unwrap_or(rest.len());
    for other in Label::ALL {
        if let Some(next) = rest[..end].find(other.text()) {
            end = end.min(next);
        }
    }
    let value = rest[..end].trim_end();
    Some(start..start + value.len())
}

/// The value of `label` in `text`, if it has one that is not empty.
pub(super) fn value(text: &str, label: Label) -> Option<&str> {
    value_span(text, label)
        .map(|span| &text[span])
        .filter(|value| !value.is_empty())
}

/// `text` with the value of `label` replaced by `new`, where the text has that label.
pub(super) fn replace_value(text: &mut String, label: Label, new: &str) {
    if let Some(span) = value_span(text, label) {
        text.replace_range(span, new);
    }
}

/// The message: the text before the first label, without the line break or spaces before it.
pub(super) fn message(text: &str) -> &str {
    let end = Label::ALL
        .iter()
        .filter_map(|label| text.find(label.text()))
        .min()
        .unwrap_or(text.len());
    text[..end].trim_end()
}

/// The codes of the `AADSTS<n>:` in `text`, in order: `AADSTS` (in capitals, as Entra writes
/// it), one or more ASCII digits and a colon. A mention without the colon (AADSTS500021's text
/// says "AADSTS500021 indicates that ..") is not a code the error carries; nor is a number too
/// large for an `i64`.
pub(super) fn aadsts_codes(text: &str) -> impl Iterator<Item = i64> + '_ {
    const PREFIX: &str = "AADSTS";
    text.match_indices(PREFIX).filter_map(|(at, _)| {
        let rest = &text[at + PREFIX.len()..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || !rest[digits..].starts_with(':') {
            return None;
        }
        rest[..digits].parse().ok()
    })
}

/// The description Entra writes for a code: `AADSTS<n>: <message>`, then the trace id,
/// correlation id and timestamp, each on a line of its own (`\r\n`, as in the reference page's
/// sample body and most of the bodies recorded in issues).
pub(super) fn compose(
    code: i64,
    message: &str,
    trace_id: &str,
    correlation_id: &str,
    timestamp: &str,
) -> String {
    // A list at the end of Microsoft's text leaves a space where its tags were.
    let message = message.trim_end();
    format!(
        "AADSTS{code}: {message}\r\n{} {trace_id}\r\n{} {correlation_id}\r\n{} {timestamp}",
        Label::TraceId.text(),
        Label::CorrelationId.text(),
        Label::Timestamp.text(),
    )
}

/// `at` in UTC as Entra writes its `timestamp`: `2021-06-25 13:16:19Z` (whole seconds). A time
/// before 1970 (a clock set wrong) is written as 1970-01-01 00:00:00Z.
pub(super) fn timestamp(at: SystemTime) -> String {
    let seconds = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, time) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}Z",
        time / 3600,
        time % 3600 / 60,
        time % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`,
/// for days from the epoch on).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Descriptions as Entra sent them (tests/fixtures/entra_examples.json), by their form.
    const CRLF: &str = "AADSTS70002: Error validating credentials. AADSTS70000: The provided access grant is invalid or malformed.\r\nTrace ID: 8ccfdad7-7856-498c-82fa-88e6d5b40fee\r\nCorrelation ID: c7f33b6a-5683-4fff-be74-ffba44a27abc\r\nTimestamp: 2014-08-27 12:08:46Z";
    const SPACES: &str = "AADSTS90002: Tenant 'secrets' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant. Trace ID: 2e35e78b-e885-4bdd-90e2-d7beb467df00 Correlation ID: 0774b819-134d-4815-9573-a31a98397420 Timestamp: 2025-08-18 15:26:14Z";
    const GLUED: &str = "AADSTS70002: Error validating credentials.AADSTS70008: The provided access grant is expired or revoked.Trace ID: f7ec686c-9196-4220-a754-cd9197de44e9Correlation ID: 04bb0cae-580b-49ac-9a10-b6c3316b1eaaTimestamp: 2015-09-16 07:24:55Z";
    const EMPTIED: &str = "AADSTS500011: The resource principal named {id} was not found in the tenant named {id} This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.\r\nTrace ID: \r\nCorrelation ID: \r\nTimestamp: 2021-06-01 09:55:53Z";

    #[test]
    fn every_form_gives_the_ids_as_written() {
        for (text, trace, correlation, time) in [
            (
                CRLF,
                "8ccfdad7-7856-498c-82fa-88e6d5b40fee",
                "c7f33b6a-5683-4fff-be74-ffba44a27abc",
                "2014-08-27 12:08:46Z",
            ),
            (
                SPACES,
                "2e35e78b-e885-4bdd-90e2-d7beb467df00",
                "0774b819-134d-4815-9573-a31a98397420",
                "2025-08-18 15:26:14Z",
            ),
            (
                GLUED,
                "f7ec686c-9196-4220-a754-cd9197de44e9",
                "04bb0cae-580b-49ac-9a10-b6c3316b1eaa",
                "2015-09-16 07:24:55Z",
            ),
        ] {
            assert_eq!(value(text, Label::TraceId), Some(trace), "{text}");
            assert_eq!(value(text, Label::CorrelationId), Some(correlation));
            assert_eq!(value(text, Label::Timestamp), Some(time));
        }
        assert_eq!(value(EMPTIED, Label::TraceId), None);
        assert_eq!(value(EMPTIED, Label::CorrelationId), None);
        assert_eq!(
            value(EMPTIED, Label::Timestamp),
            Some("2021-06-01 09:55:53Z")
        );
        assert_eq!(value("AADSTS50126: Error.", Label::CorrelationId), None);
    }

    #[test]
    fn the_message_is_the_text_before_the_ids() {
        assert_eq!(
            message(CRLF),
            "AADSTS70002: Error validating credentials. AADSTS70000: The provided access grant is invalid or malformed."
        );
        assert!(message(SPACES).ends_with("for the tenant."));
        assert!(message(GLUED).ends_with("expired or revoked."));
        assert_eq!(message("Too many requests"), "Too many requests");
    }

    #[test]
    fn codes_are_the_prefixes_with_a_colon_in_order() {
        assert_eq!(aadsts_codes(CRLF).collect::<Vec<_>>(), [70002, 70000]);
        assert_eq!(aadsts_codes(GLUED).collect::<Vec<_>>(), [70002, 70008]);
        assert_eq!(aadsts_codes(SPACES).collect::<Vec<_>>(), [90002]);
        let mention =
            "AADSTS500021: Access to 'x' tenant is denied. AADSTS500021 indicates that ..";
        assert_eq!(aadsts_codes(mention).collect::<Vec<_>>(), [500021]);
        for none in ["", "AADSTS", "AADSTS:", "aadsts50126: x", "AADSTS 50126: x"] {
            assert_eq!(aadsts_codes(none).count(), 0, "{none}");
        }
        assert_eq!(aadsts_codes("AADSTS99999999999999999999: x").count(), 0);
        assert_eq!(
            aadsts_codes("7000215 - [2023-03-05 22:32:01Z]: AADSTS7000215: x").collect::<Vec<_>>(),
            [7000215]
        );
    }

    #[test]
    fn a_value_is_replaced_in_place() {
        let mut text = CRLF.to_owned();
        replace_value(&mut text, Label::CorrelationId, "new");
        assert_eq!(
            text,
            CRLF.replace("c7f33b6a-5683-4fff-be74-ffba44a27abc", "new")
        );
        let mut text = EMPTIED.to_owned();
        replace_value(&mut text, Label::TraceId, "t");
        assert_eq!(text, EMPTIED.replace("Trace ID: \r\n", "Trace ID: t\r\n"));
        let mut text = "no ids".to_owned();
        replace_value(&mut text, Label::TraceId, "t");
        assert_eq!(text, "no ids");
    }

    #[test]
    fn a_composed_description_reads_back() {
        let text = compose(
            50126,
            "Error validating credentials due to invalid username or password.",
            "t-1",
            "c-1",
            "2021-06-25 13:16:19Z",
        );
        assert_eq!(
            text,
            "AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: t-1\r\nCorrelation ID: c-1\r\nTimestamp: 2021-06-25 13:16:19Z"
        );
        assert_eq!(aadsts_codes(&text).collect::<Vec<_>>(), [50126]);
        assert_eq!(value(&text, Label::TraceId), Some("t-1"));
        assert_eq!(value(&text, Label::CorrelationId), Some("c-1"));
        assert_eq!(value(&text, Label::Timestamp), Some("2021-06-25 13:16:19Z"));
    }

    #[test]
    fn timestamps_agree_with_http_dates() {
        // httpdate, an independent calendar, writes the same instants as IMF-fixdate.
        let months = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let mut seconds: u64 = 0;
        while seconds < 253_402_300_799 {
            let at = UNIX_EPOCH + Duration::from_secs(seconds);
            let http = httpdate::fmt_http_date(at); // "Sun, 06 Nov 1994 08:49:37 GMT"
            let parts: Vec<&str> = http.split(' ').collect();
            let month = months.iter().position(|m| *m == parts[2]).unwrap() + 1;
            let expected = format!("{}-{month:02}-{} {}Z", parts[3], parts[1], parts[4]);
            assert_eq!(timestamp(at), expected, "{http}");
            seconds += 7_777_777 + seconds / 3;
        }
        assert_eq!(timestamp(UNIX_EPOCH), "1970-01-01 00:00:00Z");
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(1_624_626_979)),
            "2021-06-25 13:16:19Z"
        );
        assert_eq!(
            timestamp(UNIX_EPOCH - Duration::from_secs(1)),
            "1970-01-01 00:00:00Z"
        );
        // 2000-02-29 and 2100-03-01 (no 29 February in 2100).
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "2000-02-29 00:00:00Z"
        );
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(4_107_542_400)),
            "2100-03-01 00:00:00Z"
        );
    }
}
