/// The reference lists of `Reference/` as text compiled into SetaraDomain (see
/// scripts/update-reference), read once, on first use, by `ReferenceCSV`.
enum ReferenceText {}

/// Reads the small CSV dialect of `Reference/`: `#` comment lines, a header line, fields in double
/// quotes when they hold a comma ("" for a quote inside). No I/O: the text is compiled in.
enum ReferenceCSV {
    /// The rows after the header, each as its fields.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var header = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            if header { header = false; continue }
            rows.append(fields(line))
        }
        return rows
    }

    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}

/// Words of a name or title as a search compares them: lower case, letters and digits only.
enum SearchWords {
    static func of(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
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
