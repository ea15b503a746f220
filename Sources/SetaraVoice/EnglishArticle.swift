/// English lists of things read aloud need their articles: "provides a calm room and one task at
/// a time", not "provides calm room" (issue 12, 10). The catalog names things without articles, as
/// headings do; this adds "a" or "an" where a person would say one.
enum EnglishArticle {
    /// Words after which the head noun of a name has ended ("interpreter at the job interview").
    private static let boundaries: Set<String> = ["of", "for", "at", "from", "instead", "by", "to", "with", "on", "in", "before",
                                                  "after", "that", "and", "or", "("]
    /// Words that already settle the article, or need none.
    private static let determiners: Set<String> = ["a", "an", "the", "one", "two", "three", "some", "more", "extra", "no", "any",
                                                   "each", "every", "your", "their", "its"]
    /// Nouns used without an article.
    private static let uncountable: Set<String> = ["software", "support", "equipment", "furniture", "transport", "time", "work",
                                                   "information", "advice", "notice", "ventilation", "lighting", "access",
                                                   "supervision", "hours", "leave", "help", "assistance", "seating", "storage"]

    static func with(_ name: String) -> String {
        let words = name.split(separator: " ").map { String($0) }
        guard let first = words.first?.lowercased() else { return name }
        if determiners.contains(first) { return name }
        // An acronym first ("BPJS ...") is left as it is: its article depends on how it is said.
        if let firstWord = words.first, firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase }) { return name }
        var head = words[0]
        for word in words.dropFirst() {
            if boundaries.contains(word.lowercased()) || word.hasPrefix("(") { break }
            head = word
        }
        let noun = head.lowercased().trimmingCharacters(in: .punctuationCharacters)
        if uncountable.contains(noun) || noun.hasSuffix("ing") || (noun.hasSuffix("s") && !noun.hasSuffix("ss")) { return name }
        return (startsWithVowelSound(first) ? "an " : "a ") + name
    }

    private static func startsWithVowelSound(_ word: String) -> Bool {
        guard let letter = word.first else { return false }
        if word.hasPrefix("uni") || word.hasPrefix("use") || word.hasPrefix("usa") || word.hasPrefix("one") { return false }
        if word.hasPrefix("hour") || word.hasPrefix("honest") { return true }
        return "aeiou".contains(letter)
    }
}
