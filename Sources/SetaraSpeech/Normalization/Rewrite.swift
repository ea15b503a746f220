import Foundation

/// The text being normalised, one rule after the other.
///
/// A rule replaces what it understood by the words to say. Words that no later rule may touch
/// (a number already in words, a lexicon pronunciation) are kept aside and stand in the text as
/// one private-use character each, so later patterns can neither match inside them nor mistake
/// them for digits or letters. Kept quantities (amounts, dates, times) use a range of their own so
/// that "Q - Q" can be read as a range.
final class Rewrite {
    static let quantityBase: UInt32 = 0xE000
    static let wordsBase: UInt32 = 0xF000
    static let capacity = 0x800

    var text: String {
        didSet { present = nil }
    }
    private var present: ScalarSet?
    private var quantities: [String] = []
    private var words: [String] = []

    init(_ text: String) {
        self.text = text
    }

    /// Sets words aside; returns the placeholder, with spaces around it, to put in the text.
    func keep(_ spoken: String, quantity: Bool = false) -> String {
        let trimmed = spoken.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return " " }
        let base = quantity ? Self.quantityBase : Self.wordsBase
        let count = quantity ? quantities.count : words.count
        // Beyond the capacity (a text far longer than any prompt) the words simply stay in the text.
        guard count < Self.capacity, let scalar = Unicode.Scalar(base + UInt32(count)) else { return " \(trimmed) " }
        if quantity { quantities.append(trimmed) } else { words.append(trimmed) }
        return " \(Character(scalar)) "
    }

    /// Replaces every match for which `transform` gives a replacement; nil leaves a match as it is.
    func replace(_ pattern: Pattern, _ transform: (PatternMatch) -> String?) {
        if let needs = pattern.needs, !mayMatch(needs) { return }
        let source = text
        let matches = pattern.regex.matches(in: source, range: NSRange(location: 0, length: source.utf16.count))
        if matches.isEmpty { return }
        var result = ""
        var last = source.startIndex
        var changed = false
        for match in matches {
            guard let bounds = Range(match.range, in: source),
                  let replacement = transform(PatternMatch(result: match, text: source)) else { continue }
            result += source[last..<bounds.lowerBound]
            result += replacement
            last = bounds.upperBound
            changed = true
        }
        guard changed else { return }
        result += source[last...]
        text = result
    }

    /// False when the text holds none of the characters.
    func mayMatch(_ needs: ScalarSet) -> Bool {
        if present == nil { present = ScalarSet(text) }
        return present?.intersects(needs) ?? true
    }

    /// The text with every placeholder put back and the spacing tidied.
    func finish() -> String {
        var out = UTF8Builder(capacity: text.utf8.count * 4)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= Self.quantityBase, value < Self.quantityBase + UInt32(quantities.count) {
                out.append(quantities[Int(value - Self.quantityBase)])
            } else if value >= Self.wordsBase, value < Self.wordsBase + UInt32(words.count) {
                out.append(words[Int(value - Self.wordsBase)])
            } else {
                out.append(scalar)
            }
        }
        return Self.tidy(out.bytes)
    }

    /// One space between words, none before closing punctuation, after an opening bracket or
    /// before a suffix ("-nya"), no empty clauses.
    static func tidy(_ text: String) -> String {
        tidy(Array(text.utf8))
    }

    private static let closing = Set(",.;:!?)".utf8)
    private static let clauseEnds = Set(",.;:!?(".utf8)

    static func tidy(_ bytes: [UInt8]) -> String {
        let space = UInt8(ascii: " "), comma = UInt8(ascii: ","), period = UInt8(ascii: "."), open = UInt8(ascii: "(")
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let hyphen = UInt8(ascii: "-")
        for (index, byte) in bytes.enumerated() {
            // A suffix after a kept word: "ka te pe -nya" is "ka te pe-nya".
            if byte == hyphen, out.last == space, index + 1 < bytes.count, bytes[index + 1] >= 0x61, bytes[index + 1] <= 0x7A {
                out.removeLast()
            }
            if byte == space {
                if let last = out.last, last != space, last != open { out.append(space) }
                continue
            }
            if closing.contains(byte) {
                while out.last == space { out.removeLast() }
                if byte == comma {
                    guard let last = out.last, !clauseEnds.contains(last) else { continue }
                }
                if byte == period, out.last == comma { out.removeLast() }
            }
            out.append(byte)
        }
        while out.last == space || out.last == comma { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
