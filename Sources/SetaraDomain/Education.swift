/// Highest completed education, in Indonesian levels (SD primary ... S3 doctorate).
public enum EducationLevel: String, CaseIterable, Codable, Sendable, Comparable {
    case none
    case sd, smp, sma, smk, d1, d2, d3, d4, s1, s2, s3

    /// Rank for comparison: SMA and SMK (both upper secondary) share one rank, as do D4 and S1.
    public var rank: Int {
        switch self {
        case .none: return 0
        case .sd: return 1
        case .smp: return 2
        case .sma, .smk: return 3
        case .d1: return 4
        case .d2: return 5
        case .d3: return 6
        case .d4, .s1: return 7
        case .s2: return 8
        case .s3: return 9
        }
    }

    public static func < (lhs: EducationLevel, rhs: EducationLevel) -> Bool { lhs.rank < rhs.rank }
}
