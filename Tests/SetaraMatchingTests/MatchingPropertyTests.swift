import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraMatching
import Testing

let catalog: Catalog = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Accommodations")
    return try! CatalogLoader.load(folder: folder)
}()
let matcher = Matcher(catalog: catalog)
let day = Day(year: 2026, month: 11, day: 1)!

/// Generates seekers, vacancies and workplaces from a seed, covering every dimension, need and feature.
struct CaseGenerator {
    var state: UInt64
    /// KBJI codes of every kind of task context, and one no prefix of the task map matches.
    static let codes = ["4132", "9333", "5223", "7531", "2166", "4222", "8322", "3112", "5321", "0110"]

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func seeker() -> Seeker {
        var profile: [FunctionalDimension: CapacityRating] = [:]
        for dimension in FunctionalDimension.allCases where next(4) == 0 {
            let without = dimension.scale.lowerBound + next(dimension.scale.count)
            profile[dimension] = CapacityRating(withoutAids: without, withAids: min(dimension.scale.upperBound, without + next(2)))
        }
        let needs = Need.allCases.filter { _ in next(8) == 0 }
        return Seeker(id: "S\(next(1_000_000))", nik: "3471014508950002", name: "Test", regencyCode: ["3471", "3404", "3273"][next(3)],
                      education: EducationLevel.allCases[next(EducationLevel.allCases.count)],
                      preferredOccupations: next(2) == 0 ? [] : [Self.codes[next(Self.codes.count)]],
                      maxHoursPerWeek: next(3) == 0 ? 25 : nil, nightShiftOK: next(2) == 0, wantsRemote: next(4) == 0,
                      wageExpectation: 2_000_000 + next(40) * 100_000, profile: profile, needs: needs,
                      safetyRestrictions: SafetyTask.allCases.filter { _ in next(6) == 0 }, registeredOn: day)
    }

    mutating func workplace() -> Workplace {
        Workplace(id: "W\(next(100_000))", employerID: "E00001", name: "Test", regencyCode: ["3471", "3404", "3273"][next(3)],
                  features: Feature.allCases.filter { _ in next(3) == 0 },
                  accommodations: catalog.accommodations.map(\.id).filter { _ in next(25) == 0 })
    }

    mutating func vacancy(at workplace: Workplace) -> Vacancy {
        var demands: [FunctionalDimension: Int] = [:]
        for dimension in FunctionalDimension.allCases where next(2) == 0 {
            demands[dimension] = dimension.scale.lowerBound + next(dimension.scale.count)
        }
        return Vacancy(id: "V\(next(1_000_000))", workplaceID: workplace.id, title: "Test", kbji: Self.codes[next(Self.codes.count)],
                       demands: demands, minEducation: EducationLevel.allCases[next(EducationLevel.allCases.count)],
                       hoursPerWeek: [20, 40, 48][next(3)], nightShift: next(3) == 0, remote: RemoteOption.allCases[next(3)],
                       wageMin: 3_000_000, wageMax: 3_000_000 + next(30) * 100_000,
                       safetyTasks: SafetyTask.allCases.filter { _ in next(5) == 0 }, postedOn: day)
    }
}

@Suite("What a specialist must be able to trust, on generated cases")
struct MatchingPropertyTests {
    @Test("Adding an accommodation to a workplace never lowers a match", arguments: 0..<20)
    func addingAccommodationNeverLowers(seed: Int) {
        var g = CaseGenerator(state: UInt64(seed) + 1)
        for _ in 0..<100 {
            let seeker = g.seeker()
            var workplace = g.workplace()
            let vacancy = g.vacancy(at: workplace)
            let before = matcher.match(seeker, vacancy, at: workplace)
            let added = catalog.accommodations[g.next(catalog.accommodations.count)].id
            if !workplace.accommodations.contains(added) { workplace.accommodations.append(added) }
            let after = matcher.match(seeker, vacancy, at: workplace)
            #expect(after.score >= before.score, "adding \(added): \(before.score) then \(after.score)")
            #expect(!(before.verdict != .excluded && after.verdict == .excluded))
            #expect(!(before.verdict == .suitable && after.verdict != .suitable))
        }
    }

    @Test("Raising a capacity never lowers a match", arguments: 0..<20)
    func raisingCapacityNeverLowers(seed: Int) {
        var g = CaseGenerator(state: UInt64(seed) + 101)
        for _ in 0..<100 {
            var seeker = g.seeker()
            let workplace = g.workplace()
            let vacancy = g.vacancy(at: workplace)
            let before = matcher.match(seeker, vacancy, at: workplace)
            let dimension = FunctionalDimension.allCases[g.next(FunctionalDimension.allCases.count)]
            let current = seeker.capacity(dimension)
            guard current < dimension.scale.upperBound else { continue }
            seeker.profile[dimension] = CapacityRating(withoutAids: current + 1)
            let after = matcher.match(seeker, vacancy, at: workplace)
            #expect(after.score >= before.score, "raising \(dimension): \(before.score) then \(after.score)")
        }
    }

    @Test("A pair is excluded exactly when a gap, a need or a safety task cannot be bridged, and the result names it", arguments: 0..<10)
    func exclusionHasAReason(seed: Int) {
        var g = CaseGenerator(state: UInt64(seed) + 201)
        for _ in 0..<200 {
            let seeker = g.seeker()
            let workplace = g.workplace()
            let result = matcher.match(seeker, g.vacancy(at: workplace), at: workplace)
            let open = result.gaps.contains { $0.bridging.isOpen } || result.needs.contains { $0.bridging.isOpen } || !result.safetyConflicts.isEmpty
            #expect((result.verdict == .excluded) == open)
            #expect(result.verdict != .excluded || result.score == 0)
            #expect((0...100).contains(result.score))
            #expect(!result.reasons(.id, catalog: catalog).isEmpty)
            #expect(!result.reasons(.en, catalog: catalog).isEmpty)
        }
    }

    @Test("The same input gives the same result and ranking every time")
    func deterministic() {
        var g = CaseGenerator(state: 7)
        let seeker = g.seeker()
        let pairs = (0..<300).map { _ -> (Vacancy, Workplace) in
            let w = g.workplace()
            return (g.vacancy(at: w), w)
        }
        let first = ranked(pairs.map { matcher.match(seeker, $0.0, at: $0.1) }, by: \.vacancyID)
        let second = ranked(pairs.reversed().map { matcher.match(seeker, $0.0, at: $0.1) }, by: \.vacancyID)
        #expect(first == second)
        #expect(zip(first, first.dropFirst()).allSatisfy { $0.score > $1.score || ($0.score == $1.score && $0.vacancyID <= $1.vacancyID) })
    }

    @Test("Every reason is a short sentence fit to be read aloud", arguments: [Language.id, .en])
    func shortReasons(language: Language) {
        var g = CaseGenerator(state: 99)
        for _ in 0..<300 {
            let seeker = g.seeker()
            let workplace = g.workplace()
            for reason in matcher.match(seeker, g.vacancy(at: workplace), at: workplace).reasons(language, catalog: catalog) {
                #expect(reason.split(separator: " ").count <= 24, "\(reason)")
                #expect(!reason.contains("<") && !reason.contains(">") && !reason.contains("_"), "\(reason)")
            }
        }
    }
}

@Suite("A pair is in the seeker's ranking exactly when the seeker is in the vacancy's")
struct PairSymmetryTests {
    @Test("Rankings from either side hold the same pairs with the same scores", arguments: 0..<3)
    func symmetric(seed: Int) {
        var g = CaseGenerator(state: UInt64(seed) + 900)
        let workplaces = (0..<10).map { index -> Workplace in
            var w = g.workplace()
            w.id = String(format: "W%05d", index)
            return w
        }
        let vacancies = (0..<60).map { index -> Vacancy in
            var v = g.vacancy(at: workplaces[index % 10])
            v.id = String(format: "V%06d", index)
            v.workplaceID = workplaces[index % 10].id
            return v
        }
        let seekers = (0..<40).map { index -> Seeker in
            var s = g.seeker()
            s.id = String(format: "S%06d", index)
            return s
        }
        let index = MatchIndex(matcher: matcher, vacancies: vacancies, workplaces: workplaces)
        var fromSeekers: Set<String> = []
        for s in seekers {
            for r in index.top(vacancies.count, for: s) { fromSeekers.insert("\(r.seekerID) \(r.vacancyID) \(r.score)") }
        }
        var fromVacancies: Set<String> = []
        for (position, v) in vacancies.enumerated() {
            let results = ranked(seekers.map { matcher.match($0, v, at: workplaces[position % 10]) }, by: \.seekerID)
            for r in results where r.verdict != .excluded { fromVacancies.insert("\(r.seekerID) \(r.vacancyID) \(r.score)") }
        }
        #expect(fromSeekers == fromVacancies)
        #expect(!fromSeekers.isEmpty)
    }
}

@Suite("The compact index ranks exactly as the matcher does")
struct MatchIndexTests {
    @Test("The index's score equals the matcher's on every generated pair", arguments: 0..<5)
    func sameScores(seed: Int) {
        var g = CaseGenerator(state: UInt64(seed) + 500)
        let workplaces = (0..<40).map { index -> Workplace in
            var w = g.workplace()
            w.id = String(format: "W%05d", index)
            return w
        }
        let vacancies = (0..<400).map { index -> Vacancy in
            var v = g.vacancy(at: workplaces[index % 40])
            v.id = String(format: "V%06d", index)
            return v
        }
        let index = MatchIndex(matcher: matcher, vacancies: vacancies, workplaces: workplaces)
        for _ in 0..<30 {
            let seeker = g.seeker()
            let probe = index.probe(seeker)
            for (position, vacancy) in vacancies.enumerated() {
                let expected = matcher.match(seeker, vacancy, at: workplaces[position % 40]).score
                #expect(index.score(probe, position) == expected, "\(vacancy.id)")
            }
            let all = ranked(vacancies.enumerated().map { matcher.match(seeker, $1, at: workplaces[$0 % 40]) }, by: \.vacancyID)
                .filter { $0.verdict != .excluded }
            #expect(index.top(20, for: seeker) == Array(all.prefix(20)))
        }
    }
}
