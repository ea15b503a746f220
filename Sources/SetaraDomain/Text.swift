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

/// Control characters: refused in what people enter, and never printed raw (a name holding
/// ESC or BEL could otherwise move the cursor, ring, or forge lines of a terminal's output).
extension String {
    /// True when the text holds a control character: C0 (NUL, BEL, ESC, ...), DEL, C1, or the
    /// Unicode line and paragraph separators. With `lineBreaksAllowed`, tab, line feed and
    /// carriage return are allowed (an address written on two lines).
    public func hasControlCharacter(lineBreaksAllowed: Bool = false) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 {
                if !(lineBreaksAllowed && (byte == 0x09 || byte == 0x0A || byte == 0x0D)) { return true }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2 && (0x80...0x9F).contains(byte) {
                return true  // C1: U+0080 to U+009F
            } else if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9) {
                return true  // U+2028, U+2029
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The text with each control character written out visibly as `\u{1B}`, for messages.
    public var escapingControlCharacters: String {
        guard hasControlCharacter() else { return self }
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            if String.isControl(scalar) {
                out += "\\u{" + zeroPadded(hex: scalar.value) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text as one line of a screen: line breaks and tabs become a space, any other control
    /// character is written out visibly (`\u{1B}`).
    public var forDisplay: String {
        guard hasControlCharacter() else { return self }
        var out = ""
        var lastWasBreak = false
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029:
                if !lastWasBreak { out += " " }
                lastWasBreak = true
                continue
            default:
                if String.isControl(scalar) {
                    out += "\\u{" + zeroPadded(hex: scalar.value) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            lastWasBreak = false
        }
        return out
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private func zeroPadded(hex value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count >= 2 ? digits : "0" + digits
    }
}
