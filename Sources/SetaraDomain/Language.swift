/// The two languages every user-facing text exists in.
public enum Language: String, CaseIterable, Codable, Sendable {
    case id
    case en

    /// Picks the language the way the command line promises: an explicit `--lang` wins,
    /// then `LANG` (or `LC_ALL`, `LC_MESSAGES`) starting with `id`; English otherwise.
    public static func detect(arguments: [String], environment: [String: String]) -> Language {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count,
               let lang = Language(rawValue: arguments[index + 1].lowercased()) {
                return lang
            }
            if argument.hasPrefix("--lang="), let lang = Language(rawValue: String(argument.dropFirst(7)).lowercased()) {
                return lang
            }
            index += 1
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("id") ? .id : .en
            }
        }
        return .en
    }

    /// The language's name in `language` ("Indonesia", "Inggris"; "Indonesian", "English").
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.id, .id): return "Indonesia"
        case (.id, .en): return "Indonesian"
        case (.en, .id): return "Inggris"
        case (.en, .en): return "English"
        }
    }
}

/// A count with its English noun: "1 record", "2 records". Indonesian nouns do not change with
/// the number ("1 data", "2 data"), so only English needs this.
public func englishCount(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}

/// A text in both languages. Data files (catalog, demo vocabulary) carry these.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .id: return id
        case .en: return en
        }
    }
}
