import SetaraCatalog
import SetaraDomain

/// Vacancies in compact form for ranking many of them at once: demands as bytes, workplaces
/// reduced to tables of what bridging a gap there costs, and the vacancies grouped by province so
/// that the default pre-filter (the seeker's province) is one contiguous run. `score` gives exactly
/// `Matcher.match(...).score` (a test compares them on generated cases); only the few results
/// shown are then matched in full for their explanation.
public struct MatchIndex: Sendable {
    public let matcher: Matcher
    /// The vacancies in the order given (those at an unknown workplace included, though never ranked).
    public let profiles: VacancyProfiles
    public let workplaces: [Workplace]

    static let width = VacancyProfiles.width
    /// Demand bytes per slot: the profile padded to four 64-bit words, the padding 0. Bytes are
    /// compared eight at a time inside the words; every byte stays below 128 for that (a demand
    /// of 127 levels or more above the lowest is kept as 127: a gap too large to bridge either way).
    static let stride = 32

    // Per slot. Slots hold the vacancies at known workplaces, grouped by province and, within
    // a province, in ranking order of their ids.
    let demand: [UInt8]          // slots × stride
    let position: [Int32]        // the vacancy's position in `profiles`
    let idRank: [Int32]          // rank of the vacancy's id in ranking order (ties go to the lower)
    let workplaceIndex: [Int32]
    let kbji: [UInt64]           // `occupationKey` of the first 4 digits
    let minEducation: [UInt8]
    let hours: [Int]
    let nightShift: [Bool]
    let remote: [UInt8]          // 0 none, 1 hybrid, 2 full
    let wage: [Int]              // rupiah; -1 unknown
    let safety: [UInt8]          // SafetyTask bits
    let jobNeeds: [UInt32]       // needs the job itself meets
    let province: [Int32]
    let regency: [Int32]
    /// Slot of each vacancy in `profiles`, -1 when its workplace is unknown.
    let slotOf: [Int32]

    /// Slots by province, for the default pre-filter (the seeker's province).
    let byProvince: [Int32: Range<Int>]

    // Per workplace.
    /// For a remaining gap of g levels (1...largestGap) on each dimension: the points lost there
    /// (2 when the workplace bridges it in place, else the catalog's cheapest option; at most 40,
    /// which keeps min(sum, 40) the same), 0x80 when nothing bridges it. workplaces × largestGap ×
    /// stride bytes; padding bytes 0.
    let gapCost: [UInt8]
    let largestGap: Int
    let needsMet: [UInt32]       // needs the workplace meets by its features or its accommodations

    // Catalog tables.
    let needPenalty: [Int16]     // per need: penalty to meet it from the catalog, -1 none
    let lowest: [UInt8]          // per dimension: the scale's lowest level, to store levels as bytes

    /// An index of the vacancies given; those at a workplace not in `workplaces` are never ranked.
    public init(matcher: Matcher, vacancies: [Vacancy], workplaces: [Workplace]) {
        self.init(matcher: matcher, profiles: VacancyProfiles(vacancies), workplaces: workplaces)
    }

    /// An index of the vacancies given; those at a workplace not in `workplaces` are never ranked.
    public init(matcher: Matcher, profiles: VacancyProfiles, workplaces: [Workplace]) {
        self.matcher = matcher
        self.profiles = profiles
        self.workplaces = workplaces
        let dims = FunctionalDimension.allCases
        let lowest = dims.map { UInt8($0.scale.lowerBound) }
        self.lowest = lowest
        let largest = dims.map { Matcher.largestBridgeableGap($0) }
        // Bytes below 128 (see `stride`), and a gap beyond 120 levels never bridgeable.
        let largestGap = max(largest.max() ?? 1, 1)
        precondition(largestGap <= 120, "a bridgeable gap of more than 120 levels")
        self.largestGap = largestGap
        let gapPenalty = dims.map { d in (1...4).map { matcher.gapPenalty(d, remaining: $0) } }
        needPenalty = Need.allCases.map { Int16(matcher.needPenalty($0) ?? -1) }

        // Workplaces.
        let catalog = matcher.catalog
        var gapCost = [UInt8](repeating: 0, count: workplaces.count * largestGap * Self.stride)
        var needsMet: [UInt32] = []
        var workplacePosition: [String: Int32] = [:]
        // Per catalog accommodation: how far it raises capacity and cuts demand on each dimension
        // (0 when it does not), and the needs it meets; workplaces take the best of theirs.
        var accommodation: [String: (raise: [Int], lower: [Int], needs: UInt32)] = [:]
        for a in catalog.accommodations {
            accommodation[a.id] = (dims.map { a.bridge($0, .raisesCapacity) ?? 0 }, dims.map { a.bridge($0, .lowersDemand) ?? 0 },
                                   Need.allCases.enumerated().reduce(0) { a.meetsNeeds.contains($1.element) ? $0 | 1 << $1.offset : $0 })
        }
        let featureBit = Dictionary(uniqueKeysWithValues: Feature.allCases.enumerated().map { ($1, UInt64(1) << UInt64($0)) })
        let needFeatures = Need.allCases.map { need in need.metByFeatures.map { $0.reduce(UInt64(0)) { $0 | featureBit[$1]! } } }
        var workplaceProvince: [Int32] = [], workplaceRegency: [Int32] = []
        for (index, w) in workplaces.enumerated() {
            workplacePosition[w.id] = Int32(index)
            workplaceProvince.append(Int32(w.provinceCode) ?? 0)
            workplaceRegency.append(Int32(w.regencyCode) ?? 0)
            let provided = w.accommodations.compactMap { accommodation[$0] }
            for d in dims.indices {
                // What the workplace provides: the best capacity raise plus the best demand cut.
                let covered = (provided.lazy.map { $0.raise[d] }.max() ?? 0) + (provided.lazy.map { $0.lower[d] }.max() ?? 0)
                for gap in 1...largestGap {
                    let cost: Int
                    if gap > largest[d] {
                        cost = 0x80
                    } else if covered >= gap {
                        cost = 2
                    } else {
                        cost = gapPenalty[d][min(gap - covered, 4) - 1].map { min($0, 40) } ?? 0x80
                    }
                    gapCost[(index * largestGap + gap - 1) * Self.stride + d] = UInt8(cost)
                }
            }
            let features = w.features.reduce(UInt64(0)) { $0 | featureBit[$1]! }
            needsMet.append(provided.reduce(0) { $0 | $1.needs }
                            | needFeatures.enumerated().reduce(0) { mask, item in
                                item.element.contains { $0 & features == $0 } ? mask | (1 << item.offset) : mask
                            })
        }
        self.gapCost = gapCost
        self.needsMet = needsMet

        // Slots: vacancies at known workplaces, by province, then in ranking order of ids.
        let count = profiles.count
        let vacancyWorkplace = profiles.workplaceIDs.map { workplacePosition[$0] ?? -1 }
        // Store reads come in id order already, which the sort checks in one pass.
        let byID = profiles.ids.indices.sorted { profiles.ids[$0] < profiles.ids[$1] }
        var rankOf = [Int32](repeating: 0, count: count)
        for (rank, p) in byID.enumerated() { rankOf[p] = Int32(rank) }
        var groups: [Int32: [Int32]] = [:]
        for p in byID where vacancyWorkplace[p] >= 0 {
            groups[workplaceProvince[Int(vacancyWorkplace[p])], default: []].append(Int32(p))
        }
        var order: [Int32] = []
        order.reserveCapacity(count)
        var byProvince: [Int32: Range<Int>] = [:]
        for key in groups.keys.sorted() {
            let start = order.count
            order.append(contentsOf: groups[key]!)
            byProvince[key] = start..<order.count
        }
        self.byProvince = byProvince
        position = order
        var slotOf = [Int32](repeating: -1, count: count)
        for (slot, p) in order.enumerated() { slotOf[Int(p)] = Int32(slot) }
        self.slotOf = slotOf

        var demand = [UInt8](repeating: 0, count: order.count * Self.stride)
        profiles.demand.withUnsafeBufferPointer { source in
            for (slot, p) in order.enumerated() {
                for d in 0..<Self.width { demand[slot * Self.stride + d] = min(source[Int(p) * Self.width + d], 127) }
            }
        }
        self.demand = demand
        let remoteBit = UInt32(1) << UInt32(Need.allCases.firstIndex(of: .remoteWork)!)
        let partTimeBit = UInt32(1) << UInt32(Need.allCases.firstIndex(of: .partTime)!)
        let slots = order.map(Int.init)
        idRank = slots.map { rankOf[$0] }
        workplaceIndex = slots.map { vacancyWorkplace[$0] }
        kbji = slots.map { Self.occupationKey(Int32(profiles.kbji[$0].prefix(4)) ?? 0) }
        minEducation = slots.map { UInt8(profiles.minEducation[$0].rank) }
        hours = slots.map { profiles.hoursPerWeek[$0] }
        nightShift = slots.map { profiles.nightShift[$0] }
        remote = slots.map { profiles.remote[$0] == .full ? 2 : profiles.remote[$0] == .hybrid ? 1 : 0 }
        wage = slots.map { profiles.wageMax[$0] ?? profiles.wageMin[$0] ?? -1 }
        safety = slots.map { profiles.safetyTasks[$0] }
        jobNeeds = slots.map { (profiles.remote[$0] != .none ? remoteBit : 0) | (profiles.hoursPerWeek[$0] <= 30 ? partTimeBit : 0) }
        province = slots.map { workplaceProvince[Int(vacancyWorkplace[$0])] }
        regency = slots.map { workplaceRegency[Int(vacancyWorkplace[$0])] }
    }

    public var count: Int { profiles.count }

    /// The demand bytes of the vacancies `top` scans for a seeker of this province (all of them
    /// without a province), one profile of `VacancyProfiles.width` bytes each without the padding,
    /// for measuring the cost of one pass over them.
    public func profileBytes(province: String?) -> [UInt8] {
        let slots: Range<Int>
        if let province {
            guard let range = byProvince[Int32(province) ?? 0] else { return [] }
            slots = range
        } else {
            slots = 0..<position.count
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slots.count * Self.width)
        for slot in slots { bytes.append(contentsOf: demand[slot * Self.stride..<slot * Self.stride + Self.width]) }
        return bytes
    }

    /// A seeker reduced to what the score reads.
    public struct Probe: Sendable {
        /// Capacity above each scale's lowest level, eight bytes a word like the demand; the
        /// padding bytes 127, so never below the demand.
        let capacity: (UInt64, UInt64, UInt64, UInt64)
        /// A capacity below its scale or more than 120 levels above its lowest (outside what the
        /// records allow) does not fit the bytes: such a seeker is scored by the matcher itself.
        let seeker: Seeker?
        let needs: UInt32
        let restrictions: UInt8
        let preferred: [UInt64]      // `occupationKey`s
        let education: UInt8
        let maxHours: Int
        let nightOK: Bool
        let wage: Int
        let province: Int32
        let regency: Int32
    }

    public func probe(_ s: Seeker) -> Probe {
        var bytes = [UInt8](repeating: 127, count: Self.stride)
        var fits = true
        for (d, dimension) in FunctionalDimension.allCases.enumerated() {
            let level = s.capacity(dimension) - Int(lowest[d])
            fits = fits && (0...120).contains(level)
            bytes[d] = UInt8(clamping: level)
        }
        let capacity = bytes.withUnsafeBytes { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        }
        return Probe(capacity: capacity, seeker: fits ? nil : s,
                     needs: s.needs.reduce(0) { $0 | (1 << UInt32(Need.allCases.firstIndex(of: $1)!)) },
                     restrictions: VacancyProfiles.safetyBits(s.safetyRestrictions),
                     preferred: s.preferredOccupations.compactMap { Int32($0.prefix(4)).map(Self.occupationKey) }, education: UInt8(s.education.rank),
                     maxHours: s.maxHoursPerWeek ?? Int.max, nightOK: s.nightShiftOK,
                     wage: s.wageExpectation ?? -1,
                     province: Int32(s.provinceCode) ?? 0, regency: Int32(s.regencyCode) ?? 0)
    }

    /// The arrays one ranking reads, borrowed as buffers for its length, so that the inner loop
    /// runs without bounds checks or reference counting.
    struct Buffers {
        let demand: UnsafeRawBufferPointer
        let gapCost: UnsafeRawBufferPointer
        let workplaceIndex: UnsafeBufferPointer<Int32>
        let kbji: UnsafeBufferPointer<UInt64>
        let minEducation: UnsafeBufferPointer<UInt8>
        let hours: UnsafeBufferPointer<Int>
        let nightShift: UnsafeBufferPointer<Bool>
        let remote: UnsafeBufferPointer<UInt8>
        let wage: UnsafeBufferPointer<Int>
        let safety: UnsafeBufferPointer<UInt8>
        let jobNeeds: UnsafeBufferPointer<UInt32>
        let province: UnsafeBufferPointer<Int32>
        let regency: UnsafeBufferPointer<Int32>
        let needsMet: UnsafeBufferPointer<UInt32>
        let needPenalty: UnsafeBufferPointer<Int16>
        let preferred: UnsafeBufferPointer<UInt64>
    }

    func withBuffers<R>(_ p: Probe, _ body: (Buffers) -> R) -> R {
        demand.withUnsafeBytes { demand in gapCost.withUnsafeBytes { gapCost in
        workplaceIndex.withUnsafeBufferPointer { workplaceIndex in kbji.withUnsafeBufferPointer { kbji in
        minEducation.withUnsafeBufferPointer { minEducation in hours.withUnsafeBufferPointer { hours in
        nightShift.withUnsafeBufferPointer { nightShift in remote.withUnsafeBufferPointer { remote in
        wage.withUnsafeBufferPointer { wage in safety.withUnsafeBufferPointer { safety in
        jobNeeds.withUnsafeBufferPointer { jobNeeds in province.withUnsafeBufferPointer { province in
        regency.withUnsafeBufferPointer { regency in needsMet.withUnsafeBufferPointer { needsMet in
        needPenalty.withUnsafeBufferPointer { needPenalty in p.preferred.withUnsafeBufferPointer { preferred in
            body(Buffers(demand: demand, gapCost: gapCost, workplaceIndex: workplaceIndex, kbji: kbji, minEducation: minEducation,
                         hours: hours, nightShift: nightShift, remote: remote, wage: wage, safety: safety, jobNeeds: jobNeeds,
                         province: province, regency: regency, needsMet: needsMet, needPenalty: needPenalty, preferred: preferred))
        } } } } } } } } } } } } } } } }
    }

    /// The score of the seeker for the vacancy at `position` in `profiles`; 0 when excluded or
    /// at an unknown workplace.
    public func score(_ p: Probe, _ position: Int) -> Int {
        let slot = Int(slotOf[position])
        guard slot >= 0 else { return 0 }
        if let seeker = p.seeker { return exactScore(seeker, slot) }
        return withBuffers(p) { max(score(p, slot, $0, below: Int.min), 0) }
    }

    func exactScore(_ seeker: Seeker, _ slot: Int) -> Int {
        matcher.match(seeker, profiles.vacancy(at: Int(position[slot])), at: workplaces[Int(workplaceIndex[slot])]).score
    }

    /// A 4-digit occupation code and its unit, minor and sub-major groups (the code divided by
    /// 10, 100 and 1000), 16 bits each, the code lowest: two codes share as many leading groups
    /// as the top 16-bit parts of their keys that are equal. Codes lie in -999...9999.
    static func occupationKey(_ code: Int32) -> UInt64 {
        [code, code / 10, code / 100, code / 1000].enumerated().reduce(0) { key, part in
            key | UInt64(UInt16(truncatingIfNeeded: part.element)) << (16 * UInt64(part.offset))
        }
    }

    /// Same unit group 25, minor group 18, sub-major group 12, major group 6, else 0.
    @inline(__always)
    static func occupationPoints(_ a: UInt64, _ b: UInt64) -> Int {
        let x = a ^ b
        let shared = x == 0 ? 4 : x.leadingZeroBitCount / 16
        return Int(truncatingIfNeeded: (0x19_12_0C_06_00 as UInt64) >> UInt64(shared * 8)) & 0xFF
    }

    // Eight bytes at a time in a 64-bit word, every byte below 128.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Per byte: demand minus capacity where the demand is higher, else 0.
    @inline(__always)
    static func gap(_ demand: UInt64, _ capacity: UInt64) -> UInt64 {
        let diff = (demand | high) &- capacity               // 128 + demand - capacity, no borrow between bytes
        return diff & low7 & (((diff & high) >> 7) &* 0xFF)  // kept where demand >= capacity
    }

    /// Per byte: 0xFF where the byte equals `value`, else 0.
    @inline(__always)
    static func equal(_ word: UInt64, _ value: UInt64) -> UInt64 {
        let x = word ^ (value &* ones)
        let zero = ~(((x & low7) &+ low7) | x) & high
        return (zero >> 7) &* 0xFF
    }

    /// The score at a slot: 0 when excluded, and -1 when it is certain to be below `below`
    /// without working it out in full.
    @inline(__always)
    func score(_ p: Probe, _ slot: Int, _ b: Buffers, below: Int) -> Int {
        // Everything but the functional part and the needs first: cheap, and with 40, the most
        // the functional part can add, a bound that rules most vacancies out once `top` is full.
        var points = 0
        // Occupation.
        if b.preferred.isEmpty {
            points += 10
        } else {
            var best = 0
            let code = b.kbji[slot]
            for preferred in b.preferred { best = max(best, Self.occupationPoints(preferred, code)) }
            points += best
        }
        // Education, region, working time and wage add at most 35.
        if points + 75 < below { return -1 }
        // Education.
        let education = b.minEducation[slot]
        points += p.education >= education ? 10 : p.education + 1 == education ? 4 : 0
        // Region.
        let remote = b.remote[slot]
        if remote == 2 || p.regency == b.regency[slot] {
            points += 15
        } else if p.province == b.province[slot] {
            points += remote == 1 ? 12 : 9
        } else {
            points += 2
        }
        // Working time and wage.
        points += (b.hours[slot] <= p.maxHours ? 3 : 0) + (!b.nightShift[slot] || p.nightOK ? 2 : 0)
        let wage = b.wage[slot]
        if p.wage < 0 || wage < 0 || p.wage <= wage {
            points += 5
        } else if p.wage * 10 <= wage * 12 {
            points += 2
        }
        if points + 40 < below { return -1 }

        if b.safety[slot] & p.restrictions != 0 { return 0 }
        let w = Int(b.workplaceIndex[slot])
        // Functional dimensions: the gaps, eight dimensions a word.
        let at = slot * Self.stride
        let g0 = Self.gap(b.demand.loadUnaligned(fromByteOffset: at, as: UInt64.self), p.capacity.0)
        let g1 = Self.gap(b.demand.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self), p.capacity.1)
        let g2 = Self.gap(b.demand.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self), p.capacity.2)
        let g3 = Self.gap(b.demand.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self), p.capacity.3)
        var penalty = 0
        if g0 | g1 | g2 | g3 != 0 {
            // A gap beyond the largest any dimension may bridge: its high bit set by the addition.
            let beyond = (127 - UInt64(largestGap)) &* Self.ones
            if ((g0 &+ beyond) | (g1 &+ beyond) | (g2 &+ beyond) | (g3 &+ beyond)) & Self.high != 0 { return 0 }
            var c0: UInt64 = 0, c1: UInt64 = 0, c2: UInt64 = 0, c3: UInt64 = 0
            for g in 1...largestGap {
                let table = (w * largestGap + g - 1) * Self.stride
                let value = UInt64(g)
                c0 |= b.gapCost.loadUnaligned(fromByteOffset: table, as: UInt64.self) & Self.equal(g0, value)
                c1 |= b.gapCost.loadUnaligned(fromByteOffset: table + 8, as: UInt64.self) & Self.equal(g1, value)
                c2 |= b.gapCost.loadUnaligned(fromByteOffset: table + 16, as: UInt64.self) & Self.equal(g2, value)
                c3 |= b.gapCost.loadUnaligned(fromByteOffset: table + 24, as: UInt64.self) & Self.equal(g3, value)
            }
            if (c0 | c1 | c2 | c3) & Self.high != 0 { return 0 }  // nothing bridges one of them
            // Costs of at most 40: the four words add without carries (160 a byte), then pairs of bytes.
            let sum = c0 &+ c1 &+ c2 &+ c3
            let pairs = (sum & 0x00FF_00FF_00FF_00FF) &+ ((sum >> 8) & 0x00FF_00FF_00FF_00FF)
            penalty = Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        // Stated needs the job and the workplace leave open.
        var open = p.needs & ~b.jobNeeds[slot] & ~b.needsMet[w]
        while open != 0 {
            let cost = b.needPenalty[open.trailingZeroBitCount]
            if cost < 0 { return 0 }
            penalty += Int(cost)
            open &= open - 1
        }
        return points + 40 - min(penalty, 40)
    }

    /// The best `top` vacancies for the seeker, as full results, ranked by score then vacancy id.
    /// Excluded pairs are left out. With `sameProvince`, only the vacancies of the seeker's
    /// province are scanned.
    public func top(_ top: Int, for seeker: Seeker, sameProvince: Bool = false) -> [MatchResult] {
        guard top > 0 else { return [] }
        let p = probe(seeker)
        let slots = sameProvince ? byProvince[p.province] ?? 0..<0 : 0..<position.count
        // The best so far, best first: higher score, then the lower id.
        var best: [(score: Int, rank: Int32, slot: Int32)] = []
        best.reserveCapacity(top + 1)
        idRank.withUnsafeBufferPointer { idRank in
            withBuffers(p) { b in
                var worst = (score: Int.min, rank: Int32.max)
                for slot in slots {
                    // Below the worst kept, or equal to it with a higher id: never shown.
                    let score = p.seeker.map { exactScore($0, slot) } ?? score(p, slot, b, below: worst.score)
                    guard score > 0 else { continue }
                    let rank = idRank[slot]
                    if best.count == top {
                        guard score > worst.score || (score == worst.score && rank < worst.rank) else { continue }
                        best.removeLast()
                    }
                    var i = best.count
                    while i > 0 && (score > best[i - 1].score || (score == best[i - 1].score && rank < best[i - 1].rank)) { i -= 1 }
                    best.insert((score, rank, Int32(slot)), at: i)
                    if best.count == top { worst = (best[top - 1].score, best[top - 1].rank) }
                }
            }
        }
        return best.map { entry in
            let slot = Int(entry.slot)
            return matcher.match(seeker, profiles.vacancy(at: Int(position[slot])), at: workplaces[Int(workplaceIndex[slot])])
        }
    }
}
