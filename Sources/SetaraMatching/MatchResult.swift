import SetaraDomain

/// The verdict a placement specialist reads first.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    case suitable
    case suitableWithAccommodation = "suitable_with_accommodation"
    case excluded
}

/// How one over-demand, or one stated need, is closed.
public enum Bridging: Sendable, Hashable {
    /// By what the workplace already has: accommodation ids (gaps) or features (needs).
    case inPlace([String])
    /// By the job itself (remote work offered, part-time hours).
    case byTheJob
    /// By catalog accommodations the employer would still provide.
    case bridgeable([String])
    /// By nothing the catalog knows.
    case notBridgeable

    public var isOpen: Bool { if case .notBridgeable = self { return true } else { return false } }
}

/// Demand above capacity on one dimension (capacity with the seeker's usual aids).
public struct Gap: Sendable, Hashable {
    public var dimension: FunctionalDimension
    public var demand: Int
    public var capacity: Int
    public var capacityWithoutAids: Int
    public var bridging: Bridging

    public var size: Int { demand - capacity }
}

/// One of the seeker's stated needs, checked against the workplace and the job.
public struct NeedCheck: Sendable, Hashable {
    public var need: Need
    public var bridging: Bridging
}

/// What the employer would still have to provide, as the catalog estimates it.
public struct Price: Sendable, Hashable {
    public var accommodations: [String]
    public var rupiah: ClosedRange<Int>
    public var leadTimeDays: Int

    public static let none = Price(accommodations: [], rupiah: 0...0, leadTimeDays: 0)
}

/// Points of the score by part (documented with their weights in docs/matching.md).
public struct ScoreParts: Sendable, Hashable {
    public var functional: Int
    public var occupation: Int
    public var education: Int
    public var region: Int
    public var workingTime: Int
    public var wage: Int

    public var total: Int { functional + occupation + education + region + workingTime + wage }
}

public struct MatchResult: Sendable, Hashable {
    public var seekerID: String
    public var vacancyID: String
    /// 0 to 100; 0 when excluded.
    public var score: Int
    public var verdict: Verdict
    public var gaps: [Gap]
    public var needs: [NeedCheck]
    public var safetyConflicts: [SafetyTask]
    public var parts: ScoreParts
    public var price: Price
}
