/// One workplace accommodation from the catalog (`Accommodations/*.yaml`).
public struct Accommodation: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var kind: AccommodationKind
    public var function: WorkFunction
    /// The step of employment the entry serves: only `job` entries close a job's gaps.
    public var step: AccommodationStep
    /// True when the entry changes the job itself (restructuring, task swap, job carving,
    /// reassignment): a gap only such an entry closes is an employer conversation, not an order.
    public var jobChange: Bool
    /// Retired ids this entry stands for, so that workplaces stored with them still load.
    public var replaces: [String]
    public var bridges: [Bridge]
    public var meetsNeeds: [Need]
    public var costBand: CostBand
    public var leadTimeDays: Int
    public var legalBasis: [LegalBasis]

    public init(id: String, name: LocalizedText, description: LocalizedText, kind: AccommodationKind,
                function: WorkFunction, step: AccommodationStep = .job, jobChange: Bool = false, replaces: [String] = [],
                bridges: [Bridge], meetsNeeds: [Need], costBand: CostBand,
                leadTimeDays: Int, legalBasis: [LegalBasis]) {
        self.id = id
        self.name = name
        self.description = description
        self.kind = kind
        self.function = function
        self.step = step
        self.jobChange = jobChange
        self.replaces = replaces
        self.bridges = bridges
        self.meetsNeeds = meetsNeeds
        self.costBand = costBand
        self.leadTimeDays = leadTimeDays
        self.legalBasis = legalBasis
    }

    /// How many levels the accommodation bridges on the dimension in the given way, whatever the
    /// conditions; nil if it does not.
    public func bridge(_ dimension: FunctionalDimension, _ effect: BridgeEffect) -> Int? {
        bridges.first { $0.dimension == dimension && $0.effect == effect }?.by
    }

    /// How many levels it bridges for a job involving `tasks`, for a person whose capacity there is
    /// `capacity`: 0 when it does not apply.
    public func bridge(_ dimension: FunctionalDimension, _ effect: BridgeEffect, tasks: TaskSet, capacity: Int) -> Int {
        var best = 0
        for b in bridges where b.dimension == dimension && b.effect == effect && b.applies(tasks: tasks, capacity: capacity) {
            best = max(best, b.by)
        }
        return best
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, kind, function, step, replaces, bridges
        case jobChange = "job_change"
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
        step = try c.decode(AccommodationStep.self, forKey: .step)
        jobChange = try c.decodeIfPresent(Bool.self, forKey: .jobChange) ?? false
        replaces = try c.decodeIfPresent([String].self, forKey: .replaces) ?? []
        bridges = try c.decodeIfPresent([Bridge].self, forKey: .bridges) ?? []
        meetsNeeds = try c.decodeIfPresent([Need].self, forKey: .meetsNeeds) ?? []
        costBand = try c.decode(CostBand.self, forKey: .costBand)
        leadTimeDays = try c.decode(Int.self, forKey: .leadTimeDays)
        legalBasis = try c.decodeIfPresent([LegalBasis].self, forKey: .legalBasis) ?? []
    }
}

/// How an accommodation closes a gap on one dimension: by raising the person's effective
/// capacity (a screen reader) or lowering the job's effective demand (a lift table), by
/// `by` levels of that dimension's scale, and when it applies: only to jobs involving one of
/// `tasks` (any job when empty), and only for a person with at least `minCapacity` left on the
/// dimension (a perching stool helps someone who can stand a while, not someone who cannot stand).
public struct Bridge: Codable, Sendable, Hashable {
    public var dimension: FunctionalDimension
    public var effect: BridgeEffect
    public var by: Int
    public var tasks: [TaskKind]
    public var minCapacity: Int?

    public init(dimension: FunctionalDimension, effect: BridgeEffect, by: Int, tasks: [TaskKind] = [], minCapacity: Int? = nil) {
        self.dimension = dimension
        self.effect = effect
        self.by = by
        self.tasks = tasks
        self.minCapacity = minCapacity
    }

    /// Whether the bridge helps on a job involving `tasks`, for a person with `capacity` there.
    public func applies(tasks jobTasks: TaskSet, capacity: Int) -> Bool {
        (minCapacity.map { capacity >= $0 } ?? true) && (tasks.isEmpty || tasks.contains { jobTasks.contains($0) })
    }

    enum CodingKeys: String, CodingKey {
        case dimension, effect, by, tasks
        case minCapacity = "min_capacity"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dimension = try c.decode(FunctionalDimension.self, forKey: .dimension)
        effect = try c.decode(BridgeEffect.self, forKey: .effect)
        by = try c.decode(Int.self, forKey: .by)
        tasks = try c.decodeIfPresent([TaskKind].self, forKey: .tasks) ?? []
        minCapacity = try c.decodeIfPresent(Int.self, forKey: .minCapacity)
    }
}

/// The step of employment an accommodation serves.
public enum AccommodationStep: String, Codable, Sendable, CaseIterable {
    /// Applying, tests and interviews (Law 8/2016 Art. 47).
    case recruitment
    /// The work itself (Art. 48): the only step whose entries close a job's gaps.
    case job
    /// Evacuation and alarms: they meet needs (visual alerts), never a job's everyday demand.
    case emergency
    /// Getting to and from work, and parking: they meet commuting needs only.
    case commute
}

/// A kind of task a job involves, as far as it decides whether an accommodation helps: a screen
/// reader helps with screen work, not with looking at cloth or parts. Which jobs involve which is
/// data (`Accommodations/_tasks.yaml`, by KBJI group).
public enum TaskKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Work at a computer or phone screen.
    case screen
    /// Reading printed documents and forms.
    case print
    /// Typing and other keyboard and mouse work.
    case keyboard
    /// Conversation, meetings and instructions given by voice.
    case conversation
    /// Telephone calls.
    case telephone
    /// Looking at, sorting, assembling or handling objects, goods or materials.
    case objects
    /// Hand tools and machines.
    case tools
    /// Driving and operating vehicles or mobile plant.
    case vehicles
    /// Serving customers, patients or the public face to face.
    case publicService = "public_service"

    public var bit: UInt16 { 1 << UInt16(Self.allCases.firstIndex(of: self)!) }

    public static func < (lhs: TaskKind, rhs: TaskKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The kinds of task a job involves, as bits of `TaskKind`.
public struct TaskSet: Sendable, Hashable, Comparable {
    public var bits: UInt16
    public init(bits: UInt16) { self.bits = bits }
    public init(_ kinds: some Sequence<TaskKind>) { bits = kinds.reduce(0) { $0 | $1.bit } }
    public func contains(_ kind: TaskKind) -> Bool { bits & kind.bit != 0 }
    public var kinds: [TaskKind] { TaskKind.allCases.filter(contains) }
    public static let none = TaskSet(bits: 0)
    public static func < (lhs: TaskSet, rhs: TaskSet) -> Bool { lhs.bits < rhs.bits }
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
    /// JAN's "Off Site Access": work away from the employer's premises (field visits, clients' sites, home).
    case offSiteAccess = "off_site_access"
    /// JAN's "Operate Equipment/Vehicles".
    case operateEquipment = "operate_equipment"
    /// JAN's "Parking".
    case parking
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
