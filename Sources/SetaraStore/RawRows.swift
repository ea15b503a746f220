import GRDB
import GRDBSQLite
import SetaraDomain

/// A query's rows stepped through SQLite's C API, each column handed out as the bytes SQLite
/// holds, without a String or a GRDB `Row` per value.
///
/// Used only where a report reads millions of short rows at once (the outcomes report reads
/// every referral step): there making a String for each id and date cost more than SQLite's own
/// work (docs/benchmarks.md). The statement is made for this read alone and never shared with
/// GRDB's statement cache, as `BulkStatement` does for bulk writes.
struct RawRows {
    struct Row {
        let handle: SQLiteStatement

        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
        func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
        func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

        /// The column's text, valid until the next row.
        func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
            guard let text = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
        }

        func string(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }
        func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }
        func key(_ column: Int32) -> TextKey { TextKey(bytes(column)) }

        /// The day a `YYYY-MM-DD` text (or the date part of a timestamp) names, as its day number;
        /// nil for anything else.
        func dayNumber(_ column: Int32) -> Int32? {
            let b = bytes(column)
            guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let digit = Int(b[i]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    n = n * 10 + digit
                }
                return n
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                  let date = Day(year: year, month: month, day: day) else { return nil }
            return Int32(date.dayNumber)
        }
    }

    /// Runs the query and hands each row to `body`.
    static func each(_ db: Database, sql: String, arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
            try body(Row(handle: handle))
        }
    }
}

/// A short text id (a seeker id, a referral reference) as a value that hashes without making a
/// String: up to 31 bytes are kept inline, which holds every id Setara makes; a longer one (from an
/// import) is kept as a String.
struct TextKey: Hashable {
    static func == (a: TextKey, b: TextKey) -> Bool { a.storage == b.storage }

    private enum Storage: Hashable {
        case inline(UInt64, UInt64, UInt64, UInt64)
        case long(String)
    }
    private let storage: Storage

    init(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count <= 31 else {
            storage = .long(String(decoding: bytes, as: UTF8.self))
            return
        }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            target.copyMemory(from: bytes)
            target[31] = UInt8(bytes.count)
        }
        storage = .inline(words.0, words.1, words.2, words.3)
    }

    /// One word folded from the key's bytes, so that hashing a key costs one combine, not four.
    func hash(into hasher: inout Hasher) {
        switch storage {
        case .inline(let a, let b, let c, let d):
            hasher.combine(a &* 0x9E37_79B9_7F4A_7C15 ^ (b &* 0xC2B2_AE3D_27D4_EB4F).rotated(17) ^ (c &* 0x1656_67B1_9E37_79F9).rotated(31) ^ d)
        case .long(let text):
            hasher.combine(text)
        }
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { TextKey(UnsafeRawBufferPointer($0)) }
    }
}

private extension UInt64 {
    func rotated(_ by: UInt64) -> UInt64 { (self << by) | (self >> (64 - by)) }
}
