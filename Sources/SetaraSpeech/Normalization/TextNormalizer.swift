import Foundation
import SetaraDomain

// Placeholder with the agreed interface; the full normaliser replaces it.

/// Turns display text into what eSpeak NG should read.
public struct TextNormalizer: Sendable {
    public let language: Language
    public let lexicon: Lexicon

    public init(language: Language, lexicon: Lexicon = Lexicon()) {
        self.language = language
        self.lexicon = lexicon
    }

    /// The spoken form of a display text.
    public func normalize(_ text: String) -> String { text }

    /// Character by character, for the second press of the repeat key (V14).
    public func spell(_ text: String) -> String { text.map(String.init).joined(separator: " ") }
}

/// Pronunciations a specialist adds in Voices/<lang>/lexicon.yaml.
public struct Lexicon: Sendable {
    public init() {}
    public static func load(file: URL) throws(VoicesError) -> Lexicon { Lexicon() }
}
