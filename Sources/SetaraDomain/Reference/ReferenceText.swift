/// The reference lists of `Reference/` as text compiled into SetaraDomain (see
/// scripts/update-reference), read once, on first use, by `ReferenceCSV`.
enum ReferenceText {}

/// Reads the small CSV dialect of `Reference/`: `#` comment lines, a header line, fields in double
/// quotes when they hold a comma ("" for a quote inside). No I/O: the text is compiled in.
enum ReferenceCSV {
    /// The rows after the header, each as its fields. Read byte by byte: the lists are read at
    /// the start of a look-up, which is a whole process of its own.
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            var header = true
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
                if header { header = false; continue }
                rows.append(fields(line))
            }
            return rows
        }
    }

    static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var fields: [String] = []
        var current: [UInt8] = []
        var quoted = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            index += 1
            if quoted {
                if byte == quote {
                    if index < line.count && line[index] == quote { current.append(quote); index += 1 } else { quoted = false }
                } else {
                    current.append(byte)
                }
            } else if byte == quote {
                quoted = true
            } else if byte == comma {
                fields.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else if byte != 13 {
                current.append(byte)
            }
        }
        fields.append(String(decoding: current, as: UTF8.self))
        return fields
    }
}

/// Words of a name or title as a search compares them: lower case, letters and digits only.
public enum SearchWords {
    public static func of(_ text: String) -> [String] {
        // The lists are ASCII: lower-cased and split byte by byte; other text letter by letter.
        guard text.utf8.allSatisfy({ $0 < 128 }) else {
            return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// True when every query word starts some word of the title ("entri dat" finds "Petugas Entri Data").
    static func allStart(_ query: [String], in words: [String]) -> Bool {
        query.allSatisfy { q in words.contains { $0.hasPrefix(q) } }
    }

    /// True when the query words appear one after another in the title.
    static func phrase(_ query: [String], in words: [String]) -> Bool {
        guard !query.isEmpty, query.count <= words.count else { return false }
        for start in 0...(words.count - query.count) where zip(words[start...], query).allSatisfy({ $0 == $1 }) {
            return true
        }
        return false
    }
}

/// What a name given where a code is asked comes to.
public enum NameResolution<Entry: Sendable>: Sendable {
    /// The text was a code (it still has to be checked that it exists), or a name that fits one entry.
    case code(String)
    /// A name that fits several entries, best first: the person chooses.
    case ambiguous([Entry])
    /// No entry has that name.
    case notFound
}

extension NameResolution: Equatable where Entry: Equatable {}
