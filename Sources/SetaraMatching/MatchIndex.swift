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
    /// For each context, dimension and capacity level: what the workplace already provides,
    /// as raise × levels + cut (see `MatchRules.inPlace`). workplaces × contexts × width × levels bytes.
    let reach: [UInt8]
    let needsMet: [UInt32]       // needs the workplace meets by its features or its accommodations
    /// Per slot: the vacancy's context (its position in `matcher.rules.contexts`), from its KBJI code.
    let context: [UInt8]

    // Tables derived from `MatchRules`, the matcher's one definition.
    /// What a gap costs: per context, dimension, capacity level, gap (1...widestGap) and what the
    /// workplace provides (raise × levels + cut), the points `MatchRules.penalty` takes (at most
    /// 40, which keeps min(sum, 40) the same), 0x80 when nothing closes it.
    let cost: [UInt8]
    let contexts: Int
    let needPenalty: [Int16]     // per need: penalty to meet it from the catalog, -1 none
    let lowest: [UInt8]          // per dimension: the scale's lowest level, to store levels as bytes

    static let levels = MatchRules.levels
    static let widestGap = MatchRules.widestGap
    /// Entries per row of `cost`: every raise and cut in place, 0 ..< levels each.
    static let inPlaceCount = MatchRules.levels * MatchRules.levels

    /// An index of the open vacancies given (`Matcher.isOpen`); those at a workplace not in
    /// `workplaces` are never ranked.
    public init(matcher: Matcher, vacancies: [Vacancy], workplaces: [Workplace]) {
        self.init(matcher: matcher, profiles: VacancyProfiles(vacancies.filter(matcher.isOpen)), workplaces: workplaces)
    }

    /// An index of the vacancies given, which the caller has read as open; those at a workplace
    /// not in `workplaces` are never ranked.
    public init(matcher: Matcher, profiles: VacancyProfiles, workplaces: [Workplace]) {
        self.matcher = matcher
        self.profiles = profiles
        self.workplaces = workplaces
        let dims = FunctionalDimension.allCases
        let width = Self.width, levels = Self.levels, widest = Self.widestGap
        lowest = dims.map { UInt8($0.scale.lowerBound) }
        precondition(width <= Self.stride, "more dimensions than a slot's 32 bytes")
        let rules = matcher.rules
        let contexts = rules.contexts.count
        precondition(contexts <= 255, "more than 255 task contexts")
        self.contexts = contexts
        needPenalty = Need.allCases.map { Int16(matcher.needPenalty($0) ?? -1) }

        // The cost of every gap, from the rules.
        var cost = [UInt8](repeating: 0x80, count: contexts * width * levels * widest * Self.inPlaceCount)
        for c in 0..<contexts {
            for d in dims {
                for level in 0..<levels {
                    for gap in 1...widest {
                        let row = (((c * width + d.ordinal) * levels + level) * widest + gap - 1) * Self.inPlaceCount
                        for up in 0..<levels {
                            for down in 0..<levels {
                                let choice = rules.choose(context: c, dimension: d, level: level, gap: gap, inPlaceRaise: up, inPlaceLower: down)
                                cost[row + up * levels + down] = rules.penalty(choice).map { UInt8(min($0, MatchRules.functionalPoints)) } ?? 0x80
                            }
                        }
                    }
                }
            }
        }
        self.cost = cost

        // Workplaces.
        let catalog = matcher.catalog
        var reach = [UInt8](repeating: 0, count: workplaces.count * contexts * width * levels)
        var needsMet: [UInt32] = []
        var workplacePosition: [String: Int32] = [:]
        let needMask: (Accommodation) -> UInt32 = { a in
            Need.allCases.enumerated().reduce(0) { MatchRules.meets(a, $1.element) ? $0 | 1 << $1.offset : $0 }
        }
        let featureBit = Dictionary(uniqueKeysWithValues: Feature.allCases.enumerated().map { ($1, UInt64(1) << UInt64($0)) })
        let needFeatures = Need.allCases.map { need in need.metByFeatures.map { $0.reduce(UInt64(0)) { $0 | featureBit[$1]! } } }
        var workplaceProvince: [Int32] = [], workplaceRegency: [Int32] = []
        for (index, w) in workplaces.enumerated() {
            workplacePosition[w.id] = Int32(index)
            workplaceProvince.append(Int32(w.provinceCode) ?? 0)
            workplaceRegency.append(Int32(w.regencyCode) ?? 0)
            let provided = w.accommodations.compactMap { catalog[$0] }
            // Only the dimensions the workplace's entries bridge differ from nothing in place.
            let bridged = Set(provided.filter { $0.step == .job }.flatMap { $0.bridges.map(\.dimension) })
            for c in 0..<contexts {
                for d in bridged {
                    for level in 0..<levels {
                        let here = rules.inPlace(provided, context: c, dimension: d, level: level)
                        reach[((index * contexts + c) * width + d.ordinal) * levels + level] = UInt8(here.raise * levels + here.lower)
                    }
                }
            }
            let features = w.features.reduce(UInt64(0)) { $0 | featureBit[$1]! }
            needsMet.append(provided.reduce(0) { $0 | needMask($1) }
                            | needFeatures.enumerated().reduce(0) { mask, item in
                                item.element.contains { $0 & features == $0 } ? mask | (1 << item.offset) : mask
                            })
        }
        self.reach = reach
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
        jobNeeds = slots.map { (profiles.remote[$0] != .none ? remoteBit : 0) | (profiles.hoursPerWeek[$0] <= MatchRules.partTimeHours ? partTimeBit : 0) }
        var contextOf: [String: UInt8] = [:]
        context = slots.map { p in
            let code = profiles.kbji[p]
            if let known = contextOf[code] { return known }
            let c = UInt8(rules.context(kbji: code))
            contextOf[code] = c
            return c
        }
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
        /// The same levels, one per dimension, to look up what a gap costs.
        let level: [UInt8]
        /// A capacity below its scale or above its top (outside what the records allow) does not
        /// fit the tables: such a seeker is scored by the matcher itself.
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
            fits = fits && (0...(dimension.scale.count - 1)).contains(level) && level < Self.levels
            bytes[d] = UInt8(clamping: max(level, 0))
        }
        let capacity = bytes.withUnsafeBytes { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        }
        return Probe(capacity: capacity, level: Array(bytes.prefix(Self.width)), seeker: fits ? nil : s,
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
        let cost: UnsafeBufferPointer<UInt8>
        let reach: UnsafeBufferPointer<UInt8>
        let context: UnsafeBufferPointer<UInt8>
        let level: UnsafeBufferPointer<UInt8>
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
        demand.withUnsafeBytes { demand in cost.withUnsafeBufferPointer { cost in
        reach.withUnsafeBufferPointer { reach in context.withUnsafeBufferPointer { context in
        p.level.withUnsafeBufferPointer { level in
        workplaceIndex.withUnsafeBufferPointer { workplaceIndex in kbji.withUnsafeBufferPointer { kbji in
        minEducation.withUnsafeBufferPointer { minEducation in hours.withUnsafeBufferPointer { hours in
        nightShift.withUnsafeBufferPointer { nightShift in remote.withUnsafeBufferPointer { remote in
        wage.withUnsafeBufferPointer { wage in safety.withUnsafeBufferPointer { safety in
        jobNeeds.withUnsafeBufferPointer { jobNeeds in province.withUnsafeBufferPointer { province in
        regency.withUnsafeBufferPointer { regency in needsMet.withUnsafeBufferPointer { needsMet in
        needPenalty.withUnsafeBufferPointer { needPenalty in p.preferred.withUnsafeBufferPointer { preferred in
            body(Buffers(demand: demand, cost: cost, reach: reach, context: context, level: level,
                         workplaceIndex: workplaceIndex, kbji: kbji, minEducation: minEducation,
                         hours: hours, nightShift: nightShift, remote: remote, wage: wage, safety: safety, jobNeeds: jobNeeds,
                         province: province, regency: regency, needsMet: needsMet, needPenalty: needPenalty, preferred: preferred))
        } } } } } } } } } } } } } } } } } } }
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

    /// `MatchRules.occupationPoints` as bytes of one word, by the number of groups shared.
    static let occupationWord = MatchRules.occupationPoints.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64($1.offset * 8) }
    /// The most education, region, working time and wage add together.
    static let mostAfterOccupation = MatchRules.educationPoints.meets + MatchRules.regionPoints.sameRegency
        + MatchRules.workingTimePoints.hours + MatchRules.workingTimePoints.night + MatchRules.wagePoints.within

    /// Same unit group 25, minor group 18, sub-major group 12, major group 6, else 0.
    @inline(__always)
    static func occupationPoints(_ a: UInt64, _ b: UInt64) -> Int {
        let x = a ^ b
        let shared = x == 0 ? 4 : x.leadingZeroBitCount / 16
        return Int(truncatingIfNeeded: occupationWord >> UInt64(shared * 8)) & 0xFF
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

    /// The score at a slot: 0 when excluded, and -1 when it is certain to be below `below`
    /// without working it out in full.
    @inline(__always)
    func score(_ p: Probe, _ slot: Int, _ b: Buffers, below: Int) -> Int {
        // Everything but the functional part and the needs first: cheap, and with 40, the most
        // the functional part can add, a bound that rules most vacancies out once `top` is full.
        var points = 0
        // Occupation.
        if b.preferred.isEmpty {
            points += MatchRules.noPreferencePoints
        } else {
            var best = 0
            let code = b.kbji[slot]
            for preferred in b.preferred { best = max(best, Self.occupationPoints(preferred, code)) }
            points += best
        }
        // Education, region, working time and wage add at most 35, the functional part 40.
        if points + Self.mostAfterOccupation + MatchRules.functionalPoints < below { return -1 }
        // Education.
        let education = b.minEducation[slot]
        points += p.education >= education ? MatchRules.educationPoints.meets
            : p.education + 1 == education ? MatchRules.educationPoints.oneBelow : 0
        // Region.
        let remote = b.remote[slot]
        let region = MatchRules.regionPoints
        if remote == 2 || p.regency == b.regency[slot] {
            points += region.sameRegency
        } else if p.province == b.province[slot] {
            points += remote == 1 ? region.sameProvinceHybrid : region.sameProvince
        } else {
            points += region.elsewhere
        }
        // Working time and wage.
        points += (b.hours[slot] <= p.maxHours ? MatchRules.workingTimePoints.hours : 0)
            + (!b.nightShift[slot] || p.nightOK ? MatchRules.workingTimePoints.night : 0)
        let wage = b.wage[slot]
        if p.wage < 0 || wage < 0 || p.wage <= wage {
            points += MatchRules.wagePoints.within
        } else if p.wage * 10 <= wage * 12 {
            points += MatchRules.wagePoints.near
        }
        if points + MatchRules.functionalPoints < below { return -1 }

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
            // A gap wider than any scale: its high bit set by the addition. Nothing closes it.
            let beyond = (127 - UInt64(Self.widestGap)) &* Self.ones
            if ((g0 &+ beyond) | (g1 &+ beyond) | (g2 &+ beyond) | (g3 &+ beyond)) & Self.high != 0 { return 0 }
            let c = Int(b.context[slot])
            let here = (w * contexts + c) * Self.width
            let table = c * Self.width
            // The bytes of one word that hold a gap: each gap's cost, looked up; false when
            // nothing closes one.
            @inline(__always)
            func add(_ word: UInt64, _ first: Int) -> Bool {
                var rest = word
                while rest != 0 {
                    let shift = rest.trailingZeroBitCount & ~7
                    let gap = Int((rest >> UInt64(shift)) & 0xFF)
                    rest &= ~(0xFF << UInt64(shift))
                    let d = first + shift >> 3
                    let level = Int(b.level[d])
                    let inPlace = Int(b.reach[(here + d) * Self.levels + level])
                    let points = b.cost[(((table + d) * Self.levels + level) * Self.widestGap + gap - 1) * Self.inPlaceCount + inPlace]
                    if points & 0x80 != 0 { return false }
                    penalty += Int(points)
                }
                return true
            }
            guard add(g0, 0), add(g1, 8), add(g2, 16), add(g3, 24) else { return 0 }
        }
        // Stated needs the job and the workplace leave open.
        var open = p.needs & ~b.jobNeeds[slot] & ~b.needsMet[w]
        while open != 0 {
            let cost = b.needPenalty[open.trailingZeroBitCount]
            if cost < 0 { return 0 }
            penalty += Int(cost)
            open &= open - 1
        }
        return points + MatchRules.functionalPoints - min(penalty, MatchRules.functionalPoints)
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
