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
        var detail: String
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

    /// Where the rows after `from` can be split in about `parts` equal pieces: positions just
    /// after a line break that is outside quotes, with the line number that starts there.
    static func splitPoints(_ bytes: [UInt8], from: Int, parts: Int) -> [(position: Int, line: Int)] {
        guard parts > 1, bytes.count - from > 1 << 20 else { return [] }
        var points: [(Int, Int)] = []
        var quoted = false
        var line = 1
        var target = from + (bytes.count - from) / parts
        var index = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                let byte = buffer[index]
                if byte == quote {
                    quoted.toggle()
                } else if byte == lf {
                    line += 1
                    if !quoted && index >= target && index + 1 < buffer.count {
                        points.append((index + 1, line))
                        if points.count == parts - 1 { return }
                        target = from + (buffer.count - from) * (points.count + 1) / parts
                    }
                }
                index += 1
            }
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
                let (cell, endOfRow) = try field(buffer)
                cells.append(cell)
                if endOfRow { return }
            }
        }
        return Row(line: start, cells: cells)
    }

    private mutating func field(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> (String?, Bool) {
        let count = bytes.count
        if position < count && bytes[position] == Self.quote {
            let opened = line
            position += 1
            var value: [UInt8] = []
            while true {
                guard position < count else { throw Malformed(line: opened, detail: "a quoted field is not closed") }
                let byte = bytes[position]
                if byte == Self.quote {
                    if position + 1 < count && bytes[position + 1] == Self.quote {
                        value.append(Self.quote)
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
                if byte == Self.lf { line += 1 }
                value.append(byte)
                position += 1
            }
            let end = endOfField(bytes)
            guard end != nil else { throw Malformed(line: line, detail: "text after a closing quote") }
            return (value.isEmpty ? nil : String(decoding: value, as: UTF8.self), end!)
        }
        let start = position
        while position < count {
            let byte = bytes[position]
            if byte == delimiter || byte == Self.lf || byte == Self.cr { break }
            position += 1
        }
        let stop = position
        let end = endOfField(bytes)!
        return (stop > start ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self) : nil, end)
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
