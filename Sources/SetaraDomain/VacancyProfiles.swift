/// The vacancy fields matching reads, in columns, one entry per vacancy: the form a bulk read
/// for the matching index takes, without a record and a demand dictionary per vacancy (100,000
/// of those cost more than the rest of the read).
public struct VacancyProfiles: Sendable, Equatable {
    /// Bytes of demand per vacancy: one per functional dimension, in `allCases` order.
    public static let width = FunctionalDimension.allCases.count
    /// Each dimension's lowest level, by ordinal: demand is kept as levels above it.
    public static let lowest: [Int] = FunctionalDimension.allCases.map(\.scale.lowerBound)

    public private(set) var ids: [String] = []
    public private(set) var workplaceIDs: [String] = []
    public private(set) var kbji: [String] = []
    /// count × width bytes: the demand's level above the scale's lowest, 0 when not listed. A level
    /// below the lowest counts as the lowest and one 255 or more above it as 255 (both read the same
    /// way by the matcher: no gap, and a gap too large to bridge).
    public private(set) var demand: [UInt8] = []
    public private(set) var minEducation: [EducationLevel] = []
    public private(set) var hoursPerWeek: [Int] = []
    public private(set) var nightShift: [Bool] = []
    public private(set) var remote: [RemoteOption] = []
    public private(set) var wageMin: [Int?] = []
    public private(set) var wageMax: [Int?] = []
    /// Bit i set: the job involves `SafetyTask.allCases[i]`.
    public private(set) var safetyTasks: [UInt8] = []

    public init() {}

    public init(_ vacancies: some Collection<Vacancy>) {
        reserveCapacity(vacancies.count)
        for v in vacancies { append(v) }
    }

    public var count: Int { ids.count }
    public var isEmpty: Bool { ids.isEmpty }

    public mutating func reserveCapacity(_ n: Int) {
        ids.reserveCapacity(n); workplaceIDs.reserveCapacity(n); kbji.reserveCapacity(n)
        demand.reserveCapacity(n * Self.width); minEducation.reserveCapacity(n); hoursPerWeek.reserveCapacity(n)
        nightShift.reserveCapacity(n); remote.reserveCapacity(n); wageMin.reserveCapacity(n); wageMax.reserveCapacity(n)
        safetyTasks.reserveCapacity(n)
    }

    public static func safetyBits(_ tasks: some Sequence<SafetyTask>) -> UInt8 {
        tasks.reduce(0) { bits, task in bits | 1 << UInt8(SafetyTask.allCases.firstIndex(of: task)!) }
    }

    /// Adds a vacancy with no demand listed (every dimension at its lowest level) and returns its
    /// position, for `setDemand`.
    @discardableResult
    public mutating func append(id: String, workplaceID: String, kbji: String, minEducation: EducationLevel, hoursPerWeek: Int,
                                nightShift: Bool, remote: RemoteOption, wageMin: Int?, wageMax: Int?, safetyTasks: UInt8) -> Int {
        ids.append(id); workplaceIDs.append(workplaceID); self.kbji.append(kbji)
        demand.append(contentsOf: repeatElement(0, count: Self.width))
        self.minEducation.append(minEducation); self.hoursPerWeek.append(hoursPerWeek); self.nightShift.append(nightShift)
        self.remote.append(remote); self.wageMin.append(wageMin); self.wageMax.append(wageMax); self.safetyTasks.append(safetyTasks)
        return ids.count - 1
    }

    public mutating func append(_ v: Vacancy) {
        let position = append(id: v.id, workplaceID: v.workplaceID, kbji: v.kbji, minEducation: v.minEducation,
                              hoursPerWeek: v.hoursPerWeek, nightShift: v.nightShift, remote: v.remote,
                              wageMin: v.wageMin, wageMax: v.wageMax, safetyTasks: Self.safetyBits(v.safetyTasks))
        for (dimension, level) in v.demands { setDemand(position, dimension.ordinal, level: level) }
    }

    /// The demand of the vacancy at `position` on the dimension with this ordinal.
    public mutating func setDemand(_ position: Int, _ ordinal: Int, level: Int) {
        demand[position * Self.width + ordinal] = Self.demandByte(ordinal, level: level)
    }

    /// A demand level as `demand` keeps it: the levels above the dimension's lowest, within 0...255.
    public static func demandByte(_ ordinal: Int, level: Int) -> UInt8 {
        UInt8(min(max(level - lowest[ordinal], 0), 255))
    }

    /// The whole demand of the vacancy at `position`, as `width` bytes in `demand`'s form.
    public mutating func setDemand(_ position: Int, bytes: some Collection<UInt8>) {
        precondition(bytes.count == Self.width, "a demand profile has one byte per dimension")
        demand.replaceSubrange(position * Self.width..<(position + 1) * Self.width, with: bytes)
    }

    /// The vacancies whose position `isIncluded` admits, in the same order.
    public func filter(_ isIncluded: (Int) throws -> Bool) rethrows -> VacancyProfiles {
        var kept = VacancyProfiles()
        for p in 0..<count where try isIncluded(p) {
            kept.append(id: ids[p], workplaceID: workplaceIDs[p], kbji: kbji[p], minEducation: minEducation[p],
                        hoursPerWeek: hoursPerWeek[p], nightShift: nightShift[p], remote: remote[p], wageMin: wageMin[p],
                        wageMax: wageMax[p], safetyTasks: safetyTasks[p])
            kept.demand.replaceSubrange((kept.count - 1) * Self.width..<kept.count * Self.width,
                                        with: demand[p * Self.width..<(p + 1) * Self.width])
        }
        return kept
    }

    /// The vacancy at `position` as a record holding what the matcher reads: the title, the
    /// dates, the openings and the status are not kept here and come back empty or as defaults.
    public func vacancy(at position: Int) -> Vacancy {
        var demands: [FunctionalDimension: Int] = [:]
        for (ordinal, dimension) in FunctionalDimension.allCases.enumerated() {
            let byte = demand[position * Self.width + ordinal]
            if byte > 0 { demands[dimension] = Int(byte) + Self.lowest[ordinal] }
        }
        return Vacancy(id: ids[position], workplaceID: workplaceIDs[position], title: "", kbji: kbji[position],
                       demands: demands, minEducation: minEducation[position], hoursPerWeek: hoursPerWeek[position],
                       nightShift: nightShift[position], remote: remote[position], wageMin: wageMin[position],
                       wageMax: wageMax[position],
                       safetyTasks: SafetyTask.allCases.enumerated().filter { safetyTasks[position] & 1 << UInt8($0.offset) != 0 }.map(\.element),
                       postedOn: Day(year: 2000, month: 1, day: 1)!)
    }
}
