import Foundation

/// The Washington Group Short Set on Functioning: six questions about difficulty (seeing,
/// hearing, walking, remembering, self-care, communicating), each answered on four steps. Here
/// is how an answer becomes a self-reported capacity on Setara's functional dimensions; the voice
/// terminal (which speaks the questions from Voices/) and the command line's guided questions
/// (which print `question(_:)`) both use it, so that the same answer gives the same profile.
public enum WashingtonGroup {
    public enum Domain: String, CaseIterable, Sendable, Codable {
        case seeing, hearing, walking, remembering
        case selfCare = "self_care"
        case communicating

        /// The dimensions the answer rates.
        public var dimensions: [FunctionalDimension] {
            switch self {
            case .seeing: return [.nearVision, .farVision]
            case .hearing: return [.hearing]
            case .walking: return [.standingWalking, .climbingBalancing]
            case .remembering: return [.memoryLearning, .sustainedAttention]
            case .selfCare: return [.reaching, .handling]
            case .communicating: return [.speaking]
            }
        }

        /// The question as the Washington Group words it, for a person reading it.
        public func question(_ language: Language) -> String {
            let (id, en): (String, String) = switch self {
            case .seeing: ("Apakah kesulitan melihat, walaupun memakai kacamata?", "Difficulty seeing, even if wearing glasses?")
            case .hearing: ("Apakah kesulitan mendengar, walaupun memakai alat bantu dengar?", "Difficulty hearing, even if using a hearing aid?")
            case .walking: ("Apakah kesulitan berjalan atau naik tangga?", "Difficulty walking or climbing steps?")
            case .remembering: ("Apakah kesulitan mengingat atau berkonsentrasi?", "Difficulty remembering or concentrating?")
            case .selfCare: ("Apakah kesulitan mengurus diri sendiri, seperti mandi atau berpakaian?",
                             "Difficulty with self-care, such as washing all over or dressing?")
            case .communicating: ("Apakah kesulitan berkomunikasi dalam bahasa sehari-hari, misalnya memahami atau dipahami orang lain?",
                                  "Using their usual language, difficulty communicating, for example understanding or being understood?")
            }
            return language == .id ? id : en
        }
    }

    /// The four answers, "1" no difficulty ... "4" cannot do at all (the ids are the numbers the
    /// Washington Group gives them, so that a person may type the number or the words).
    public enum Difficulty: String, CaseIterable, Sendable, Codable {
        case none = "1", some = "2", aLot = "3", cannot = "4"

        public var number: Int { Int(rawValue) ?? 1 }
    }

    /// An answer (1–4) as a level on a dimension's scale: no difficulty is the top of the scale,
    /// cannot do at all the bottom.
    public static func level(difficulty: Int, on dimension: FunctionalDimension) -> Int {
        let scale = dimension.scale
        let width = Double(scale.upperBound - scale.lowerBound)
        return scale.lowerBound + Int((width * Double(4 - difficulty) / 3).rounded())
    }

    /// The rating an answer gives a dimension, or nil when the dimension already has a rating from
    /// an assessment by a specialist, which an answer never replaces. The questions ask about
    /// difficulty even with glasses or hearing aids: the answer is the capacity with aids; without
    /// aids it is no higher.
    public static func rating(difficulty: Int, on dimension: FunctionalDimension, existing: CapacityRating?, day: Day) -> CapacityRating? {
        if let existing, existing.source != .selfReport && existing.source != .washingtonGroup { return nil }
        let withAids = level(difficulty: difficulty, on: dimension)
        let withoutAids = min(existing?.withoutAids ?? withAids, withAids)
        return CapacityRating(withoutAids: withoutAids, withAids: withAids, source: .washingtonGroup, assessedOn: day)
    }

    /// A profile with the answers applied.
    public static func apply(_ answers: [Domain: Int], to profile: [FunctionalDimension: CapacityRating],
                             on day: Day) -> [FunctionalDimension: CapacityRating] {
        var profile = profile
        for (domain, difficulty) in answers {
            for dimension in domain.dimensions {
                if let rating = rating(difficulty: difficulty, on: dimension, existing: profile[dimension], day: day) {
                    profile[dimension] = rating
                }
            }
        }
        return profile
    }
}

extension WashingtonGroup.Domain: Labelled {
    /// A few words for the domain ("Melihat"), for summaries.
    public func label(_ language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .seeing: ("melihat", "seeing")
        case .hearing: ("mendengar", "hearing")
        case .walking: ("berjalan atau naik tangga", "walking or climbing steps")
        case .remembering: ("mengingat atau berkonsentrasi", "remembering or concentrating")
        case .selfCare: ("mengurus diri sendiri", "self-care")
        case .communicating: ("berkomunikasi", "communicating")
        }
        return language == .id ? id : en
    }
}

extension WashingtonGroup.Difficulty: Labelled {
    public func label(_ language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .none: ("tidak kesulitan", "no difficulty")
        case .some: ("sedikit kesulitan", "some difficulty")
        case .aLot: ("banyak kesulitan", "a lot of difficulty")
        case .cannot: ("tidak bisa sama sekali", "cannot do at all")
        }
        return language == .id ? id : en
    }

    public var aliases: [String] {
        switch self {
        case .none: return ["tidak", "tidak ada", "no", "none"]
        case .some: return ["sedikit", "some"]
        case .aLot: return ["banyak", "a lot"]
        case .cannot: return ["tidak bisa", "cannot"]
        }
    }
}
