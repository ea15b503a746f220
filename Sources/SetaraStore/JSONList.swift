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
        guard let text, text != "[]", let data = text.data(using: .utf8),
              let items = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return items
    }
}
