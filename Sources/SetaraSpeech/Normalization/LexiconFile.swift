import Foundation
import SetaraDomain
import Yams

extension Lexicon {
    /// The lexicon file of a language in the Voices/ folder: `Voices/<lang>/lexicon.yaml`.
    public static func file(for language: Language, in voicesFolder: URL) -> URL {
        voicesFolder.appendingPathComponent(language.rawValue).appendingPathComponent("lexicon.yaml")
    }

    /// Reads a lexicon file. Any problem (YAML syntax, a missing or empty field, an unknown field,
    /// the same text twice) is a `VoicesError` naming the file (as `displayName`, or by its last
    /// three path components), the line and the expected form.
    public static func load(file: URL, displayName: String? = nil) throws(VoicesError) -> Lexicon {
        let name = displayName ?? LexiconProblem.displayName(of: file)
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw VoicesError(file: name, problem: LocalizedText(
                id: "berkas tidak dapat dibaca (tidak ada, atau bukan teks UTF-8)",
                en: "the file cannot be read (missing, or not UTF-8 text)"))
        }
        let document: LexiconDocument
        do {
            document = try YAMLDecoder().decode(LexiconDocument.self, from: text)
        } catch {
            var problem = LexiconProblem.from(error)
            if let key = problem.topLevelKey { problem.line = LexiconProblem.line(ofTopLevelKey: key, in: text) ?? problem.line }
            throw problem.error(file: name)
        }
        var seen: [String: [LexiconRecord]] = [:]
        for record in document.entries {
            let folded = record.text.lowercased()
            let clash = seen[folded, default: []].first { !($0.matchCase && record.matchCase) || $0.text == record.text }
            if let clash {
                let earlier = clash.line.map(String.init) ?? "?"
                throw VoicesError(file: name, line: record.line, problem: LocalizedText(
                    id: "\"\(record.text)\" sudah ada di baris \(earlier); setiap kata hanya boleh sekali. Hapus salah satu.",
                    en: "\"\(record.text)\" is already listed on line \(earlier); each word may appear only once. "
                        + "Remove one of them."))
            }
            seen[folded, default: []].append(record)
        }
        return Lexicon(entries: document.entries.map {
            Entry(text: $0.text, say: $0.say, matchCase: $0.matchCase, note: $0.note, line: $0.line)
        })
    }
}

/// The whole file: `entries:` and the list of entries.
struct LexiconDocument: Decodable {
    var entries: [LexiconRecord]

    init(from decoder: any Decoder) throws {
        let container: KeyedDecodingContainer<LexiconKey>
        do { container = try decoder.container(keyedBy: LexiconKey.self) } catch {
            throw LexiconProblem(line: decoder.mark?.line, problem: LocalizedText(
                id: "berkas harus dimulai dengan \"entries:\"", en: "the file must start with \"entries:\""))
        }
        try LexiconProblem.rejectUnknownKeys(container, allowed: ["entries"], fallbackLine: decoder.mark?.line, topLevel: true)
        guard container.contains(LexiconKey("entries")) else {
            throw LexiconProblem(line: decoder.mark?.line, problem: LocalizedText(
                id: "\"entries:\" tidak ada", en: "\"entries:\" is missing"))
        }
        do {
            entries = try container.decode([LexiconRecord].self, forKey: LexiconKey("entries"))
        } catch let error as DecodingError {
            let line = (try? container.superDecoder(forKey: LexiconKey("entries")))?.mark?.line
            throw LexiconProblem(line: line, problem: LocalizedText(
                id: "\"entries:\" harus berupa daftar, setiap butir diawali \"- \" (\(LexiconProblem.describe(error)))",
                en: "\"entries:\" must be a list, each item starting with \"- \" (\(LexiconProblem.describe(error)))"))
        }
    }
}

/// One entry: `- text: BPJS` with `say: be pe je es` and, optionally, `note:` and `match_case:`.
struct LexiconRecord: Decodable {
    var text: String
    var say: String
    var note: String?
    var matchCase: Bool
    var line: Int?

    static let fields = ["text", "say", "note", "match_case"]

    init(from decoder: any Decoder) throws {
        let line = decoder.mark?.line
        let container: KeyedDecodingContainer<LexiconKey>
        do { container = try decoder.container(keyedBy: LexiconKey.self) } catch {
            throw LexiconProblem(line: line, problem: LocalizedText(
                id: "setiap butir harus berisi \"text:\" dan \"say:\"", en: "each item must have \"text:\" and \"say:\""))
        }
        try LexiconProblem.rejectUnknownKeys(container, allowed: Self.fields, fallbackLine: line)
        func lineOf(_ key: String) -> Int? { (try? container.superDecoder(forKey: LexiconKey(key)))?.mark?.line ?? line }
        func phrase(_ key: String) throws -> String? {
            guard container.contains(LexiconKey(key)) else { return nil }
            do {
                return Lexicon.collapse(try container.decode(String.self, forKey: LexiconKey(key)))
            } catch {
                throw LexiconProblem(line: lineOf(key), problem: LocalizedText(
                    id: "\"\(key):\" harus berupa teks satu baris", en: "\"\(key):\" must be text on one line"))
            }
        }
        guard let text = try phrase("text"), !text.isEmpty else {
            throw LexiconProblem(line: lineOf("text"), problem: LocalizedText(
                id: "\"text:\" kosong atau tidak ada; tulis kata yang diucapkan, misalnya text: BPJS",
                en: "\"text:\" is empty or missing; write the word to pronounce, for example text: BPJS"))
        }
        guard let say = try phrase("say"), !say.isEmpty else {
            throw LexiconProblem(line: lineOf("say"), problem: LocalizedText(
                id: "\"say:\" untuk \"\(text)\" kosong atau tidak ada; tulis cara membacanya, misalnya say: be pe je es",
                en: "\"say:\" for \"\(text)\" is empty or missing; write how to say it, for example say: be pe je es"))
        }
        guard text.contains(where: Lexicon.isWordCharacter) else {
            throw LexiconProblem(line: lineOf("text"), problem: LocalizedText(
                id: "\"text:\" harus berisi huruf atau angka", en: "\"text:\" must contain letters or digits"))
        }
        self.text = text
        self.say = say
        self.note = try phrase("note")
        do {
            matchCase = try container.decodeIfPresent(Bool.self, forKey: LexiconKey("match_case")) ?? false
        } catch {
            throw LexiconProblem(line: lineOf("match_case"), problem: LocalizedText(
                id: "\"match_case:\" harus true atau false", en: "\"match_case:\" must be true or false"))
        }
        self.line = line
    }
}

/// Any key, so that unknown fields can be named.
struct LexiconKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
