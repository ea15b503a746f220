import Foundation
import GRDB
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraMatching
import SetaraStore

/// `setara-bench match`: the matching index against plain SQL and a linear pass over the same
/// bytes, on a generated data set of 100,000 vacancies and 10,000 seekers.
enum MatchBench {
    static func run(_ arguments: [String]) throws {
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
            return v
        }
        let vacancyCount = option("--vacancies", 100_000)
        let seekerCount = option("--seekers", 10_000)
        let runs = max(option("--runs", 7), 1)
        func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        func milliseconds(_ body: () throws -> Void) rethrows -> Double { try Bench.seconds(body) * 1000 }
        let median = Bench.median

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("setara-bench-match-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())

        say("Generating \(vacancyCount) vacancies and \(seekerCount) seekers ...")
        var generator = DemoGenerator(catalog: catalog, seed: 11)
        let batch = generator.generate(size: DemoSize(seekers: seekerCount, employers: max(vacancyCount / 50, 10), vacancies: vacancyCount))
        let store = try SQLiteStore(path: work.appendingPathComponent("match.sqlite").path)
        try store.write(batch)
        let matcher = Matcher(catalog: catalog)

        say("Loading the index from SQLite, \(runs) runs ...")
        var loadTimes: [Double] = []
        var index: MatchIndex!
        for _ in 0..<runs {
            loadTimes.append(try milliseconds {
                let workplaces = try store.workplaces(ListQuery())
                let vacancies = try store.vacancyProfiles(ListQuery(status: VacancyStatus.open.rawValue))
                index = MatchIndex(matcher: matcher, profiles: vacancies, workplaces: workplaces)
            })
        }

        // The probes: every 97th seeker, ranked against the vacancies of their province (the default pre-filter).
        let probes = stride(from: 0, to: batch.seekers.count, by: max(batch.seekers.count / 25, 1)).map { batch.seekers[$0] }
        say("Top 20 for one seeker, \(probes.count) seekers × \(runs) runs ...")
        var single: [Double] = [], floor: [Double] = [], sql: [Double] = []
        var scanned = 0
        var sink = 0
        for _ in 0..<runs {
            for seeker in probes {
                single.append(milliseconds { sink &+= index.top(20, for: seeker, sameProvince: true).count })
                let bytes = index.profileBytes(province: seeker.provinceCode)
                scanned = bytes.count / FunctionalDimension.allCases.count
                // The floor: one pass over the same profile bytes.
                floor.append(milliseconds { sink &+= bytes.reduce(0) { $0 &+ Int($1) } })
                sql.append(try milliseconds { sink &+= try sqlTop20(store, seeker).count })
            }
        }

        say("Batch: \(seekerCount) seekers, top 10 each, both cores ...")
        let active = batch.seekers
        let finalIndex = index!
        let batchSeconds = milliseconds {
            let results = active.parallelMap(grain: 50) { finalIndex.top(10, for: $0, sameProvince: true).count }
            sink &+= results.reduce(0, +)
        } / 1000

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let round1 = { (x: Double) in (x * 1000).rounded() / 1000 }
        let result: [String: Any] = [
            "vacancies": index.count,
            "vacancies_scanned_per_seeker": scanned,
            "single_seeker_median_ms": round1(median(single)),
            "sql_baseline_median_ms": round1(median(sql)),
            "scan_floor_median_ms": round1(median(floor)),
            "speedup_vs_sql": round1(median(sql) / median(single)),
            "ratio_to_floor": round1(median(single) / median(floor)),
            "batch_seekers": active.count,
            "batch_seconds": round1(batchSeconds),
            "index_load_ms": round1(median(loadTimes)),
            "peak_rss_mb": usage.ru_maxrss / 1024,
            "checksum": sink % 1000,
        ]
        say("Done.")
        print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    }

    /// The same question in plain SQL: the open vacancies of the seeker's province ranked by how
    /// far their demands exceed the seeker's capacities, top 20.
    static func sqlTop20(_ store: SQLiteStore, _ seeker: Seeker) throws -> [String] {
        let capacities = FunctionalDimension.allCases.map { "('\($0.rawValue)', \(seeker.capacity($0)))" }.joined(separator: ",")
        return try store.read { db in
            try String.fetchAll(db, sql: """
                WITH cap(dimension, level) AS (VALUES \(capacities))
                SELECT v.id FROM vacancy v
                JOIN workplace w ON w.id = v.workplace_id
                LEFT JOIN vacancy_demand d ON d.vacancy_id = v.id
                LEFT JOIN cap c ON c.dimension = d.dimension
                WHERE v.status = 'open' AND w.province_code = ?
                GROUP BY v.id
                HAVING MAX(CASE WHEN d.level - c.level >= 2 THEN 1 ELSE 0 END) = 0
                ORDER BY SUM(CASE WHEN d.level > c.level THEN d.level - c.level ELSE 0 END), v.id
                LIMIT 20
                """, arguments: [seeker.provinceCode])
        }
    }
}
