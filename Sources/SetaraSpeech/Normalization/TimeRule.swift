/// Times of day. Indonesian writes "08.30" or "08:30": "pukul delapan lewat tiga puluh",
/// "pukul empat belas lewat lima", "pukul delapan" on the hour; after "pukul", "pkl." or "jam"
/// no second "pukul" is added.
/// English writes "8:30", "2:05 pm", "8 am": "eight thirty", "two oh five pee em", "eight o'clock";
/// it also reads Indonesian "08.30" and "14.05" (two-digit hours; "8.30" stays a decimal, and so
/// does an amount after "$", "€" or "£").
/// Time zones (WIB, WITA, WIT) are in the lexicon.
enum TimeRule {
    static let indonesian = Pattern(
        #"(?<![\p{L}\p{N}.,:])([01]?[0-9]|2[0-4])[.:]([0-5][0-9])(?:[.:]([0-5][0-9]))?(?![\p{N}]|[.,:][0-9])"#,
        needs: Pattern.digits)
    /// Words before a time that already say "at ... o'clock".
    static let clockWords: Set<String> = ["pukul", "jam", "pkl"]
    static let english = Pattern(
        #"(?<![\p{L}\p{N}.,:$€£]|[$€£]\s)(?:([01]?[0-9]|2[0-4]):|([01][0-9]|2[0-4])\.)([0-5][0-9])"#
            + #"(?:[.:]([0-5][0-9]))?(?![\p{N}]|[.,:][0-9])(?:\s?([AaPp])\.?[Mm]\b\.?)?"#,
        needs: Pattern.digits)
    static let englishHour = Pattern(#"(?<![\p{L}\p{N}.,:])(1[0-2]|0?[0-9])\s?([AaPp])\.?[Mm]\b\.?"#, needs: Pattern.digits)

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        switch normalizer.language {
        case .id:
            rewrite.replace(indonesian) { match in
                guard let hour = match[1].flatMap({ UInt64($0) }), let minute = match[2].flatMap({ UInt64($0) })
                else { return nil }
                let second = match[3].flatMap { UInt64($0) } ?? 0
                let previous = match.before(8).split(whereSeparator: { !$0.isLetter }).last?.lowercased()
                let lead = previous.map(clockWords.contains) == true ? "" : "pukul "
                var words = lead + IndonesianNumbers.cardinal(hour)
                switch (minute, second) {
                case (0, 0): break
                case (_, 0): words += " lewat \(IndonesianNumbers.cardinal(minute))"
                default: words += " lewat \(IndonesianNumbers.cardinal(minute)) menit \(IndonesianNumbers.cardinal(second)) detik"
                }
                return rewrite.keep(words, quantity: true)
            }
        case .en:
            rewrite.replace(english) { match in
                guard let hour = (match[1] ?? match[2]).flatMap({ UInt64($0) }), let minute = match[3].flatMap({ UInt64($0) })
                else { return nil }
                let second = match[4].flatMap { UInt64($0) } ?? 0
                let words = english(hour: hour, minute: minute, second: second, meridiem: match[5], normalizer)
                return rewrite.keep(words, quantity: true)
            }
            rewrite.replace(englishHour) { match in
                guard let hour = match[1].flatMap({ UInt64($0) }) else { return nil }
                return rewrite.keep(english(hour: hour, minute: 0, second: 0, meridiem: match[2], normalizer), quantity: true)
            }
        }
    }

    static func english(hour: UInt64, minute: UInt64, second: UInt64, meridiem: String?, _ normalizer: TextNormalizer) -> String {
        if hour == 0, minute == 0, second == 0, meridiem == nil { return "midnight" }
        var words = EnglishNumbers.cardinal(hour)
        switch minute {
        case 0: if meridiem == nil { words += " o'clock" }
        case 1...9: words += " oh \(EnglishNumbers.cardinal(minute))"
        default: words += " \(EnglishNumbers.cardinal(minute))"
        }
        if second > 0 { words += " and \(EnglishNumbers.cardinal(second)) seconds" }
        if let meridiem { words += " \(normalizer.vocabulary.spellLetters(meridiem + "m"))" }
        return words
    }
}
