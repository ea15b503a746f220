import Foundation
import GRDB
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore

/// `setara-bench due`: `setara due --office X` as a whole process on a database with 100,000
/// seekers and 200,000 referrals (with their steps, placements, follow-ups and plans), against
/// starting `/bin/true` the same way in the same run.
enum DueBench {
    static func run(_ arguments: [String], setara: String) throws {
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
            return v
        }
        let seekerCount = option("--seekers", 100_000)
        let referralCount = option("--referrals", 200_000)
        let runs = max(option("--runs", 21), 1)
        func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("setara-bench-due-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())

        say("Generating \(seekerCount) seekers ...")
        var generator = DemoGenerator(catalog: catalog, seed: 14)
        let batch = generator.generate(size: DemoSize(seekers: seekerCount, employers: 500, vacancies: 5_000))
        let path = work.appendingPathComponent("due.sqlite").path
        let store = try SQLiteStore(path: path)
        try store.write(batch)

        say("Writing \(referralCount) referrals with their casework ...")
        let today = Day.today()
        var perOffice: [String: Int] = [:]
        let writeSeconds = try Bench.seconds {
            perOffice = try CaseworkBenchData.write(batch, referrals: referralCount, hiredShare: 0.05, today: today, into: store)
        }
        let (office, officeSeekers) = perOffice.max { ($0.value, $1.key) < ($1.value, $0.key) } ?? ("K0000", 0)
        let counts = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM referral") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM placement") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_up") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM referral_step") ?? 0)
        }
        let items = try store.readTransaction { tx in try tx.cases.due(officeID: office, officer: nil, today: today, noAnswerDays: 14).count }
        say("Office \(office): \(officeSeekers) seekers, \(items) items due. \(counts.0) referrals, \(counts.3) steps, \(counts.1) placements, \(counts.2) follow-ups (written in \(String(format: "%.1f", writeSeconds)) s).")

        say("setara due --office \(office), whole process, \(runs) runs, each against /bin/true ...")
        var dueTimes: [Double] = []
        var trueTimes: [Double] = []
        var showTimes: [Double] = []
        _ = try Bench.timeProcess(setara, ["due", "--office", office], db: path)  // The first run warms the file cache, as an office's PC has it.
        for _ in 0..<runs {
            dueTimes.append(try Bench.timeProcess(setara, ["due", "--office", office], db: path))
            trueTimes.append(try Bench.timeProcess("/bin/true", [], db: path))
            // The smallest command on the same database, for the machine's load at the moment.
            showTimes.append(try Bench.timeProcess(setara, ["seeker", "show", batch.seekers[0].id], db: path))
        }
        let result: [String: Any] = [
            "seekers": seekerCount,
            "referrals": counts.0,
            "referral_steps": counts.3,
            "placements": counts.1,
            "follow_ups": counts.2,
            "office": office,
            "office_seekers": officeSeekers,
            "office_items_due": items,
            "runs": runs,
            "due_median_ms": (Bench.median(dueTimes) * 10000).rounded() / 10,
            "process_baseline_median_ms": (Bench.median(trueTimes) * 10000).rounded() / 10,
            "seeker_show_median_ms": (Bench.median(showTimes) * 10000).rounded() / 10,
            "due_to_process_ratio": (Bench.median(dueTimes) / Bench.median(trueTimes) * 10).rounded() / 10,
        ]
        // --keep PATH: the database stays, for a look at the plan of each query.
        if let i = arguments.firstIndex(of: "--keep"), i + 1 < arguments.count {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.moveItem(atPath: path + suffix, toPath: arguments[i + 1] + suffix) }
        }
        say("Done.")
        let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }
}
