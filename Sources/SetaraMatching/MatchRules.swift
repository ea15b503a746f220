import SetaraCatalog
import SetaraDomain

/// The one definition of how matching scores and bridges: the weights, the penalties and the
/// choice of what closes a gap. `Matcher` asks it for each gap of a pair; `MatchIndex` tabulates
/// the same answers once and reads them back by number, so the two cannot disagree.
public struct MatchRules: Sendable {
    // MARK: Weights (docs/matching.md, "Verdict and score")

    /// The most the functional part adds; gaps and needs take points from it.
    public static let functionalPoints = 40
    /// A gap closed by what the workplace already provides.
    public static let inPlacePenalty = 2
    /// A gap closed by accommodations the employer must still provide: 4 + 2 × cost band (4 to 12).
    public static func providePenalty(_ band: CostBand) -> Int { 4 + 2 * band.rank }
    /// A gap only a change to the job closes: 12 + 2 × cost band (12 to 20), never less than any
    /// accommodation, so that a job change is only chosen when nothing else closes the gap.
    public static func jobChangePenalty(_ band: CostBand) -> Int { 12 + 2 * band.rank }
    /// A need met by an accommodation the employer must still provide: 3 + 2 × cost band.
    public static func needPenalty(_ band: CostBand) -> Int { 3 + 2 * band.rank }
    /// The widest scale (0 to 4 and 1 to 5): no larger gap exists between valid levels.
    public static let widestGap = FunctionalDimension.allCases.map { $0.scale.count - 1 }.max()!
    /// Capacity levels above a scale's lowest that the tables hold: 0 ... widestGap.
    public static let levels = widestGap + 1

    /// Same unit group 25, minor group 18, sub-major group 12, major group 6, by the number of
    /// leading KBJI digits shared; no preference stated 10.
    public static let occupationPoints = [0, 6, 12, 18, 25]
    public static let noPreferencePoints = 10
    /// At least the minimum education 10, one level below 4.
    public static let educationPoints = (meets: 10, oneBelow: 4)
    /// Fully remote or the same regency 15; the same province 12 if partly remote, else 9; elsewhere 2.
    public static let regionPoints = (sameRegency: 15, sameProvinceHybrid: 12, sameProvince: 9, elsewhere: 2)
    /// Hours within the seeker's limit 3; no night shift, or night shifts accepted, 2.
    public static let workingTimePoints = (hours: 3, night: 2)
    /// Expectation within the wage 5, within 20 % above it 2; unknown 5.
    public static let wagePoints = (within: 5, near: 2)
    /// Part-time hours: a job of at most this many hours a week meets a need for part-time work.
    public static let partTimeHours = 30

    // MARK: Bridging

    /// One accommodation, or a pair (one raising capacity, one lowering demand), that the
    /// employer would provide; `a` and `b` are positions in `catalog.accommodations` (id order).
    public struct Option: Sendable, Hashable {
        public var a: Int32
        public var b: Int32 = -1
    }

    /// What closes one gap.
    public enum Choice: Sendable, Hashable {
        case inPlace
        case provide(Option)
        case jobChange(Option)
        case none
    }

    public let catalog: Catalog
    /// Task sets the tables are kept for: `catalog.taskSets`.
    public let contexts: [TaskSet]
    private let contextOf: [TaskSet: Int]
    /// Cheapest single entry bridging at least k levels, per context, dimension, capacity level
    /// (above the lowest) and k (1...widestGap): raising, lowering without a job change, lowering
    /// with one allowed. -1 when none.
    private let raise: [Int32], lower: [Int32], lowerAny: [Int32]
    private let upper: [Int], lead: [Int], band: [CostBand], changesJob: [Bool]

    public init(catalog: Catalog) {
        self.catalog = catalog
        contexts = catalog.taskSets
        contextOf = Dictionary(uniqueKeysWithValues: contexts.enumerated().map { ($1, $0) })
        let all = catalog.accommodations
        upper = all.map(\.costBand.rupiah.upperBound)
        lead = all.map(\.leadTimeDays)
        band = all.map(\.costBand)
        changesJob = all.map(\.jobChange)
        let dims = FunctionalDimension.allCases
        let cells = contexts.count * dims.count * Self.levels * Self.widestGap
        var raise = [Int32](repeating: -1, count: cells), lower = raise, lowerAny = raise
        let upper = self.upper, lead = self.lead
        func cheaper(_ x: Int32, _ y: Int32) -> Bool {
            (upper[Int(x)], lead[Int(x)], x) < (upper[Int(y)], lead[Int(y)], y)
        }
        for (index, a) in all.enumerated() where a.step == .job {
            for bridge in a.bridges {
                let d = bridge.dimension
                for (c, tasks) in contexts.enumerated() {
                    for level in 0..<Self.levels where bridge.applies(tasks: tasks, capacity: d.scale.lowerBound + level) {
                        for k in 1...min(bridge.by, Self.widestGap) {
                            let cell = Self.cell(c, d.ordinal, level, k)
                            func keep(_ table: inout [Int32]) {
                                if table[cell] < 0 || cheaper(Int32(index), table[cell]) { table[cell] = Int32(index) }
                            }
                            if bridge.effect == .raisesCapacity {
                                keep(&raise)
                            } else {
                                keep(&lowerAny)
                                if !a.jobChange { keep(&lower) }
                            }
                        }
                    }
                }
            }
        }
        self.raise = raise
        self.lower = lower
        self.lowerAny = lowerAny
    }

    static func cell(_ context: Int, _ ordinal: Int, _ level: Int, _ k: Int) -> Int {
        ((context * FunctionalDimension.allCases.count + ordinal) * levels + level) * widestGap + k - 1
    }

    /// The context (position in `contexts`) of a job involving these tasks.
    public func context(_ tasks: TaskSet) -> Int { contextOf[tasks] ?? contextOf[.none]! }

    /// The context of a job of this KBJI code.
    public func context(kbji: String) -> Int { context(catalog.tasks(kbji: kbji)) }

    /// What closes a gap of `gap` levels on the dimension, for a person `level` levels above the
    /// scale's lowest there, on a job of the context, where the workplace already raises capacity
    /// by `inPlaceRaise` and lowers demand by `inPlaceLower`: in place when that is enough; else
    /// the cheapest catalog option without a job change (a raise, a cut, or one of each, by
    /// price, lead time, then position); else the cheapest with one; else nothing.
    public func choose(context: Int, dimension: FunctionalDimension, level: Int, gap: Int, inPlaceRaise: Int, inPlaceLower: Int) -> Choice {
        guard gap >= 1, gap <= Self.widestGap, (0..<Self.levels).contains(level) else { return gap <= 0 ? .inPlace : .none }
        if inPlaceRaise + inPlaceLower >= gap { return .inPlace }
        let base = Self.cell(context, dimension.ordinal, level, 1)
        func best(_ lowers: [Int32]) -> Option? {
            var found: Option?
            var key = (Int.max, Int.max, Int32.max, Int32.max)
            func consider(_ option: Option) {
                let k = self.key(option)
                if found == nil || k < key { found = option; key = k }
            }
            // A raise alone, with what the workplace already cuts.
            if gap - inPlaceLower >= 1, case let r = raise[base + gap - inPlaceLower - 1], r >= 0 { consider(Option(a: r)) }
            // A cut alone, with what the workplace already raises.
            if gap - inPlaceRaise >= 1, case let l = lowers[base + gap - inPlaceRaise - 1], l >= 0 { consider(Option(a: l)) }
            // One of each.
            if gap >= 2 {
                for up in 1..<gap {
                    let r = raise[base + up - 1], l = lowers[base + gap - up - 1]
                    if r >= 0 && l >= 0 && r != l { consider(Option(a: min(r, l), b: max(r, l))) }
                }
            }
            return found
        }
        if let option = best(lower) { return .provide(option) }
        if let option = best(lowerAny) { return .jobChange(option) }
        return .none
    }

    /// Order of options: the sum of upper prices, the longest lead time, then positions.
    private func key(_ o: Option) -> (Int, Int, Int32, Int32) {
        o.b < 0 ? (upper[Int(o.a)], lead[Int(o.a)], o.a, -1)
            : (upper[Int(o.a)] + upper[Int(o.b)], max(lead[Int(o.a)], lead[Int(o.b)]), o.a, o.b)
    }

    /// Points a choice takes from the functional part; nil when nothing closes the gap.
    public func penalty(_ choice: Choice) -> Int? {
        switch choice {
        case .inPlace: return Self.inPlacePenalty
        case .provide(let o): return Self.providePenalty(band(o))
        case .jobChange(let o): return Self.jobChangePenalty(band(o))
        case .none: return nil
        }
    }

    /// The highest cost band of an option's entries.
    public func band(_ o: Option) -> CostBand { o.b < 0 ? band[Int(o.a)] : max(band[Int(o.a)], band[Int(o.b)]) }

    /// The ids of an option's entries, sorted.
    public func ids(_ o: Option) -> [String] {
        ([o.a] + (o.b < 0 ? [] : [o.b])).map { catalog.accommodations[Int($0)].id }.sorted()
    }

    /// How far the provided entries raise capacity and cut demand on the dimension, for a job of
    /// the context and a person at `level` above the lowest: the best of each that applies, and
    /// the ids that give them.
    public func inPlace(_ provided: [Accommodation], context: Int, dimension: FunctionalDimension, level: Int) -> InPlace {
        let tasks = contexts[context]
        let capacity = dimension.scale.lowerBound + level
        var result = InPlace()
        for a in provided where a.step == .job {
            let up = a.bridge(dimension, .raisesCapacity, tasks: tasks, capacity: capacity)
            if up > result.raise || (up > 0 && up == result.raise && a.id < result.raiseID!) { result.raise = up; result.raiseID = a.id }
            let down = a.bridge(dimension, .lowersDemand, tasks: tasks, capacity: capacity)
            if down > result.lower || (down > 0 && down == result.lower && a.id < result.lowerID!) { result.lower = down; result.lowerID = a.id }
        }
        return result
    }

    /// What a workplace already provides on one dimension.
    public struct InPlace: Sendable, Hashable {
        public var raise = 0, lower = 0
        public var raiseID: String?, lowerID: String?
    }

    /// Whether an entry may meet the need for the job (not at the interview).
    public static func meets(_ a: Accommodation, _ need: Need) -> Bool {
        a.meetsNeeds.contains(need) && need.isMet(atStep: a.step)
    }

    /// The cheapest entries meeting the need for the job and, apart, at the interview.
    public func needOption(_ need: Need, step: AccommodationStep? = nil) -> Int32? {
        var found: Int32?
        for (index, a) in catalog.accommodations.enumerated() {
            let fits = step.map { a.step == $0 && a.meetsNeeds.contains(need) } ?? Self.meets(a, need)
            guard fits else { continue }
            let i = Int32(index)
            if found == nil || key(Option(a: i)) < key(Option(a: found!)) { found = i }
        }
        return found
    }
}

extension CostBand {
    /// 0 for none ... 4 for over Rp 25 juta.
    public var rank: Int { CostBand.allCases.firstIndex(of: self)! }
}
