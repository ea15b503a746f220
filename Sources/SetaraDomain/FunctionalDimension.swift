import Foundation

/// One functional dimension on which a job's demand and a person's capacity are rated on the
/// same scale (see docs/domain.md and the brief's matching model). Raw values are the ids used in
/// files, the database and the catalog.
public enum FunctionalDimension: String, CaseIterable, Codable, Sendable, Comparable {
    case lifting
    case sitting
    case standingWalking = "standing_walking"
    case climbingBalancing = "climbing_balancing"
    case stoopingKneeling = "stooping_kneeling"
    case reaching
    case handling
    case fineManipulation = "fine_manipulation"
    case footControls = "foot_controls"
    case nearVision = "near_vision"
    case farVision = "far_vision"
    case hearing
    case speaking
    case literacy
    case sustainedAttention = "sustained_attention"
    case memoryLearning = "memory_learning"
    case planning
    case pace
    case stressChange = "stress_change"
    case publicContact = "public_contact"
    case autonomy
    case noise
    case temperature
    case dustChemicals = "dust_chemicals"
    case light
    case vibration
    case heights
    /// Getting about the workplace by any means (on foot, with a cane, in a wheelchair), apart from
    /// standing and walking: a wheelchair user at a step-free workplace moves about freely without
    /// walking at all. Added after the others, so that stored demand profiles keep their bytes.
    case mobility

    /// The scale: the lowest and highest level. Demand and capacity share it; a higher
    /// level means more demanded by the job, or more the person can do or tolerate.
    public var scale: ClosedRange<Int> {
        switch self {
        case .lifting, .pace, .publicContact, .noise, .temperature, .dustChemicals, .light, .vibration, .heights:
            return 0...4
        case .literacy, .planning, .stressChange, .autonomy:
            return 1...5
        default:
            return 0...3
        }
    }

    /// The group the dimension belongs to, for display and the catalog's coverage checks.
    public var group: DimensionGroup {
        switch self {
        case .lifting, .sitting, .standingWalking, .climbingBalancing, .stoopingKneeling, .mobility: return .physical
        case .reaching, .handling, .fineManipulation, .footControls: return .manipulation
        case .nearVision, .farVision, .hearing, .speaking: return .sensoryCommunication
        case .literacy, .sustainedAttention, .memoryLearning, .planning: return .cognitive
        case .pace, .stressChange, .publicContact, .autonomy: return .workOrganisation
        case .noise, .temperature, .dustChemicals, .light, .vibration, .heights: return .environment
        }
    }

    /// Position in `allCases`, without hashing: compact profiles index arrays with it.
    public var ordinal: Int {
        switch self {
        case .lifting: return 0
        case .sitting: return 1
        case .standingWalking: return 2
        case .climbingBalancing: return 3
        case .stoopingKneeling: return 4
        case .reaching: return 5
        case .handling: return 6
        case .fineManipulation: return 7
        case .footControls: return 8
        case .nearVision: return 9
        case .farVision: return 10
        case .hearing: return 11
        case .speaking: return 12
        case .literacy: return 13
        case .sustainedAttention: return 14
        case .memoryLearning: return 15
        case .planning: return 16
        case .pace: return 17
        case .stressChange: return 18
        case .publicContact: return 19
        case .autonomy: return 20
        case .noise: return 21
        case .temperature: return 22
        case .dustChemicals: return 23
        case .light: return 24
        case .vibration: return 25
        case .heights: return 26
        case .mobility: return 27
        }
    }

    public static func < (lhs: FunctionalDimension, rhs: FunctionalDimension) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Hashes the position rather than the raw text: profiles are dictionaries keyed by dimension,
    /// built by the hundred thousand when the matching index loads.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }

    /// Lookup by file id, tolerant of case and of '-' for '_', or by name in either language ("pendengaran").
    public static func parse(_ text: String) -> FunctionalDimension? {
        Choice.parse(text, as: FunctionalDimension.self)
    }
}

public enum DimensionGroup: String, CaseIterable, Codable, Sendable {
    case physical, manipulation
    case sensoryCommunication = "sensory_communication"
    case cognitive
    case workOrganisation = "work_organisation"
    case environment
}

/// Where a rating came from (the brief asks to record source and date of every rating).
public enum RatingSource: String, CaseIterable, Codable, Sendable {
    case selfReport = "self_report"
    case specialistObservation = "specialist_observation"
    case functionalAssessment = "functional_assessment"
    case medicalAssessment = "medical_assessment"
    case washingtonGroup = "washington_group"
}

extension FunctionalDimension: CodingKeyRepresentable {}
