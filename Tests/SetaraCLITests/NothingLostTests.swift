import Foundation
import Synchronization
import Testing

/// Starts several `setara` processes at the same moment and waits for all of them.
func runTogether(_ w: Workspace, _ commands: [[String]], environment: [String: String] = [:]) throws -> [Run] {
    let results = RunResults(count: commands.count)
    let group = DispatchGroup()
    for (index, command) in commands.enumerated() {
        DispatchQueue.global().async(group: group) {
            results.set(index, (try? w.run(command, environment: environment)) ?? Run(status: -1, out: "", err: "did not start"))
        }
    }
    group.wait()
    return results.all
}

/// Results written from several threads.
final class RunResults: Sendable {
    private let runs: Mutex<[Run]>
    init(count: Int) { runs = Mutex(Array(repeating: Run(status: -1, out: "", err: ""), count: count)) }
    func set(_ index: Int, _ run: Run) { runs.withLock { $0[index] = run } }
    var all: [Run] { runs.withLock { $0 } }
}

/// A seeker's registration flags with a NIK of its own (the number makes the NIK unique).
func seekerFlags(_ number: Int) -> [String] {
    let digits = String(format: "%04d", number)
    return ["seeker", "add", "--name", "Seeker \(number)", "--nik", "347101450895\(digits)", "--regency", "3471", "--education", "smk"]
}

@Suite("Nothing a person entered is lost", .serialized)
struct NothingLostTests {
    @Test("Two officers registering seekers at the same moment, 50 times: 100 seekers kept, 100 ids")
    func concurrentAdds() throws {
        let w = try Workspace(database: true)
        for round in 0..<50 {
            let runs = try runTogether(w, [seekerFlags(2 * round), seekerFlags(2 * round + 1)])
            for r in runs { #expect(r.status == 0, "\(r.err)") }
        }
        let list = try w.run(["seeker", "list", "--format", "csv"])
        let rows = list.out.split(separator: "\n").dropFirst()
        #expect(rows.count == 100)
        #expect(Set(rows.map { $0.split(separator: ",")[0] }).count == 100, "every seeker has an id of its own")
    }

    @Test("Two updates of different fields at the same moment both stay, 20 times")
    func concurrentUpdates() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(seekerFlags(1)).status == 0)
        for round in 0..<20 {
            let phone = "0812 3456 \(String(format: "%04d", round))"
            let mail = "rina\(round)@example.org"
            let runs = try runTogether(w, [["seeker", "update", "S000001", "--phone", phone],
                                           ["seeker", "update", "S000001", "--email", mail]])
            for r in runs { #expect(r.status == 0, "\(r.err)") }
            let shown = try w.run(["seeker", "show", "S000001", "--format", "json"]).out
            #expect(shown.contains("+62812-3456-\(String(format: "%04d", round))") || shown.contains("+628123456\(String(format: "%04d", round))"),
                    "round \(round): the phone change was kept")
            #expect(shown.contains(mail), "round \(round): the e-mail change was kept")
        }
    }

    @Test("A write that waits for another program's write says so every two seconds, then gives up with exit 75 and nothing changed")
    func busyDatabase() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(seekerFlags(1)).status == 0)
        // Another program holds the write lock until it is told to let go (a line on its input).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            sys.stdin.readline()
            c.execute("ROLLBACK")
            """, w.db]
        let out = Pipe(), release = Pipe()
        holder.standardOutput = out
        holder.standardInput = release
        try holder.run()
        defer {
            try? release.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        #expect(String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).contains("locked"))
        // Reading is not held up by another program's write.
        #expect(try w.run(["seeker", "show", "S000001"]).status == 0)
        let r = try w.run(["seeker", "update", "S000001", "--phone", "0812 3456 7890"], environment: ["SETARA_BUSY_SECONDS": "3"])
        #expect(r.status == 75)
        #expect(r.err.contains("Waiting for another officer or program to finish with the database (2 s)"))
        #expect(r.err.contains("nothing was changed"))
        #expect(!r.err.contains("SQLite error"))
        release.fileHandleForWriting.write(Data("done\n".utf8))
        holder.waitUntilExit()
        #expect(!(try w.run(["seeker", "show", "S000001"]).out.contains("3456")))
        // Once the other program is done, the same update goes through.
        #expect(try w.run(["seeker", "update", "S000001", "--phone", "0812 3456 7890"]).status == 0)
    }

    @Test("A mistyped database path is refused with exit 74 and how to create one; no file is made")
    func mistypedPath() throws {
        let w = try Workspace()
        let wrong = w.folder.appendingPathComponent("oficce/setara.sqlite").path
        for command in [["seeker", "show", "S000001"], ["seeker", "add"] + Array(seekerFlags(1).dropFirst(2)), ["import", "x.csv"], ["info"]] {
            let r = try w.run(command + ["--db", wrong])
            #expect(r.status == 74, "\(command)")
            #expect(r.err.contains("there is no such file") && r.err.contains("setara init --db \(wrong)"), "\(r.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: wrong))
        #expect(!FileManager.default.fileExists(atPath: w.folder.appendingPathComponent("oficce").path))
        #expect(try w.run(["init", "--db", wrong]).status == 0)
        #expect(try w.run(["init", "--db", wrong]).status == 64, "init never makes an existing database again")
    }

    @Test("The database and exports are readable by their owner only, whatever the umask")
    func ownerOnlyFiles() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(seekerFlags(1)).status == 0)
        #expect(try w.run(["export", "seekers", "--format", "csv", "--output", "out.csv"]).status == 0)
        for name in ["setara.sqlite", "setara.sqlite-wal", "out.csv"] {
            let path = w.folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
            #expect(mode & 0o077 == 0, "\(name) is \(String(mode, radix: 8))")
        }
    }

    @Test("An update changes only the fields given; lists change item by item; --need on update is refused")
    func updateKeepsTheRest() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(seekerFlags(1) + ["--need", "screen_reader_systems", "--need", "quiet_space", "--rating", "near_vision=0/3"]).status == 0)
        var r = try w.run(["seeker", "update", "S000001", "--need", "captioning"])
        #expect(r.status == 64)
        #expect(r.err.contains("--add-need"))
        r = try w.run(["seeker", "update", "S000001", "--add-need", "captioning", "--remove-need", "quiet_space"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("updated: needs."))
        let shown = try w.run(["seeker", "show", "S000001"]).out
        #expect(shown.contains("Accommodation needs: screen-reader-compatible systems, captioning"))
        #expect(shown.contains("near vision: 0 of 3 without aids, 3 of 3 with aids"))
        r = try w.run(["seeker", "update", "S000001", "--remove-need", "hearing_loop"])
        #expect(r.status == 65)
        #expect(r.err.contains("does not hold hearing_loop"))
        r = try w.run(["workplace", "update", "W00001", "--feature", "elevator"])
        #expect(r.status == 64, "a workplace's feature list is not replaced by update either")
    }

    @Test("Consent is withdrawn with --consent no: the category goes, and the log says who and when")
    func consentWithdrawal() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(seekerFlags(1) + ["--consent", "yes", "--category", "sensorik_netra"]).status == 0)
        let r = try w.run(["seeker", "update", "S000001", "--consent", "no"], environment: ["SETARA_OFFICER": "dewi"])
        #expect(r.status == 0, "\(r.err)")
        let shown = try w.run(["seeker", "show", "S000001", "--show-category", "--format", "json"]).out
        #expect(!shown.contains("sensorik_netra"))
        #expect(shown.contains("\"recorded_by\" : \"dewi\""))
        let log = try w.run(["audit", "S000001"]).out
        #expect(log.contains("officer:dewi") && log.contains("consent_withdrawn"), "\(log)")
        #expect(!log.contains("sensorik"), "the log names fields, never their values")
    }

    @Test("The demo never replaces what people entered, even in the demo's own database")
    func demoKeepsPeoplesRecords() throws {
        let w = try Workspace()
        #expect(try w.run(["demo", "--seekers", "20", "--employers", "4", "--vacancies", "10"]).status == 0)
        #expect(try w.run(["demo", "--seekers", "20", "--employers", "4", "--vacancies", "10"]).status == 0, "a pure demo can be made again")
        #expect(try w.run(["seeker", "update", "S000001", "--phone", "0812 3456 7890"]).status == 0)
        let r = try w.run(["demo", "--seekers", "20", "--employers", "4", "--vacancies", "10"])
        #expect(r.status == 64)
        #expect(try w.run(["seeker", "show", "S000001"]).out.contains("+62812"), "the officer's change is still there")
    }

    @Test("An import updates only the fields a file gives, lists what changes, and --replace replaces whole records")
    func importModes() throws {
        let w = try Workspace(database: true)
        #expect(try w.run(seekerFlags(1) + ["--need", "screen_reader_systems", "--rating", "near_vision=0/3", "--restriction", "driving",
                                             "--phone", "0274 512345", "--consent", "yes", "--category", "sensorik_netra"]).status == 0)
        let file = try w.write("phones.csv", "nik,name,regency,education,phone\n3471014508950001,Seeker 1,3471,smk,0812 1111 2222\n")
        var r = try w.run(["import", file, "--dry-run"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("S000001 changes: phone"), "\(r.out)")
        r = try w.run(["import", file])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("S000001 changes: phone"))
        var shown = try w.run(["seeker", "show", "S000001", "--show-category"]).out
        #expect(shown.contains("+628121111222"))
        #expect(shown.contains("screen-reader-compatible systems"), "needs kept")
        #expect(shown.contains("near vision: 0 of 3 without aids"), "profile kept")
        #expect(shown.contains("sensory, blind"), "consent and category kept")
        r = try w.run(["import", file, "--replace"])
        #expect(r.status == 0, "\(r.err)")
        shown = try w.run(["seeker", "show", "S000001"]).out
        #expect(!shown.contains("screen-reader-compatible systems"), "--replace replaces the whole record")
    }

    @Test("Killed or interrupted at random moments of an import, an update and the demo: the database is whole, each change all or nothing, and the message true")
    func crashes() throws {
        let process = Process()
        process.executableURL = root.appendingPathComponent("scripts/crash-test")
        process.arguments = ["--rounds", "9", "--rows", "2000", "--setara", try setaraBinary().path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"), "\(text)")
    }
}

@Suite("Imports at the same moment")
struct ConcurrentImportTests {
    @Test("Two imports of files without ids started together keep every seeker, with ids of their own")
    func twoImports() throws {
        let w = try Workspace(database: true)
        var files: [String] = []
        for file in 0..<2 {
            var csv = "nik,name,regency,education\n"
            for index in 0..<3_000 {
                csv += "3471014508\(String(format: "%06d", 100_000 * (file + 1) + index)),Seeker \(file)-\(index),3471,sma\n"
            }
            files.append(try w.write("part\(file).csv", csv))
        }
        let runs = try runTogether(w, files.map { ["import", $0] })
        for r in runs { #expect(r.status == 0, "\(r.err)") }
        #expect(try w.run(["info"]).out.contains("Seekers: 6000"))
    }
}
