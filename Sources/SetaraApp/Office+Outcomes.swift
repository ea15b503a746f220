import Foundation
import SetaraDomain
import SetaraStore

/// A span of days, both ends included.
public struct Period: Sendable, Equatable, CustomStringConvertible {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) { self.from = from; self.to = to }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
    /// The period's days by number, for counting rows by the million.
    var numbers: ClosedRange<Int32> { Int32(from.dayNumber)...Int32(to.dayNumber) }
    public var days: Int { to.dayNumber - from.dayNumber + 1 }
    /// The period of the same length just before this one.
    public var previous: Period {
        let end = from.adding(days: -1)
        return Period(from: end.adding(days: -(days - 1)), to: end)
    }
    public var description: String { "\(from) – \(to)" }
}

/// The figures a public employment service is judged by, for one period (definitions and
/// sources in docs/reports.md). Rates are nil where nothing could be counted.
public struct OutcomeFigures: Sendable, Equatable {
    public var registered = 0
    /// Registered in the period, or with a referral made or moved on in it.
    public var served = 0
    /// Active seekers registered by the period's end.
    public var caseload = 0
    public var referrals = 0
    public var interviews = 0
    public var hires = 0
    public var placements = 0
    /// Served seekers with a placement starting in the period, among those served.
    public var placementRate: Double?
    /// Hires among the referrals that reached an outcome in the period (hired, not hired, withdrawn, no answer).
    public var referralToHireRate: Double?
    /// Days from registration to the start of work, for placements starting in the period.
    public var medianDaysToPlacement: Double?
    /// Of the seekers registered in the period who have had 6 (12) months since, the share placed within 6 (12) months.
    public var placedWithin6Months: Double?
    public var placedWithin12Months: Double?
    /// Of the 3-, 6- and 12-month follow-ups due in the period, the share found working; and with the same employer.
    public var retained: [Int: Double] = [:]
    public var retainedSameEmployer: [Int: Double] = [:]
    public var medianWageAtPlacement: Int?
    public var medianWageAt6Months: Int?
    public var employersServed = 0
    /// Employers with a placement in the period that also had one before it.
    public var repeatEmployers = 0
    public var visits = 0
    public var vacanciesObtained = 0
    public var vacanciesFilled = 0
}

/// One row of a breakdown: seekers served and placed in a group.
public struct OutcomeGroup: Sendable, Equatable {
    public var key: String
    public var label: LocalizedText
    public var served: Int
    public var placed: Int
    public var rate: Double? { served == 0 ? nil : Double(placed) / Double(served) }
}

/// Counts per month or quarter inside the period, for trends.
public struct OutcomeBucket: Sendable, Equatable {
    public var label: String
    public var registered = 0
    public var referrals = 0
    public var hires = 0
    public var placements = 0
}

/// A count in statistics by legal category: shown only from 5 up, so that no person can be recognised.
public enum SuppressedCount: Sendable, Equatable, CustomStringConvertible {
    case count(Int)
    case fewerThanFive

    public static let threshold = 5
    public init(_ n: Int) { self = n >= Self.threshold || n == 0 ? .count(n) : .fewerThanFive }
    public var description: String {
        switch self {
        case .count(let n): return String(n)
        case .fewerThanFive: return "<5"
        }
    }
}

/// Seekers served and placed in one legal disability category, from seekers who consented only.
public struct CategoryStatistic: Sendable, Equatable {
    public var category: DisabilityCategory
    public var served: SuppressedCount
    public var placed: SuppressedCount
}

public struct OutcomeReport: Sendable {
    public enum Grouping: String, Sendable, CaseIterable { case month, quarter }

    public var scope: OutcomeScope
    public var period: Period
    public var current: OutcomeFigures
    public var before: OutcomeFigures
    /// Breakdowns of the current period: sex, age band, education, functional group (from the
    /// profile, never the legal category) and occupation major group (placements only).
    public var breakdowns: [(name: String, groups: [OutcomeGroup])]
    public var buckets: [OutcomeBucket]
    /// Served and placed by legal category: in aggregate, from seekers who consented, counts under 5 suppressed.
    public var categories: [CategoryStatistic] = []
}

/// The functional groups of the breakdown, from the profile: a seeker belongs to a group when a
/// dimension of it is rated, without aids, at one of the two lowest levels of its scale.
public enum FunctionalGroup: String, CaseIterable, Sendable {
    case seeing, hearing, speaking, moving, hands, learning, psychosocial

    public var dimensions: [FunctionalDimension] {
        switch self {
        case .seeing: return [.nearVision, .farVision]
        case .hearing: return [.hearing]
        case .speaking: return [.speaking]
        case .moving: return [.standingWalking, .climbingBalancing, .mobility]
        case .hands: return [.handling, .fineManipulation, .reaching]
        case .learning: return [.literacy, .memoryLearning, .planning]
        case .psychosocial: return [.stressChange, .publicContact, .sustainedAttention]
        }
    }

    public var label: LocalizedText {
        switch self {
        case .seeing: return LocalizedText(id: "melihat", en: "seeing")
        case .hearing: return LocalizedText(id: "mendengar", en: "hearing")
        case .speaking: return LocalizedText(id: "berbicara", en: "speaking")
        case .moving: return LocalizedText(id: "berjalan dan bergerak", en: "walking and moving")
        case .hands: return LocalizedText(id: "tangan dan lengan", en: "hands and arms")
        case .learning: return LocalizedText(id: "belajar dan mengingat", en: "learning and memory")
        case .psychosocial: return LocalizedText(id: "psikososial", en: "psychosocial")
        }
    }

    public static func groups(_ capacity: [FunctionalDimension: Int]) -> [FunctionalGroup] {
        allCases.filter { group in
            group.dimensions.contains { d in capacity[d].map { $0 <= d.scale.lowerBound + 1 } ?? false }
        }
    }
}

extension Office {
    /// The outcomes report for a period, compared with the period of the same length before it.
    public func outcomes(_ scope: OutcomeScope, period: Period, by grouping: OutcomeReport.Grouping = .month) throws -> OutcomeReport {
        guard period.from <= period.to else {
            throw AppError(.usage, subject: LocalizedText(id: "Periode \(period)", en: "Period \(period)"),
                           problem: LocalizedText(id: "tanggal awal sesudah tanggal akhir.", en: "starts after it ends."),
                           hint: LocalizedText(id: "Berikan --from sebelum --to, misalnya --from 2026-01-01 --to 2026-06-30.",
                                               en: "Give --from before --to, e.g. --from 2026-01-01 --to 2026-06-30."))
        }
        if case .region(let code) = scope { try Self.checkRegion(code) }
        guard let reads = store as? any OutcomeReads else {
            throw AppError(.io, problem: LocalizedText(id: "Penyimpanan ini tidak dapat membuat laporan.", en: "This store cannot make reports."))
        }
        if case .office(let id) = scope, try stored({ try store.readTransaction { try $0.cases.office(id: id) } }) == nil {
            throw AppError(.data, subject: LocalizedText(id: "Kantor \(id)", en: "Office \(id)"),
                           problem: LocalizedText(id: "tidak ada.", en: "does not exist."),
                           hint: LocalizedText(id: "Daftar kantor: setara office list", en: "The offices: setara office list"))
        }
        let facts = try stored { try reads.outcomeFacts(scope, days: period.previous.from...period.to) }
        // Three parts counted at once, each on its own thread: the period before, the breakdowns
        // and trend, and the period's figures. They share nothing but the facts, which no one changes.
        let today = self.today
        let before = Deferred { Self.figures(facts, period.previous, today: today) }
        // Who was served and who placed in the period, found once for the figures and both breakdowns.
        let seekers = Self.seekers(facts, period)
        let detail = Deferred {
            (Self.breakdowns(facts, period, seekers), Self.buckets(facts, period, grouping), Self.categoryStatistics(facts, period, seekers))
        }
        let current = Self.figures(facts, period, today: today, seekers)
        let (breakdowns, buckets, categories) = try detail.value()
        return OutcomeReport(scope: scope, period: period, current: current, before: try before.value(),
                             breakdowns: breakdowns, buckets: buckets, categories: categories)
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    static func share(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }

    /// The seekers served in a period (registered in it, or with a referral made or moved on in
    /// it) and those with a placement starting in it, as one flag per seeker by index.
    struct PeriodSeekers {
        var served: [Bool]
        var placed: [Bool]
        var servedCount: Int

        /// The indices of the seekers served.
        var servedIndices: [Int] { served.indices.filter { served[$0] } }
    }

    static func seekers(_ facts: OutcomeFacts, _ period: Period) -> PeriodSeekers {
        let days = period.numbers
        var served = [Bool](repeating: false, count: facts.seekers.count)
        var placed = served
        for (i, s) in facts.seekers.enumerated() where period.contains(s.registered) { served[i] = true }
        for s in facts.steps where days.contains(s.dayNumber) { served[s.seeker] = true }
        for p in facts.placements where days.contains(p.startNumber) { placed[p.seeker] = true }
        return PeriodSeekers(served: served, placed: placed, servedCount: served.reduce(0) { $0 + ($1 ? 1 : 0) })
    }

    static func figures(_ facts: OutcomeFacts, _ period: Period, today: Day, _ seekers: PeriodSeekers? = nil) -> OutcomeFigures {
        var f = OutcomeFigures()
        let seekers = seekers ?? Self.seekers(facts, period)
        let days = period.numbers
        f.served = seekers.servedCount
        for s in facts.seekers {
            if period.contains(s.registered) { f.registered += 1 }
            if s.status == .active, s.registered <= period.to { f.caseload += 1 }
        }
        var outcomes = 0
        for step in facts.steps where days.contains(step.dayNumber) {
            switch step.status {
            case .requested: f.referrals += 1
            case .interview: f.interviews += 1
            case .hired: f.hires += 1; outcomes += 1
            case .declined, .withdrawn, .noAnswer: outcomes += 1
            default: break
            }
        }
        f.referralToHireRate = share(f.hires, outcomes)

        let placements = facts.placements.filter { days.contains($0.startNumber) }
        f.placements = placements.count
        let placedServed = seekers.served.indices.reduce(0) { $0 + (seekers.served[$1] && seekers.placed[$1] ? 1 : 0) }
        f.placementRate = share(placedServed, f.served)
        f.medianDaysToPlacement = median(placements.map { Int($0.startNumber) - facts.seekers[$0.seeker].registered.dayNumber })
        f.medianWageAtPlacement = median(placements.compactMap(\.wage)).map { Int($0.rounded()) }

        // Time to placement, as the EU PES network measures transitions: the cohort registered in
        // the period, each seeker counted once they have had the whole window.
        // Each seeker's first start, by day number, in an array by seeker (no start: Int.max).
        var firstStart = [Int](repeating: .max, count: facts.seekers.count)
        for p in facts.placements { firstStart[p.seeker] = min(firstStart[p.seeker], Int(p.startNumber)) }
        for (months, keyPath) in [(6, \OutcomeFigures.placedWithin6Months), (12, \OutcomeFigures.placedWithin12Months)] {
            var cohort = 0, placed = 0
            for (i, s) in facts.seekers.enumerated() where period.contains(s.registered) {
                let window = s.registered.adding(months: months)
                guard window <= today else { continue }
                cohort += 1
                if firstStart[i] <= window.dayNumber { placed += 1 }
            }
            f[keyPath: keyPath] = share(placed, cohort)
        }

        // Retention, as WIOA's employment rate after exit: of the follow-ups due in the period, the
        // share found working; one not recorded, or not reached, counts as not known to be working.
        // Counted in three slots, for the 3-, 6- and 12-month follow-ups (a million rows: no dictionary).
        let months = [3, 6, 12]
        var all = [0, 0, 0], working = [0, 0, 0], same = [0, 0, 0]
        var wagesAt6: [Int] = []
        for followUp in facts.followUps where days.contains(followUp.dueNumber) {
            let slot: Int
            switch followUp.month {
            case 3: slot = 0
            case 6: slot = 1
            case 12: slot = 2
            default: continue
            }
            all[slot] += 1
            guard followUp.done else { continue }
            if followUp.result == .sameEmployer || followUp.result == .otherEmployer { working[slot] += 1 }
            if followUp.result == .sameEmployer { same[slot] += 1 }
            if slot == 1, let wage = followUp.wage { wagesAt6.append(wage) }
        }
        for (slot, month) in months.enumerated() {
            f.retained[month] = share(working[slot], all[slot])
            f.retainedSameEmployer[month] = share(same[slot], all[slot])
        }
        f.medianWageAt6Months = median(wagesAt6).map { Int($0.rounded()) }

        let visits = facts.visits.filter { period.contains($0.on) }
        f.visits = visits.count
        f.vacanciesObtained = visits.reduce(0) { $0 + $1.vacanciesObtained }
        let employersPlacing = Set(placements.map(\.employerID))
        f.employersServed = employersPlacing.union(visits.map(\.employerID)).count
        let earlier = Set(facts.placements.filter { $0.startNumber < days.lowerBound }.map(\.employerID))
        f.repeatEmployers = employersPlacing.intersection(earlier).count
        f.vacanciesFilled = Set(placements.map(\.vacancyID)).count
        return f
    }

    static func breakdowns(_ facts: OutcomeFacts, _ period: Period, _ seekers: PeriodSeekers? = nil) -> [(name: String, groups: [OutcomeGroup])] {
        let seekers = seekers ?? Self.seekers(facts, period)
        let served = seekers.servedIndices, placed = seekers.placed
        func group(_ name: String, _ order: [(String, LocalizedText)], _ keys: (OutcomeFacts.Seeker) -> [String]) -> (name: String, groups: [OutcomeGroup]) {
            var counts: [String: (Int, Int)] = [:]
            for i in served {
                for key in keys(facts.seekers[i]) {
                    counts[key, default: (0, 0)].0 += 1
                    if placed[i] { counts[key, default: (0, 0)].1 += 1 }
                }
            }
            return (name, order.compactMap { key, label in
                counts[key].map { OutcomeGroup(key: key, label: label, served: $0.0, placed: $0.1) }
            })
        }
        let unknown = LocalizedText(id: "tidak tercatat", en: "not recorded")
        let sex = group("sex", [("female", LocalizedText(id: "perempuan", en: "women")), ("male", LocalizedText(id: "laki-laki", en: "men")),
                                ("unknown", unknown)]) { [$0.sex?.rawValue ?? "unknown"] }
        let bands: [(String, LocalizedText)] = [("15-24", LocalizedText(id: "15-24 tahun", en: "15-24 years")),
                                                 ("25-34", LocalizedText(id: "25-34 tahun", en: "25-34 years")),
                                                 ("35-44", LocalizedText(id: "35-44 tahun", en: "35-44 years")),
                                                 ("45-54", LocalizedText(id: "45-54 tahun", en: "45-54 years")),
                                                 ("55+", LocalizedText(id: "55 tahun ke atas", en: "55 and over")), ("unknown", unknown)]
        let age = group("age", bands) { s in
            guard let birth = s.birth else { return ["unknown"] }
            let years = period.to.year - birth.year - ((period.to.month, period.to.day) < (birth.month, birth.day) ? 1 : 0)
            switch years {
            case ..<25: return ["15-24"]
            case 25..<35: return ["25-34"]
            case 35..<45: return ["35-44"]
            case 45..<55: return ["45-54"]
            default: return ["55+"]
            }
        }
        let levels: [(String, LocalizedText)] = [("basic", LocalizedText(id: "SD, SMP atau tidak bersekolah", en: "primary, lower secondary or none")),
                                                  ("upper", LocalizedText(id: "SMA atau SMK", en: "upper secondary (SMA, SMK)")),
                                                  ("diploma", LocalizedText(id: "diploma (D1-D3)", en: "diploma (D1-D3)")),
                                                  ("degree", LocalizedText(id: "D4, S1 atau lebih tinggi", en: "D4, bachelor's or higher"))]
        let education = group("education", levels) { s in
            switch s.education {
            case .none, .sd, .smp: return ["basic"]
            case .sma, .smk: return ["upper"]
            case .d1, .d2, .d3: return ["diploma"]
            case .d4, .s1, .s2, .s3: return ["degree"]
            }
        }
        let functional = group("functional_group", FunctionalGroup.allCases.map { ($0.rawValue, $0.label) }
                                + [("none", LocalizedText(id: "tanpa hambatan berat tercatat", en: "no severe limitation recorded"))]) { s in
            let groups = FunctionalGroup.groups(s.capacity).map(\.rawValue)
            return groups.isEmpty ? ["none"] : groups
        }
        // Occupations: placements in the period by KBJI major group (the code's first digit).
        var majors: [String: Int] = [:]
        let days = period.numbers
        for p in facts.placements where days.contains(p.startNumber) { majors[String(p.kbji.prefix(1)), default: 0] += 1 }
        let occupation = ("occupation", majors.keys.sorted().map { key in
            OutcomeGroup(key: key, label: LocalizedText(id: "KBJI golongan pokok \(key)", en: "KBJI major group \(key)"), served: 0, placed: majors[key]!)
        })
        return [sex, age, education, functional, occupation]
    }

    /// Statistics by legal category (UU 27/2022, Law 8/2016): only in aggregate, only from seekers
    /// who consented (the store reads the category for no one else), and a count from 1 to 4 shown
    /// as "<5". Zero stays zero: it names no one.
    static func categoryStatistics(_ facts: OutcomeFacts, _ period: Period, _ seekers: PeriodSeekers? = nil) -> [CategoryStatistic] {
        let seekers = seekers ?? Self.seekers(facts, period)
        var counts: [DisabilityCategory: (Int, Int)] = [:]
        for i in seekers.servedIndices {
            guard let category = facts.seekers[i].category else { continue }
            counts[category, default: (0, 0)].0 += 1
            if seekers.placed[i] { counts[category, default: (0, 0)].1 += 1 }
        }
        return DisabilityCategory.allCases.compactMap { category in
            counts[category].map { CategoryStatistic(category: category, served: SuppressedCount($0.0), placed: SuppressedCount($0.1)) }
        }
    }

    static func buckets(_ facts: OutcomeFacts, _ period: Period, _ grouping: OutcomeReport.Grouping) -> [OutcomeBucket] {
        func key(_ day: Day) -> String {
            grouping == .month ? String(day.description.prefix(7)) : "\(day.year)-Q\((day.month - 1) / 3 + 1)"
        }
        var order: [String] = []
        var day = Day(year: period.from.year, month: period.from.month, day: 1) ?? period.from
        while day <= period.to {
            if order.last != key(day) { order.append(key(day)) }
            day = day.adding(months: 1)
        }
        var buckets = Dictionary(uniqueKeysWithValues: order.map { ($0, OutcomeBucket(label: $0)) })
        // Rows by the hundred thousand and the million: counted per day first (in an array by
        // day), then each day into its bucket, so that a bucket's label is made once a day and
        // not once a row.
        let days = period.numbers
        let first = days.lowerBound
        var registeredOn = [Int](repeating: 0, count: period.days), referralsOn = registeredOn, hiresOn = registeredOn
        var placementsOn = registeredOn
        for s in facts.seekers where period.contains(s.registered) { registeredOn[s.registered.dayNumber - Int(first)] += 1 }
        for s in facts.steps where days.contains(s.dayNumber) {
            switch s.status {
            case .requested: referralsOn[Int(s.dayNumber - first)] += 1
            case .hired: hiresOn[Int(s.dayNumber - first)] += 1
            default: break
            }
        }
        for p in facts.placements where days.contains(p.startNumber) { placementsOn[Int(p.startNumber - first)] += 1 }
        for offset in 0..<period.days where registeredOn[offset] + referralsOn[offset] + hiresOn[offset] + placementsOn[offset] > 0 {
            guard let day = Day(dayNumber: Int(first) + offset) else { continue }
            let label = key(day)
            buckets[label]?.registered += registeredOn[offset]
            buckets[label]?.referrals += referralsOn[offset]
            buckets[label]?.hires += hiresOn[offset]
            buckets[label]?.placements += placementsOn[offset]
        }
        return order.compactMap { buckets[$0] }
    }
}
