import SetaraCatalog
import SetaraDomain

/// Vacancies in compact form for ranking many of them at once: demands as bytes in one flat
/// array, workplaces reduced to what they bridge and meet, and the catalog's cheapest options as
/// tables. `score` gives exactly `Matcher.match(...).score` (a test compares them on generated
/// cases); only the few results shown are then matched in full for their explanation.
public struct MatchIndex: Sendable {
    public let matcher: Matcher
    public let vacancies: [Vacancy]
    public let workplaces: [Workplace]

    static let dimensions = FunctionalDimension.allCases
    static let width = FunctionalDimension.allCases.count

    // Per vacancy.
    let demand: [UInt8]          // count × width
    let workplaceIndex: [Int32]
    let kbji: [Int32]            // first 4 digits
    let minEducation: [UInt8]
    let hours: [UInt8]
    let nightShift: [Bool]
    let remote: [UInt8]          // 0 none, 1 hybrid, 2 full
    let wage: [Int]              // rupiah; -1 unknown
    let safety: [UInt8]          // SafetyTask bits
    let jobNeeds: [UInt32]       // needs the job itself meets
    let province: [Int32]
    let regency: [Int32]

    /// Vacancy positions by province, for the default pre-filter (the seeker's province).
    let byProvince: [Int32: [Int32]]

    // Per workplace.
    let inPlace: [UInt8]         // workplaces × width: best raise + best demand cut in place
    let needsByFeature: [UInt32]
    let needsByProvided: [UInt32]

    // Catalog tables.
    let gapPenalty: [Int16]      // width × 4: penalty to bridge a remaining gap of 1...4, -1 none
    let needPenalty: [Int16]     // per need: penalty to meet it from the catalog, -1 none
    let largest: [UInt8]         // per dimension: largest bridgeable gap
    let lowest: [UInt8]          // per dimension: the scale's lowest level, to store levels as bytes

    public init(matcher: Matcher, vacancies: [Vacancy], workplaces: [Workplace]) {
        self.matcher = matcher
        self.vacancies = vacancies
        self.workplaces = workplaces
        let dims = Self.dimensions
        lowest = dims.map { UInt8($0.scale.lowerBound) }
        largest = dims.map { UInt8(Matcher.largestBridgeableGap($0)) }
        gapPenalty = dims.flatMap { d in (1...4).map { Int16(matcher.gapPenalty(d, remaining: $0) ?? -1) } }
        needPenalty = Need.allCases.map { Int16(matcher.needPenalty($0) ?? -1) }

        let catalog = matcher.catalog
        var inPlace: [UInt8] = []
        var byFeature: [UInt32] = []
        var byProvided: [UInt32] = []
        var position: [String: Int32] = [:]
        for (index, w) in workplaces.enumerated() {
            position[w.id] = Int32(index)
            let provided = w.accommodations.compactMap { catalog[$0] }
            for d in dims {
                let covered = (Matcher.best(provided, d, .raisesCapacity)?.by ?? 0) + (Matcher.best(provided, d, .lowersDemand)?.by ?? 0)
                inPlace.append(UInt8(min(covered, 255)))
            }
            let features = Set(w.features)
            byFeature.append(Need.allCases.enumerated().reduce(0) { mask, item in
                item.element.metByFeatures.contains { $0.isSubset(of: features) } ? mask | (1 << item.offset) : mask
            })
            byProvided.append(Need.allCases.enumerated().reduce(0) { mask, item in
                provided.contains { $0.meetsNeeds.contains(item.element) } ? mask | (1 << item.offset) : mask
            })
        }
        self.inPlace = inPlace
        needsByFeature = byFeature
        needsByProvided = byProvided

        var demand: [UInt8] = []
        demand.reserveCapacity(vacancies.count * Self.width)
        let remoteBit = UInt32(1) << UInt32(Need.allCases.firstIndex(of: .remoteWork)!)
        let partTimeBit = UInt32(1) << UInt32(Need.allCases.firstIndex(of: .partTime)!)
        for v in vacancies {
            let start = demand.count
            demand.append(contentsOf: repeatElement(0, count: Self.width))  // unlisted: the lowest level
            for (d, level) in v.demands {
                let i = d.ordinal
                demand[start + i] = UInt8(max(level - Int(lowest[i]), 0))
            }
        }
        self.demand = demand
        workplaceIndex = vacancies.map { position[$0.workplaceID] ?? -1 }
        kbji = vacancies.map { Int32($0.kbji.prefix(4)) ?? 0 }
        minEducation = vacancies.map { UInt8($0.minEducation.rank) }
        hours = vacancies.map { UInt8(min($0.hoursPerWeek, 255)) }
        nightShift = vacancies.map(\.nightShift)
        remote = vacancies.map { $0.remote == .full ? 2 : $0.remote == .hybrid ? 1 : 0 }
        wage = vacancies.map { $0.wageMax ?? $0.wageMin ?? -1 }
        safety = vacancies.map { v in v.safetyTasks.reduce(0) { $0 | (1 << UInt8(SafetyTask.allCases.firstIndex(of: $1)!)) } }
        jobNeeds = vacancies.map { ($0.remote != .none ? remoteBit : 0) | ($0.hoursPerWeek <= 30 ? partTimeBit : 0) }
        province = vacancies.map { v in Int32(workplaces[Int(position[v.workplaceID] ?? 0)].provinceCode) ?? 0 }
        regency = vacancies.map { v in Int32(workplaces[Int(position[v.workplaceID] ?? 0)].regencyCode) ?? 0 }
        byProvince = Dictionary(grouping: Array(0..<Int32(vacancies.count)), by: { [province] in province[Int($0)] })
    }

    /// The demand bytes of the vacancies `top` scans for a seeker of this province (all of them
    /// without a province), for measuring the cost of one pass over them.
    public func profileBytes(province: String?) -> [UInt8] {
        guard let province, let positions = byProvince[Int32(province) ?? 0] else { return province == nil ? demand : [] }
        return positions.flatMap { demand[Int($0) * Self.width..<(Int($0) + 1) * Self.width] }
    }

    /// A seeker reduced to what the score reads.
    public struct Probe: Sendable {
        let capacity: [UInt8]
        let needs: UInt32
        let restrictions: UInt8
        let preferred: [Int32]
        let education: UInt8
        let maxHours: Int
        let nightOK: Bool
        let wage: Int
        let province: Int32
        let regency: Int32
    }

    public func probe(_ s: Seeker) -> Probe {
        Probe(capacity: Self.dimensions.enumerated().map { UInt8(s.capacity($1) - Int(lowest[$0])) },
              needs: s.needs.reduce(0) { $0 | (1 << UInt32(Need.allCases.firstIndex(of: $1)!)) },
              restrictions: s.safetyRestrictions.reduce(0) { $0 | (1 << UInt8(SafetyTask.allCases.firstIndex(of: $1)!)) },
              preferred: s.preferredOccupations.compactMap { Int32($0.prefix(4)) }, education: UInt8(s.education.rank),
              maxHours: s.maxHoursPerWeek ?? Int.max, nightOK: s.nightShiftOK,
              wage: s.wageExpectation ?? -1,
              province: Int32(s.provinceCode) ?? 0, regency: Int32(s.regencyCode) ?? 0)
    }

    /// The hot arrays, borrowed as buffers for the length of one ranking, so that the inner loop
    /// runs without bounds checks or reference counting.
    struct Buffers {
        let demand: UnsafeBufferPointer<UInt8>
        let inPlace: UnsafeBufferPointer<UInt8>
        let gapPenalty: UnsafeBufferPointer<Int16>
        let largest: UnsafeBufferPointer<UInt8>
        let capacity: UnsafeBufferPointer<UInt8>
    }

    func withBuffers<R>(_ p: Probe, _ body: (Buffers) -> R) -> R {
        demand.withUnsafeBufferPointer { demand in
            inPlace.withUnsafeBufferPointer { inPlace in
                gapPenalty.withUnsafeBufferPointer { gapPenalty in
                    largest.withUnsafeBufferPointer { largest in
                        p.capacity.withUnsafeBufferPointer { capacity in
                            body(Buffers(demand: demand, inPlace: inPlace, gapPenalty: gapPenalty, largest: largest, capacity: capacity))
                        }
                    }
                }
            }
        }
    }

    /// The score of the seeker for vacancy `v` (an index into `vacancies`); 0 when excluded.
    public func score(_ p: Probe, _ v: Int) -> Int {
        withBuffers(p) { score(p, v, $0) }
    }

    func score(_ p: Probe, _ v: Int, _ b: Buffers) -> Int {
        let w = Int(workplaceIndex[v])
        if safety[v] & p.restrictions != 0 { return 0 }
        var penalty = 0
        let base = v * Self.width, wbase = w * Self.width
        for d in 0..<Self.width {
            let need = Int(b.demand[base + d]), have = Int(b.capacity[d])
            guard need > have else { continue }
            let gap = need - have
            if gap > Int(b.largest[d]) { return 0 }
            let covered = Int(b.inPlace[wbase + d])
            if covered >= gap {
                penalty += 2
            } else {
                let cost = b.gapPenalty[d * 4 + min(gap - covered, 4) - 1]
                if cost < 0 { return 0 }
                penalty += Int(cost)
            }
        }
        var open = p.needs & ~jobNeeds[v] & ~needsByFeature[w] & ~needsByProvided[w]
        while open != 0 {
            let bit = open.trailingZeroBitCount
            let cost = needPenalty[bit]
            if cost < 0 { return 0 }
            penalty += Int(cost)
            open &= open - 1
        }
        var points = 40 - min(penalty, 40)
        // Occupation.
        if p.preferred.isEmpty {
            points += 10
        } else {
            var best = 0
            let code = kbji[v]
            for preferred in p.preferred {
                let shared = preferred == code ? 4 : preferred / 10 == code / 10 ? 3 : preferred / 100 == code / 100 ? 2 : preferred / 1000 == code / 1000 ? 1 : 0
                best = max(best, shared == 4 ? 25 : shared * 6)
            }
            points += best
        }
        // Education.
        points += p.education >= minEducation[v] ? 10 : p.education + 1 == minEducation[v] ? 4 : 0
        // Region.
        if remote[v] == 2 || p.regency == regency[v] {
            points += 15
        } else if p.province == province[v] {
            points += remote[v] == 1 ? 12 : 9
        } else {
            points += 2
        }
        // Working time and wage.
        points += (Int(hours[v]) <= p.maxHours ? 3 : 0) + (!nightShift[v] || p.nightOK ? 2 : 0)
        if p.wage < 0 || wage[v] < 0 || p.wage <= wage[v] {
            points += 5
        } else if p.wage * 10 <= wage[v] * 12 {
            points += 2
        }
        return points
    }

    /// The best `top` vacancies for the seeker among those `include` admits, as full results,
    /// ranked by score then vacancy id. Excluded pairs are left out.
    /// With `sameProvince`, only the vacancies of the seeker's province are scanned.
    public func top(_ top: Int, for seeker: Seeker, sameProvince: Bool = false) -> [MatchResult] {
        let p = probe(seeker)
        // Higher score first, then the lower id: the ranking order everywhere.
        func precedes(_ a: (score: Int, index: Int), _ b: (score: Int, index: Int)) -> Bool {
            a.score > b.score || (a.score == b.score && vacancies[a.index].id < vacancies[b.index].id)
        }
        var best: [(score: Int, index: Int)] = []
        let positions: [Int32] = sameProvince ? byProvince[p.province] ?? [] : Array(0..<Int32(vacancies.count))
        withBuffers(p) { buffers in
            for position in positions {
                let candidate = (score: score(p, Int(position), buffers), index: Int(position))
                guard candidate.score > 0 else { continue }
                if best.count < top {
                    best.append(candidate)
                    if best.count == top { best.sort(by: precedes) }
                } else if precedes(candidate, best[top - 1]) {
                    // Insert in place: the list stays sorted and `top` long.
                    best[top - 1] = candidate
                    var i = top - 1
                    while i > 0 && precedes(best[i], best[i - 1]) {
                        best.swapAt(i, i - 1)
                        i -= 1
                    }
                }
            }
        }
        best.sort(by: precedes)
        return best.map { matcher.match(seeker, vacancies[$0.index], at: workplaces[Int(workplaceIndex[$0.index])]) }
    }
}
