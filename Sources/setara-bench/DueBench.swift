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
    static func run(_ arguments: [String], setara: String, timeProcess: (String, [String], String) throws -> Double) throws {
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
        var rng = SeededRandom(seed: 14)
        let today = Day.today()
        var perOffice: [String: Int] = [:]
        let writeSeconds = try Bench.seconds {
            try store.transaction { tx in
                let cases = tx.cases
                let regencies = Set(batch.seekers.map(\.regencyCode)).sorted()
                for code in regencies { try cases.save(LabourOffice(id: "K" + code, name: "Disnaker \(code)", regencyCode: code)) }
                for seeker in batch.seekers {
                    let office = "K" + seeker.regencyCode
                    perOffice[office, default: 0] += 1
                    // As in the demo: most AK/1 cards were reported at their last 6-monthly date.
                    var report = seeker.registeredOn.adding(months: 6)
                    while report.adding(months: 6) <= today { report = report.adding(months: 6) }
                    let reported = report <= today && Double.random(in: 0..<1, using: &rng) < 0.85 ? report : nil
                    try cases.save(CaseFile(seekerID: seeker.id, officeID: office, officer: "officer\(Int.random(in: 1...3, using: &rng)).\(office)",
                                            openedOn: seeker.registeredOn, jkpFrom: Double.random(in: 0..<1, using: &rng) < 0.1 ? seeker.registeredOn : nil,
                                            cardReportedOn: reported))
                    try cases.add(EmploymentPlan(seekerID: seeker.id, version: 1, on: seeker.registeredOn, officer: "officer1", goals: [],
                                                 accommodations: [], services: ["konseling"],
                                                 reviewOn: today.adding(days: Int.random(in: -30...365, using: &rng))), officeID: office)
                }
                var sequence: [Day: Int] = [:]
                var placements = 0
                for n in 0..<referralCount {
                    let seeker = batch.seekers[n % batch.seekers.count]
                    let office = "K" + seeker.regencyCode
                    let vacancy = batch.vacancies[(n * 7_919 + n / batch.seekers.count) % batch.vacancies.count]
                    let roll = Double.random(in: 0..<1, using: &rng)
                    let status: Referral.Status = roll < 0.3 ? .declined : roll < 0.45 ? .noAnswer : roll < 0.55 ? .withdrawn
                        : roll < 0.6 ? .hired : roll < 0.75 ? .sent : roll < 0.85 ? .interview : roll < 0.93 ? .checked : .requested
                    // Two years of history; a referral still open is a recent one (an office marks a letter
                    // unanswered after some weeks), as in the demo.
                    let day = today.adding(days: -Int.random(in: 0...(status.isFinal ? 730 : 45), using: &rng))
                    let number = (sequence[day] ?? 0) + 1
                    sequence[day] = number
                    let reference = Referral.reference(day: day, sequence: number)
                    let statusOn = min(day.adding(days: Int.random(in: 0...40, using: &rng)), today)
                    let interviewOn = status == .interview ? statusOn.adding(days: Int.random(in: 2...14, using: &rng)) : nil
                    try cases.insert(Referral(reference: reference, seekerID: seeker.id, vacancyID: vacancy.id, requestedAt: "\(day)T03:00:00Z",
                                              channel: .officer, status: status, officeID: office, statusOn: statusOn, interviewOn: interviewOn))
                    try cases.addStepOnly(ReferralStep(reference: reference, status: .requested, on: day, officer: "officer1"))
                    if status != .requested {
                        try cases.addStepOnly(ReferralStep(reference: reference, status: status, on: statusOn, officer: "officer1", interviewOn: interviewOn))
                    }
                    guard status == .hired, let workplace = batch.workplaces.first(where: { $0.id == vacancy.workplaceID }) else { continue }
                    placements += 1
                    let start = statusOn.adding(days: 7)
                    let placement = Placement(id: Placement.idPrefix + zeroPadded(placements, 6), seekerID: seeker.id, referral: reference,
                                              employerID: workplace.employerID, workplaceID: workplace.id, vacancyID: vacancy.id,
                                              jobTitle: vacancy.title, kbji: vacancy.kbji, startOn: start, wage: vacancy.wageMin,
                                              hoursPerWeek: vacancy.hoursPerWeek, contract: .pkwt, accommodations: [], officer: "officer1")
                    try cases.add(placement, officeID: office)
                    for month in FollowUp.defaultMonths {
                        let due = start.adding(months: month)
                        let done = due < today.adding(days: -20) && Double.random(in: 0..<1, using: &rng) < 0.9
                        try cases.save(FollowUp(placementID: placement.id, seekerID: seeker.id, month: month, dueOn: due, state: done ? .done : .due,
                                                doneOn: done ? due : nil, officer: done ? "officer1" : nil, result: done ? .sameEmployer : nil),
                                       officeID: office)
                    }
                }
            }
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
        _ = try timeProcess(setara, ["due", "--office", office], path)  // The first run warms the file cache, as an office's PC has it.
        for _ in 0..<runs {
            dueTimes.append(try timeProcess(setara, ["due", "--office", office], path))
            trueTimes.append(try timeProcess("/bin/true", [], path))
            // The smallest command on the same database, for the machine's load at the moment.
            showTimes.append(try timeProcess(setara, ["seeker", "show", batch.seekers[0].id], path))
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
