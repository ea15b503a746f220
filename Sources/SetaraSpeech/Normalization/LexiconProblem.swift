import Foundation
import SetaraDomain
import Yams

/// A problem found while decoding a lexicon file, before the file's name is known to the decoder.
struct LexiconProblem: Error {
    var line: Int?
    var problem: LocalizedText
    /// An unknown key at the top of the file: the decoder only knows the line of its value, so
    /// the loader looks for the key's own line in the text.
    var topLevelKey: String?

    /// The form every message ends with, so that the reader knows what to write.
    static let expected = LocalizedText(
        id: "Bentuk yang benar: baris \"entries:\" lalu butir seperti \"- text: BPJS\" dengan \"say: be pe je es\" di bawahnya.",
        en: "Expected form: a line \"entries:\" then items such as \"- text: BPJS\" with \"say: be pe je es\" below it.")

    func error(file: String) -> VoicesError {
        VoicesError(file: file, line: line, problem: LocalizedText(
            id: "\(problem.id). \(Self.expected.id)", en: "\(problem.en). \(Self.expected.en)"))
    }

    /// Whatever the decoder threw, as a problem with a line where one is known. Yams hands back
    /// syntax errors and the problems thrown by the records wrapped in a `DecodingError`.
    static func from(_ error: any Error) -> LexiconProblem {
        if let problem = error as? LexiconProblem { return problem }
        if let yaml = error as? YamlError { return from(yaml) }
        if let decoding = error as? DecodingError {
            if case .dataCorrupted(let context) = decoding, let underlying = context.underlyingError {
                return from(underlying)
            }
            return LexiconProblem(line: nil, problem: LocalizedText(
                id: "isi berkas tidak sesuai (\(describe(decoding)))", en: "the content does not fit (\(describe(decoding)))"))
        }
        return LexiconProblem(line: nil, problem: LocalizedText(id: "\(error)", en: "\(error)"))
    }

    static func from(_ error: YamlError) -> LexiconProblem {
        let line: Int?
        let detail: String
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            line = mark.line
            detail = problem
        case .reader(let problem, _, _, _):
            line = nil
            detail = problem
        default:
            line = nil
            detail = "\(error)"
        }
        return LexiconProblem(line: line, problem: LocalizedText(
            id: "YAML tidak dapat dibaca: \(detail) (periksa indentasi, tanda \":\" dan tanda kutip)",
            en: "the YAML cannot be read: \(detail) (check the indentation, the \":\" and the quotes)"))
    }

    /// Fields the format does not know are an error, so that a typo ("sai:") is not silently ignored.
    static func rejectUnknownKeys(_ container: KeyedDecodingContainer<LexiconKey>, allowed: [String], fallbackLine: Int?,
                                  topLevel: Bool = false) throws {
        guard let unknown = container.allKeys.first(where: { !allowed.contains($0.stringValue) }) else { return }
        let line = (try? container.superDecoder(forKey: unknown))?.mark?.line ?? fallbackLine
        let list = allowed.joined(separator: ", ")
        throw LexiconProblem(line: line, problem: LocalizedText(
            id: "kolom \"\(unknown.stringValue)\" tidak dikenal; yang boleh: \(list)",
            en: "unknown field \"\(unknown.stringValue)\"; allowed: \(list)"), topLevelKey: topLevel ? unknown.stringValue : nil)
    }

    /// The line on which a top-level key is written.
    static func line(ofTopLevelKey key: String, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.hasPrefix(key + ":") || $0.hasPrefix("\"\(key)\":") }.map { $0 + 1 }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
             .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    /// The last components of a path, enough to find the file: "Voices/id/lexicon.yaml".
    static func displayName(of file: URL) -> String {
        file.standardizedFileURL.pathComponents.filter { $0 != "/" }.suffix(3).joined(separator: "/")
    }
}
