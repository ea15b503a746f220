import Foundation
import Testing

/// The package root and the built `setara` program next to this test bundle.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func setaraBinary() throws -> URL {
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

/// The part of `setara match --format json` the tests read.
struct MatchList: Decodable {
    struct Match: Decodable {
        var seeker: String
        var vacancy: String
        var score: Int
    }
    var matches: [Match]
}

struct Run: Sendable {
    var status: Int32
    var out: String
    var err: String
}

/// A temporary folder with its own database, where commands run as a placement officer would type them.
final class Workspace: Sendable {
    let folder: URL
    var db: String { folder.appendingPathComponent("setara.sqlite").path }

    /// With `database`, the office's empty database is made first (`setara init`), as an office starts.
    init(database: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if database {
            let made = try run(["init"])
            guard made.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: made.err]) }
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @discardableResult
    func run(_ arguments: [String], lang: String = "en_US.UTF-8", input: String? = nil, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try setaraBinary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SETARA_DB"] = db
        environment["LANG"] = lang
        environment["LC_ALL"] = nil
        environment["SETARA_CATALOG"] = root.appendingPathComponent("Accommodations").path
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        // Standard error is read on another thread while standard output is read here: a
        // program that fills one pipe while the test waits on the other would otherwise hang.
        let errRead = DispatchGroup()
        nonisolated(unsafe) var errData = Data()  // Safe: written by the reading block only, read after `wait()`.
        DispatchQueue.global().async(group: errRead) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errRead.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
}

@Suite("The setara command, run as a user would", .serialized)
struct CLITests {
    @Test("Registering an employer, a workplace, a vacancy and a seeker by flags, then showing them")
    func registerByFlags() throws {
        let w = try Workspace(database: true)
        var r = try w.run(["employer", "add", "--name", "PT Mitra Sejahtera", "--ownership", "private", "--headcount", "150", "--regency", "3471"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Employer E00001 registered"))
        r = try w.run(["workplace", "add", "--employer", "E00001", "--name", "Kantor pusat", "--regency", "3471",
                       "--feature", "step_free_entrance", "--feature", "elevator", "--accommodation", "screen-reader-software"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["vacancy", "add", "--workplace", "W00001", "--title", "Operator entri data", "--kbji", "4132",
                       "--demand", "near_vision=3", "--demand", "fine_manipulation=3"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["seeker", "add", "--name", "Rina Wulandari", "--nik", "3471014508950002", "--regency", "3471", "--education", "smk",
                       "--rating", "near_vision=0/3", "--rating-source", "functional_assessment", "--need", "screen_reader_systems",
                       "--consent", "yes", "--category", "sensorik_netra"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Seeker S000001 registered"))

        r = try w.run(["seeker", "show", "S000001"])
        #expect(r.out.contains("Name: Rina Wulandari"))
        #expect(r.out.contains("near vision: 0 of 3 without aids, 3 of 3 with aids; functional assessment"))
        #expect(!r.out.contains("sensory, blind"), "the category is shown only on request")
        r = try w.run(["seeker", "show", "S000001", "--show-category"])
        #expect(r.out.contains("Disability category (Law 8/2016, for quota and statistics only): sensory, blind"))
        r = try w.run(["seeker", "show", "3471014508950002", "--lang", "id"])
        #expect(r.out.contains("Pencari kerja S000001"))
        #expect(r.out.contains("penglihatan dekat: 0 dari 3 tanpa alat bantu"))
        r = try w.run(["vacancy", "show", "V000001"], lang: "id_ID.UTF-8")
        #expect(r.out.contains("Posisi: Operator entri data"))
        r = try w.run(["workplace", "show", "W00001"])
        #expect(r.out.contains("Accommodations provided: "))
        #expect(r.out.contains("(screen-reader-software)"))
    }

    @Test("A wrong field at the command line is refused with field, problem and expected form, exit 65")
    func badFlag() throws {
        let w = try Workspace(database: true)
        let r = try w.run(["seeker", "add", "--name", "Rina", "--nik", "347101450895000", "--regency", "3471", "--education", "smk"], lang: "id_ID.UTF-8")
        #expect(r.status == 65)
        #expect(r.err.contains("nik harus 16 angka; Anda memasukkan 15."))
        #expect(try w.run(["info"]).out.contains("Seekers: 0"))
    }

    @Test("Missing required fields without a terminal is a usage error, exit 64")
    func missingFields() throws {
        let w = try Workspace(database: true)
        let r = try w.run(["seeker", "add", "--name", "Rina"])
        #expect(r.status == 64)
        #expect(r.err.contains("--nik"))
        #expect(try w.run(["seeker", "list", "--frobnicate"]).status == 64)
    }

    @Test("Updating changes only the fields given")
    func update() throws {
        let w = try Workspace(database: true)
        try w.run(["seeker", "add", "--name", "Rina", "--nik", "3471014508950002", "--regency", "3471", "--education", "smk", "--phone", "081234567890"])
        var r = try w.run(["seeker", "update", "S000001", "--phone", "0274 512345"])
        #expect(r.status == 0, "\(r.err)")
        r = try w.run(["seeker", "show", "S000001", "--format", "json"])
        #expect(r.out.contains("\"phone\" : \"+62274512345\""))
        #expect(r.out.contains("\"name\" : \"Rina\""))
    }

    @Test("Importing a bad file writes nothing and exits 65; --skip-invalid writes the good ones and a report")
    func importAllOrNothing() throws {
        let w = try Workspace(database: true)
        let csv = try w.write("seekers.csv", """
            nik,name,regency,education
            3471014508950002,Rina,3471,smk
            347101450895000,Bad NIK,3471,smk
            3404011203900001,Budi,3404,sarjana
            """)
        var r = try w.run(["import", csv])
        #expect(r.status == 65)
        #expect(r.err.contains("seekers.csv, line 3: nik must be 16 digits; you entered 15."))
        #expect(r.err.contains("seekers.csv, line 4: education is \"sarjana\""))
        #expect(try w.run(["info"]).out.contains("Seekers: 0"))

        r = try w.run(["import", csv, "--skip-invalid", "--rejected", "rejected.txt"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Import done: 1 seeker, 0 employers"))
        let report = try String(contentsOfFile: w.folder.appendingPathComponent("rejected.txt").path, encoding: .utf8)
        #expect(report.contains("line 3") && report.contains("line 4"))
        #expect(try w.run(["info"]).out.contains("Seekers: 1"))
    }

    @Test("An import stopped while it saves leaves the database as it was")
    func interruptedImport() throws {
        let w = try Workspace(database: true)
        try w.run(["employer", "add", "--name", "PT A", "--ownership", "private", "--headcount", "10", "--regency", "3471"])
        var csv = "nik,name,regency,education,skills\n"
        for index in 0..<60_000 {
            csv += "3471014508\(String(format: "%06d", 100_000 + index)),Seeker \(index),3471,sma,Menjahit; Mengetik\n"
        }
        let path = try w.write("many.csv", csv)
        let process = Process()
        process.executableURL = try setaraBinary()
        process.arguments = ["import", path]
        var environment = ProcessInfo.processInfo.environment
        environment["SETARA_DB"] = w.db
        environment["LANG"] = "en_US.UTF-8"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains("Saving") {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        process.terminate()  // SIGTERM, as `kill` sends
        seen += String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 143, "\(seen)")
        #expect(seen.contains("Import interrupted before it was saved; the database is as it was before the import."))
        let info = try w.run(["info"]).out
        #expect(info.contains("Seekers: 0"))
        #expect(info.contains("Employers: 1"))
    }

    @Test("The example files in examples/ import cleanly, in order")
    func examples() throws {
        let w = try Workspace(database: true)
        let folder = root.appendingPathComponent("examples")
        let files = ["employers.yaml", "vacancies.json", "seekers.csv", "seekers.yaml"].map { folder.appendingPathComponent($0).path }
        let r = try w.run(["import"] + files)
        #expect(r.status == 0, "\(r.err)")
        #expect(try w.run(["info"]).out.contains("Vacancies: "))
    }

    @Test("A missing file is an I/O error, exit 74; an unknown format a data error, exit 65")
    func fileErrors() throws {
        let w = try Workspace(database: true)
        let r = try w.run(["import", "nowhere.csv"])
        #expect(r.status == 74)
        #expect(r.err.contains("nowhere.csv: cannot read the file (no such file)"))
        #expect(try w.run(["import", try w.write("x.txt", "hello")]).status == 65)
    }

    @Test("Export writes CSV and JSON that import again into an empty database")
    func exportImport() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(["demo", "--seekers", "40", "--employers", "8", "--vacancies", "30"]).status == 0)
        for (kind, format) in [("employers", "json"), ("workplaces", "csv"), ("vacancies", "json"), ("seekers", "csv")] {
            let r = try w.run(["export", kind, "--format", format, "--output", "\(kind).\(format)"])
            #expect(r.status == 0, "\(r.err)")
        }
        let other = try Workspace(database: true)
        let files = ["employers.json", "workplaces.csv", "vacancies.json", "seekers.csv"].map { w.folder.appendingPathComponent($0).path }
        let r = try other.run(["import"] + files)
        #expect(r.status == 0, "\(r.err)")
        #expect(try other.run(["info"]).out == (try w.run(["info"]).out).replacingOccurrences(of: w.db, with: other.db))
    }

    @Test("The demo fills the database, ends with a tour, and refuses to overwrite a user's own records")
    func demo() throws {
        let w = try Workspace(database: true)
        var r = try w.run(["demo"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("2000 seekers, 300 employers"))
        #expect(r.out.contains("What to try next:"))
        #expect(!r.out.contains("\u{1B}["), "no escape codes")
        r = try w.run(["demo"])
        #expect(r.status == 0, "the demo database can be made again")
        let own = try Workspace(database: true)
        try own.run(["employer", "add", "--name", "PT A", "--ownership", "private", "--headcount", "10", "--regency", "3471"])
        r = try own.run(["demo"])
        #expect(r.status == 64)
        #expect(r.err.contains("holds records people entered"))
        #expect(try own.run(["info"]).out.contains("Employers: 1"), "the office's employer is still there")
    }

    @Test("A pair is in the seeker's ranking exactly when the seeker is in the vacancy's ranking, with the same score")
    func matchSymmetry() throws {
        let w = try Workspace(database: true)
        try w.run(["demo", "--seekers", "60", "--employers", "10", "--vacancies", "40"])
        func matches(_ args: [String]) throws -> [MatchList.Match] {
            let r = try w.run(["match"] + args + ["--format", "json", "--top", "1000", "--include-excluded"])
            #expect(r.status == 0, "\(r.err)")
            let list = try JSONDecoder().decode(MatchList.self, from: Data(r.out.utf8))
            return list.matches
        }
        var fromSeekers = Set<String>()
        for index in stride(from: 1, through: 60, by: 7) {
            for m in try matches(["seeker", String(format: "S%06d", index)]) { fromSeekers.insert("\(m.seeker) \(m.vacancy) \(m.score)") }
        }
        var fromVacancies = Set<String>()
        for index in 1...40 {
            for m in try matches(["vacancy", String(format: "V%06d", index)]) where (Int(m.seeker.dropFirst()) ?? 0) % 7 == 1 {
                fromVacancies.insert("\(m.seeker) \(m.vacancy) \(m.score)")
            }
        }
        #expect(!fromSeekers.isEmpty)
        #expect(fromSeekers == fromVacancies)
        let text = try w.run(["match", "seeker", "S000001", "--explain", "--include-excluded", "--top", "3"], lang: "id_ID.UTF-8")
        #expect(text.out.hasPrefix("Hasil 1 dari"))
    }

    @Test("A batch writes the best matches of every active seeker of a region to a file")
    func matchBatch() throws {
        let w = try Workspace(database: true)
        try w.run(["demo", "--seekers", "80", "--employers", "10", "--vacancies", "60"])
        let r = try w.run(["match", "batch", "--region", "34", "--top", "3", "--output", "batch.csv"])
        #expect(r.status == 0, "\(r.err)")
        let lines = try String(contentsOfFile: w.folder.appendingPathComponent("batch.csv").path, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("seeker,vacancy,score,verdict") == true)
        let seekersInRegion = try w.run(["seeker", "list", "--region", "34", "--status", "active", "--format", "csv"]).out
            .split(separator: "\n").dropFirst().map { String($0.prefix(7)) }
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(!rows.isEmpty)
        #expect(rows.count <= seekersInRegion.count * 3)
        for row in rows {
            #expect(seekersInRegion.contains(String(row[0])))
            #expect(row[3] != "excluded")
        }
        #expect(try w.run(["match", "batch", "--region", "34", "--format", "text", "--output", "x"]).status == 64)
    }

    @Test("Lists filter by region and read as labelled lines")
    func lists() throws {
        let w = try Workspace(database: true)
        try w.run(["demo", "--seekers", "200", "--employers", "20", "--vacancies", "50"])
        let r = try w.run(["seeker", "list", "--region", "34", "--limit", "5"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count >= 2)
        #expect(lines.first?.hasPrefix("S") == true)
        let csv = try w.run(["seeker", "list", "--region", "34", "--format", "csv"])
        #expect(csv.out.hasPrefix("id,nik,name"))
        for line in csv.out.split(separator: "\n").dropFirst() { #expect(line.contains(",34")) }
    }

    @Test("The catalog can be listed, searched in both languages and shown")
    func catalog() throws {
        let w = try Workspace(database: true)
        var r = try w.run(["catalog", "search", "pembaca", "layar"])
        #expect(r.status == 0)
        #expect(!r.out.isEmpty)
        r = try w.run(["catalog", "list", "--need", "step_free_access"])
        #expect(r.out.split(separator: "\n").count >= 4)
        let id = try #require(r.out.split(separator: ":").first.map(String.init))
        r = try w.run(["catalog", "show", id], lang: "id_ID.UTF-8")
        #expect(r.out.contains("Akomodasi \(id)"))
        #expect(try w.run(["catalog", "list", "--need", "wings"]).status == 64)
    }

    @Test("Help is in the language of LANG and names every command")
    func help() throws {
        let w = try Workspace(database: true)
        let en = try w.run(["--help"])
        #expect(en.out.contains("accessibility-aware job placement"))
        for command in ["demo", "seeker", "employer", "workplace", "vacancy", "import", "export", "catalog"] {
            #expect(en.out.contains(command))
        }
        let id = try w.run(["seeker", "add", "--help"], lang: "id_ID.UTF-8")
        #expect(id.out.contains("Mendaftarkan pencari kerja"))
    }
}

@Suite("The quota report, as a supervisor or HR officer reads it")
struct QuotaReportCLITests {
    func office() throws -> Workspace {
        let w = try Workspace(database: true)
        for (name, ownership, headcount, disabled, regency) in [
            ("PT Kecil", "private", "150", "0", "3402"), ("PT Patuh", "private", "200", "2", "3402"),
            ("Dinas Besar", "government", "1000", "5", "3471"), ("PT Bandung", "private", "900", "1", "3273"),
        ] {
            let made = try w.run(["employer", "add", "--name", name, "--ownership", ownership, "--headcount", headcount,
                                  "--employees-with-disabilities", disabled, "--regency", regency])
            #expect(made.status == 0, "\(made.err)")
        }
        return w
    }

    @Test("Employers below quota come first, largest shortfall first; totals per regency; CSV and JSON agree")
    func region() throws {
        let w = try office()
        let text = try w.run(["report", "quota", "--region", "34"])
        #expect(text.status == 0, "\(text.err)")
        // Dinas Besar: 2% of 1,000 = 20, 5 employed, 15 short; PT Kecil: 1.5 → 2, 2 short; PT Patuh meets it.
        #expect(text.out.contains("Employers: 3; below quota: 2."), "\(text.out)")
        let dinas = try #require(text.out.range(of: "Dinas Besar")), kecil = try #require(text.out.range(of: "PT Kecil"))
        #expect(dinas.lowerBound < kecil.lowerBound)
        #expect(text.out.contains("quota 20, with disabilities 5, 15 short; open vacancies: 0. Never visited."), "\(text.out)")
        #expect(!text.out.contains("PT Patuh, "), "an employer meeting its quota is not on the canvassing list")
        #expect(!text.out.contains("PT Bandung"), "another province's employer")
        #expect(text.out.contains("Kabupaten Bantul: 2 employers, 1 below quota; quota 4, recorded 2, 2 short."), "\(text.out)")

        // A visit to PT Kecil shows on the canvassing list.
        let list = try w.run(["report", "quota", "--region", "3402", "--format", "csv"])
        let kecilID = try #require(list.out.split(separator: "\n").first { $0.contains("PT Kecil") }.map { String($0.prefix(6)) })
        let visit = try w.run(["visit", "add", kecilID, "--purpose", "quota", "--on", "2026-10-05"])
        #expect(visit.status == 0, "\(visit.err)")
        #expect(try w.run(["report", "quota", "--region", "3402"]).out.contains("2 short; open vacancies: 0. Last visit: 2026-10-05."))

        let csv = try w.run(["report", "quota", "--region", "34", "--format", "csv"])
        let lines = csv.out.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("E") && lines[1].contains(",Dinas Besar,government,3471,34,2,1000,20,5,15,0,,"), "\(lines)")
        let json = try w.run(["report", "quota", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["employers"] as? Int == 4)
        #expect(overall["shortfall"] as? Int == 15 + 2 + 8)
    }

    @Test("An employer's short-time and severe-disability workers, entered by flags, are weighed by Japan's rule and shown where it weighs them")
    func workforce() throws {
        let w = try Workspace(database: true)
        let made = try w.run(["employer", "add", "--name", "PT Sakura", "--ownership", "private", "--headcount", "320",
                              "--short-time-workers", "40", "--employees-with-disabilities", "6", "--short-time-with-disabilities", "2",
                              "--with-severe-disabilities", "3", "--short-time-with-severe-disabilities", "1", "--regency", "3471"])
        #expect(made.status == 0, "\(made.err)")
        let show = try w.run(["employer", "show", "E00001"])
        #expect(show.out.contains("Short-time workers (20 to 30 hours a week): 40"), "\(show.out)")
        #expect(show.out.contains("Among the workers with disabilities: short-time 2; with a severe disability 3, of whom short-time 1"))
        #expect(try w.run(["employer", "show", "E00001"], lang: "id_ID.UTF-8").out.contains("Pekerja paruh waktu (20 sampai 30 jam seminggu): 40"))

        // Japan: 280 + 40 x 0.5 = 300 workers, 2.7% = 8.1 → 8; counted 2 + 0.5 + 2 x 2 + 1 = 7.5; 1 short.
        let japan = try w.run(["report", "quota", "--rules", "japan"])
        #expect(japan.out.contains("Weights: a short-time worker counts 0.5 in the headcount and 0.5 towards the quota; a worker with a severe disability counts 2 (1 when short-time)."), "\(japan.out)")
        #expect(japan.out.contains("300 workers (280 full-time, 40 short-time), quota 8, with disabilities 7.5 (2 full-time, 1 short-time, 2 with a severe disability, 1 with a severe disability, short-time), 1 short;"), "\(japan.out)")
        let jepang = try w.run(["report", "quota", "--rules", "japan"], lang: "id_ID.UTF-8")
        #expect(jepang.out.contains("300 pekerja (280 penuh waktu, 40 paruh waktu), kuota 8, penyandang disabilitas 7.5 (2 penuh waktu, 1 paruh waktu, 2 disabilitas berat, 1 disabilitas berat paruh waktu), kurang 1;"), "\(jepang.out)")
        let csv = try w.run(["report", "quota", "--rules", "japan", "--format", "csv"]).out.split(separator: "\n")
        #expect(csv.first?.hasSuffix(",levy_per_month,full_time,short_time,disabled_full_time,disabled_short_time,severe_full_time,severe_short_time") == true)
        #expect(csv.last?.hasSuffix(",2.7,300,8,7.5,1,0,,0,280,40,2,1,2,1") == true, "\(csv)")
        // Indonesia counts everyone alike: 1% of 320 = 4, 6 employed; no weights are shown.
        let indonesia = try w.run(["report", "quota"])
        #expect(indonesia.out.contains("below quota: 0") && !indonesia.out.contains("Weights"), "\(indonesia.out)")

        // A part larger than its whole is refused, naming both, in either language, and nothing changes.
        let bad = try w.run(["employer", "update", "E00001", "--short-time-workers", "500"])
        #expect(bad.status == 65)
        #expect(bad.err.contains("short_time_workers is 500, more than headcount (320)"), "\(bad.err)")
        let buruk = try w.run(["employer", "update", "E00001", "--with-severe-disabilities", "7"], lang: "id_ID.UTF-8")
        #expect(buruk.status == 65)
        #expect(buruk.err.contains("pekerja_disabilitas_berat (with_severe_disabilities) berisi 7, lebih dari pekerja_disabilitas (employees_with_disabilities), yaitu 6"), "\(buruk.err)")
        #expect(try w.run(["employer", "show", "E00001"]).out.contains("(20 to 30 hours a week): 40"))
    }

    @Test("Japan's rule is chosen by name; an unknown rule or region is refused with what exists; a broken rule file names the file and the field")
    func rules() throws {
        let w = try office()
        let japan = try w.run(["report", "quota", "--region", "3273", "--rules", "japan", "--format", "csv"])
        // 900 x 2.7% = 24.3 → 24, 1 employed, 23 short; levy on 23 workers.
        #expect(japan.out.contains(",2.7,900,24,1,23,0,,1150000"), "\(japan.out)")
        let unknown = try w.run(["report", "quota", "--rules", "mars"])
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("mars.yaml") && unknown.err.contains("indonesia, japan"))
        let badRegion = try w.run(["report", "quota", "--region", "Bantul"], lang: "id_ID.UTF-8")
        #expect(badRegion.status == 64)
        #expect(badRegion.err.contains("bukan kode provinsi atau kabupaten/kota"))

        let rules = w.folder.appendingPathComponent("Rules/quota")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        let source = try String(contentsOf: root.appendingPathComponent("Rules/quota/indonesia.yaml"), encoding: .utf8)
        try source.replacingOccurrences(of: "  private: [{from: 2016-04-15, percent: 1}]\n", with: "")
            .write(to: rules.appendingPathComponent("indonesia.yaml"), atomically: true, encoding: .utf8)
        let broken = try w.run(["report", "quota"], environment: ["SETARA_RULES": w.folder.appendingPathComponent("Rules").path])
        #expect(broken.status == 65)
        #expect(broken.err.contains("indonesia.yaml") && broken.err.contains("rates.private: missing"), "\(broken.err)")
    }
}
