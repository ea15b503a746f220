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

/// Day numbers of a column's dates, kept by their bytes. Five million rows carry a few thousand
/// different dates, so each date is parsed once and then found again in a small table (a slot
/// chosen from the date's bytes), which cost a twentieth of the outcomes report's time before.
struct DayNumbers {
    private struct Entry { var key0: UInt64; var key1: UInt16; var number: Int32 }
    private var slots = [Entry](repeating: Entry(key0: 0, key1: 0, number: .min), count: 4096)

    mutating func callAsFunction(_ row: RawRows.Row, _ column: Int32) -> Int32? {
        let b = row.bytes(column)
        guard b.count >= 10 else { return row.dayNumber(column) }
        let key0 = b.loadUnaligned(as: UInt64.self), key1 = b.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        let slot = Int(truncatingIfNeeded: ((key0 ^ UInt64(key1) << 48) &* 0x9E37_79B9_7F4A_7C15) >> 52)
        let entry = slots[slot]
        if entry.number != .min, entry.key0 == key0, entry.key1 == key1 { return entry.number }
        guard let number = row.dayNumber(column) else { return nil }
        slots[slot] = Entry(key0: key0, key1: key1, number: number)
        return number
    }
}

/// A short text id (a seeker id, a placement id) as a value that hashes without making a String:
/// up to 15 bytes are kept inline, in two words (every id Setara makes fits: "S000001",
/// "P000001"), so that a table of 100,000 of them stays small enough for the processor's cache;
/// a longer id (from an import) is kept as a String.
struct TextKey: Hashable {
    private enum Storage: Hashable {
        case inline(UInt64, UInt64)
        case long(String)
    }
    private let storage: Storage

    init(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count <= 15 else {
            storage = .long(String(decoding: bytes, as: UTF8.self))
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            target.copyMemory(from: bytes)
            target[15] = UInt8(bytes.count)
        }
        storage = .inline(words.0, words.1)
    }

    static func == (a: TextKey, b: TextKey) -> Bool { a.storage == b.storage }

    /// One word folded from the key's bytes, so that hashing a key costs one combine, not two.
    func hash(into hasher: inout Hasher) {
        switch storage {
        case .inline(let a, let b): hasher.combine(a &* 0x9E37_79B9_7F4A_7C15 ^ (b &* 0xC2B2_AE3D_27D4_EB4F).rotated(29))
        case .long(let text): hasher.combine(text)
        }
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { TextKey(UnsafeRawBufferPointer($0)) }
    }
}

/// A few known words (statuses, results) found by comparing keys, cheaper than hashing each row's.
struct KeyedWords<Value> {
    private let entries: [(TextKey, Value)]
    init(_ entries: [(String, Value)]) { self.entries = entries.map { (TextKey($0.0), $0.1) } }
    subscript(_ key: TextKey) -> Value? {
        for (candidate, value) in entries where candidate == key { return value }
        return nil
    }
}

private extension UInt64 {
    func rotated(_ by: UInt64) -> UInt64 { (self << by) | (self >> (64 - by)) }
}

/// Positions of records by id, for tying millions of rows to their record. Ids Setara makes are a
/// letter and a number ("S000123"); those are found by their number in an array, without hashing,
/// which kept a 100,000-seeker table in the processor's cache where a dictionary did not (a
/// quarter of the report's time went to dictionary look-ups). Any other id (from an import) is
/// found by its bytes in a dictionary.
struct IDIndex {
    private var byNumber: [Int32] = []
    private var other: [TextKey: Int] = [:]
    private let letter: UInt8
    /// The length of the ids found by number: the first such id's. "S1" and "S000001" have the
    /// same number, so only ids of this one length are found by it; any other is found by its bytes.
    private var length = 0

    init(letter: Character) { self.letter = letter.asciiValue ?? 0 }

    /// The number of a letter-and-digits id of up to 9 digits and of the index's length, nil for any other id.
    private func number(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count == length, bytes[0] == letter else { return nil }
        var n = 0
        for i in 1..<bytes.count {
            let digit = Int(bytes[i]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            n = n * 10 + digit
        }
        // Numbers up to four million go in the array (16 MB at most).
        return n < 4_000_000 ? n : nil
    }

    mutating func insert(_ bytes: UnsafeRawBufferPointer, _ position: Int) {
        if length == 0, (2...10).contains(bytes.count), bytes[0] == letter { length = bytes.count }
        if let n = number(bytes) {
            if n >= byNumber.count { byNumber.append(contentsOf: repeatElement(-1, count: max(n + 1 - byNumber.count, byNumber.count))) }
            byNumber[n] = Int32(position)
        } else {
            other[TextKey(bytes)] = position
        }
    }

    subscript(_ bytes: UnsafeRawBufferPointer) -> Int? {
        if let n = number(bytes) {
            guard n < byNumber.count else { return nil }
            let position = byNumber[n]
            return position < 0 ? nil : Int(position)
        }
        return other.isEmpty ? nil : other[TextKey(bytes)]
    }
}
