import Foundation
import SetaraDomain

/// Pronunciations a specialist adds in `Voices/<lang>/lexicon.yaml`: a word, an abbreviation or a
/// phrase, and how eSpeak should be told to say it.
///
/// Entries match whole words (the characters around a match are not letters or digits), ignoring
/// case unless an entry says `match_case: true`; the longest entry that matches wins. What an entry
/// says is final: no built-in rule changes it.
public struct Lexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var text: String
        public var say: String
        public var matchCase: Bool
        public var note: String?
        /// Where the entry is in its file, for messages.
        public var line: Int?

        public init(text: String, say: String, matchCase: Bool = false, note: String? = nil, line: Int? = nil) {
            self.text = text
            self.say = say
            self.matchCase = matchCase
            self.note = note
            self.line = line
        }
    }

    public private(set) var entries: [Entry]
    /// Each entry's text as Unicode scalars, as written and lower-cased.
    private var patterns: [Compiled] = []
    /// Entries by the lower-cased first scalar of their text, longest first.
    private var byFirst: [UInt32: [Int]] = [:]

    private struct Compiled: Sendable {
        var exact: [Unicode.Scalar]
        var folded: [Unicode.Scalar]
        var matchCase: Bool
    }

    public init() {
        entries = []
    }

    /// A lexicon of these entries; of two entries with the same text, the later one is used.
    public init(entries: [Entry]) {
        var kept: [Entry] = []
        var positions: [String: Int] = [:]
        for var entry in entries {
            entry.text = Self.collapse(entry.text)
            entry.say = Self.collapse(entry.say)
            guard !entry.text.isEmpty, !entry.say.isEmpty else { continue }
            let key = entry.matchCase ? "=" + entry.text : "~" + entry.text.lowercased()
            if let position = positions[key] { kept[position] = entry } else {
                positions[key] = kept.count
                kept.append(entry)
            }
        }
        self.entries = kept
        patterns = kept.map { entry in
            let exact = Array(entry.text.unicodeScalars)
            return Compiled(exact: exact, folded: exact.map(Self.fold), matchCase: entry.matchCase)
        }
        for (index, pattern) in patterns.enumerated() {
            guard let first = pattern.folded.first else { continue }
            byFirst[first.value, default: []].append(index)
        }
        for key in byFirst.keys {
            byFirst[key]?.sort { patterns[$0].exact.count > patterns[$1].exact.count }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// What the lexicon says for exactly this text (a whole word or phrase), if anything.
    public func pronunciation(of text: String) -> String? {
        let scalars = Array(Self.collapse(text).unicodeScalars)
        let folded = scalars.map(Self.fold)
        guard let first = folded.first, let candidates = byFirst[first.value] else { return nil }
        for index in candidates where patterns[index].exact.count == scalars.count
            && matches(patterns[index], scalars, folded, at: 0) {
            return entries[index].say
        }
        return nil
    }

    /// Replaces every whole-word occurrence of an entry by what it says, kept from later rules.
    func apply(to rewrite: Rewrite) {
        guard !entries.isEmpty else { return }
        let scalars = Array(rewrite.text.unicodeScalars)
        let folded = scalars.map(Self.fold)
        let isWord = scalars.map(Self.isWordScalar)
        var out = UTF8Builder(capacity: rewrite.text.utf8.count)
        var position = 0
        var copied = 0
        var changed = false
        scan: while position < scalars.count {
            // An entry starts a word: nothing to try in the middle of one.
            if !(isWord[position] && position > 0 && isWord[position - 1]), let candidates = byFirst[folded[position].value] {
                for index in candidates {
                    let pattern = patterns[index]
                    let end = position + pattern.exact.count
                    guard matches(pattern, scalars, folded, at: position) else { continue }
                    if isWord[end - 1], end < scalars.count, isWord[end] { continue }
                    out.append(contentsOf: scalars[copied..<position])
                    out.append(rewrite.keep(entries[index].say))
                    position = end
                    copied = end
                    changed = true
                    continue scan
                }
            }
            position += 1
        }
        guard changed else { return }
        out.append(contentsOf: scalars[copied...])
        rewrite.text = out.string
    }

    private func matches(_ pattern: Compiled, _ scalars: [Unicode.Scalar], _ folded: [Unicode.Scalar], at start: Int) -> Bool {
        let expected = pattern.matchCase ? pattern.exact : pattern.folded
        guard start + expected.count <= scalars.count else { return false }
        let actual = pattern.matchCase ? scalars : folded
        for offset in 0..<expected.count where actual[start + offset] != expected[offset] { return false }
        return true
    }

    /// Lower case, scalar by scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    /// Letters, digits and the marks that combine with them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
