/// A country's rule for the share of workers with disabilities an employer must employ, as data
/// (`Rules/quota/*.yaml`): the rate by kind of employer and date, how a fraction of a worker is
/// rounded, how short-time workers and severe disabilities count, and any levy on a shortfall.
/// Indonesia's rule (Law 8/2016 Art. 53) is the default; Japan's is the second profile, to show
/// that the rules are data, not code.
public struct QuotaRules: Codable, Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    /// The law and article the rule comes from.
    public var source: String
    /// Per ownership (`government`, `bumn`, `bumd`, `private`): the percentages in force, each from a date.
    public var rates: [String: [Rate]]
    public var rounding: Rounding
    /// How a worker counts in the headcount the rate applies to.
    public var headcountWeights: HeadcountWeights
    /// How a worker with a disability counts towards the quota.
    public var workerWeights: WorkerWeights
    /// A monthly levy per missing worker, if the country charges one.
    public var levy: Levy?

    public struct Rate: Codable, Sendable, Equatable {
        public var from: Day
        public var percent: Double
        public init(from: Day, percent: Double) { self.from = from; self.percent = percent }
    }

    /// `up`: "at least N percent" (a fraction of a worker is one more worker); `down`: the fraction is dropped.
    public enum Rounding: String, Codable, Sendable { case up, down }

    public struct HeadcountWeights: Codable, Sendable, Equatable {
        public var fullTime: Double
        public var shortTime: Double
        public init(fullTime: Double, shortTime: Double) { self.fullTime = fullTime; self.shortTime = shortTime }
        enum CodingKeys: String, CodingKey { case fullTime = "full_time", shortTime = "short_time" }
    }

    public struct WorkerWeights: Codable, Sendable, Equatable {
        public var fullTime: Double
        public var shortTime: Double
        public var severeFullTime: Double
        public var severeShortTime: Double
        public init(fullTime: Double, shortTime: Double, severeFullTime: Double, severeShortTime: Double) {
            self.fullTime = fullTime; self.shortTime = shortTime
            self.severeFullTime = severeFullTime; self.severeShortTime = severeShortTime
        }
        enum CodingKeys: String, CodingKey {
            case fullTime = "full_time", shortTime = "short_time", severeFullTime = "severe_full_time", severeShortTime = "severe_short_time"
        }
    }

    public struct Levy: Codable, Sendable, Equatable {
        public var perMissingWorkerPerMonth: Int
        public var currency: String
        /// Charged only to employers with more workers than this.
        public var overHeadcount: Int
        enum CodingKeys: String, CodingKey {
            case perMissingWorkerPerMonth = "per_missing_worker_per_month", currency, overHeadcount = "over_headcount"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, source, rates, rounding, levy
        case headcountWeights = "headcount_weights", workerWeights = "worker_weights"
    }

    /// What a rule file must hold beyond its shape: a rate for every kind of employer, rates in
    /// date order, weights and percentages within reason. Empty when the file is sound.
    public func problems() -> [LocalizedText] {
        var found: [LocalizedText] = []
        let kinds = Ownership.allCases.map(\.rawValue).joined(separator: ", ")
        for ownership in Ownership.allCases {
            let key = "rates.\(ownership.rawValue)"
            guard let list = rates[ownership.rawValue], !list.isEmpty else {
                found.append(LocalizedText(id: "\(key): tidak ada; setiap jenis pemberi kerja (\(kinds)) memerlukan tarif",
                                           en: "\(key): missing; every kind of employer (\(kinds)) needs a rate"))
                continue
            }
            if zip(list, list.dropFirst()).contains(where: { $0.from >= $1.from }) {
                found.append(LocalizedText(id: "\(key): tanggal harus naik dari satu tarif ke tarif berikutnya",
                                           en: "\(key): the dates must rise from one rate to the next"))
            }
            if let bad = list.first(where: { !(0...100).contains($0.percent) }) {
                found.append(LocalizedText(id: "\(key): \(bad.percent) bukan persentase 0 sampai 100",
                                           en: "\(key): \(bad.percent) is not a percentage from 0 to 100"))
            }
        }
        for key in rates.keys.sorted() where Ownership(rawValue: key) == nil {
            found.append(LocalizedText(id: "rates.\(key): bukan jenis pemberi kerja; yang diharapkan salah satu dari \(kinds)",
                                       en: "rates.\(key): not a kind of employer; expected one of \(kinds)"))
        }
        let weights = [headcountWeights.fullTime, headcountWeights.shortTime, workerWeights.fullTime, workerWeights.shortTime,
                       workerWeights.severeFullTime, workerWeights.severeShortTime]
        if weights.contains(where: { !(0...4).contains($0) }) {
            found.append(LocalizedText(id: "bobot: masing-masing harus 0 sampai 4", en: "weights: each must be from 0 to 4"))
        }
        return found
    }

    /// Whether short-time workers count otherwise than full-time ones, in the headcount or towards the quota.
    public var weighsHours: Bool {
        headcountWeights.shortTime != headcountWeights.fullTime || workerWeights.shortTime != workerWeights.fullTime
            || workerWeights.severeShortTime != workerWeights.severeFullTime
    }

    /// Whether a worker with a severe disability counts otherwise than one without.
    public var weighsSeverity: Bool {
        workerWeights.severeFullTime != workerWeights.fullTime || workerWeights.severeShortTime != workerWeights.shortTime
    }

    /// How the rule weighs workers, in words; nil when it counts every worker as one.
    public var weighting: LocalizedText? {
        func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        var id: [String] = [], en: [String] = []
        if weighsHours {
            id.append("pekerja paruh waktu dihitung \(n(headcountWeights.shortTime)) dalam jumlah pekerja dan \(n(workerWeights.shortTime)) dalam kuota")
            en.append("a short-time worker counts \(n(headcountWeights.shortTime)) in the headcount and \(n(workerWeights.shortTime)) towards the quota")
        }
        if weighsSeverity {
            id.append("pekerja dengan disabilitas berat dihitung \(n(workerWeights.severeFullTime)) (\(n(workerWeights.severeShortTime)) bila paruh waktu)")
            en.append("a worker with a severe disability counts \(n(workerWeights.severeFullTime)) (\(n(workerWeights.severeShortTime)) when short-time)")
        }
        guard !id.isEmpty else { return nil }
        return LocalizedText(id: "Bobot: " + id.joined(separator: "; ") + ".", en: "Weights: " + en.joined(separator: "; ") + ".")
    }

    /// The percentage in force for this kind of employer on this day (0 before the first rate).
    public func percent(for ownership: Ownership, on day: Day) -> Double {
        (rates[ownership.rawValue] ?? []).last { $0.from <= day }?.percent ?? 0
    }

    /// An employer's position under this rule on a day.
    public func position(ownership: Ownership, workforce: QuotaWorkforce, on day: Day) -> QuotaPosition {
        let percent = percent(for: ownership, on: day)
        let headcount = Double(workforce.fullTime) * headcountWeights.fullTime + Double(workforce.shortTime) * headcountWeights.shortTime
        // In workers, rounded to a ten-thousandth first so that floating point cannot make 200 x 1.5%
        // 3.0000001 (4 when rounded up) while 37 x 2.7% stays 0.999 (0 when rounded down).
        let exact = (headcount * percent * 100).rounded() / 10_000
        let required = rounding == .up ? Int(exact.rounded(.up)) : Int(exact.rounded(.down))
        let counted = Double(workforce.disabledFullTime) * workerWeights.fullTime
            + Double(workforce.disabledShortTime) * workerWeights.shortTime
            + Double(workforce.severeFullTime) * workerWeights.severeFullTime
            + Double(workforce.severeShortTime) * workerWeights.severeShortTime
        let missing = max(Double(required) - counted, 0)
        var levy: Int?
        if let rule = self.levy, workforce.fullTime + workforce.shortTime > rule.overHeadcount {
            levy = Int(missing.rounded(.down)) * rule.perMissingWorkerPerMonth
        }
        return QuotaPosition(percent: percent, headcount: headcount, required: required, counted: counted,
                             shortfall: Int(missing.rounded(.up)), levyPerMonth: levy)
    }
}

/// Who works for an employer, as a quota rule counts them: six groups that do not overlap.
/// `init(employer:)` takes them from the employer's record, whose counts are wholes and parts
/// (the headcount and its short-time workers; the workers with disabilities and, among them,
/// those who work short hours, those with a severe disability, and those who are both).
public struct QuotaWorkforce: Sendable, Equatable {
    public var fullTime: Int
    public var shortTime: Int
    public var disabledFullTime: Int
    public var disabledShortTime: Int
    public var severeFullTime: Int
    public var severeShortTime: Int

    public init(fullTime: Int, shortTime: Int = 0, disabledFullTime: Int, disabledShortTime: Int = 0,
                severeFullTime: Int = 0, severeShortTime: Int = 0) {
        self.fullTime = fullTime; self.shortTime = shortTime
        self.disabledFullTime = disabledFullTime; self.disabledShortTime = disabledShortTime
        self.severeFullTime = severeFullTime; self.severeShortTime = severeShortTime
    }

    /// A record that passed `Employer.validate()` gives no negative group.
    public init(employer e: Employer) {
        self.init(fullTime: e.headcount - e.shortTimeWorkers, shortTime: e.shortTimeWorkers,
                  disabledFullTime: e.employeesWithDisabilities - e.withSevereDisabilities - e.shortTimeWithDisabilities + e.shortTimeWithSevereDisabilities,
                  disabledShortTime: e.shortTimeWithDisabilities - e.shortTimeWithSevereDisabilities,
                  severeFullTime: e.withSevereDisabilities - e.shortTimeWithSevereDisabilities,
                  severeShortTime: e.shortTimeWithSevereDisabilities)
    }
}

public struct QuotaPosition: Sendable, Equatable {
    /// The rate in force.
    public var percent: Double
    /// The headcount the rate applies to, short-time workers weighted.
    public var headcount: Double
    /// Workers with disabilities the rule asks for.
    public var required: Int
    /// Workers with disabilities as the rule counts them (may hold a half).
    public var counted: Double
    /// Whole workers still to employ to meet the quota; 0 when it is met.
    public var shortfall: Int
    /// The monthly levy on the shortfall, where the rule charges one.
    public var levyPerMonth: Int?

    public var meetsQuota: Bool { shortfall == 0 }
}
