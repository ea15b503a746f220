import Foundation
import SetaraDomain

/// The questions of "update my profile": the Washington Group short set (difficulty seeing,
/// hearing, walking, remembering, self-care, communicating), then the seeker's accommodation
/// needs as yes/no questions. The answers become self-reported ratings; they never replace a
/// rating that came from an assessment by a specialist.
enum ProfileQuestions {
    /// A Washington Group domain as spoken: its question and its few words. The dimensions its
    /// answer rates, and how, are `WashingtonGroup`'s, which the command line's questions share.
    struct Domain: Sendable {
        var prompt: Prompt
        /// A few words for the summary ("Seeing"), so that it does not read the question again.
        var label: Prompt
        var domain: WashingtonGroup.Domain
        var dimensions: [FunctionalDimension] { domain.dimensions }
    }

    static let domains: [Domain] = [
        Domain(prompt: .wgSeeing, label: .wgShortSeeing, domain: .seeing),
        Domain(prompt: .wgHearing, label: .wgShortHearing, domain: .hearing),
        Domain(prompt: .wgWalking, label: .wgShortWalking, domain: .walking),
        Domain(prompt: .wgRemembering, label: .wgShortRemembering, domain: .remembering),
        Domain(prompt: .wgSelfCare, label: .wgShortSelfCare, domain: .selfCare),
        Domain(prompt: .wgCommunicating, label: .wgShortCommunicating, domain: .communicating),
    ]

    /// Every need, most common first, so that each can be set by voice (issue 12, 7); the seeker
    /// may end the list early, and the needs not asked about stay as they are recorded.
    static let needs: [Need] = {
        let first: [Need] = [
            .stepFreeAccess, .screenReaderSystems, .signLanguageInterpreter, .flexibleHours,
            .quietSpace, .accessibleToilet, .writtenInstructions, .restBreaks, .accessibleDocuments,
            .orientationMobility, .screenMagnification, .accessibleParking, .accessibleTransport,
        ]
        return first + Need.allCases.filter { !first.contains($0) }
    }()

    /// The text that names a need in the questions and the summary.
    static func prompt(_ need: Need) -> Prompt {
        guard let prompt = Prompt(rawValue: "need_" + need.rawValue) else {
            preconditionFailure("every need has a prompt; a test checks it")
        }
        return prompt
    }

    static var count: Int { domains.count + needs.count }

    /// The answers given so far; saved as a draft when a session times out.
    struct Answers: Codable, Sendable, Equatable {
        /// Washington Group answers by domain index: 1 no difficulty ... 4 cannot do at all.
        var difficulty: [Int: Int] = [:]
        /// Needs by their id: true when needed.
        var needs: [String: Bool] = [:]
        /// The next question to ask.
        var position = 0
    }

    /// A WG answer (1–4) as a level on a dimension's scale: no difficulty is the top of the
    /// scale, cannot do at all the bottom.
    static func level(difficulty: Int, on dimension: FunctionalDimension) -> Int {
        WashingtonGroup.level(difficulty: difficulty, on: dimension)
    }

    /// The seeker's profile and needs with the answers applied.
    static func apply(_ answers: Answers, to seeker: Seeker, on day: Day) -> (profile: [FunctionalDimension: CapacityRating], needs: [Need]) {
        let byDomain = Dictionary(answers.difficulty.map { (domains[$0.key].domain, $0.value) }) { first, _ in first }
        let profile = WashingtonGroup.apply(byDomain, to: seeker.profile, on: day)
        var needs = seeker.needs
        for need in Self.needs {
            guard let needed = answers.needs[need.rawValue] else { continue }
            if needed && !needs.contains(need) { needs.append(need) }
            if !needed { needs.removeAll { $0 == need } }
        }
        return (profile, needs)
    }
}
