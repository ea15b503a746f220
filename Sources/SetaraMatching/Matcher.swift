import SetaraCatalog
import SetaraDomain

/// Compares a seeker's capacity with a vacancy's demands dimension by dimension, checks the
/// seeker's needs against the workplace, and scores the pair, by the rules of `MatchRules`. The
/// disability category is not an input: nothing here can read it.
public struct Matcher: Sendable {
    public let catalog: Catalog
    public let rules: MatchRules
    /// The day matching runs: a vacancy whose closing date is before it is not offered. Nil
    /// leaves closing dates unchecked (a vacancy's status is always checked).
    public let today: Day?
    /// The cheapest catalog entry meeting each need for the job, and at the interview.
    let needOptions: [Int32?]
    let interviewOptions: [Int32?]

    public init(catalog: Catalog, today: Day? = nil) {
        self.catalog = catalog
        self.today = today
        let rules = MatchRules(catalog: catalog)
        self.rules = rules
        needOptions = Need.allCases.map { rules.needOption($0) }
        interviewOptions = Need.allCases.map { rules.needOption($0, step: .recruitment) }
    }

    /// Points lost to meet a need from the catalog; nil when nothing can.
    func needPenalty(_ need: Need) -> Int? {
        needOptions[need.position].map { MatchRules.needPenalty(catalog.accommodations[Int($0)].costBand) }
    }

    /// Whether the vacancy is still open on `today`.
    public func isOpen(_ vacancy: Vacancy) -> Bool {
        vacancy.status == .open && !(today.flatMap { today in vacancy.closesOn.map { $0 < today } } ?? false)
    }

    public func match(_ seeker: Seeker, _ vacancy: Vacancy, at workplace: Workplace) -> MatchResult {
        let provided = workplace.accommodations.compactMap { catalog[$0] }
        let context = rules.context(kbji: vacancy.kbji)
        var penalty = 0
        var toProvide: [[String]] = []

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
            let level = capacity - dimension.scale.lowerBound
            let here = (0..<MatchRules.levels).contains(level)
                ? rules.inPlace(provided, context: context, dimension: dimension, level: level) : MatchRules.InPlace()
            let choice = rules.choose(context: context, dimension: dimension, level: level, gap: demand - capacity,
                                      inPlaceRaise: here.raise, inPlaceLower: here.lower)
            let bridging: Bridging
            switch choice {
            case .inPlace: bridging = .inPlace([here.raiseID, here.lowerID].compactMap { $0 }.sorted())
            case .provide(let option):
                bridging = .bridgeable(rules.ids(option))
                toProvide.append(rules.ids(option))
            case .jobChange(let option):
                bridging = .jobChange(rules.ids(option))
                toProvide.append(rules.ids(option))
            case .none: bridging = .notBridgeable
            }
            penalty += rules.penalty(choice) ?? 0
            gaps.append(Gap(dimension: dimension, demand: demand, capacity: capacity,
                            capacityWithoutAids: seeker.capacity(dimension, withAids: false), bridging: bridging))
        }

        // Stated needs: for the job, then apart for the interview.
        let features = Set(workplace.features)
        var needs: [NeedCheck] = []
        var interview: [NeedCheck] = []
        for need in seeker.needs.sorted() {
            let bridging: Bridging
            if (need == .remoteWork && vacancy.remote != .none) || (need == .partTime && vacancy.hoursPerWeek <= MatchRules.partTimeHours) {
                bridging = .byTheJob
            } else if let set = need.metByFeatures.first(where: { $0.isSubset(of: features) }) {
                bridging = .inPlace(set.sorted().map(\.rawValue))
            } else if let a = provided.filter({ MatchRules.meets($0, need) }).map(\.id).sorted().first {
                bridging = .inPlace([a])
            } else if let option = needOptions[need.position] {
                let id = catalog.accommodations[Int(option)].id
                bridging = .bridgeable([id])
                toProvide.append([id])
                penalty += needPenalty(need)!
            } else {
                bridging = .notBridgeable
            }
            needs.append(NeedCheck(need: need, bridging: bridging))
            if let option = interviewOptions[need.position] {
                let id = catalog.accommodations[Int(option)].id
                interview.append(NeedCheck(need: need, bridging: workplace.accommodations.contains(id) ? .inPlace([id]) : .bridgeable([id])))
            }
        }

        let conflicts = vacancy.safetyTasks.filter { seeker.safetyRestrictions.contains($0) }.sorted()
        let closed = !isOpen(vacancy)
        let excluded = closed || !conflicts.isEmpty || gaps.contains { $0.bridging.isOpen } || needs.contains { $0.bridging.isOpen }
        let jobChange = gaps.contains { if case .jobChange = $0.bridging { true } else { false } }

        let parts = ScoreParts(
            functional: MatchRules.functionalPoints - min(penalty, MatchRules.functionalPoints),
            occupation: Self.occupationPoints(seeker.preferredOccupations, vacancy.kbji),
            education: Self.educationPoints(seeker.education, vacancy.minEducation),
            region: Self.regionPoints(seeker, vacancy, workplace),
            workingTime: ((seeker.maxHoursPerWeek.map { vacancy.hoursPerWeek <= $0 } ?? true) ? MatchRules.workingTimePoints.hours : 0)
                + (!vacancy.nightShift || seeker.nightShiftOK ? MatchRules.workingTimePoints.night : 0),
            wage: Self.wagePoints(seeker.wageExpectation, vacancy.wageMax ?? vacancy.wageMin))

        // Accommodations named for several gaps and needs are counted once in the price.
        var seen = Set<String>()
        let chosen = toProvide.flatMap { $0 }.filter { seen.insert($0).inserted }.compactMap { catalog[$0] }
        let price = chosen.isEmpty ? Price.none : Price(
            accommodations: chosen.map(\.id),
            rupiah: chosen.reduce(0) { $0 + $1.costBand.rupiah.lowerBound }...chosen.reduce(0) { $0 + $1.costBand.rupiah.upperBound },
            leadTimeDays: chosen.map(\.leadTimeDays).max() ?? 0)

        let verdict: Verdict = excluded ? .excluded : jobChange ? .possibleWithJobChange : chosen.isEmpty ? .suitable : .suitableWithAccommodation
        return MatchResult(seekerID: seeker.id, vacancyID: vacancy.id, score: excluded ? 0 : parts.total, verdict: verdict,
                           gaps: gaps, needs: needs, safetyConflicts: conflicts, parts: parts, price: price,
                           interview: interview, closed: closed)
    }

    static func occupationPoints(_ preferred: [String], _ kbji: String) -> Int {
        guard !preferred.isEmpty else { return MatchRules.noPreferencePoints }
        return preferred.map { code -> Int in
            MatchRules.occupationPoints[zip(code.prefix(4), kbji.prefix(4)).prefix { $0 == $1 }.count]
        }.max() ?? 0
    }

    static func educationPoints(_ education: EducationLevel, _ minimum: EducationLevel) -> Int {
        education.rank >= minimum.rank ? MatchRules.educationPoints.meets
            : education.rank + 1 == minimum.rank ? MatchRules.educationPoints.oneBelow : 0
    }

    static func regionPoints(_ seeker: Seeker, _ vacancy: Vacancy, _ workplace: Workplace) -> Int {
        let p = MatchRules.regionPoints
        if vacancy.remote == .full || seeker.regencyCode == workplace.regencyCode { return p.sameRegency }
        if seeker.provinceCode == workplace.provinceCode { return vacancy.remote == .hybrid ? p.sameProvinceHybrid : p.sameProvince }
        return p.elsewhere
    }

    static func wagePoints(_ expectation: Int?, _ wage: Int?) -> Int {
        guard let expectation, let wage else { return MatchRules.wagePoints.within }
        if expectation <= wage { return MatchRules.wagePoints.within }
        return expectation * 10 <= wage * 12 ? MatchRules.wagePoints.near : 0
    }
}

extension Need {
    /// Position in `allCases`, for tables and bit masks.
    var position: Int { Need.allCases.firstIndex(of: self)! }
}

/// Orders results the same way every time: higher score first, then id.
public func ranked(_ results: [MatchResult], by key: KeyPath<MatchResult, String>) -> [MatchResult] {
    results.sorted { ($1.score, $0[keyPath: key]) < ($0.score, $1[keyPath: key]) }
}
