import Foundation

/// Numbers left once amounts, dates, times and identifiers are read: in words, with the
/// language's separators ("4.500.000" and "4,5" in Indonesian, "4,500,000" and "4.5" in English);
/// leading zeros digit by digit ("007"); ordinals ("ke-3" "ketiga", "3rd" "third"); Roman numerals
/// of classes and grades ("Kelas XII" "kelas dua belas"). A number that is not well formed
/// ("1.2.3") is read part by part with its separators named.
enum NumberRule {
    static let indonesianOrdinal = Pattern(#"(?<![\p{L}\p{N}])[Kk]e-([0-9]{1,3})(?![\p{N}])"#, needs: Pattern.digits)
    static let englishOrdinal = Pattern(#"(?<![\p{L}\p{N}])([0-9]{1,4})(?:st|nd|rd|th)(?![\p{L}\p{N}])"#, needs: Pattern.digits)
    static let roman = Pattern(#"(?<![\p{L}\p{N}])[IVX]{2,7}(?![\p{L}\p{N}])"#, needs: "IVX")
    static let number = Pattern(#"(?<![\p{L}\p{N}])[0-9]+(?:[.,][0-9]+)*(?![\p{N}])"#, needs: Pattern.digits)
    static let multiplier = Pattern(#"([\x{E000}-\x{EFFF}])\s*[x×](?![\p{L}\p{N}])"#, needs: "x×")

    /// Returns true when a number was written against a word ("5km"), which the lexicon may
    /// now recognise on its own.
    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) -> Bool {
        let language = normalizer.language
        switch language {
        case .id:
            rewrite.replace(indonesianOrdinal) { match in
                match[1].flatMap { UInt64($0) }.map { rewrite.keep(IndonesianNumbers.ordinal($0), quantity: true) }
            }
        case .en:
            rewrite.replace(englishOrdinal) { match in
                match[1].flatMap { UInt64($0) }.map { rewrite.keep(EnglishNumbers.ordinal($0), quantity: true) }
            }
        }
        rewrite.replace(roman) { match in
            romanValue(match.whole).map { rewrite.keep(NumberWords.cardinal($0, language), quantity: true) }
        }
        var attached = false
        rewrite.replace(number) { match in
            let text = match.whole
            if let next = match.after(1).unicodeScalars.first, next.properties.isAlphabetic { attached = true }
            if let amount = NumberWords.parse(text, language) {
                return rewrite.keep(amount.words(language), quantity: true)
            }
            return rewrite.keep(literal(text, normalizer), quantity: true)
        }
        rewrite.replace(multiplier) { match in
            match[1].map { "\($0) \(normalizer.vocabulary.times) " }
        }
        return attached
    }

    /// The value of a Roman numeral of I, V and X up to 39 ("XII" is 12), nil when not well formed.
    static func romanValue(_ text: String) -> UInt64? {
        var rest = Substring(text)
        var value: UInt64 = 0
        while rest.hasPrefix("X"), value < 30 {
            value += 10
            rest = rest.dropFirst()
        }
        let units: [(String, UInt64)] = [("VIII", 8), ("VII", 7), ("VI", 6), ("IX", 9), ("IV", 4), ("V", 5),
                                         ("III", 3), ("II", 2), ("I", 1), ("", 0)]
        for (numeral, number) in units where rest == numeral {
            return value + number
        }
        return nil
    }

    /// "1.2.3" as "satu titik dua titik tiga".
    static func literal(_ text: String, _ normalizer: TextNormalizer) -> String {
        var words: [String] = []
        var digits = ""
        for character in text {
            if character.isNumber {
                digits.append(character)
            } else {
                words.append(NumberWords.whole(digits, normalizer.language))
                digits = ""
                words.append(normalizer.vocabulary.characterNames[character] ?? " ")
            }
        }
        words.append(NumberWords.whole(digits, normalizer.language))
        return words.joined(separator: " ")
    }
}
