import SetaraDomain

/// Numbers in the words of either language, and the reading of written numbers: which separator
/// groups thousands and which one marks decimals.
public enum NumberWords {
    public static func cardinal(_ number: UInt64, _ language: Language) -> String {
        switch language {
        case .id: return IndonesianNumbers.cardinal(number)
        case .en: return EnglishNumbers.cardinal(number)
        }
    }

    public static func ordinal(_ number: UInt64, _ language: Language) -> String {
        switch language {
        case .id: return IndonesianNumbers.ordinal(number)
        case .en: return EnglishNumbers.ordinal(number)
        }
    }

    /// Every digit by its name, one after the other.
    public static func digits(_ text: String, _ language: Language) -> String {
        switch language {
        case .id: return IndonesianNumbers.digits(text)
        case .en: return EnglishNumbers.digits(text)
        }
    }

    /// An identifier or phone number digit by digit, in groups of at most four separated by
    /// commas (a short pause): 16 digits (a NIK) as four groups of four, 10 as 4-3-3, 9 as 3-3-3.
    public static func digitsInGroups(_ text: String, _ language: Language) -> String {
        groups(of: text.filter { $0.isASCII && $0.isWholeNumber }).map { digits(String($0), language) }
            .joined(separator: ", ")
    }

    /// Splits digits into as few groups of at most four as possible, as even as possible,
    /// longer groups first.
    static func groups(of digits: String) -> [Substring] {
        let count = digits.count
        guard count > 4 else { return count == 0 ? [] : [Substring(digits)] }
        let groupCount = (count + 3) / 4
        let base = count / groupCount
        let longer = count % groupCount
        var result: [Substring] = []
        var start = digits.startIndex
        for group in 0..<groupCount {
            let end = digits.index(start, offsetBy: base + (group < longer ? 1 : 0))
            result.append(digits[start..<end])
            start = end
        }
        return result
    }

    /// A written whole number in words; with a leading zero ("08", "007") digit by digit, as
    /// codes are read; too long for words, digit by digit.
    public static func whole(_ text: String, _ language: Language) -> String {
        if text.count > 1, text.hasPrefix("0") { return digits(text, language) }
        guard text.count <= 15, let number = UInt64(text) else { return digits(text, language) }
        return cardinal(number, language)
    }

    /// A parsed number: the whole part's digits and the decimal digits, if any.
    public struct Amount: Sendable, Equatable {
        public var whole: String
        public var decimals: String?

        public init(whole: String, decimals: String? = nil) {
            self.whole = whole
            self.decimals = decimals
        }

        /// In words: "empat koma lima", "four point five"; decimals digit by digit.
        public func words(_ language: Language) -> String {
            // "0,5" is a number, read in words; "08" alone is a code, read digit by digit.
            let trimmed = decimals == nil ? Substring(whole) : whole.drop(while: { $0 == "0" })
            let head = NumberWords.whole(trimmed.isEmpty ? "0" : String(trimmed), language)
            guard let decimals, !decimals.isEmpty else { return head }
            return "\(head) \(Vocabulary.of(language).decimalPoint) \(NumberWords.digits(decimals, language))"
        }
    }

    /// Reads a written number with separators: "4.500.000", "4,5", "1.250.000,50", "4,500,000.50".
    ///
    /// Both separators present: the last one marks decimals. One separator used more than once:
    /// thousands. One separator used once: thousands when exactly three digits follow and either it
    /// is the language's thousands separator ('.' in Indonesian, ',' in English) or the number is
    /// money without a scale word; decimals otherwise. Nil when the groups are not well formed
    /// (a version number such as "1.2.3").
    public static func parse(_ text: String, _ language: Language, money: Bool = false, scaled: Bool = false) -> Amount? {
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        if dots == 0, commas == 0 { return text.allSatisfy(\.isWholeNumber) && !text.isEmpty ? Amount(whole: text) : nil }
        let thousandsSeparator: Character
        var decimalSeparator: Character?
        if dots > 0, commas > 0 {
            guard let last = text.last(where: { $0 == "." || $0 == "," }) else { return nil }
            decimalSeparator = last
            thousandsSeparator = last == "." ? "," : "."
            guard text.filter({ $0 == last }).count == 1 else { return nil }
        } else {
            let separator: Character = dots > 0 ? "." : ","
            let count = max(dots, commas)
            let after = text.split(separator: separator, omittingEmptySubsequences: false).last?.count ?? 0
            let languageThousands: Character = language == .id ? "." : ","
            if count > 1 || (after == 3 && !scaled && (separator == languageThousands || money)) {
                thousandsSeparator = separator
            } else {
                thousandsSeparator = separator == "." ? "," : "."
                decimalSeparator = separator
            }
        }
        var wholeText = Substring(text)
        var decimals: String?
        if let decimalSeparator, let index = text.lastIndex(of: decimalSeparator) {
            wholeText = text[..<index]
            decimals = String(text[text.index(after: index)...])
            guard let decimals, !decimals.isEmpty, decimals.allSatisfy(\.isWholeNumber) else { return nil }
        }
        let groups = wholeText.split(separator: thousandsSeparator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isWholeNumber) }) else { return nil }
        return Amount(whole: groups.joined(), decimals: decimals)
    }
}
