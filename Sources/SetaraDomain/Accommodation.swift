/// One workplace accommodation from the catalog (`Accommodations/*.yaml`).
public struct Accommodation: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var kind: AccommodationKind
    public var function: WorkFunction
    public var bridges: [Bridge]
    public var meetsNeeds: [Need]
    public var costBand: CostBand
    public var leadTimeDays: Int
    public var legalBasis: [LegalBasis]

    public init(id: String, name: LocalizedText, description: LocalizedText, kind: AccommodationKind,
                function: WorkFunction, bridges: [Bridge], meetsNeeds: [Need], costBand: CostBand,
                leadTimeDays: Int, legalBasis: [LegalBasis]) {
        self.id = id
        self.name = name
        self.description = description
        self.kind = kind
        self.function = function
        self.bridges = bridges
        self.meetsNeeds = meetsNeeds
        self.costBand = costBand
        self.leadTimeDays = leadTimeDays
        self.legalBasis = legalBasis
    }

    /// How many levels the accommodation bridges on the dimension in the given way; nil if it does not.
    public func bridge(_ dimension: FunctionalDimension, _ effect: BridgeEffect) -> Int? {
        bridges.first { $0.dimension == dimension && $0.effect == effect }?.by
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, kind, function, bridges
        case meetsNeeds = "meets_needs"
        case costBand = "cost_band"
        case leadTimeDays = "lead_time_days"
        case legalBasis = "legal_basis"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(LocalizedText.self, forKey: .name)
        description = try c.decode(LocalizedText.self, forKey: .description)
        kind = try c.decode(AccommodationKind.self, forKey: .kind)
        function = try c.decode(WorkFunction.self, forKey: .function)
        bridges = try c.decodeIfPresent([Bridge].self, forKey: .bridges) ?? []
        meetsNeeds = try c.decodeIfPresent([Need].self, forKey: .meetsNeeds) ?? []
        costBand = try c.decode(CostBand.self, forKey: .costBand)
        leadTimeDays = try c.decode(Int.self, forKey: .leadTimeDays)
        legalBasis = try c.decodeIfPresent([LegalBasis].self, forKey: .legalBasis) ?? []
    }
}

/// How an accommodation closes a gap on one dimension: by raising the person's effective
/// capacity (a screen reader) or lowering the job's effective demand (a lift table), by
/// `by` levels of that dimension's scale.
public struct Bridge: Codable, Sendable, Hashable {
    public var dimension: FunctionalDimension
    public var effect: BridgeEffect
    public var by: Int

    public init(dimension: FunctionalDimension, effect: BridgeEffect, by: Int) {
        self.dimension = dimension
        self.effect = effect
        self.by = by
    }
}

public enum BridgeEffect: String, Codable, Sendable, CaseIterable {
    case raisesCapacity = "raises_capacity"
    case lowersDemand = "lowers_demand"
}

public enum AccommodationKind: String, Codable, Sendable, CaseIterable {
    case product, service, strategy, policy
}

/// Work-related function, after the Job Accommodation Network's grouping.
public enum WorkFunction: String, Codable, Sendable, CaseIterable {
    case accessInformation = "access_information"
    case communicate
    case commute
    case manipulateItems = "manipulate_items"
    case moveItems = "move_items"
    case noise
    case light
    case temperature
    case airQuality = "air_quality"
    case stress
    case useCognitiveFunction = "use_cognitive_function"
    case workSiteAccess = "work_site_access"
    case workStationAccess = "work_station_access"
    case workScheduling = "work_scheduling"
    case policies
    case supervisionSupport = "supervision_support"
    case safety
}

/// Cost band in rupiah, one-off or for the first year.
public enum CostBand: String, Codable, Sendable, CaseIterable, Comparable {
    case none
    case under1m = "under_1m"
    case from1mTo5m = "1m_5m"
    case from5mTo25m = "5m_25m"
    case over25m = "over_25m"

    /// Lower and upper bound in rupiah (the highest band's upper bound is nominal).
    public var rupiah: ClosedRange<Int> {
        switch self {
        case .none: return 0...0
        case .under1m: return 1...1_000_000
        case .from1mTo5m: return 1_000_000...5_000_000
        case .from5mTo25m: return 5_000_000...25_000_000
        case .over25m: return 25_000_000...100_000_000
        }
    }

    public static func < (lhs: CostBand, rhs: CostBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Legal basis in Law 8/2016 on Persons with Disabilities.
public enum LegalBasis: String, Codable, Sendable, CaseIterable {
    /// Art. 47: reasonable accommodation in recruitment.
    case law8of2016Art47 = "law_8_2016_art_47"
    /// Art. 48: reasonable accommodation in placement and work.
    case law8of2016Art48 = "law_8_2016_art_48"
}
