import Foundation
import PropertyBased
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

// A fuzz test of the importers (issue 9): files made by mutating good YAML, JSON and CSV files,
// with a fixed seed so that every run tries the same cases. Whatever the file, the import must
// end in 0 (imported), 65 (bad data) or 74 (cannot read), without a crash or a hang; a refused
// import must leave the database as it was; and what an import saved must come back the same
// from an export imported again.

private let examples = root.appendingPathComponent("examples")

/// The accommodation catalog's ids, as the command reads them.
private let fuzzCatalogIDs: Set<String> = (try? CatalogLoader.load(folder: root.appendingPathComponent("Accommodations")).ids) ?? []

/// Everything a database holds, to compare before and after.
private struct Snapshot: Equatable {
    var seekers: [Seeker]
    var categories: [String: DisabilityCategory]
    var employers: [Employer]
    var workplaces: [Workplace]
    var vacancies: [Vacancy]

    init(_ store: SQLiteStore) throws {
        seekers = try store.seekers(ListQuery())
        var categories: [String: DisabilityCategory] = [:]
        for seeker in seekers { categories[seeker.id] = try store.disabilityCategory(seekerID: seeker.id) }
        self.categories = categories
        employers = try store.employers(ListQuery())
        workplaces = try store.workplaces(ListQuery())
        vacancies = try store.vacancies(ListQuery())
    }

    var isEmpty: Bool { seekers.isEmpty && employers.isEmpty && workplaces.isEmpty && vacancies.isEmpty }
}

/// The files the mutations start from: the examples people copy, and what `export` writes.
private struct Corpus {
    /// Employers, workplaces and vacancies every import may refer to, stored before each case.
    var baseline: RecordBatch
    var files: [(name: String, text: String)]

    static func make(in temp: TempFolder) throws -> Corpus {
        let store = try SQLiteStore(path: ":memory:")
        func read(_ names: [String]) throws -> ImportPlan {
            let records = try names.flatMap { try SourceReader.read(path: examples.appendingPathComponent($0).path, kind: nil) }
            return try Importer(store: store, catalogIDs: fuzzCatalogIDs, today: today).plan(records)
        }
        let plan = try read(["employers.yaml"])
        try #require(plan.rejected.isEmpty, "\(plan.rejected.flatMap { $0.lines(.en) })")
        var files: [(String, String)] = []
        for name in ["employers.yaml", "seekers.yaml", "seekers.csv", "vacancies.json"] {
            files.append((name, try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)))
        }
        // The examples' seekers and vacancies, stored and exported as `setara export` writes them.
        try store.write(plan.batch)
        let more = try read(["seekers.yaml", "seekers.csv", "vacancies.json"])
        try #require(more.rejected.isEmpty, "\(more.rejected.flatMap { $0.lines(.en) })")
        try store.write(more.batch)
        files += try exports(store, asJSON: true).map { ("export-\($0.name)", $0.text) }
        files += try exports(store, asJSON: false).map { ("export-\($0.name)", $0.text) }
        return Corpus(baseline: plan.batch, files: files)
    }
}

/// Every kind of record in the store, as export writes it: one file per kind.
private func exports(_ store: SQLiteStore, asJSON: Bool) throws -> [(name: String, text: String)] {
    let snapshot = try Snapshot(store)
    let kinds: [(ImportKind, [[(String, OutValue)]])] = [
        (.seekers, snapshot.seekers.map { RecordExport.fields($0, category: snapshot.categories[$0.id]) }),
        (.employers, snapshot.employers.map(RecordExport.fields)),
        (.workplaces, snapshot.workplaces.map(RecordExport.fields)),
        (.vacancies, snapshot.vacancies.map(RecordExport.fields)),
    ]
    return try kinds.filter { !$0.1.isEmpty }.map { kind, records in
        asJSON ? ("\(kind.rawValue).json", try RecordExport.json(kind: kind, records: records))
            : ("\(kind.rawValue).csv", RecordExport.csv(kind: kind, records: records, includeCategory: true))
    }
}

/// Makes a file from another by small edits, the way files go wrong: a character dropped,
/// doubled or changed, a quote or bracket out of place, a value swapped for one that has broken
/// importers before (decimals, huge ids, far dates, control characters, aliases, nesting).
private struct Mutator {
    var rng: Xoshiro

    static let tokens: [String] = [
        "\"", "\"\"", ",", ";", "\n", "\r\n", "\r", "\t", " ", "\u{0}", "\u{1B}[2J", "\u{7}", "\u{85}", "\u{FEFF}", "\u{2028}",
        "{", "}", "[", "]", ":", "- ", "&a ", "*a", "!!str ", "? ", "---\n", "#", "|", ">", "'", "\\", "\\u0000",
        "7.5", "2,5", "Rp 3.500.000,00", "Rp 3.500.000,50", "3,500,000.00", "-1", "1e309", "99999999999999999999",
        "S9223372036854775807", "E00000000000000000001", "2199-12-31", "2200-02-29", "0/3", "3/0", "9", "null", "~", "yes",
        "true", "", "é", "Ṣ", "\u{202E}", String(repeating: "[", count: 40), String(repeating: "a", count: 300),
        "profile", "demands", "name", "nik", "id", "3273014508950002", "Monitor 5\" wide",
    ]

    mutating func number(_ below: Int) -> Int { Int(rng.next() % UInt64(max(below, 1))) }

    mutating func mutate(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for _ in 0...number(4) {
            let at = number(bytes.count + 1)
            switch number(7) {
            case 0 where !bytes.isEmpty:  // drop a few bytes
                let end = min(bytes.count, at + 1 + number(8))
                if at < end { bytes.removeSubrange(at..<end) }
            case 1:  // insert a token
                bytes.insert(contentsOf: Array(Self.tokens[number(Self.tokens.count)].utf8), at: at)
            case 2 where at < bytes.count:  // replace the rest of a line with a token
                let end = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                bytes.replaceSubrange(at..<end, with: Array(Self.tokens[number(Self.tokens.count)].utf8))
            case 3 where at < bytes.count:  // change one byte
                bytes[at] = UInt8(truncatingIfNeeded: rng.next())
            case 4 where !bytes.isEmpty:  // repeat a piece
                let start = number(bytes.count), end = min(bytes.count, start + 1 + number(200))
                bytes.insert(contentsOf: bytes[start..<end], at: at)
            case 5:  // cut the file short
                bytes.removeSubrange(at...)
            default:  // swap two lines
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                if lines.count > 2 {
                    let a = number(lines.count), b = number(lines.count)
                    lines.swapAt(a, b)
                    bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self) == text && !bytes.isEmpty
            ? text + Self.tokens[number(Self.tokens.count)] : String(decoding: bytes, as: UTF8.self)
    }
}

/// The exit code the import command gives for a way an import ends.
private enum Outcome: Int32 {
    case imported = 0, badData = 65, unreadable = 74
}

@Suite("Fuzzing the importers: mutated YAML, JSON and CSV files (issue 9)")
final class ImportFuzzTests {
    let temp = TempFolder()
    /// 2,100 cases in process, 30 through the `setara` program; the seed fixes which.
    static let inProcessCases = 2_100
    static let programCases = 30
    static let seed: (UInt64, UInt64, UInt64, UInt64) = (0x5E7A_4A00_0000_0009, 2026, 11, 30)

    /// Imports `path` as `setara import` does (written while checked, in one transaction,
    /// committed only when every record is good) into `store`.
    private func importLikeTheCommand(_ path: String, into store: SQLiteStore) throws -> Outcome {
        let records: [RawRecord]
        do {
            records = try SourceReader.read(path: path, kind: nil)
        } catch {
            return error.isIOError ? .unreadable : .badData
        }
        let writer = ImportWriter(store: store)
        defer { writer.cancel() }
        let plan = try Importer(store: store, catalogIDs: fuzzCatalogIDs, today: today).plan(records, sink: writer.send)
        guard plan.rejected.isEmpty else { return .badData }
        try writer.commit()
        return .imported
    }

    @Test("No mutated file crashes or hangs an import; refused ones change nothing; saved ones survive export and import",
          .timeLimit(.minutes(3)))
    func inProcess() throws {
        let corpus = try Corpus.make(in: temp)
        var mutator = Mutator(rng: Xoshiro(seed: Self.seed))
        var counts: [Outcome: Int] = [:]
        let started = Date()
        /// A database holding the baseline; a refused import leaves it so, and it is used again.
        func baselineStore() throws -> SQLiteStore {
            let store = try SQLiteStore(path: ":memory:")
            try store.write(corpus.baseline)
            return store
        }
        var store = try baselineStore()
        let before = try Snapshot(store)
        for index in 0..<Self.inProcessCases {
            let (name, seedText) = corpus.files[index % corpus.files.count]
            let text = mutator.mutate(seedText)
            let path = try temp.file("case-\(index % 8)-\(name)", text)
            let caseStarted = Date()
            let outcome: Outcome
            do {
                outcome = try importLikeTheCommand(path, into: store)
            } catch {
                Issue.record("case \(index) (\(name)): the import failed with \(error), which would exit 1\n\(text.debugDescription)")
                store = try baselineStore()
                continue
            }
            counts[outcome, default: 0] += 1
            #expect(Date().timeIntervalSince(caseStarted) < 5, "case \(index) (\(name)) took too long:\n\(text.debugDescription)")
            let after = try Snapshot(store)
            if outcome != .imported {
                #expect(after == before, "case \(index) (\(name)): a refused import changed the database\n\(text.debugDescription)")
                continue
            }
            // Export everything, import it into an empty database: the same records come back.
            defer { store = (try? baselineStore()) ?? store }
            let fresh = try SQLiteStore(path: ":memory:")
            let files = try exports(store, asJSON: index % 2 == 0)
            let paths = try files.map { try temp.file("export-\($0.name)", $0.text) }
            var records: [RawRecord] = []
            for path in paths { records += try SourceReader.read(path: path, kind: nil) }
            let plan = try Importer(store: fresh, catalogIDs: fuzzCatalogIDs, today: today).plan(records)
            #expect(plan.rejected.isEmpty, "case \(index) (\(name)): the export was refused: \(plan.rejected.flatMap { $0.lines(.en) })\n\(text.debugDescription)")
            try fresh.write(plan.batch)
            #expect(try Snapshot(fresh) == after, "case \(index) (\(name)): export then import changed the records\n\(text.debugDescription)")
        }
        let seconds = Date().timeIntervalSince(started)
        print("Fuzzed \(Self.inProcessCases) files in process in \(String(format: "%.1f", seconds)) s: "
              + "\(counts[.imported] ?? 0) imported, \(counts[.badData] ?? 0) refused as bad data, \(counts[.unreadable] ?? 0) unreadable.")
        // Both ways of ending must be exercised, or the mutations are too gentle or too rough.
        #expect((counts[.imported] ?? 0) >= Self.inProcessCases / 20)
        #expect((counts[.badData] ?? 0) >= Self.inProcessCases / 4)
    }

    @Test("Through the setara program: exit codes only 0, 65 or 74, and a refused import changes nothing",
          .timeLimit(.minutes(3)))
    func throughTheProgram() throws {
        let program = try setaraProgram()
        let corpus = try Corpus.make(in: temp)
        // Another seed than the in-process cases, so that these are other files.
        var mutator = Mutator(rng: Xoshiro(seed: (Self.seed.0, Self.seed.1 + 1, Self.seed.2, Self.seed.3)))
        let baseline = temp.url.appendingPathComponent("baseline.sqlite").path
        try FileManager.default.createDirectory(at: temp.url, withIntermediateDirectories: true)
        // An office's database is made with `setara init`; no other command creates one.
        let made = try run(program, ["init"], database: baseline)
        try #require(made.status == 0, "\(made.err)")
        let setup = try run(program, ["import", examples.appendingPathComponent("employers.yaml").path], database: baseline)
        try #require(setup.status == 0, "\(setup.err)")
        var counts: [Int32: Int] = [:]
        let started = Date()
        for index in 0..<Self.programCases {
            let (name, seedText) = corpus.files[index % corpus.files.count]
            // The first case is a file as written, so that the program's way to success is always
            // taken; the rest are mutated.
            let text = index == 0 ? seedText : mutator.mutate(seedText)
            let path = try temp.file("program-\(name)", text)
            let database = temp.url.appendingPathComponent("case.sqlite").path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            try FileManager.default.copyItem(atPath: baseline, toPath: database)
            let before = try Snapshot(SQLiteStore(path: database))
            let result = try run(program, ["import", path], database: database)
            counts[result.status, default: 0] += 1
            if index == 0 { #expect(result.status == 0, "the unmutated \(name) imports: \(result.err)") }
            #expect([0, 65, 74].contains(result.status),
                    "case \(index) (\(name)): exit \(result.status)\n\(result.err)\n\(text.debugDescription)")
            #expect(!result.err.contains("3273014508950002") && !result.err.unicodeScalars.contains { $0.value == 0x1B },
                    "case \(index) (\(name)): the message echoes the file\n\(result.err)")
            let after = try Snapshot(SQLiteStore(path: database))
            if result.status != 0 {
                #expect(after == before, "case \(index) (\(name)): exit \(result.status) but the database changed\n\(text.debugDescription)")
            }
        }
        print("Fuzzed \(Self.programCases) files through setara in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: exit codes \(counts.sorted { $0.key < $1.key })")
        #expect(counts[0] != nil && counts[65] != nil)
    }

    /// The built `setara` program, next to this test bundle or in .build.
    private func setaraProgram() throws -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("setara")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            let candidate = root.appendingPathComponent(".build/\(configuration)/setara")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "setara (run swift build first)"])
    }

    /// Runs the program on `database`, killing it after 30 s (a hang is a failure, not a wait).
    private func run(_ program: URL, _ arguments: [String], database: String) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SETARA_DB"] = database
        environment["LANG"] = "en_US.UTF-8"
        environment["SETARA_CATALOG"] = root.appendingPathComponent("Accommodations").path
        process.environment = environment
        // Standard error goes to a file: a pipe nobody reads while waiting could fill and stall the program.
        let errPath = temp.url.appendingPathComponent("stderr.txt").path
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? err.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("setara \(arguments.joined(separator: " ")) ran for more than 30 s")
        }
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

/// The package root, for the examples and the catalog.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
