import Foundation
import SetaraCatalog
import SetaraDomain
import Yams

/// The Voices/ folder: per language, the eSpeak voice and its defaults, every text the voice
/// terminal speaks or shows, and a pronunciation lexicon; plus the session's time limits.
/// Placement specialists edit these files; nothing a seeker hears is written in Swift.
public struct Voices: Sendable {
    public var folder: URL
    public var session: SessionSettings
    public var packs: [Language: VoicePack]

    public func pack(_ language: Language) -> VoicePack { packs[language]! }

    /// Where Voices/ is: `SETARA_VOICES`, then beside the catalog's usual places.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        DataFolders.locate("Voices", override: environment["SETARA_VOICES"])
    }

    /// Loads the whole folder, reporting every problem found, not only the first.
    public static func load(folder: URL) throws(VoicesLoadFailure) -> Voices {
        var errors: [VoicesError] = []
        let session: SessionSettings? = record(&errors) { () throws(VoicesError) in
            try YAMLFile.decode(SessionSettings.self, at: folder.appendingPathComponent("session.yaml"), root: folder)
        }
        var packs: [Language: VoicePack] = [:]
        for language in Language.allCases {
            let sub = folder.appendingPathComponent(language.rawValue)
            let settings = record(&errors) { () throws(VoicesError) in
                try YAMLFile.decode(VoiceSettings.self, at: sub.appendingPathComponent("voice.yaml"), root: folder)
            }
            let prompts = record(&errors) { () throws(VoicesError) in
                try PromptBook(texts: YAMLFile.decode([String: String].self, at: sub.appendingPathComponent("prompts.yaml"), root: folder))
            }
            let lexicon = record(&errors) { () throws(VoicesError) in
                let file = sub.appendingPathComponent("lexicon.yaml")
                return try Lexicon.load(file: file, displayName: YAMLFile.displayName(file, root: folder))
            }
            if let settings, let prompts, let lexicon {
                packs[language] = VoicePack(language: language, settings: settings, prompts: prompts, lexicon: lexicon)
            }
        }
        guard errors.isEmpty, let session else { throw VoicesLoadFailure(errors: errors) }
        return Voices(folder: folder, session: session, packs: packs)
    }

    private static func record<T>(_ errors: inout [VoicesError], _ body: () throws(VoicesError) -> T) -> T? {
        do {
            return try body()
        } catch {
            errors.append(error)
            return nil
        }
    }
}

public struct VoicesLoadFailure: Error, Sendable {
    public var errors: [VoicesError]
}

/// One language's voice, texts and lexicon.
public struct VoicePack: Sendable {
    public var language: Language
    public var settings: VoiceSettings
    public var prompts: PromptBook
    public var lexicon: Lexicon

    public var normalizer: TextNormalizer { TextNormalizer(language: language, lexicon: lexicon) }
}

/// Voices/<lang>/voice.yaml.
public struct VoiceSettings: Codable, Sendable, Equatable {
    public var espeakVoice: String
    public var rate: Int
    public var pitch: Int
    public var volume: Int
    public var punctuation: VoiceParameters.Punctuation

    enum CodingKeys: String, CodingKey {
        case espeakVoice = "espeak_voice", rate, pitch, volume, punctuation
    }

    public var parameters: VoiceParameters {
        VoiceParameters(espeakVoice: espeakVoice, rate: rate, pitch: pitch, volume: volume, punctuation: punctuation)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        espeakVoice = try c.decode(String.self, forKey: .espeakVoice)
        rate = try c.decode(Int.self, forKey: .rate)
        pitch = try c.decodeIfPresent(Int.self, forKey: .pitch) ?? 50
        volume = try c.decodeIfPresent(Int.self, forKey: .volume) ?? 100
        punctuation = try c.decodeIfPresent(VoiceParameters.Punctuation.self, forKey: .punctuation) ?? .none
        try YAMLFile.check(VoiceParameters.rates.contains(rate), .rate, in: c, "80–450")
        try YAMLFile.check((0...100).contains(pitch), .pitch, in: c, "0–100")
        try YAMLFile.check(VoiceParameters.volumes.contains(volume), .volume, in: c, "10–200")
    }
}

/// Voices/session.yaml: time limits and steps, the same in every language.
public struct SessionSettings: Codable, Sendable, Equatable {
    /// The language a session starts in, whatever the machine's LANG: the terminal is for
    /// Indonesian offices, so Indonesian unless the office sets another (issue 12, 5).
    public var language: Language
    /// Silence, in seconds, before a session ends and saves what was entered (0: no limit).
    public var timeLimitSeconds: Int
    /// How long before the limit the spoken warning comes (V9: at least 20 seconds).
    public var warningSeconds: Int
    /// Silence before the prompt is repeated with more help (V16).
    public var repromptSeconds: Int
    public var rateStep: Int
    public var volumeStep: Int
    /// A second press of the repeat key within this many milliseconds spells (V14).
    public var spellWindowMilliseconds: Int
    /// How many matches the terminal reads.
    public var matchesRead: Int

    enum CodingKeys: String, CodingKey {
        case language
        case timeLimitSeconds = "time_limit_seconds", warningSeconds = "warning_seconds"
        case repromptSeconds = "reprompt_seconds", rateStep = "rate_step", volumeStep = "volume_step"
        case spellWindowMilliseconds = "spell_window_ms", matchesRead = "matches_read"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        language = try c.decodeIfPresent(Language.self, forKey: .language) ?? .id
        timeLimitSeconds = try c.decode(Int.self, forKey: .timeLimitSeconds)
        warningSeconds = try c.decode(Int.self, forKey: .warningSeconds)
        repromptSeconds = try c.decode(Int.self, forKey: .repromptSeconds)
        rateStep = try c.decode(Int.self, forKey: .rateStep)
        volumeStep = try c.decode(Int.self, forKey: .volumeStep)
        spellWindowMilliseconds = try c.decode(Int.self, forKey: .spellWindowMilliseconds)
        matchesRead = try c.decode(Int.self, forKey: .matchesRead)
        try YAMLFile.check(timeLimitSeconds == 0 || timeLimitSeconds > warningSeconds, .timeLimitSeconds, in: c,
                           "0 (no limit) or more than warning_seconds")
        try YAMLFile.check(warningSeconds >= 20, .warningSeconds, in: c, "20 or more (WCAG 2.2.1)")
        try YAMLFile.check(repromptSeconds >= 5, .repromptSeconds, in: c, "5 or more")
        try YAMLFile.check((5...100).contains(rateStep), .rateStep, in: c, "5–100")
        try YAMLFile.check((1...50).contains(volumeStep), .volumeStep, in: c, "1–50")
        try YAMLFile.check((300...5000).contains(spellWindowMilliseconds), .spellWindowMilliseconds, in: c, "300–5000")
        try YAMLFile.check((1...50).contains(matchesRead), .matchesRead, in: c, "1–50")
    }
}

/// Every text of one language, by key, with `{name}` placeholders.
public struct PromptBook: Sendable {
    public var texts: [String: String]

    public init(texts: [String: String]) {
        self.texts = texts
    }

    /// The text for a key with its placeholders filled. A missing key gives the key itself, so a
    /// gap is heard and found rather than silent; a test checks that no key is missing.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = texts[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// The placeholder names a text uses.
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
