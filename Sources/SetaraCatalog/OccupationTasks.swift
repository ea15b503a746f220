import Foundation
import SetaraDomain
import Yams

/// The kinds of task the jobs of a KBJI 2014 group involve (`Accommodations/tasks/occupations.yaml`):
/// what decides whether an accommodation with a task condition helps on a vacancy. A screen
/// reader helps a clerk (group 4, screen work), not a sewing-machine operator (group 8).
public struct OccupationTasks: Codable, Sendable, Hashable {
    /// A KBJI code prefix: "4" (clerical support workers), "42" (customer services clerks), "4132".
    public var kbji: String
    public var tasks: [TaskKind]

    public init(kbji: String, tasks: [TaskKind]) {
        self.kbji = kbji
        self.tasks = tasks
    }

    struct File: Codable { var occupations: [OccupationTasks] }

    /// Reads every `*.yaml` file of the folder; an absent folder is an empty map.
    static func load(folder: URL) -> ([OccupationTasks], [CatalogError]) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return ([], []) }
        var all: [OccupationTasks] = []
        var errors: [CatalogError] = []
        var seen: Set<String> = []
        for file in files.filter({ $0.hasSuffix(".yaml") }).sorted() {
            let name = "tasks/" + file
            do {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for entry in try YAMLDecoder().decode(File.self, from: text).occupations {
                    if entry.kbji.isEmpty || entry.kbji.count > 4 || !entry.kbji.allSatisfy(\.isASCII) || Int(entry.kbji) == nil {
                        errors.append(CatalogError(file: name, line: nil, entry: entry.kbji,
                                                   issue: .init(field: "kbji", problem: .unreadable(detail: "a KBJI code prefix of 1 to 4 digits"))))
                    } else if !seen.insert(entry.kbji).inserted {
                        errors.append(CatalogError(file: name, line: nil, entry: entry.kbji,
                                                   issue: .init(field: "kbji", problem: .unreadable(detail: "listed twice"))))
                    } else {
                        all.append(entry)
                    }
                }
            } catch let error as DecodingError {
                errors.append(CatalogError(file: name, line: nil, entry: nil, issue: DecodingIssue.issue(from: error)))
            } catch {
                errors.append(CatalogError(file: name, line: nil, entry: nil, issue: .init(field: "file", problem: .unreadable(detail: "\(error)"))))
            }
        }
        return (all, errors)
    }
}
