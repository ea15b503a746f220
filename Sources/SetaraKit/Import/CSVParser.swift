/// Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF)
/// straight from the file's bytes.
///
/// Written here rather than taken from a library: with CSV.swift, which builds every field
/// one Unicode scalar at a time, reading a 100,000-seeker file took longer than the
/// whole import may (see docs/benchmarks.md). This reader makes a String only for non-empty cells.
struct CSVParser {
    struct Row {
        /// Line of the file where the row starts (the header is line 1).
        var line: Int
        /// Cells by column position; nil for an empty cell.
        var cells: [String?]
    }

    struct Malformed: Error {
        var line: Int
        var detail: SourceError.Detail
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    private var position = 0
    private let end: Int
    private var line = 1

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        end = bytes.count
        // A byte-order mark, as spreadsheet programs write it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// A parser for the rows between `start` and `end`, which must be row boundaries, the
    /// first of them on line `line`.
    init(bytes: [UInt8], delimiter: UInt8, start: Int, end: Int, line: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        position = start
        self.end = end
        self.line = line
    }

    /// Where the rows after `from` (on line `line`) can be split in about `parts` equal pieces,
    /// with the line that starts at each. The points are found by reading the rows with this
    /// parser's own rules (skipping their cells), so each is a true row boundary: a bare `"`
    /// inside an unquoted cell (`Monitor 5" wide`), a doubled `""` or a line break inside quotes
    /// cannot move a split point into a cell. Files of `minimumBytes` or less are not split.
    static func splitPoints(_ bytes: [UInt8], delimiter: UInt8, from: Int, line: Int, parts: Int,
                            minimumBytes: Int = 1 << 20) -> [(position: Int, line: Int)] {
        guard parts > 1, bytes.count - from > minimumBytes else { return [] }
        var scanner = CSVParser(bytes: bytes, delimiter: delimiter, start: from, end: bytes.count, line: line)
        var points: [(position: Int, line: Int)] = []
        var target = from + (bytes.count - from) / parts
        do {
            while points.count < parts - 1, try scanner.skip() {
                if scanner.position >= target && scanner.position < bytes.count {
                    points.append((scanner.position, scanner.line))
                    target = from + (bytes.count - from) * (points.count + 1) / parts
                }
            }
        } catch {
            // A malformed row: the points before it are row boundaries all the same, and the
            // last piece, read from the last of them, meets the error just as a reading in one
            // piece does.
        }
        return points
    }

    /// Where the next row starts, and its line.
    var offset: Int { position }
    var currentLine: Int { line }

    static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// How many cells a row is expected to have (the header's), so that rows are allocated once.
    var expectedCells = 0

    /// The next row, or nil at the end of the file.
    mutating func next() throws(Malformed) -> Row? {
        guard position < end else { return nil }
        let start = line
        var cells: [String?] = []
        cells.reserveCapacity(expectedCells)
        // One buffer for the whole row: indexing the array itself costs a retain and a bounds
        // check per byte.
        try bytes.withUnsafeBufferPointer { (buffer) throws(Malformed) in
            while true {
                let (cell, endOfRow) = try field(buffer, keep: true)
                cells.append(cell)
                if endOfRow { return }
            }
        }
        return Row(line: start, cells: cells)
    }

    /// Moves past the next row by the same rules as `next()`, without making its cells;
    /// false at the end of the file.
    mutating func skip() throws(Malformed) -> Bool {
        guard position < end else { return false }
        try bytes.withUnsafeBufferPointer { (buffer) throws(Malformed) in
            while try !field(buffer, keep: false).1 {}
        }
        return true
    }

    /// Reads one field and what ends it (true: the end of the row). With `keep` false the
    /// field is only passed over, and nil returned for it.
    private mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, keep: Bool) throws(Malformed) -> (String?, Bool) {
        let count = bytes.count
        // A quote opens a quoted field only as the field's first byte; anywhere else in an
        // unquoted field it is text (`Monitor 5" wide`).
        if position < count && bytes[position] == Self.quote {
            let opened = line
            position += 1
            var value: [UInt8] = []
            while true {
                guard position < count else { throw Malformed(line: opened, detail: .init(en: "a quoted field is not closed", id: "kolom yang diawali tanda kutip tidak ditutup")) }
                let byte = bytes[position]
                if byte == Self.quote {
                    if position + 1 < count && bytes[position + 1] == Self.quote {
                        if keep { value.append(Self.quote) }
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
                // Lines are counted as between rows: LF, CRLF, or a CR alone.
                if byte == Self.lf || (byte == Self.cr && (position + 1 == count || bytes[position + 1] != Self.lf)) { line += 1 }
                if keep { value.append(byte) }
                position += 1
            }
            guard let end = endOfField(bytes) else { throw Malformed(line: line, detail: .init(en: "text after a closing quote", id: "ada teks setelah tanda kutip penutup")) }
            return (value.isEmpty ? nil : String(decoding: value, as: UTF8.self), end)
        }
        let start = position
        while position < count {
            let byte = bytes[position]
            if byte == delimiter || byte == Self.lf || byte == Self.cr { break }
            position += 1
        }
        let stop = position
        let end = endOfField(bytes)!
        guard keep, stop > start else { return (nil, end) }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self), end)
    }

    /// Consumes the delimiter or line break after a field: false after a delimiter, true at
    /// the end of a row, nil when something else follows.
    private mutating func endOfField(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard position < bytes.count else { return true }
        switch bytes[position] {
        case delimiter:
            position += 1
            return false
        case Self.cr:
            position += 1
            if position < bytes.count && bytes[position] == Self.lf { position += 1 }
            line += 1
            return true
        case Self.lf:
            position += 1
            line += 1
            return true
        default:
            return nil
        }
    }
}
