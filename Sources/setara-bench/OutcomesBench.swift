import Foundation
import GRDB
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore

/// `setara-bench outcomes`: the outcomes report for all offices over 1,000,000 referrals and
/// about 300,000 placements, against the same figures computed by one SQL query per indicator
/// in the same run. The SQL figures are also compared with the report's: the run says whether
/// the two agree, indicator by indicator.
enum OutcomesBench {
    static func run(_ arguments: [String]) throws {
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
            return v
        }
        let seekerCount = option("--seekers", 100_000)
        let referralCount = option("--referrals", 1_000_000)
        let runs = max(option("--runs", 5), 1)
        // --report-only leaves out the SQL baseline, for profiling the report alone (perf record).
        let reportOnly = arguments.contains("--report-only")
        func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("setara-bench-outcomes-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())
        // --database PATH keeps the generated database there and uses it again on the next run,
        // so that trying a change does not wait for a million referrals to be written each time.
        let kept = arguments.firstIndex(of: "--database").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        let path = kept ?? work.appendingPathComponent("outcomes.sqlite").path
        let reuse = kept.map { FileManager.default.fileExists(atPath: $0) } ?? false
        let store = try SQLiteStore(path: path)
        var today = Day.today()
        var writeSeconds = 0.0
        if reuse {
            // The day the database was written is "today" for its figures.
            let written = try store.read { db in try String.fetchOne(db, sql: "SELECT max(substr(requested_at, 1, 10)) FROM referral") }
            guard let written, let day = Day(parsing: written) else {
                say("\(path) holds no referrals: remove it and run again to write a new one.")
                exit(65)
            }
            today = day
            say("Using \(path), written on \(day).")
        } else {
            say("Generating \(seekerCount) seekers and writing \(referralCount) referrals, three in ten hired ...")
            var generator = DemoGenerator(catalog: catalog, seed: 15)
            let batch = generator.generate(size: DemoSize(seekers: seekerCount, employers: 500, vacancies: 5_000))
            try store.write(batch)
            writeSeconds = try Bench.seconds {
                _ = try CaseworkBenchData.write(batch, referrals: referralCount, hiredShare: 0.3, today: today, into: store)
            }
        }
        let counts = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM referral") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM placement") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_up") ?? 0)
        }
        say("\(counts.0) referrals, \(counts.1) placements, \(counts.2) follow-ups (written in \(String(format: "%.1f", writeSeconds)) s).")

        let office = Office(store: store, actor: Actor(.officer, "bench"), today: today, catalog: { catalog })
        let period = Period(from: today.adding(months: -12).adding(days: 1), to: today)
        say("The report for all offices, last 12 months and the 12 before, \(runs) runs; then one SQL query per indicator ...")
        var reportTimes: [Double] = [], reportCPU: [Double] = [], sqlTimes: [Double] = []
        let ticksAtStart = Bench.cpuTimes()
        var report: OutcomeReport?
        var sql: [String: Double?] = [:]
        for _ in 0..<runs {
            var cpu = 0.0
            reportTimes.append(try Bench.seconds { cpu = try Bench.cpuSeconds { report = try office.outcomes(.everything, period: period) } })
            reportCPU.append(cpu)
            if reportOnly { continue }
            sqlTimes.append(try Bench.seconds {
                sql = try store.read { db in
                    var all = try figures(db, period, today: today)
                    for (k, v) in try figures(db, period.previous, today: today) { all["before." + k] = v }
                    return all
                }
            })
        }
        // Indicator by indicator: the report's figures against the SQL's.
        var disagree: [String] = []
        if let report {
            for indicator in OutcomeIndicator.all {
                for (prefix, figures) in [("", report.current), ("before.", report.before)] {
                    guard let expected = sql[prefix + indicator.key] else { continue }
                    let got = indicator.value(figures)
                    let same = switch (got, expected) {
                    case (nil, nil): true
                    case (let a?, let b?): abs(a - b) <= max(1e-9, abs(b) * 1e-9) || (indicator.key.hasPrefix("median_wage") && abs(a - b) <= 0.5)
                    default: false
                    }
                    if !same { disagree.append("\(prefix)\(indicator.key): report \(got.map { "\($0)" } ?? "nil"), SQL \(expected.map { "\($0)" } ?? "nil")") }
                }
            }
        }
        for line in disagree { say("Disagree: \(line)") }
        let round = { (x: Double) in (x * 10_000).rounded() / 10 }
        var result: [String: Any] = [
            "seekers": seekerCount, "referrals": counts.0, "placements": counts.1, "follow_ups": counts.2, "runs": runs,
            "report_median_ms": round(Bench.median(reportTimes)),
            "report_cpu_median_ms": round(Bench.median(reportCPU)),
            "load_average_1min": Bench.loadAverage(),
        ]
        if let stolen = Bench.stolenPercent(since: ticksAtStart) { result["stolen_by_host_percent"] = stolen }
        if !reportOnly {
            result["sql_per_indicator_median_ms"] = round(Bench.median(sqlTimes))
            result["report_to_sql_ratio"] = (Bench.median(reportTimes) / Bench.median(sqlTimes) * 100).rounded() / 100
            result["indicators_compared"] = sql.count
            result["indicators_disagreeing"] = disagree.count
        }
        say("Done.")
        print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    }

    /// The report's definitions (docs/reports.md), one SQL query per indicator.
    static func figures(_ db: Database, _ period: Period, today: Day) throws -> [String: Double?] {
        let f = period.from.description, t = period.to.description, now = today.description
        func one(_ sql: String, _ arguments: StatementArguments = []) throws -> Double? {
            try Double.fetchOne(db, sql: sql, arguments: arguments)
        }
        func median(_ values: String, _ arguments: StatementArguments) throws -> Double? {
            try one("""
                WITH v(x) AS (\(values)), n(c) AS (SELECT count(*) FROM v)
                SELECT avg(x) FROM (SELECT x FROM v ORDER BY x LIMIT 2 - (SELECT c FROM n) % 2 OFFSET ((SELECT c FROM n) - 1) / 2)
                """, arguments)
        }
        let served = """
            SELECT id FROM seeker WHERE registered_on BETWEEN :f AND :t
            UNION SELECT r.seeker_id FROM referral_step st JOIN referral r ON r.reference = st.reference WHERE st.on_day BETWEEN :f AND :t
            """
        let ft: StatementArguments = ["f": f, "t": t]
        var out: [String: Double?] = [:]
        out["registered"] = try one("SELECT count(*) FROM seeker WHERE registered_on BETWEEN ? AND ?", [f, t])
        let servedCount = try one("SELECT count(*) FROM (\(served))", ft) ?? 0
        out["served"] = servedCount
        out["caseload"] = try one("SELECT count(*) FROM seeker WHERE status = 'active' AND registered_on <= ?", [t])
        // A referral counts on the office's day it was made: its "requested" step (migration v12).
        out["referrals"] = try one("SELECT count(*) FROM referral_step WHERE status = 'requested' AND on_day BETWEEN ? AND ?", [f, t])
        out["interviews"] = try one("SELECT count(*) FROM referral_step WHERE status = 'interview' AND on_day BETWEEN ? AND ?", [f, t])
        let hires = try one("SELECT count(*) FROM referral_step WHERE status = 'hired' AND on_day BETWEEN ? AND ?", [f, t]) ?? 0
        out["hires"] = hires
        let outcomes = try one("SELECT count(*) FROM referral_step WHERE status IN ('hired','declined','withdrawn','no_answer') AND on_day BETWEEN ? AND ?",
                               [f, t]) ?? 0
        out["referral_to_hire_rate"] = outcomes == 0 ? nil : hires / outcomes
        out["placements"] = try one("SELECT count(*) FROM placement WHERE start_on BETWEEN ? AND ?", [f, t])
        let placedServed = try one("""
            SELECT count(DISTINCT seeker_id) FROM placement WHERE start_on BETWEEN :f AND :t AND seeker_id IN (\(served))
            """, ft) ?? 0
        out["placement_rate"] = servedCount == 0 ? nil : placedServed / servedCount
        out["median_days_to_placement"] = try median("""
            SELECT julianday(p.start_on) - julianday(s.registered_on) FROM placement p JOIN seeker s ON s.id = p.seeker_id
            WHERE p.start_on BETWEEN :f AND :t
            """, ft)
        for months in [6, 12] {
            // The same day `months` later, the 31st becoming the month's last day (as Setara counts months).
            let later = "min(date(s.registered_on, '+\(months) months'), date(s.registered_on, 'start of month', '+\(months + 1) months', '-1 day'))"
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), sum((SELECT min(p.start_on) FROM placement p WHERE p.seeker_id = s.id) <= \(later))
                FROM seeker s WHERE s.registered_on BETWEEN :f AND :t AND \(later) <= :now
                """, arguments: ["f": f, "t": t, "now": now])
            let cohort: Double = row?[0] ?? 0, placed: Double = row?[1] ?? 0
            out["placed_within_\(months)_months"] = cohort == 0 ? nil : placed / cohort
        }
        for month in [3, 6, 12] {
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), sum(state = 'done' AND result IN ('same_employer','other_employer')), sum(state = 'done' AND result = 'same_employer')
                FROM follow_up WHERE month = ? AND due_on BETWEEN ? AND ?
                """, arguments: [month, f, t])
            let due: Double = row?[0] ?? 0, working: Double = row?[1] ?? 0, same: Double = row?[2] ?? 0
            out["retained_\(month)_months"] = due == 0 ? nil : working / due
            if month == 12 { out["same_employer_12_months"] = due == 0 ? nil : same / due }
        }
        out["median_wage_at_placement"] = try median("SELECT wage FROM placement WHERE wage IS NOT NULL AND start_on BETWEEN :f AND :t", ft)
        out["median_wage_at_6_months"] = try median("""
            SELECT wage FROM follow_up WHERE month = 6 AND state = 'done' AND wage IS NOT NULL AND due_on BETWEEN :f AND :t
            """, ft)
        out["visits"] = try one("SELECT count(*) FROM employer_visit WHERE on_day BETWEEN ? AND ?", [f, t])
        out["vacancies_obtained"] = try one("SELECT coalesce(sum(vacancies_obtained), 0) FROM employer_visit WHERE on_day BETWEEN ? AND ?", [f, t])
        out["employers_served"] = try one("""
            SELECT count(*) FROM (SELECT employer_id FROM placement WHERE start_on BETWEEN :f AND :t
                                  UNION SELECT employer_id FROM employer_visit WHERE on_day BETWEEN :f AND :t)
            """, ft)
        out["repeat_employers"] = try one("""
            SELECT count(*) FROM (SELECT employer_id FROM placement WHERE start_on BETWEEN :f AND :t
                                  INTERSECT SELECT employer_id FROM placement WHERE start_on < :f)
            """, ft)
        out["vacancies_filled"] = try one("SELECT count(DISTINCT vacancy_id) FROM placement WHERE start_on BETWEEN ? AND ?", [f, t])
        return out
    }
}
