import Foundation
import SetaraDomain
import SetaraSpeech

/// Says a text on the screen and through the speech engine, in the session's language, and
/// remembers it for the repeat key. Every text comes from Voices/ (a `Prompt` key).
final class Speaker {
    let engine: any SpeechEngine
    let voices: Voices
    let screen: Screen
    private(set) var language: Language
    private(set) var rate: Int
    private(set) var volume: Int
    /// Speak digits and letters typed in unmasked fields.
    var echo = true
    private var normalizers: [Language: TextNormalizer] = [:]

    init(engine: any SpeechEngine, voices: Voices, screen: Screen, language: Language) {
        self.engine = engine
        self.voices = voices
        self.screen = screen
        self.language = language
        let settings = voices.pack(language).settings
        rate = settings.rate
        volume = settings.volume
        for language in Language.allCases { normalizers[language] = voices.pack(language).normalizer }
    }

    /// The text of a prompt in the session's language, placeholders filled.
    func text(_ prompt: Prompt, _ values: [String: String] = [:]) -> String {
        voices.pack(language).prompts.text(prompt.rawValue, values)
    }

    func text(_ prompt: Prompt, in language: Language, _ values: [String: String] = [:]) -> String {
        voices.pack(language).prompts.text(prompt.rawValue, values)
    }

    private func parameters(_ language: Language) -> VoiceParameters {
        var parameters = voices.pack(language).settings.parameters
        parameters.rate = rate
        parameters.volume = volume
        return parameters
    }

    private func utterance(_ text: String, _ language: Language) -> Utterance {
        Utterance(text: normalizers[language]!.normalize(text), language: language, voice: parameters(language))
    }

    /// Shows and speaks a text, interrupting what was being said. `item` is what a second press
    /// of the repeat key spells (a reference number, a title). `others` are further texts in
    /// other languages, each spoken in its own voice (V10).
    func say(_ text: String, item: String? = nil, others: [(Language, String)] = []) {
        say(parts: [(language, text)] + others, item: item)
    }

    /// Shows and speaks texts one after the other, each in its own language's voice.
    func say(parts: [(Language, String)], item: String? = nil) {
        screen.show(parts.map { Self.shown($0.1) }.joined(separator: "\n"))
        engine.speak(parts.flatMap { utterances($0.1, $0.0) })
    }

    /// Speaks without showing: the echo of a typed key.
    func echoKey(_ text: String) {
        engine.speak(utterances(text, language))
    }

    /// Spells a text letter by letter and digit by digit (V14).
    func spell(_ text: String) {
        let shown = Self.shown(text)
        screen.show(shown)
        engine.speak(Utterance(text: normalizers[language]!.spell(shown), language: language, voice: parameters(language)))
    }

    // MARK: Indonesian names in English speech

    /// Marks a name that is Indonesian whatever the session's language (a place, an employer,
    /// a person): the English voice would read "Magelang" by English rules, so a marked name is
    /// spoken by the Indonesian voice (issue 12, 10). The marks never reach the screen.
    /// A name to be said in Indonesian; control characters (a name stored before they were refused)
    /// are written out, never sent raw to the screen.
    static func local(_ name: String) -> String { "\u{E000}" + name.forDisplay + "\u{E001}" }

    static func shown(_ text: String) -> String {
        text.unicodeScalars.contains { $0 == "\u{E000}" || $0 == "\u{E001}" }
            ? text.replacingOccurrences(of: "\u{E000}", with: "").replacingOccurrences(of: "\u{E001}", with: "")
            : text
    }

    /// A text as utterances: marked names in Indonesian, the rest in `language`.
    private func utterances(_ text: String, _ language: Language) -> [Utterance] {
        guard language != .id, text.unicodeScalars.contains("\u{E000}") else {
            return [utterance(Self.shown(text), language)]
        }
        var result: [Utterance] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "\u{E000}") {
            let before = rest[..<open]
            let afterOpen = rest[rest.index(after: open)...]
            let close = afterOpen.firstIndex(of: "\u{E001}") ?? afterOpen.endIndex
            if !before.trimmingCharacters(in: .whitespaces).isEmpty { result.append(utterance(String(before), language)) }
            let name = afterOpen[..<close]
            if !name.isEmpty { result.append(utterance(String(name), .id)) }
            rest = close < afterOpen.endIndex ? afterOpen[afterOpen.index(after: close)...] : afterOpen[close...]
        }
        let tail = rest.trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty && tail.contains(where: { $0.isLetter || $0.isNumber }) { result.append(utterance(String(rest), language)) }
        return result
    }

    func stop() { engine.cancel() }

    func switchLanguage() {
        language = language == .id ? .en : .id
    }

    /// Changes the rate by steps, within eSpeak's 80–450 words a minute; returns the new rate.
    func changeRate(by delta: Int) -> Int {
        rate = min(max(rate + delta, VoiceParameters.rates.lowerBound), VoiceParameters.rates.upperBound)
        return rate
    }

    func changeVolume(by delta: Int) -> Int {
        volume = min(max(volume + delta, VoiceParameters.volumes.lowerBound), VoiceParameters.volumes.upperBound)
        return volume
    }

    /// Back to the office's settings for the next person (V13).
    func reset(language: Language) {
        self.language = language
        let settings = voices.pack(language).settings
        rate = settings.rate
        volume = settings.volume
        echo = true
    }
}
