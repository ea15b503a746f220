import SetaraDomain

/// The verdict a placement specialist reads first. The raw values are the names in JSON and CSV
/// output and stay as they are (docs/matching.md).
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Nothing is left for the employer to provide (what is already in place is still listed).
    case suitable
    /// The employer must still provide accommodations, named with cost band and lead time.
    case suitableWithAccommodation = "suitable_with_accommodation"
    /// Only a change to the job (restructuring, task swap, job carving, reassignment) closes a
    /// gap: a conversation with the employer, not an order.
    case possibleWithJobChange = "possible_with_job_change"
    /// A gap or need nothing closes, a safety task the seeker must not do, or a closed vacancy.
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
    /// Only by changing the job (catalog entries marked `job_change`), perhaps with an accommodation.
    case jobChange([String])
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
    /// Recruitment-step accommodations for the seeker's needs, offered for the interview apart
    /// from the job (never in `price`): in place when the workplace lists it.
    public var interview: [NeedCheck]
    /// The vacancy is closed or past its closing date: excluded whatever else fits.
    public var closed: Bool

    public init(seekerID: String, vacancyID: String, score: Int, verdict: Verdict, gaps: [Gap], needs: [NeedCheck],
                safetyConflicts: [SafetyTask], parts: ScoreParts, price: Price, interview: [NeedCheck] = [], closed: Bool = false) {
        self.seekerID = seekerID; self.vacancyID = vacancyID; self.score = score; self.verdict = verdict
        self.gaps = gaps; self.needs = needs; self.safetyConflicts = safetyConflicts; self.parts = parts
        self.price = price; self.interview = interview; self.closed = closed
    }
}
