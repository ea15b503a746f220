import SetaraDomain

/// Dates: "17/08/2025", "17-08-2025", "17.08.2025", "17/08/25", "2025-08-17", "17 Agt 2025",
/// "17 August 2025", "August 17, 2025". Day first, as in Indonesia, in both languages.
///
/// Indonesian: "tujuh belas Agustus dua ribu dua puluh lima". English: "the seventeenth of August
/// twenty twenty-five", or "August seventeenth, twenty twenty-five" when the month comes first.
/// A date that does not exist ("31/02/2025") is read as written, number by number with its
/// separators named, so that the listener hears exactly what is on the screen.
enum DateRule {
    static let edge = #"(?<![\p{L}\p{N}.,/:-])"#
    static let end = #"(?![\p{L}\p{N}]|[.,/:-][0-9])"#
    static let dayFirst = Pattern(edge + #"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})"# + end, needs: Pattern.digits)
    static let shortYear = Pattern(edge + #"([0-9]{1,2})(/)([0-9]{1,2})/([0-9]{2})"# + end, needs: Pattern.digits)
    static let iso = Pattern(edge + #"([0-9]{4})-([0-9]{2})-([0-9]{2})"# + end, needs: Pattern.digits)
    static let dayMonth = Pattern(
        #"(?<![\p{L}\p{N}])([0-9]{1,2})(?:st|nd|rd|th)?\s(\p{Lu}\p{L}{2,8})\.?(?:,?\s([0-9]{4}))?(?![\p{L}\p{N}])"#,
        needs: Pattern.digits)
    static let monthDay = Pattern(
        #"(?<![\p{L}\p{N}])(\p{Lu}\p{L}{2,8})\.?\s([0-9]{1,2})(?:st|nd|rd|th)?(?:,?\s([0-9]{4}))?(?![\p{L}\p{N}])"#,
        needs: Pattern.digits)

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        for pattern in [dayFirst, shortYear] {
            rewrite.replace(pattern) { match in
                guard let day = match[1], let separator = match[2], let month = match[3], let year = match[4] else { return nil }
                let fullYear = year.count == 2 ? "20" + year : year
                if let spoken = say(day: day, month: month, year: fullYear, normalizer) {
                    return rewrite.keep(spoken, quantity: true)
                }
                return rewrite.keep(literal([day, month, year], separator: separator, normalizer))
            }
        }
        rewrite.replace(iso) { match in
            guard let year = match[1], let month = match[2], let day = match[3] else { return nil }
            if let spoken = say(day: day, month: month, year: year, normalizer) { return rewrite.keep(spoken, quantity: true) }
            return rewrite.keep(literal([year, month, day], separator: "-", normalizer))
        }
        rewrite.replace(dayMonth) { match in
            guard let day = match[1], let name = match[2], let month = normalizer.vocabulary.month(named: name)
            else { return nil }
            guard let spoken = say(day: day, month: String(month), year: match[3], normalizer) else { return nil }
            return rewrite.keep(spoken, quantity: true)
        }
        guard normalizer.language == .en else { return }
        rewrite.replace(monthDay) { match in
            let year = match[3].flatMap { UInt64($0) }
            guard let name = match[1], let month = normalizer.vocabulary.month(named: name), let day = match[2],
                  let dayNumber = UInt64(day), isValid(day: dayNumber, month: UInt64(month), year: year)
            else { return nil }
            var spoken = "\(normalizer.vocabulary.months[month - 1]) \(EnglishNumbers.ordinal(dayNumber))"
            if let year { spoken += ", \(EnglishNumbers.year(year))" }
            return rewrite.keep(spoken, quantity: true)
        }
    }

    /// The date in words, or nil when there is no such day.
    static func say(day: String, month: String, year: String?, _ normalizer: TextNormalizer) -> String? {
        guard let dayNumber = UInt64(day), let monthNumber = UInt64(month) else { return nil }
        let yearNumber = year.flatMap { UInt64($0) }
        guard isValid(day: dayNumber, month: monthNumber, year: yearNumber) else { return nil }
        let monthName = normalizer.vocabulary.months[Int(monthNumber) - 1]
        switch normalizer.language {
        case .id:
            let words = "\(IndonesianNumbers.cardinal(dayNumber)) \(monthName)"
            return yearNumber.map { "\(words) \(IndonesianNumbers.cardinal($0))" } ?? words
        case .en:
            let words = "the \(EnglishNumbers.ordinal(dayNumber)) of \(monthName)"
            return yearNumber.map { "\(words) \(EnglishNumbers.year($0))" } ?? words
        }
    }

    static func isValid(day: UInt64, month: UInt64, year: UInt64?) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year.map { ($0 % 4 == 0 && $0 % 100 != 0) || $0 % 400 == 0 } ?? true
        let lengths: [UInt64] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[Int(month) - 1]
    }

    /// "31/02/2025" as "tiga puluh satu garis miring nol dua garis miring dua ribu dua puluh lima".
    static func literal(_ parts: [String], separator: String, _ normalizer: TextNormalizer) -> String {
        let name = separator.first.flatMap { normalizer.vocabulary.characterNames[$0] } ?? " "
        return parts.map { NumberWords.whole($0, normalizer.language) }.joined(separator: " \(name) ")
    }
}
