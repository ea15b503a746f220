import Foundation
import SetaraDomain

/// Turns display text into what eSpeak NG should read, in Indonesian or English.
///
/// eSpeak reads "Rp 4.500.000" as "er pe ...", "17/08/2025" with "garis miring", a phone number as
/// thousands and millions, acronyms as words, and drops "<" and ">". The normaliser writes out
/// what a person would say, then hands plain text (not SSML) to the engine. The rules run in
/// this order, each leaving alone what an earlier one has already put into words:
///
/// 1. cleaning: terminal escape sequences, control characters, emoji and pictographs removed,
///    spaces folded, line breaks made sentence ends;
/// 2. e-mail and web addresses, part by part;
/// 3. rupiah amounts ("Rp 4.500.000", "Rp4.500.000,-", "Rp 4,5 juta", "IDR 4500000");
/// 4. dates (DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY, YYYY-MM-DD, "17 Agt 2025", "August 17, 2025");
/// 5. times ("08.30", "14:05", "8:30 pm");
/// 6. identifiers: reference numbers ("RJ-20261123-0001"), NPWP, phone numbers, NIK and any other
///    run of eight digits or more, digit by digit in groups;
/// 7. the lexicon of `Voices/<lang>/lexicon.yaml` (acronyms, loanwords, abbreviations);
/// 8. numbers, ordinals ("ke-3", "3rd"), Roman numerals ("Kelas XII");
/// 9. acronyms not in the lexicon, spelled letter by letter;
/// 10. symbols ("<", ">", "%", "/", "&", "+", "=", "@", "#", ranges "Q - Q").
public struct TextNormalizer: Sendable {
    public let language: Language
    public let lexicon: Lexicon
    let vocabulary: Vocabulary

    public init(language: Language, lexicon: Lexicon = Lexicon()) {
        self.language = language
        self.lexicon = lexicon
        self.vocabulary = Vocabulary.of(language)
    }

    /// The spoken form of a display text.
    public func normalize(_ text: String) -> String {
        let cleaned = TextCleaner.clean(text)
        guard !cleaned.isEmpty else { return "" }
        let rewrite = Rewrite(cleaned)
        WebAddressRule.apply(to: rewrite, self)
        MoneyRule.apply(to: rewrite, self)
        DateRule.apply(to: rewrite, self)
        TimeRule.apply(to: rewrite, self)
        IdentifierRule.apply(to: rewrite, self)
        lexicon.apply(to: rewrite)
        if NumberRule.apply(to: rewrite, self) {
            // A number written against a unit ("5km") only stands apart from it now.
            lexicon.apply(to: rewrite)
        }
        AcronymRule.apply(to: rewrite, self)
        SymbolRule.apply(to: rewrite, self)
        return rewrite.finish()
    }

    /// Character by character, for the second press of the repeat key (V14): letters by their
    /// names in the language (accents ignored), digits as words, spaces and punctuation by name
    /// ("strip" for '-'), separated by commas so that each one is heard apart.
    public func spell(_ text: String) -> String {
        var parts: [String] = []
        for character in TextCleaner.clean(text) {
            if let name = vocabulary.letterName(character) ?? baseLetterName(character) {
                parts.append(name)
            } else if let digit = character.wholeNumberValue, character.isASCII {
                parts.append(NumberWords.digits(String(digit), language))
            } else if let name = vocabulary.characterNames[character] {
                parts.append(name)
            } else if character.isLetter || character.isNumber {
                parts.append(String(character))
            }
        }
        return parts.joined(separator: ", ")
    }

    /// "é" is spelled as "e", "Ç" as "c".
    private func baseLetterName(_ character: Character) -> String? {
        guard character.isLetter else { return nil }
        let base = String(character).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        guard base.count == 1, let first = base.first else { return nil }
        return vocabulary.letterName(first)
    }
}
