/// Symbols eSpeak drops or misreads, said in words. In Indonesian: "<" "kurang dari", ">" "lebih
/// dari", "<=" "kurang dari atau sama dengan", "%" "persen", "/" "per" before a unit ("/bulan"),
/// "per" between numbers, "atau" between words; "&" "dan", "+" "tambah" between numbers and "plus"
/// elsewhere, "=" "sama dengan", "@" "et", "#" "nomor" before a number and "pagar" alone, "*"
/// "bintang" alone, "~" "sekitar", "°C" "derajat Celsius", "$5" "lima dolar"; a dash between two
/// numbers, dates, times or days "sampai"; a dash between words a pause. English has the same
/// rules in its own words. A word in angle brackets ("<Enter>") is the name of a key: just the word.
enum SymbolRule {
    static let quantity = #"[\x{E000}-\x{EFFF}]"#
    static let wordLike = #"[\p{L}\p{N}\x{E000}-\x{F8FF}]"#
    /// "<Enter>", or "<" and ">" around a word the lexicon has already replaced.
    static let keyName = Pattern(#"<(?:\s?([\x{F000}-\x{F8FF}])\s?|(\p{L}[\p{L}\p{N} _-]{0,30}))>"#, needs: "<")
    static let arrow = Pattern(#"\s*(?:->|=>|<-|<=>|[→←↑↓⇒⇐⇔↔⟶⟵])\s*"#, needs: "<>→←↑↓⇒⇐⇔↔⟶⟵")
    static let range = Pattern("(\(quantity))\\s*(?:-|–|—)\\s*(?=\(quantity))", needs: "-–—")
    static let letterDash = Pattern(#"(?<=\p{L})\s?[-–—]\s?(?=\p{L})"#, needs: "-–—")
    static let days: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "monday",
                                    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let comparison = Pattern(#"<=|≤|=<|>=|≥|<>|!=|≠|<|>"#, needs: "<>=!≤≥≠")
    static let comparisonWords: [String: @Sendable (Vocabulary) -> String] = [
        "<=": { $0.lessOrEqual }, "≤": { $0.lessOrEqual }, "=<": { $0.lessOrEqual },
        ">=": { $0.greaterOrEqual }, "≥": { $0.greaterOrEqual },
        "<>": { $0.notEqual }, "!=": { $0.notEqual }, "≠": { $0.notEqual },
        "<": { $0.lessThan }, ">": { $0.greaterThan },
    ]
    static let currencyBefore = Pattern("(?:US|S|A)?\\$\\s*(\(quantity))", needs: "$")
    static let euroBefore = Pattern("€\\s*(\(quantity))", needs: "€")
    static let celsius = Pattern(#"°\s?C(?![\p{L}])"#, needs: "°")
    static let perUnit = Pattern(#"/\s?(\p{L}+)"#, needs: "/")
    static let fraction = Pattern("(\(quantity))\\s*/\\s*(?=\(quantity))", needs: "/")
    static let slashBetweenWords = Pattern("(?<=\(wordLike))\\s?/\\s?(?=\(wordLike))(?=(\\p{L}*))", needs: "/")
    static let addition = Pattern("(\(quantity))\\s*\\+\\s*(?=\(quantity))", needs: "+")
    static let hashNumber = Pattern("#\\s*(?=\(quantity))", needs: "#")
    static let aloneStar = Pattern(#"(?<![^\s])\*(?![^\s])"#, needs: "*")
    static let dashPause = Pattern(#"\s+[-–—]+\s+|\s*[–—]\s*|--+|^\s*[-–—]\s*"#, needs: "-–—")
    static let symbol = Pattern(#"[%&+=@#~±×÷°$€]"#, needs: "%&+=@#~±×÷°$€")
    static let symbolWords: [String: @Sendable (Vocabulary) -> String] = [
        "%": { $0.percent }, "&": { $0.and }, "+": { $0.plus }, "=": { $0.equals }, "@": { $0.at },
        "#": { $0.hash }, "~": { $0.about }, "±": { $0.plusMinus }, "×": { $0.times }, "÷": { $0.dividedBy },
        "°": { $0.degrees }, "$": { $0.dollars }, "€": { $0.euros },
    ]
    static let pause = Pattern(#"\s*[|•·‣◦]\s*"#, needs: "|•·‣◦")
    static let silent = Pattern(#"[*_\\^"“”„«»]"#, needs: #"*_\^"“”„«»"#)

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        let words = normalizer.vocabulary
        rewrite.replace(keyName) { match in (match[1] ?? match[2]).map { " \($0) " } }
        rewrite.replace(arrow) { _ in ", " }
        rewrite.replace(range) { match in match[1].map { "\($0) \(words.range) " } }
        // "Senin-Jumat": a range of days.
        rewrite.replace(letterDash) { match in
            let before = match.before(10).split(whereSeparator: { !$0.isLetter && $0 != "'" }).last
            let after = match.after(10).split(whereSeparator: { !$0.isLetter && $0 != "'" }).first
            guard let before, let after, days.contains(before.lowercased()), days.contains(after.lowercased()) else { return nil }
            return " \(words.range) "
        }
        rewrite.replace(comparison) { match in comparisonWords[match.whole].map { " \($0(words)) " } }
        rewrite.replace(currencyBefore) { match in match[1].map { "\($0) \(words.dollars) " } }
        rewrite.replace(euroBefore) { match in match[1].map { "\($0) \(words.euros) " } }
        rewrite.replace(celsius) { _ in " \(words.degrees) Celsius " }
        rewrite.replace(perUnit) { match in
            guard let unit = match[1], words.perUnits.contains(unit.lowercased()) else { return nil }
            return " \(words.per) \(unit)"
        }
        rewrite.replace(fraction) { match in match[1].map { "\($0) \(words.fraction) " } }
        // "dan/atau" is "dan atau", not "dan atau atau".
        rewrite.replace(slashBetweenWords) { match in match[1]?.lowercased() == words.or ? " " : " \(words.or) " }
        rewrite.replace(addition) { match in match[1].map { "\($0) \(words.add) " } }
        rewrite.replace(hashNumber) { _ in " \(words.number) " }
        rewrite.replace(aloneStar) { _ in " \(words.star) " }
        rewrite.replace(dashPause) { _ in ", " }
        rewrite.replace(symbol) { match in symbolWords[match.whole].map { " \($0(words)) " } }
        rewrite.replace(pause) { _ in ", " }
        rewrite.replace(silent) { _ in " " }
        if rewrite.text.contains("/") { rewrite.text = rewrite.text.replacingOccurrences(of: "/", with: " ") }
    }
}
