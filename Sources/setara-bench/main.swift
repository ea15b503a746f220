import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore

// Benchmarks of the record-keeping side, in release mode. Each measurement runs several times
// and is reported as a median, with a baseline measured in the same run and the ratio to it.
// The last line is one JSON object with every figure.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "match" {
    try MatchBench.run(arguments)
    exit(0)
}
if arguments.first == "voice" {
    let setara = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("setara").path
    try VoiceBench.run(arguments, setara: setara)
    exit(0)
}
if arguments.first == "due" {
    let setara = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("setara").path
    try DueBench.run(arguments, setara: setara)
    exit(0)
}
if arguments.first == "outcomes" {
    try OutcomesBench.run(arguments)
    exit(0)
}
if arguments.first == "lookup" {
    let setara = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("setara").path
    try LookupBench.run(arguments, setara: setara)
    exit(0)
}
guard arguments.first == "records" else {
    FileHandle.standardError.write(Data("usage: setara-bench records [--seekers N] [--runs N]\n       setara-bench match [--vacancies N] [--seekers N] [--runs N]\n       setara-bench voice [--runs N]\n       setara-bench due [--seekers N] [--referrals N] [--runs N]\n       setara-bench outcomes [--seekers N] [--referrals N] [--runs N] [--database PATH] [--report-only]\n       setara-bench lookup [--codes N]\n".utf8))
    exit(64)
}

func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
    return value
}

let seekerCount = option("--seekers", 100_000)
let runs = max(option("--runs", 5), 1)
let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let setara = binFolder.appendingPathComponent("setara").path
guard FileManager.default.isExecutableFile(atPath: setara) else {
    FileHandle.standardError.write(Data("setara-bench: no setara program next to this one; run swift build -c release first.\n".utf8))
    exit(69)
}
let work = FileManager.default.temporaryDirectory.appendingPathComponent("setara-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

func milestone(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }


let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())

// The data: a generated data set with `seekerCount` seekers, written as the importer's CSV.
milestone("Generating \(seekerCount) seekers ...")
var generator = DemoGenerator(catalog: catalog, seed: 7)
let batch = generator.generate(size: DemoSize(seekers: seekerCount, employers: 10, vacancies: 10))
let csvPath = work.appendingPathComponent("seekers.csv").path
let records = batch.seekers.map { RecordExport.fields($0, category: nil) }
try RecordExport.csv(kind: .seekers, records: records, includeCategory: false).write(toFile: csvPath, atomically: true, encoding: .utf8)
let csvMB = Double((try FileManager.default.attributesOfItem(atPath: csvPath)[.size] as? Int) ?? 0) / 1_048_576

// The same seekers as an office's spreadsheet holds them (as in examples/seekers.csv): one source
// and date for the whole profile, no per-dimension source and date columns.
let sheetPath = work.appendingPathComponent("seekers-sheet.csv").path
do {
    let columns = ["id", "nik", "name", "birth_date", "sex", "phone", "regency", "address", "education", "skills",
                   "preferred_occupations", "languages", "max_hours_per_week", "wants_remote", "wage_expectation", "needs",
                   "safety_restrictions", "consent", "registered_on", "profile_source", "profile_assessed_on"]
    var sheet = CSVText.line(columns + FunctionalDimension.allCases.map(\.rawValue)) + "\n"
    for s in batch.seekers {
        var cells: [String] = [s.id, s.nik, s.name, s.birthDate?.description ?? "", s.sex?.rawValue ?? "", s.phone ?? ""]
        cells += [s.regencyCode, s.address ?? "", s.education.rawValue, s.skills.joined(separator: "; ")]
        cells += [s.preferredOccupations.joined(separator: "; "), s.languages.joined(separator: "; ")]
        cells += [s.maxHoursPerWeek.map(String.init) ?? "", s.wantsRemote ? "yes" : "no", s.wageExpectation.map(String.init) ?? ""]
        cells += [s.needs.map(\.rawValue).joined(separator: "; "), s.safetyRestrictions.map(\.rawValue).joined(separator: "; ")]
        cells += [s.consent.given ? "yes" : "no", s.registeredOn.description, s.profile.values.first?.source.rawValue ?? ""]
        cells.append(s.registeredOn.description)
        cells += FunctionalDimension.allCases.map { d in s.profile[d].map { $0.withoutAids == $0.withAids ? "\($0.withAids)" : "\($0.withoutAids)/\($0.withAids)" } ?? "" }
        sheet += CSVText.line(cells) + "\n"
    }
    try sheet.write(toFile: sheetPath, atomically: true, encoding: .utf8)
}
let sheetMB = Double((try FileManager.default.attributesOfItem(atPath: sheetPath)[.size] as? Int) ?? 0) / 1_048_576

// 1. Import from CSV, the whole process, into an empty database.
milestone("Import of \(seekerCount) seekers from CSV (\(String(format: "%.1f", csvMB)) MB), \(runs) runs ...")
var importTimes: [Double] = []
var writeTimes: [Double] = []
let bigDB = work.appendingPathComponent("import.sqlite").path
for run in 0..<runs {
    let db = work.appendingPathComponent("import-\(run).sqlite").path
    // An office's empty database, made as an office makes it (not timed).
    _ = try Bench.timeProcess(setara, ["init"], db: db)
    importTimes.append(try Bench.timeProcess(setara, ["import", csvPath], db: db))
    // The first run's database is kept for `seeker show`; the others are removed at once.
    if run == 0 {
        try FileManager.default.moveItem(atPath: db, toPath: bigDB)
    } else {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    }
}
milestone("Import of the same seekers from a spreadsheet-form CSV (\(String(format: "%.1f", sheetMB)) MB), \(runs) runs ...")
var sheetTimes: [Double] = []
for run in 0..<runs {
    let db = work.appendingPathComponent("sheet-\(run).sqlite").path
    _ = try Bench.timeProcess(setara, ["init"], db: db)
    sheetTimes.append(try Bench.timeProcess(setara, ["import", sheetPath], db: db))
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
}
// Baseline: writing the same, already parsed and checked records in one transaction, in process.
for run in 0..<runs {
    let path = work.appendingPathComponent("bare-\(run).sqlite").path
    let bare = try SQLiteStore(path: path)
    writeTimes.append(try Bench.seconds { try bare.write(RecordBatch(seekers: batch.seekers)) })
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

// 2. `setara demo` from an empty database, the whole process.
milestone("setara demo from empty, \(runs) runs ...")
var demoTimes: [Double] = []
for run in 0..<runs {
    demoTimes.append(try Bench.timeProcess(setara, ["demo"], db: work.appendingPathComponent("demo-\(run).sqlite").path))
}

// 3. `setara seeker show` on the imported database, the whole process, against a process that does nothing.
milestone("setara seeker show on a \(seekerCount)-seeker database, \(runs * 4) runs ...")
var showTimes: [Double] = []
var trueTimes: [Double] = []
for run in 0..<(runs * 4) {
    let id = batch.seekers[(run * 7_919) % batch.seekers.count].id
    showTimes.append(try Bench.timeProcess(setara, ["seeker", "show", id], db: bigDB))
    trueTimes.append(try Bench.timeProcess("/bin/true", [], db: bigDB))
}

let result: [String: Any] = [
    "seekers": seekerCount,
    "runs": runs,
    "csv_mb": (csvMB * 10).rounded() / 10,
    "import_csv_median_s": (Bench.median(importTimes) * 1000).rounded() / 1000,
    "sheet_csv_mb": (sheetMB * 10).rounded() / 10,
    "import_sheet_csv_median_s": (Bench.median(sheetTimes) * 1000).rounded() / 1000,
    "store_write_baseline_median_s": (Bench.median(writeTimes) * 1000).rounded() / 1000,
    "import_to_write_ratio": (Bench.median(importTimes) / Bench.median(writeTimes) * 10).rounded() / 10,
    "demo_median_s": (Bench.median(demoTimes) * 1000).rounded() / 1000,
    "seeker_show_median_ms": (Bench.median(showTimes) * 10000).rounded() / 10,
    "process_baseline_median_ms": (Bench.median(trueTimes) * 10000).rounded() / 10,
    "show_to_process_ratio": (Bench.median(showTimes) / Bench.median(trueTimes) * 10).rounded() / 10,
]
milestone("Done.")
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
