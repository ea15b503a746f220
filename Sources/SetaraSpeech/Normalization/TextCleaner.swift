import Foundation

/// Removes what must never reach the synthesiser: terminal escape sequences, control and format
/// characters, emoji and pictographs, private-use characters; folds every kind of space into one
/// and turns line breaks into sentence ends.
enum TextCleaner {
    static func clean(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = UTF8Builder(capacity: text.utf8.count)
        var index = 0
        let blank = UInt8(ascii: " ")
        func lastVisible() -> UInt8? { out.bytes.last(where: { $0 != blank }) }
        func space() { if let last = out.last, last != blank { out.append(" ") } }

        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            switch value {
            case 0x1B:
                index = skipEscape(scalars, from: index + 1)
                continue
            case 0x9B:
                index = skipControlSequence(scalars, from: index + 1)
                continue
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                index = skipString(scalars, from: index + 1)
                continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                // A line break ends a sentence unless the line already ended with punctuation.
                if let last = lastVisible(), !".,;:!?".utf8.contains(last) {
                    while out.last == blank { out.removeLast() }
                    out.append(".")
                }
                space()
            case 0x09:
                space()
            case 0x20:
                space()
            case 0x21...0x7E:
                out.append(scalar)
            default:
                if scalar.properties.isWhitespace {
                    space()
                } else if isDropped(scalar) {
                    break
                } else if let latin = foreignLetter(scalar) {
                    for folded in latin.unicodeScalars { out.append(folded) }
                } else {
                    out.append(scalar)
                }
            }
            index += 1
        }
        while out.last == blank { out.removeLast() }
        return out.string
    }

    /// A letter or digit outside the Latin script, which eSpeak would read as its code point
    /// ("letter 210c"): its compatibility form when that is Latin ("ℌ" "H", "ｆ" "f", "ﬁ" "fi"),
    /// else its Latin transliteration ("Ж" "Zh", "α" "a"); empty when it has none, so that it is
    /// left out rather than read as a number (issue 12, 10). Nil for what eSpeak reads well as it is.
    static func foreignLetter(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        if value < 0x250 || (0x1E00...0x1EFF).contains(value) { return nil }   // Latin, with its accents
        let single = String(scalar)
        let compatible = single.precomposedStringWithCompatibilityMapping
        if isLatin(compatible) { return compatible }
        if let latin = single.applyingTransform(.toLatin, reverse: false), isLatin(latin) {
            return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        }
        return ""
    }

    private static func isLatin(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value < 0x250 || (0x1E00...0x1EFF).contains($0.value) }
    }

    /// Characters that are never spoken.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // The replacement character stands for bytes that were not valid text: eSpeak would say
        // its name (issue 12, 10).
        if value == 0xFFFD { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .format, .privateUse, .surrogate, .unassigned:
            return true
        default:
            break
        }
        switch value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF,   // variation selectors
             0x20E3,                                // combining keycap
             0x2500...0x25FF,                       // box drawing, block elements, geometric shapes
             0x2600...0x27BF,                       // miscellaneous symbols, dingbats
             0x2800...0x28FF,                       // braille patterns (terminal spinners)
             0x2B00...0x2BFF,                       // miscellaneous symbols and arrows
             0x1F000...0x1FAFF:                     // emoji, pictographs, playing cards, mahjong
            return true
        default:
            break
        }
        if value > 0x7F, properties.isEmoji || properties.isEmojiPresentation || properties.isEmojiModifier {
            return true
        }
        return false
    }

    /// After ESC: a control sequence (`ESC [`), an operating-system command or other string
    /// (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`), or a short escape (`ESC ( B`, `ESC c`).
    static func skipEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start] {
        case "[": return skipControlSequence(scalars, from: start + 1)
        case "]", "P", "X", "^", "_": return skipString(scalars, from: start + 1)
        default:
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
    }

    /// Parameters and intermediates, then one final byte in 0x40...0x7E.
    static func skipControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        return index
    }

    /// Up to and including BEL, ESC \ or the C1 string terminator.
    static func skipString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C: return index + 1
            case 0x1B: return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index + 1
            default: index += 1
            }
        }
        return index
    }
}
