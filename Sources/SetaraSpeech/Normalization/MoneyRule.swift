import SetaraDomain

/// Rupiah amounts: "Rp 4.500.000", "Rp4.500.000,-", "Rp. 4.500.000,00", "Rp 4,5 juta", "IDR 4500000",
/// "Rp 4-5 juta", "Rp 4.000.000 - Rp 6.000.000". The amount in words, then the currency word,
/// which the lexicon may respell ("rupiah" for the English voice).
enum MoneyRule {
    static let amount = #"[0-9]{1,3}(?:[.,][0-9]{3})+(?:[.,][0-9]{1,2})?(?![0-9])|[0-9]+(?:[.,][0-9]{1,2})?(?![0-9])"#
    static let prefix = #"(?:Rp|RP|rp|IDR)\.?\s?"#
    static let scale = #"(?i:juta|jt|ribu|rb|miliar|milyar|triliun|million|billion|thousand|trillion|mio|bn)|M|T|[Kk]"#
    static let pattern = Pattern(
        #"(?<![\p{L}\p{N}])"# + prefix + "(\(amount))"
            + #"(?:\s?[-–]\s?(?:"# + prefix + ")?(\(amount)))?"
            + #"(?:\s?("# + scale + #")(?![\p{L}\p{N}]))?"#
            + #"(?:,-|\.-|,00(?![0-9]))?"#,
        needs: Pattern.digits)

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        let language = normalizer.language
        rewrite.replace(pattern) { match in
            guard let first = match[1] else { return nil }
            let scaleWord = match[3].map { Self.scaleWord($0, language) }
            let scaled = scaleWord != nil
            guard let low = NumberWords.parse(first, language, money: true, scaled: scaled) else { return nil }
            var spoken = rewrite.keep(words(low, scaleWord: match[2] == nil ? scaleWord : nil, language), quantity: true)
            if let second = match[2] {
                guard let high = NumberWords.parse(second, language, money: true, scaled: scaled) else { return nil }
                spoken += normalizer.vocabulary.range + rewrite.keep(words(high, scaleWord: scaleWord, language), quantity: true)
            }
            return spoken + normalizer.vocabulary.currency + " "
        }
    }

    /// Whole rupiah amounts drop zero cents (",00").
    static func words(_ amount: NumberWords.Amount, scaleWord: String?, _ language: Language) -> String {
        var amount = amount
        if let decimals = amount.decimals, decimals.allSatisfy({ $0 == "0" }) { amount.decimals = nil }
        let words = amount.words(language)
        return scaleWord.map { "\(words) \($0)" } ?? words
    }

    static func scaleWord(_ written: String, _ language: Language) -> String {
        let index: Int
        switch written.lowercased() {
        case "juta", "jt", "million", "mio": index = 1
        case "miliar", "milyar", "billion", "bn": index = 2
        case "triliun", "trillion", "t": index = 3
        case "m": index = 2
        default: index = 0
        }
        let names = language == .id ? ["ribu", "juta", "miliar", "triliun"] : ["thousand", "million", "billion", "trillion"]
        return names[index]
    }
}
