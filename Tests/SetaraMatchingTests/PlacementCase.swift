import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraMatching

/// One case of `placement-cases.yaml`: a seeker, a workplace and a vacancy as a placement
/// specialist describes them, the verdict the specialist gives and what the result must name.
struct PlacementCase: Decodable {
    var name: String
    /// The functional group the case stands for (physical, blind, low_vision, deaf, ...).
    var group: String
    var seeker: SeekerPart
    var workplace: WorkplacePart
    var vacancy: VacancyPart
    var expect: Expectation

    struct SeekerPart: Decodable {
        /// Capacity per dimension: one level, or [without aids, with aids].
        var profile: [String: Levels] = [:]
        var needs: [Need] = []
        var restrictions: [SafetyTask] = []
        var preferred: [String] = []
        var education: EducationLevel = .sma

        enum CodingKeys: String, CodingKey { case profile, needs, restrictions, preferred, education }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            profile = try c.decodeIfPresent([String: Levels].self, forKey: .profile) ?? [:]
            needs = try c.decodeIfPresent([Need].self, forKey: .needs) ?? []
            restrictions = try c.decodeIfPresent([SafetyTask].self, forKey: .restrictions) ?? []
            preferred = try c.decodeIfPresent([String].self, forKey: .preferred) ?? []
            education = try c.decodeIfPresent(EducationLevel.self, forKey: .education) ?? .sma
        }
    }

    struct Levels: Decodable {
        var without: Int
        var with: Int
        init(from decoder: any Decoder) throws {
            if let one = try? decoder.singleValueContainer().decode(Int.self) {
                without = one; with = one
            } else {
                var list = try decoder.unkeyedContainer()
                without = try list.decode(Int.self)
                with = try list.decode(Int.self)
            }
        }
    }

    struct WorkplacePart: Decodable {
        var features: [Feature] = []
        var accommodations: [String] = []
        enum CodingKeys: String, CodingKey { case features, accommodations }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            features = try c.decodeIfPresent([Feature].self, forKey: .features) ?? []
            accommodations = try c.decodeIfPresent([String].self, forKey: .accommodations) ?? []
        }
    }

    struct VacancyPart: Decodable {
        var title: String
        var kbji: String
        var demands: [String: Int] = [:]
        var safety: [SafetyTask] = []
        var remote: RemoteOption = .none
        var hours: Int = 40
        var status: VacancyStatus = .open
        var closesOn: String?

        enum CodingKeys: String, CodingKey { case title, kbji, demands, safety, remote, hours, status, closesOn = "closes_on" }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = try c.decode(String.self, forKey: .title)
            kbji = try c.decode(String.self, forKey: .kbji)
            demands = try c.decodeIfPresent([String: Int].self, forKey: .demands) ?? [:]
            safety = try c.decodeIfPresent([SafetyTask].self, forKey: .safety) ?? []
            remote = try c.decodeIfPresent(RemoteOption.self, forKey: .remote) ?? .none
            hours = try c.decodeIfPresent(Int.self, forKey: .hours) ?? 40
            status = try c.decodeIfPresent(VacancyStatus.self, forKey: .status) ?? .open
            closesOn = try c.decodeIfPresent(String.self, forKey: .closesOn)
        }
    }

    struct Expectation: Decodable {
        var verdict: Verdict
        /// How each listed gap is closed: in_place, bridgeable, job_change, not_bridgeable.
        var gaps: [String: String] = [:]
        /// How each listed need is met: in_place, by_the_job, bridgeable, not_bridgeable.
        var needs: [String: String] = [:]
        /// Catalog ids or features the result must name (in its gaps, needs, price or interview).
        var names: [String] = []
        /// Catalog ids the result must not name.
        var notNames: [String] = []
        /// Ids offered for the interview.
        var interview: [String] = []
        var safety: [SafetyTask] = []

        enum CodingKeys: String, CodingKey { case verdict, gaps, needs, names, notNames = "not_names", interview, safety }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            verdict = try c.decode(Verdict.self, forKey: .verdict)
            gaps = try c.decodeIfPresent([String: String].self, forKey: .gaps) ?? [:]
            needs = try c.decodeIfPresent([String: String].self, forKey: .needs) ?? [:]
            names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
            notNames = try c.decodeIfPresent([String].self, forKey: .notNames) ?? []
            interview = try c.decodeIfPresent([String].self, forKey: .interview) ?? []
            safety = try c.decodeIfPresent([SafetyTask].self, forKey: .safety) ?? []
        }
    }

    struct File: Decodable { var cases: [PlacementCase] }

    /// The records the case describes. The vacancy closes relative to `day`, the day matching runs.
    func records() throws -> (Seeker, Workplace, Vacancy) {
        var profile: [FunctionalDimension: CapacityRating] = [:]
        for (key, levels) in seeker.profile {
            guard let dimension = FunctionalDimension.parse(key) else { throw CaseError(name: name, problem: "unknown dimension \(key)") }
            profile[dimension] = CapacityRating(withoutAids: levels.without, withAids: levels.with, source: .functionalAssessment, assessedOn: day)
        }
        var demands: [FunctionalDimension: Int] = [:]
        for (key, level) in vacancy.demands {
            guard let dimension = FunctionalDimension.parse(key) else { throw CaseError(name: name, problem: "unknown dimension \(key)") }
            demands[dimension] = level
        }
        let s = Seeker(id: "S000001", nik: "3471014508950002", name: name, regencyCode: "3471", education: seeker.education,
                       preferredOccupations: seeker.preferred, profile: profile, needs: seeker.needs,
                       safetyRestrictions: seeker.restrictions, registeredOn: day)
        let w = Workplace(id: "W00001", employerID: "E00001", name: "Workplace", regencyCode: "3471",
                          features: workplace.features, accommodations: workplace.accommodations)
        let v = Vacancy(id: "V000001", workplaceID: "W00001", title: vacancy.title, kbji: vacancy.kbji, demands: demands,
                        minEducation: .sma, hoursPerWeek: vacancy.hours, remote: vacancy.remote, safetyTasks: vacancy.safety,
                        postedOn: day, closesOn: vacancy.closesOn.flatMap(Day.init(parsing:)), status: vacancy.status)
        return (s, w, v)
    }

    /// How a bridging is named in the case file.
    static func name(_ bridging: Bridging) -> String {
        switch bridging {
        case .inPlace: "in_place"
        case .byTheJob: "by_the_job"
        case .bridgeable: "bridgeable"
        case .jobChange: "job_change"
        case .notBridgeable: "not_bridgeable"
        }
    }

    static func ids(_ bridging: Bridging) -> [String] {
        switch bridging {
        case .inPlace(let ids), .bridgeable(let ids), .jobChange(let ids): ids
        case .byTheJob, .notBridgeable: []
        }
    }

    /// Every difference between what the case expects and the result; empty when it holds.
    func differences(_ r: MatchResult) -> [String] {
        var found: [String] = []
        if r.verdict != expect.verdict { found.append("verdict \(r.verdict.rawValue), expected \(expect.verdict.rawValue)") }
        for (key, how) in expect.gaps.sorted(by: { $0.key < $1.key }) {
            let got = r.gaps.first { $0.dimension.rawValue == key }.map { Self.name($0.bridging) } ?? "no gap"
            if got != how { found.append("gap \(key): \(got), expected \(how)") }
        }
        for (key, how) in expect.needs.sorted(by: { $0.key < $1.key }) {
            let got = r.needs.first { $0.need.rawValue == key }.map { Self.name($0.bridging) } ?? "not checked"
            if got != how { found.append("need \(key): \(got), expected \(how)") }
        }
        let named = Set(r.gaps.flatMap { Self.ids($0.bridging) } + r.needs.flatMap { Self.ids($0.bridging) }
                        + r.price.accommodations + r.interview.flatMap { Self.ids($0.bridging) })
        for id in expect.names where !named.contains(id) { found.append("does not name \(id)") }
        for id in expect.notNames where named.contains(id) { found.append("names \(id)") }
        let interview = Set(r.interview.flatMap { Self.ids($0.bridging) })
        for id in expect.interview where !interview.contains(id) { found.append("interview lacks \(id)") }
        if r.safetyConflicts != expect.safety.sorted() { found.append("safety \(r.safetyConflicts.map(\.rawValue)), expected \(expect.safety.map(\.rawValue))") }
        return found
    }
}

struct CaseError: Error, CustomStringConvertible {
    var name: String
    var problem: String
    var description: String { "\(name): \(problem)" }
}
