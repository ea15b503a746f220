/// Acronyms the lexicon does not know: words of two to five capital letters are spelled with the
/// language's letter names ("KBJI" "ka be je i", "ULD" "u el de"); one to three capitals with one
/// or two digits ("S2", "D4", "K3") are spelled and the number said ("es dua").
///
/// A text mostly in capitals ("PERHATIAN SEMUA PESERTA ...") is shouting, not acronyms: its short
/// capital words are spelled only when they have no vowel ("BPJS"); the others are read as words.
enum AcronymRule {
    static let withDigits = Pattern(#"(?<![\p{L}\p{N}])([A-Z]{1,3})([0-9]{1,2})(?![\p{L}\p{N}])"#, needs: Pattern.digits)
    static let capitals = Pattern(#"(?<![\p{L}\p{N}])[A-Z]{2,}(?![\p{L}\p{N}])"#, needs: "ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        let vocabulary = normalizer.vocabulary
        rewrite.replace(withDigits) { match in
            guard let letters = match[1], let digits = match[2] else { return nil }
            return rewrite.keep("\(vocabulary.spellLetters(letters)) \(NumberWords.whole(digits, normalizer.language))")
        }
        let shouting = isShouting(rewrite.text)
        rewrite.replace(capitals) { match in
            let word = match.whole
            if shouting, word.contains(where: { "AEIOU".contains($0) }) { return word.lowercased() }
            return word.count <= 5 ? rewrite.keep(vocabulary.spellLetters(word)) : nil
        }
    }

    /// At least three words, and three in five of them, entirely in capitals.
    static func isShouting(_ text: String) -> Bool {
        var words = 0
        var capitals = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count > 1 {
            words += 1
            if word.allSatisfy(\.isUppercase) { capitals += 1 }
        }
        return capitals >= 3 && capitals * 5 >= words * 3
    }
}
