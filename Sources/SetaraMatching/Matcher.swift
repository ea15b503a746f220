import SetaraCatalog
import SetaraDomain

/// Compares a seeker's capacity with a vacancy's demands dimension by dimension, checks the
/// seeker's needs against the workplace, and scores the pair. The disability category is not
/// an input: nothing here can read it.
public struct Matcher: Sendable {
    public let catalog: Catalog

    /// The cheapest catalog option closing a gap of 1 to 4 levels, per dimension.
    private let gapOptions: [FunctionalDimension: [Option?]]
    /// The cheapest catalog accommodation meeting each need.
    private let needOptions: [Need: Option]

    struct Option: Sendable {
        var ids: [String]
        var rupiah: ClosedRange<Int>
        var leadTimeDays: Int
        var band: CostBand

        /// Cheaper first: price, then lead time, then ids, so that the choice never varies.
        func isCheaper(than other: Option) -> Bool {
            (rupiah.upperBound, leadTimeDays, ids.joined(separator: ",")) < (other.rupiah.upperBound, other.leadTimeDays, other.ids.joined(separator: ","))
        }

        init(_ accommodations: [Accommodation]) {
            ids = accommodations.map(\.id).sorted()
            rupiah = accommodations.reduce(0) { $0 + $1.costBand.rupiah.lowerBound }...accommodations.reduce(0) { $0 + $1.costBand.rupiah.upperBound }
            leadTimeDays = accommodations.map(\.leadTimeDays).max() ?? 0
            band = accommodations.map(\.costBand).max() ?? .none
        }
    }

    public init(catalog: Catalog) {
        self.catalog = catalog
        var gapOptions: [FunctionalDimension: [Option?]] = [:]
        for dimension in FunctionalDimension.allCases {
            let raising = catalog.accommodations.compactMap { a in a.bridge(dimension, .raisesCapacity).map { (a, $0) } }
            let lowering = catalog.accommodations.compactMap { a in a.bridge(dimension, .lowersDemand).map { (a, $0) } }
            var table: [Option?] = []
            for gap in 1...4 {
                var best: Option?
                func consider(_ option: Option) { if best == nil || option.isCheaper(than: best!) { best = option } }
                for (a, by) in raising + lowering where by >= gap { consider(Option([a])) }
                for (r, up) in raising {
                    for (l, down) in lowering where up + down >= gap && r.id != l.id { consider(Option([r, l])) }
                }
                table.append(best)
            }
            gapOptions[dimension] = table
        }
        self.gapOptions = gapOptions
        var needOptions: [Need: Option] = [:]
        for need in Need.allCases {
            for a in catalog.meeting(need) {
                let option = Option([a])
                if needOptions[need] == nil || option.isCheaper(than: needOptions[need]!) { needOptions[need] = option }
            }
        }
        self.needOptions = needOptions
    }

    /// Among accommodations a workplace provides, the one bridging most on the dimension in the
    /// given way (the lower id on a tie). The matcher and the index both count in-place bridging so.
    static func best(_ provided: [Accommodation], _ dimension: FunctionalDimension, _ effect: BridgeEffect) -> (id: String, by: Int)? {
        provided.compactMap { a in a.bridge(dimension, effect).map { (id: a.id, by: $0) } }
            .max { ($0.by, $1.id) < ($1.by, $0.id) }
    }

    /// Points lost to bridge a remaining gap of `remaining` levels from the catalog; nil when nothing can.
    func gapPenalty(_ dimension: FunctionalDimension, remaining: Int) -> Int? {
        gapOptions[dimension]?[min(remaining, 4) - 1].map { 4 + 2 * CostBand.allCases.firstIndex(of: $0.band)! }
    }

    /// Points lost to meet a need from the catalog; nil when nothing can.
    func needPenalty(_ need: Need) -> Int? {
        needOptions[need].map { 3 + 2 * CostBand.allCases.firstIndex(of: $0.band)! }
    }

    public func match(_ seeker: Seeker, _ vacancy: Vacancy, at workplace: Workplace) -> MatchResult {
        let provided = workplace.accommodations.compactMap { catalog[$0] }
        var penalty = 0
        var toProvide: [Option] = []
        var needsAccommodation = false

        // Functional dimensions.
        var gaps: [Gap] = []
        // Demand and capacity by ordinal, read from the dictionaries in one pass each instead of
        // one lookup per dimension: the same values as `demand(_:)` and `capacity(_:)`.
        var demands = FunctionalDimension.allCases.map(\.scale.lowerBound)
        for (dimension, level) in vacancy.demands { demands[dimension.ordinal] = level }
        var capacities = FunctionalDimension.allCases.map(\.scale.upperBound)
        for (dimension, rating) in seeker.profile { capacities[dimension.ordinal] = rating.withAids }
        for (ordinal, dimension) in FunctionalDimension.allCases.enumerated() {
            let demand = demands[ordinal]
            let capacity = capacities[ordinal]
            guard demand > capacity else { continue }
            let size = demand - capacity
            // What the workplace provides: the best capacity raise plus the best demand cut.
            let raise = Self.best(provided, dimension, .raisesCapacity)
            let lower = Self.best(provided, dimension, .lowersDemand)
            let inPlace = (raise?.by ?? 0) + (lower?.by ?? 0)
            let bridging: Bridging
            if size > Self.largestBridgeableGap(dimension) {
                // Far more than the person can do even with aids (never or occasionally against
                // frequently or constantly): the job itself would have to change, which is a
                // job-carving conversation with the employer, not an accommodation.
                bridging = .notBridgeable
            } else if inPlace >= size {
                bridging = .inPlace([raise?.id, lower?.id].compactMap { $0 }.sorted())
                penalty += 2
            } else if let option = gapOptions[dimension]?[min(size - inPlace, 4) - 1] {
                bridging = .bridgeable(option.ids)
                toProvide.append(option)
                penalty += gapPenalty(dimension, remaining: size - inPlace)!
            } else {
                bridging = .notBridgeable
            }
            needsAccommodation = true
            gaps.append(Gap(dimension: dimension, demand: demand, capacity: capacity,
                            capacityWithoutAids: seeker.capacity(dimension, withAids: false), bridging: bridging))
        }

        // Stated needs.
        let features = Set(workplace.features)
        var needs: [NeedCheck] = []
        for need in seeker.needs.sorted() {
            let bridging: Bridging
            if (need == .remoteWork && vacancy.remote != .none) || (need == .partTime && vacancy.hoursPerWeek <= 30) {
                bridging = .byTheJob
            } else if let set = need.metByFeatures.first(where: { $0.isSubset(of: features) }) {
                bridging = .inPlace(set.sorted().map(\.rawValue))
            } else if let a = provided.filter({ $0.meetsNeeds.contains(need) }).map(\.id).sorted().first {
                bridging = .inPlace([a])
                needsAccommodation = true
            } else if let option = needOptions[need] {
                bridging = .bridgeable(option.ids)
                toProvide.append(option)
                penalty += needPenalty(need)!
                needsAccommodation = true
            } else {
                bridging = .notBridgeable
            }
            needs.append(NeedCheck(need: need, bridging: bridging))
        }

        let conflicts = vacancy.safetyTasks.filter { seeker.safetyRestrictions.contains($0) }.sorted()
        let excluded = !conflicts.isEmpty || gaps.contains { $0.bridging.isOpen } || needs.contains { $0.bridging.isOpen }

        let parts = ScoreParts(
            functional: 40 - min(penalty, 40),
            occupation: Self.occupationPoints(seeker.preferredOccupations, vacancy.kbji),
            education: seeker.education.rank >= vacancy.minEducation.rank ? 10 : seeker.education.rank + 1 == vacancy.minEducation.rank ? 4 : 0,
            region: Self.regionPoints(seeker, vacancy, workplace),
            workingTime: ((seeker.maxHoursPerWeek.map { vacancy.hoursPerWeek <= $0 } ?? true) ? 3 : 0) + (!vacancy.nightShift || seeker.nightShiftOK ? 2 : 0),
            wage: Self.wagePoints(seeker.wageExpectation, vacancy.wageMax ?? vacancy.wageMin))

        // Accommodations named for several gaps are counted once in the price.
        var seen = Set<String>()
        let chosen = toProvide.flatMap(\.ids).filter { seen.insert($0).inserted }.compactMap { catalog[$0] }
        let price = chosen.isEmpty ? Price.none : Price(
            accommodations: chosen.map(\.id),
            rupiah: chosen.reduce(0) { $0 + $1.costBand.rupiah.lowerBound }...chosen.reduce(0) { $0 + $1.costBand.rupiah.upperBound },
            leadTimeDays: chosen.map(\.leadTimeDays).max() ?? 0)

        return MatchResult(seekerID: seeker.id, vacancyID: vacancy.id, score: excluded ? 0 : parts.total,
                           verdict: excluded ? .excluded : needsAccommodation ? .suitableWithAccommodation : .suitable,
                           gaps: gaps, needs: needs, safetyConflicts: conflicts, parts: parts, price: price)
    }

    /// The largest gap an accommodation may bridge: half the scale's width (1 level on the 0 to 3
    /// scales, 2 on the 0 to 4 and 1 to 5 scales).
    public static func largestBridgeableGap(_ dimension: FunctionalDimension) -> Int {
        (dimension.scale.upperBound - dimension.scale.lowerBound) / 2
    }

    /// Same unit group 25, minor group 18, sub-major group 12, major group 6; no preference 10.
    static func occupationPoints(_ preferred: [String], _ kbji: String) -> Int {
        guard !preferred.isEmpty else { return 10 }
        return preferred.map { code -> Int in
            let shared = zip(code.prefix(4), kbji.prefix(4)).prefix { $0 == $1 }.count
            return [0, 6, 12, 18, 25][shared]
        }.max() ?? 0
    }

    /// Full remote work or the same regency 15; the same province 12 with partly remote work, else 9; elsewhere 2.
    static func regionPoints(_ seeker: Seeker, _ vacancy: Vacancy, _ workplace: Workplace) -> Int {
        if vacancy.remote == .full || seeker.regencyCode == workplace.regencyCode { return 15 }
        if seeker.provinceCode == workplace.provinceCode { return vacancy.remote == .hybrid ? 12 : 9 }
        return 2
    }

    /// Expectation within the wage 5, within 20 % above it 2, else 0; unknown on either side 5.
    static func wagePoints(_ expectation: Int?, _ wage: Int?) -> Int {
        guard let expectation, let wage else { return 5 }
        if expectation <= wage { return 5 }
        return expectation * 10 <= wage * 12 ? 2 : 0
    }
}

/// Orders results the same way every time: higher score first, then id.
public func ranked(_ results: [MatchResult], by key: KeyPath<MatchResult, String>) -> [MatchResult] {
    results.sorted { ($1.score, $0[keyPath: key]) < ($0.score, $1[keyPath: key]) }
}
