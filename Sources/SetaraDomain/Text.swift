/// Small text helpers written on UTF-8 bytes: imports call them millions of times, and the
/// Foundation and Character-based versions made a 100,000-record import several times slower.
extension String {
    /// Without leading and trailing spaces, tabs, line breaks and no-break spaces (U+00A0).
    public var trimmed: String {
        // Most values have nothing to trim: return them without copying.
        if let first = utf8.first, let last = utf8.last, !TextBytes.mayTrim(first), !TextBytes.mayTrim(last) { return self }
        return TextBytes.trim(utf8)
    }
    /// A code as written in files: trimmed, lower case, with '-' and ' ' read as '_'.
    public var codeForm: String { TextBytes.codeForm(trimmed) }
    /// Without any white space (a NIK written in groups, "3171 0101 ...").
    public var withoutSpaces: String {
        // Printable ASCII has no white space to remove: the common case is not copied.
        if utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return self }
        return filter { !$0.isWhitespace }
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs, line breaks and no-break spaces (U+00A0).
    public var trimmed: String { TextBytes.trim(utf8) }
    /// A code as written in files: trimmed, lower case, with '-' and ' ' read as '_'.
    public var codeForm: String { TextBytes.codeForm(trimmed) }
}

enum TextBytes {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    static func mayTrim(_ byte: UInt8) -> Bool { isSpace(byte) || byte == 0xC2 || byte == 0xA0 }

    static func trim<C: BidirectionalCollection>(_ bytes: C) -> String where C.Element == UInt8 {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let next = bytes.index(after: start)
            if isSpace(bytes[start]) {
                start = next
            } else if bytes[start] == 0xC2, next < end, bytes[next] == 0xA0 {
                start = bytes.index(after: next)
            } else {
                break
            }
        }
        while end > start {
            let before = bytes.index(before: end)
            if isSpace(bytes[before]) {
                end = before
            } else if bytes[before] == 0xA0, before > start, bytes[bytes.index(before: before)] == 0xC2 {
                end = bytes.index(before: before)
            } else {
                break
            }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func codeForm(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(text.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        }
        return String(decoding: text.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
            case UInt8(ascii: "-"), UInt8(ascii: " "): return UInt8(ascii: "_")
            default: return byte
            }
        }, as: UTF8.self)
    }
}
