import Foundation

/// Moments as Setara writes them in the database, the audit log and exports: ISO 8601 in UTC to
/// the second, "2026-11-30T03:15:00Z".
///
/// Foundation's `ISO8601FormatStyle`, not `ISO8601DateFormatter`: the formatter object builds an
/// ICU date formatter each time it is made (0.3–0.4 ms), and the web server made several on every
/// request (the session's expiry, the account's creation, the audit entry); the style is a plain
/// value that formats in about a microsecond and is safe to share between threads.
public enum Timestamp {
    private static let style = Date.ISO8601FormatStyle()

    /// The text of a moment.
    public static func text(_ date: Date = Date()) -> String { style.format(date) }

    /// The moment of a text written as above (a time zone offset such as +07:00 is read too);
    /// nil when it is not one.
    public static func date(_ text: String) -> Date? { try? style.parse(text) }
}
