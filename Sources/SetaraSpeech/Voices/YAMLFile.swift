import Foundation
import SetaraCatalog
import SetaraDomain
import Yams

/// Decodes one file of Voices/ into Codable types (never an untyped load, which would turn
/// `NO` into `false`) and turns every failure into a VoicesError naming the file and line.
enum YAMLFile {
    static func decode<T: Decodable>(_ type: T.Type, at url: URL, root: URL) throws(VoicesError) -> T {
        let name = displayName(url, root: root)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw VoicesError(file: name, problem: LocalizedText(id: "berkas tidak ada atau tidak dapat dibaca sebagai UTF-8",
                                                                 en: "the file is missing or not readable as UTF-8"))
        }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as YamlError {
            throw yamlError(error, name)
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            throw yamlError(context.underlyingError as! YamlError, name)
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is VoicesFieldError {
            let error = context.underlyingError as! VoicesFieldError
            throw VoicesError(file: name, line: line(of: error.field, in: text), problem: error.problem)
        } catch let error as DecodingError {
            let issue = DecodingIssue.issue(from: error)
            throw VoicesError(file: name, line: line(of: issue.field, in: text),
                              problem: LocalizedText(id: issue.message(.id), en: issue.message(.en)))
        } catch let error as VoicesFieldError {
            throw VoicesError(file: name, line: line(of: error.field, in: text), problem: error.problem)
        } catch {
            throw VoicesError(file: name, problem: LocalizedText(id: "\(error)", en: "\(error)"))
        }
    }

    private static func yamlError(_ error: YamlError, _ name: String) -> VoicesError {
        let problem = CatalogLoader.yamlProblem(error)
        return VoicesError(file: name, line: CatalogLoader.yamlLine(error),
                           problem: LocalizedText(id: "bukan YAML yang sah: \(problem)", en: "not valid YAML: \(problem)"))
    }

    /// Fails decoding with the field and the expected range.
    static func check<K: CodingKey>(_ condition: Bool, _ key: K, in container: KeyedDecodingContainer<K>, _ expected: String) throws {
        guard condition else {
            throw VoicesFieldError(field: key.stringValue,
                                   problem: LocalizedText(id: "\(key.stringValue) di luar batas; harus \(expected)",
                                                          en: "\(key.stringValue) is out of range; expected \(expected)"))
        }
    }

    /// "Voices/id/prompts.yaml" rather than a whole path, wherever the folder is.
    static func displayName(_ url: URL, root: URL) -> String {
        let rootParts = root.standardizedFileURL.pathComponents
        let parts = url.standardizedFileURL.pathComponents
        guard parts.starts(with: rootParts) else { return url.path }
        return (["Voices"] + parts.dropFirst(rootParts.count)).joined(separator: "/")
    }

    /// The line where a top-level key is written, to point a specialist at it.
    static func line(of field: String, in text: String) -> Int? {
        let key = field.split(separator: ".").first.map(String.init) ?? field
        guard !key.isEmpty else { return nil }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(key + ":") || line.hasPrefix("\"\(key)\":") {
            return number + 1
        }
        return nil
    }
}

struct VoicesFieldError: Error {
    var field: String
    var problem: LocalizedText
}
