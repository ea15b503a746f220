import Foundation

/// Lists of short strings are kept as JSON arrays in one column: readable with the sqlite3
/// tool, and encoded here by hand because the bulk import writes hundreds of thousands of them.
enum JSONList {
    static func encode(_ items: [String]) -> String {
        if items.isEmpty { return "[]" }
        // Most items need no escaping: join them directly.
        if items.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") } }) {
            return "[\"" + items.joined(separator: "\",\"") + "\"]"
        }
        var out = "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for scalar in item.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, text != "[]" else { return [] }
        // As `encode` writes them: ["a","b"] without escapes or spaces, split without a parser.
        // Anything else (spaces, escapes, numbers) takes JSONSerialization.
        if text.utf8.count > 4, text.hasPrefix("[\""), text.hasSuffix("\"]"), !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") }) {
            let items = text.dropFirst(2).dropLast(2).split(separator: "\",\"", omittingEmptySubsequences: false)
            if !items.contains(where: { $0.utf8.contains(UInt8(ascii: "\"")) }) { return items.map(String.init) }
        }
        guard let data = text.data(using: .utf8),
              let items = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return items
    }
}
