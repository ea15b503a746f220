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
        guard var text, text != "[]" else { return [] }
        // As `encode` writes them: ["a","b"] without escapes or spaces, split without a parser.
        // Anything else (spaces, escapes, numbers) takes JSONSerialization.
        if let items = text.withUTF8({ splitPlain($0) }) { return items }
        guard let data = text.data(using: .utf8),
              let items = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return items
    }

    /// `["a","b"]` exactly as `encode` writes it, read byte by byte (the index loader reads one
    /// per vacancy); nil for anything else: spaces, escapes, control characters, numbers.
    private static func splitPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), backslash = UInt8(ascii: "\\")
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "["), bytes[bytes.count - 1] == UInt8(ascii: "]") else { return nil }
        var items: [String] = []
        var start = -1
        var expectItem = true
        for i in 1..<(bytes.count - 1) {
            let byte = bytes[i]
            if start >= 0 {
                if byte == quote {
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                } else if byte < 0x20 || byte == backslash {
                    return nil
                }
            } else if byte == quote, expectItem {
                start = i + 1
                expectItem = false
            } else if byte == comma, !expectItem {
                expectItem = true
            } else {
                return nil
            }
        }
        return start < 0 && !expectItem ? items : nil
    }
}
