/// E-mail and web addresses, part by part: "info@disnaker.go.id" is "info et disnaker titik ge o
/// titik i de". Parts of one or two letters, and parts without a vowel, are spelled; longer parts
/// are read as words unless the lexicon says otherwise; digits are read one by one.
enum WebAddressRule {
    static let email = Pattern(
        #"(?<![\p{L}\p{N}._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![\p{L}\p{N}-])"#,
        needs: "@")
    static let web = Pattern(
        #"(?<![\p{L}\p{N}@])(?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)'\]]"#, caseInsensitive: true,
        needs: ".:")

    static func apply(to rewrite: Rewrite, _ normalizer: TextNormalizer) {
        rewrite.replace(email) { match in
            guard let user = match[1], let domain = match[2] else { return nil }
            return rewrite.keep("\(read(user, normalizer)) \(normalizer.vocabulary.at) \(read(domain, normalizer))")
        }
        rewrite.replace(web) { match in
            var address = Substring(match.whole)
            for scheme in ["https://", "http://"] where address.lowercased().hasPrefix(scheme) {
                address = address.dropFirst(scheme.count)
            }
            return rewrite.keep(read(String(address), normalizer))
        }
    }

    /// An address split at its punctuation, each piece said and each mark named.
    static func read(_ address: String, _ normalizer: TextNormalizer) -> String {
        let vocabulary = normalizer.vocabulary
        var words: [String] = []
        var piece = ""
        func flush() {
            if !piece.isEmpty { words.append(say(piece, normalizer)) }
            piece = ""
        }
        for character in address {
            if character.isLetter || character.isNumber {
                if let last = piece.last, last.isNumber != character.isNumber { flush() }
                piece.append(character)
            } else {
                flush()
                if let name = vocabulary.characterNames[character] { words.append(name) }
            }
        }
        flush()
        return words.joined(separator: " ")
    }

    static func say(_ piece: String, _ normalizer: TextNormalizer) -> String {
        if let said = normalizer.lexicon.pronunciation(of: piece) { return said }
        if piece.allSatisfy(\.isNumber) { return NumberWords.digits(piece, normalizer.language) }
        let hasVowel = piece.lowercased().contains { "aeiouy".contains($0) }
        if piece.count <= 2 || !hasVowel || piece.lowercased() == "www" {
            return normalizer.vocabulary.spellLetters(piece)
        }
        return piece.lowercased()
    }
}
