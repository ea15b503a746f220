import Foundation
import SetaraDomain
import Yams

/// The accommodation catalog, read from the YAML files of `Accommodations/`, with the kinds of
/// task each occupation involves (`Accommodations/tasks/`) and the sentences that explain a match
/// (`Accommodations/reasons/`).
public struct Catalog: Sendable {
    public let accommodations: [Accommodation]
    private let byID: [String: Accommodation]
    /// KBJI code prefixes and the kinds of task their jobs involve; the longest prefix decides.
    public let occupationTasks: [OccupationTasks]
    /// The distinct task sets of `occupationTasks`, plus the empty set, sorted: the contexts the
    /// matcher tabulates bridging for.
    public let taskSets: [TaskSet]
    public let reasons: ReasonBook

    public init(_ accommodations: [Accommodation], occupationTasks: [OccupationTasks] = [], reasons: ReasonBook = ReasonBook()) {
        self.accommodations = accommodations.sorted { $0.id < $1.id }
        var byID = Dictionary(accommodations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Retired ids lead to the entry that replaced them, so that stored workplaces still load.
        for a in accommodations { for old in a.replaces where byID[old] == nil { byID[old] = a } }
        self.byID = byID
        self.occupationTasks = occupationTasks.sorted { ($0.kbji.count, $0.kbji) > ($1.kbji.count, $1.kbji) }
        taskSets = Array(Set(occupationTasks.map { TaskSet($0.tasks) } + [.none])).sorted()
        self.reasons = reasons
    }

    /// The entry with this id, or the entry that replaced a retired id.
    public subscript(id: String) -> Accommodation? { byID[id] }
    /// Current ids and retired ones.
    public var ids: Set<String> { Set(byID.keys) }

    /// The kinds of task a job of this KBJI code involves: those of the longest matching prefix
    /// in `Accommodations/tasks/`; none when no prefix matches.
    public func tasks(kbji: String) -> TaskSet {
        occupationTasks.first { kbji.hasPrefix($0.kbji) }.map { TaskSet($0.tasks) } ?? .none
    }

    /// Accommodations that bridge a gap on the dimension.
    public func bridging(_ dimension: FunctionalDimension) -> [Accommodation] {
        accommodations.filter { $0.bridges.contains { $0.dimension == dimension } }
    }

    /// Accommodations that meet the need.
    public func meeting(_ need: Need) -> [Accommodation] {
        accommodations.filter { $0.meetsNeeds.contains(need) }
    }

    /// Accommodations whose id, names or descriptions (either language) contain every word,
    /// ignoring case and diacritics; those matching in the name come first.
    public func search(_ text: String) -> [Accommodation] {
        let words = Self.fold(text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return accommodations }
        var inName: [Accommodation] = []
        var elsewhere: [Accommodation] = []
        for a in accommodations {
            let name = Self.fold("\(a.id) \(a.name.id) \(a.name.en)")
            let all = name + " " + Self.fold("\(a.description.id) \(a.description.en) \(a.function.rawValue) "
                + a.bridges.map(\.dimension.rawValue).joined(separator: " ") + " " + a.meetsNeeds.map(\.rawValue).joined(separator: " "))
            if words.allSatisfy({ name.contains($0) }) {
                inName.append(a)
            } else if words.allSatisfy({ all.contains($0) }) {
                elsewhere.append(a)
            }
        }
        return inName + elsewhere
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}

/// A problem in a catalog file, with where it is.
public struct CatalogError: Error, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var entry: String?
    public var issue: ValidationIssue

    public func message(_ language: Language) -> String {
        var place = file
        if let line { place += language == .id ? ", baris \(line)" : ", line \(line)" }
        if let entry { place += " (\(entry))" }
        return "\(place): \(issue.message(language))"
    }
}

public struct CatalogLoadFailure: Error, Sendable {
    public var errors: [CatalogError]
}

public enum CatalogLoader {
    /// Reads every `*.yaml` file of the folder, and the `tasks/` and `reasons/` folders when they
    /// are there. Throws `CatalogLoadFailure` with every problem found in every file, so that one
    /// run shows a specialist all there is to fix.
    public static func load(folder: URL) throws -> Catalog {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw CatalogLoadFailure(errors: [CatalogError(file: folder.path, line: nil, entry: nil,
                                                           issue: .init(field: "Accommodations", problem: .unreadable(detail: "folder not found")))])
        }
        var errors: [CatalogError] = []
        var all: [Accommodation] = []
        var seen: [String: String] = [:]
        for file in files {
            let url = folder.appendingPathComponent(file)
            let (entries, fileErrors) = parse(url: url, name: file)
            errors += fileErrors
            for (accommodation, line) in entries {
                if let other = seen[accommodation.id] {
                    errors.append(CatalogError(file: file, line: line, entry: accommodation.id,
                                               issue: .init(field: "id", problem: .unreadable(detail: "the id is already used in \(other)"))))
                } else {
                    seen[accommodation.id] = file
                    all.append(accommodation)
                }
            }
        }
        var ids = Set(seen.keys)
        for a in all {
            for old in a.replaces {
                if !ids.insert(old).inserted {
                    errors.append(CatalogError(file: seen[a.id] ?? "?", line: nil, entry: a.id,
                                               issue: .init(field: "replaces", problem: .unreadable(detail: "the id \(old) is already in use"))))
                }
            }
        }
        let (tasks, taskErrors) = OccupationTasks.load(folder: folder.appendingPathComponent("tasks"))
        let (reasons, reasonErrors) = ReasonBook.load(folder: folder.appendingPathComponent("reasons"))
        errors += taskErrors + reasonErrors
        if !errors.isEmpty { throw CatalogLoadFailure(errors: errors) }
        return Catalog(all, occupationTasks: tasks, reasons: reasons)
    }

    static func parse(url: URL, name: String) -> ([(Accommodation, Int)], [CatalogError]) {
        func failure(_ line: Int?, _ entry: String?, _ field: String, _ problem: ValidationIssue.Problem) -> CatalogError {
            CatalogError(file: name, line: line, entry: entry, issue: .init(field: field, problem: problem))
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            return ([], [failure(nil, nil, "file", .unreadable(detail: "not readable as UTF-8 text"))])
        }
        let root: Node?
        // The basic resolver reads every plain scalar as text (numbers are still read by the
        // decoder): the default one runs a regular expression on each key at every lookup, which
        // made loading the catalog the slowest part of starting the voice terminal.
        do { root = try Yams.compose(yaml: text, .basic, .default, .utf8) } catch let error as YamlError {
            return ([], [failure(yamlLine(error), nil, "YAML", .unreadable(detail: yamlProblem(error)))])
        } catch {
            return ([], [failure(nil, nil, "YAML", .unreadable(detail: "\(error)"))])
        }
        guard let list = root?.mapping?["accommodations"]?.sequence else {
            return ([], [failure(1, nil, "accommodations", .missing)])
        }
        let expectedFunction = (name as NSString).deletingPathExtension
        var entries: [(Accommodation, Int)] = []
        var errors: [CatalogError] = []
        let decoder = YAMLDecoder(encoding: .utf8)
        for node in list {
            let line = node.mark?.line
            let id = node.mapping?["id"]?.string
            do {
                let accommodation = try decoder.decode(Accommodation.self, from: node)
                var problems: [ValidationIssue] = []
                if accommodation.id.isEmpty || !accommodation.id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
                    problems.append(.init(field: "id", problem: .unreadable(detail: "ids are lowercase letters, digits and '-'")))
                }
                if accommodation.function.rawValue != expectedFunction {
                    problems.append(.init(field: "function", problem: .notOneOf(value: accommodation.function.rawValue, allowed: [expectedFunction])))
                }
                for (index, bridge) in accommodation.bridges.enumerated() {
                    let width = bridge.dimension.scale.upperBound - bridge.dimension.scale.lowerBound
                    if !(1...width).contains(bridge.by) {
                        problems.append(.init(field: "bridges[\(index + 1)].by", problem: .number(value: String(bridge.by), range: 1...width)))
                    }
                    if let least = bridge.minCapacity, !bridge.dimension.scale.contains(least) {
                        problems.append(.init(field: "bridges[\(index + 1)].min_capacity",
                                              problem: .number(value: String(least), range: bridge.dimension.scale)))
                    }
                }
                if accommodation.step != .job && !accommodation.bridges.isEmpty {
                    problems.append(.init(field: "bridges", problem: .unreadable(
                        detail: "only entries for the job (step: job) bridge a job's demands; a \(accommodation.step.rawValue) entry meets needs only")))
                }
                if accommodation.jobChange && accommodation.bridges.contains(where: { $0.effect == .raisesCapacity }) {
                    problems.append(.init(field: "job_change", problem: .unreadable(detail: "a change to the job lowers its demand; it does not raise capacity")))
                }
                if accommodation.bridges.isEmpty && accommodation.meetsNeeds.isEmpty && accommodation.step != .recruitment && !accommodation.jobChange {
                    problems.append(.init(field: "bridges", problem: .unreadable(detail: "an accommodation must bridge a dimension or meet a need")))
                }
                if accommodation.leadTimeDays < 0 {
                    problems.append(.init(field: "lead_time_days", problem: .number(value: String(accommodation.leadTimeDays), range: 0...3650)))
                }
                if problems.isEmpty {
                    entries.append((accommodation, line ?? 0))
                } else {
                    errors += problems.map { CatalogError(file: name, line: line, entry: id, issue: $0) }
                }
            } catch let error as DecodingError {
                errors.append(CatalogError(file: name, line: line, entry: id, issue: DecodingIssue.issue(from: error)))
            } catch {
                errors.append(failure(line, id, "entry", .unreadable(detail: "\(error)")))
            }
        }
        return (entries, errors)
    }

    /// Line of a YAML syntax error, for messages.
    public static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    public static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }

    /// Where the catalog is: `SETARA_CATALOG`, then `Accommodations/` in the current folder or
    /// any folder above the running program (a checkout), then the system-wide install.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        DataFolders.locate("Accommodations", override: environment["SETARA_CATALOG"])
    }
}

/// Finds the data folders people edit (`Accommodations/`, `Voices/`).
public enum DataFolders {
    public static func locate(_ name: String, override: String?) -> URL {
        if let override, !override.isEmpty { return URL(fileURLWithPath: override) }
        let fm = FileManager.default
        var candidates = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        if let path = Bundle.main.executablePath { executable = URL(fileURLWithPath: path).resolvingSymlinksInPath() }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: "/usr/local/share/setara"))
        candidates.append(URL(fileURLWithPath: "/usr/share/setara"))
        for candidate in candidates {
            let url = candidate.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { return url }
        }
        return URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent(name)
    }
}

/// Turns a Codable decoding failure into a field-level issue a person can act on.
public enum DecodingIssue {
    public static func issue(from error: DecodingError) -> ValidationIssue {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0 + 1)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .init(field: path(context.codingPath + [key]), problem: .missing)
        case .valueNotFound(_, let context):
            return .init(field: path(context.codingPath), problem: .missing)
        case .typeMismatch(let type, let context):
            return .init(field: path(context.codingPath), problem: .unreadable(detail: "expected \(describe(type))"))
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            if let allowed = allowedValues(for: context) {
                return .init(field: field, problem: .notOneOf(value: context.debugDescription.components(separatedBy: "value ").last ?? "?", allowed: allowed))
            }
            return .init(field: field, problem: .unreadable(detail: context.debugDescription))
        @unknown default:
            return .init(field: "?", problem: .unreadable(detail: "\(error)"))
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is String.Type: return "text"
        case is Bool.Type: return "yes or no"
        default: return "\(type)"
        }
    }

    /// Enum fields report the values allowed for them.
    static func allowedValues(for context: DecodingError.Context) -> [String]? {
        let key = context.codingPath.last(where: { $0.intValue == nil })?.stringValue ?? ""
        switch key {
        case "kind": return AccommodationKind.allCases.map(\.rawValue)
        case "function": return WorkFunction.allCases.map(\.rawValue)
        case "dimension": return FunctionalDimension.allCases.map(\.rawValue)
        case "effect": return BridgeEffect.allCases.map(\.rawValue)
        case "meets_needs": return Need.allCases.map(\.rawValue)
        case "cost_band": return CostBand.allCases.map(\.rawValue)
        case "step": return AccommodationStep.allCases.map(\.rawValue)
        case "tasks": return TaskKind.allCases.map(\.rawValue)
        case "legal_basis": return LegalBasis.allCases.map(\.rawValue)
        default: return nil
        }
    }
}
