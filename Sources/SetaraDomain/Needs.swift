import Foundation

/// A seeker's stated accommodation need: checked against the workplace (features and provided
/// accommodations) rather than rated on a scale.
public enum Need: String, CaseIterable, Codable, Sendable, Comparable {
    case stepFreeAccess = "step_free_access"
    case accessibleToilet = "accessible_toilet"
    case accessibleParking = "accessible_parking"
    case accessibleTransport = "accessible_transport"
    case signLanguageInterpreter = "sign_language_interpreter"
    case captioning
    case hearingLoop = "hearing_loop"
    case visualAlerts = "visual_alerts"
    case screenReaderSystems = "screen_reader_systems"
    case screenMagnification = "screen_magnification"
    case accessibleDocuments = "accessible_documents"
    case orientationMobility = "orientation_mobility"
    case quietSpace = "quiet_space"
    case flexibleHours = "flexible_hours"
    case restBreaks = "rest_breaks"
    case partTime = "part_time"
    case remoteWork = "remote_work"
    case jobCoach = "job_coach"
    case writtenInstructions = "written_instructions"
    case easyRead = "easy_read"
    case ergonomicWorkstation = "ergonomic_workstation"
    case serviceAnimal = "service_animal"
    case supportiveSupervision = "supportive_supervision"
    case restArea = "rest_area"
    /// A way out in an emergency: an evacuation plan, a buddy, an evacuation chair.
    case evacuationSupport = "evacuation_support"

    /// Workplace features that meet the need on their own: any one of the listed sets, each
    /// set complete. Needs that no building feature meets (an interpreter) are met only by an
    /// accommodation the workplace provides, or one from the catalog.
    public var metByFeatures: [Set<Feature>] {
        switch self {
        case .stepFreeAccess: return [[.stepFreeEntrance, .elevator], [.stepFreeEntrance, .singleLevel]]
        case .accessibleToilet: return [[.accessibleToilet]]
        case .accessibleParking: return [[.accessibleParking]]
        case .accessibleTransport: return [[.nearPublicTransport], [.shuttleTransport]]
        case .hearingLoop: return [[.hearingLoopInstalled]]
        case .visualAlerts: return [[.visualAlarms]]
        case .screenReaderSystems: return [[.screenReaderCompatibleSystems]]
        case .orientationMobility: return [[.tactilePaving, .brailleSignage]]
        case .quietSpace: return [[.quietRoom]]
        case .restArea: return [[.restArea]]
        case .ergonomicWorkstation: return [[.heightAdjustableDesks]]
        case .serviceAnimal: return [[.serviceAnimalsWelcome]]
        default: return []
        }
    }

    /// Whether an accommodation of the step may meet the need for the job: commuting needs are
    /// met by commute entries only; every other need by entries for the work itself or for
    /// emergencies (visual alerts). Recruitment entries never meet a need for the job: they are
    /// offered for the interview, apart.
    public func isMet(atStep step: AccommodationStep) -> Bool {
        switch self {
        case .accessibleTransport, .accessibleParking: return step == .commute
        default: return step == .job || step == .emergency
        }
    }

    public static func < (lhs: Need, rhs: Need) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// By id or by name in either language ("juru bahasa isyarat").
    public static func parse(_ text: String) -> Need? {
        Choice.parse(text, as: Need.self)
    }
}

/// A workplace's accessibility feature: part of the building or its systems.
public enum Feature: String, CaseIterable, Codable, Sendable, Comparable {
    case stepFreeEntrance = "step_free_entrance"
    case elevator
    case singleLevel = "single_level"
    case wideDoorways = "wide_doorways"
    case accessibleToilet = "accessible_toilet"
    case accessibleParking = "accessible_parking"
    case nearPublicTransport = "near_public_transport"
    case shuttleTransport = "shuttle_transport"
    case tactilePaving = "tactile_paving"
    case brailleSignage = "braille_signage"
    case visualAlarms = "visual_alarms"
    case hearingLoopInstalled = "hearing_loop_installed"
    case quietRoom = "quiet_room"
    case restArea = "rest_area"
    case heightAdjustableDesks = "height_adjustable_desks"
    case screenReaderCompatibleSystems = "screen_reader_compatible_systems"
    case goodLighting = "good_lighting"
    case accessibleCanteen = "accessible_canteen"
    case serviceAnimalsWelcome = "service_animals_welcome"

    public static func < (lhs: Feature, rhs: Feature) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// By id or by name in either language ("pintu masuk tanpa tangga").
    public static func parse(_ text: String) -> Feature? {
        Choice.parse(text, as: Feature.self)
    }
}

/// Tasks that are safety-critical (brief, dimension 25): a vacancy may involve them, and a
/// seeker's assessment may rule them out.
public enum SafetyTask: String, CaseIterable, Codable, Sendable, Comparable {
    case driving
    case hazardousMachinery = "hazardous_machinery"
    case workAtHeights = "work_at_heights"

    public static func < (lhs: SafetyTask, rhs: SafetyTask) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
