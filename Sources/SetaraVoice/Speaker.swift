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
    private var last: (text: String, item: String?)?

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
        screen.show(([text] + others.map(\.1)).joined(separator: "\n"))
        engine.speak([utterance(text, language)] + others.map { utterance($0.1, $0.0) })
        last = (text, item)
    }

    /// Speaks without showing or remembering: the echo of a typed key.
    func echoKey(_ text: String) {
        engine.speak(utterance(text, language))
    }

    /// Says again what was last said (V4).
    func repeatLast() {
        guard let last else { return }
        screen.show(last.text)
        engine.speak(utterance(last.text, language))
    }

    /// Spells the last item, or the last text when it had none (V14).
    func spellLast() {
        guard let last else { return }
        let spelled = normalizers[language]!.spell(last.item ?? last.text)
        screen.show(last.item ?? last.text)
        engine.speak(Utterance(text: spelled, language: language, voice: parameters(language)))
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
        last = nil
    }
}
