import Foundation
import SetaraDomain
import Yams

/// The sentences that explain a match, in both languages (`Accommodations/reasons/id.yaml` and
/// `en.yaml`): keyed templates with `{placeholders}`, the words for each dimension and the words
/// for each level of its scale. Placement specialists improve a sentence by editing the file;
/// nothing needs rebuilding. Loaded with the catalog, so every program that matches can explain.
public struct ReasonBook: Sendable {
    /// One language's file.
    public struct Words: Codable, Sendable, Hashable {
        public var sentences: [String: String]
        public var dimensions: [String: DimensionWords]
        /// Named lists of level words, one per level of the scale from its lowest.
        public var scales: [String: [String]]
    }

    public struct DimensionWords: Codable, Sendable, Hashable {
        /// The activity, to follow "the job needs" ("membaca tulisan atau layar").
        public var what: String
        /// The name of the list in `scales` that says what each level means.
        public var scale: String
    }

    public private(set) var words: [Language: Words]

    public init(words: [Language: Words] = [:]) {
        self.words = words
    }

    /// The sentence with its placeholders filled; the key itself when the book lacks it.
    public func sentence(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        guard let template = words[language]?.sentences[key] else { return key }
        return Self.fill(template, values)
    }

    /// The activity a dimension names, in plain words.
    public func what(_ dimension: FunctionalDimension, _ language: Language) -> String {
        words[language]?.dimensions[dimension.rawValue]?.what ?? dimension.label(language)
    }

    /// What a level of the dimension's scale means ("sepanjang hari", "up to 10 kg").
    public func level(_ dimension: FunctionalDimension, _ level: Int, _ language: Language) -> String {
        guard let scale = words[language]?.dimensions[dimension.rawValue]?.scale,
              let list = words[language]?.scales[scale] else { return String(level) }
        let index = level - dimension.scale.lowerBound
        return list.indices.contains(index) ? list[index] : String(level)
    }

    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholder names of a template, sorted.
    public static func placeholders(_ template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names.sorted()
    }

    /// Loads `id.yaml` and `en.yaml` and checks them against each other: the same sentence keys
    /// with the same placeholders, every dimension with words, every scale list as long as the
    /// dimension's scale. An absent folder is an empty book (explanations then show keys).
    static func load(folder: URL) -> (ReasonBook, [CatalogError]) {
        guard FileManager.default.fileExists(atPath: folder.path) else { return (ReasonBook(), []) }
        var errors: [CatalogError] = []
        var words: [Language: Words] = [:]
        for language in Language.allCases {
            let name = "reasons/\(language.rawValue).yaml"
            do {
                let text = try String(contentsOf: folder.appendingPathComponent("\(language.rawValue).yaml"), encoding: .utf8)
                words[language] = try YAMLDecoder().decode(Words.self, from: text)
            } catch let error as DecodingError {
                errors.append(CatalogError(file: name, line: nil, entry: nil, issue: DecodingIssue.issue(from: error)))
            } catch {
                errors.append(CatalogError(file: name, line: nil, entry: nil, issue: .init(field: "file", problem: .unreadable(detail: "\(error)"))))
            }
        }
        let book = ReasonBook(words: words)
        if errors.isEmpty { errors = book.problems() }
        return (book, errors)
    }

    /// Every disagreement between the languages and every gap in the words, as catalog errors.
    public func problems() -> [CatalogError] {
        var errors: [CatalogError] = []
        func problem(_ language: Language, _ entry: String, _ field: String, _ detail: String) {
            errors.append(CatalogError(file: "reasons/\(language.rawValue).yaml", line: nil, entry: entry,
                                       issue: .init(field: field, problem: .unreadable(detail: detail))))
        }
        for language in Language.allCases {
            guard let mine = words[language] else { problem(language, "", "file", "missing"); continue }
            for other in Language.allCases where other != language {
                guard let theirs = words[other] else { continue }
                for (key, template) in mine.sentences.sorted(by: { $0.key < $1.key }) {
                    guard let counterpart = theirs.sentences[key] else {
                        problem(other, key, "sentences", "the key is missing (it is in reasons/\(language.rawValue).yaml)")
                        continue
                    }
                    if language == .id && Self.placeholders(template) != Self.placeholders(counterpart) {
                        problem(other, key, "sentences", "placeholders \(Self.placeholders(counterpart)) differ from \(Self.placeholders(template)) in reasons/\(language.rawValue).yaml")
                    }
                }
            }
            for dimension in FunctionalDimension.allCases {
                guard let entry = mine.dimensions[dimension.rawValue] else {
                    problem(language, dimension.rawValue, "dimensions", "no words for this dimension")
                    continue
                }
                guard let list = mine.scales[entry.scale] else {
                    problem(language, dimension.rawValue, "dimensions.scale", "no scale named \(entry.scale)")
                    continue
                }
                if list.count != dimension.scale.count {
                    problem(language, dimension.rawValue, "scales.\(entry.scale)",
                            "\(list.count) level words for a scale of \(dimension.scale.count) levels")
                }
            }
        }
        return errors
    }
}

extension CatalogLoader {
    /// Decodes YAML text into a Codable type, as the catalog's own files are read (for test
    /// fixtures and tools that keep their data beside the catalog's).
    public static func decode<T: Decodable>(_ type: T.Type, yaml text: String) throws -> T {
        try YAMLDecoder().decode(T.self, from: text)
    }
}
