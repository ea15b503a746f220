import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraMatching
import Testing

/// The realistic placement cases in `Tests/Fixtures/placement-cases.yaml`, with the verdicts a specialist gives.
let placementCases: [PlacementCase] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/placement-cases.yaml")
    do {
        return try CatalogLoader.decode(PlacementCase.File.self, yaml: String(contentsOf: url, encoding: .utf8)).cases
    } catch {
        Issue.record("placement-cases.yaml does not load: \(error)")
        return []
    }
}()

/// Matching runs on this day in the cases: a vacancy closing before it is past its closing date.
let caseMatcher = Matcher(catalog: catalog, today: day)

@Suite("Realistic placement cases give the verdicts a specialist would give")
struct PlacementCaseTests {
    @Test("The case file holds at least 40 cases, every verdict and every functional group")
    func coverage() {
        #expect(placementCases.count >= 40)
        #expect(Set(placementCases.map(\.expect.verdict)) == Set(Verdict.allCases))
        let groups = Set(placementCases.map(\.group))
        for group in ["physical", "blind", "low_vision", "deaf", "hard_of_hearing", "speech", "intellectual", "psychosocial", "chronic_illness"] {
            #expect(groups.contains(group), "no case for \(group)")
        }
        #expect(Set(placementCases.map(\.name)).count == placementCases.count, "case names repeat")
    }

    @Test("Every case gives the expected verdict and names what it must; the table shows expected against got")
    func cases() throws {
        var table = ["| case | group | expected | got | |", "|---|---|---|---|---|"]
        var failed = 0
        for c in placementCases {
            let (seeker, workplace, vacancy) = try c.records()
            let result = caseMatcher.match(seeker, vacancy, at: workplace)
            let differences = c.differences(result)
            if !differences.isEmpty { failed += 1 }
            table.append("| \(c.name) | \(c.group) | \(c.expect.verdict.rawValue) | \(result.verdict.rawValue) | \(differences.isEmpty ? "ok" : differences.joined(separator: "; ")) |")
            #expect(differences.isEmpty, "\(c.name): \(differences.joined(separator: "; "))")
        }
        table.append("")
        table.append("\(placementCases.count - failed) of \(placementCases.count) cases as a specialist would judge them.")
        print(table.joined(separator: "\n"))
    }

    @Test("Every case explains itself in both languages, to the seeker and about the seeker, from the sentence files")
    func explanations() throws {
        for c in placementCases {
            let (seeker, workplace, vacancy) = try c.records()
            let result = caseMatcher.match(seeker, vacancy, at: workplace)
            for language in Language.allCases {
                let toSeeker = result.reasons(language, catalog: catalog, audience: .seeker)
                let aboutSeeker = result.reasons(language, catalog: catalog, audience: .officer)
                for line in toSeeker + aboutSeeker {
                    #expect(!line.contains("{") && !line.contains("_"), "\(c.name): \(line)")
                    #expect(line.split(separator: " ").count <= 30, "\(c.name): \(line)")
                }
                // The vacancy's ranking speaks about the seeker, never to them.
                let you = language == .id ? "Anda" : "you"
                #expect(!aboutSeeker.contains { $0.split(separator: " ").contains { $0.lowercased().hasPrefix(you.lowercased()) } },
                        "\(c.name): \(aboutSeeker)")
                // No bare level numbers: what a level means is said in words.
                let bare = (0...5).flatMap { ["level \($0)", "tingkat \($0)"] }
                #expect(!toSeeker.contains { line in bare.contains { line.contains($0) } }, "\(c.name): \(toSeeker)")
            }
        }
    }
}
