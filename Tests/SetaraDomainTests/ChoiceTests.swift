import SetaraDomain
import Testing

/// One choice: its id, its names in both languages and aliases, and how its kind reads text.
private typealias Row = (id: String, names: [String], parse: @Sendable (String) -> String?)

/// Every choice with names, as one list for the tests.
private func table<E: RawRepresentable & CaseIterable & Labelled & Sendable>(_ type: E.Type) -> [Row] where E.RawValue == String {
    E.allCases.map { value in
        (value.rawValue, [value.label(.id), value.label(.en)] + value.aliases, { Choice.parse($0, as: E.self)?.rawValue })
    }
}

private let everyChoice: [(kind: String, rows: [Row])] = [
    ("ownership", table(Ownership.self)), ("sex", table(Sex.self)), ("education", table(EducationLevel.self)),
    ("needs", table(Need.self)), ("features", table(Feature.self)), ("safety tasks", table(SafetyTask.self)),
    ("dimensions", table(FunctionalDimension.self)), ("sources", table(RatingSource.self)),
    ("seeker status", table(SeekerStatus.self)), ("vacancy status", table(VacancyStatus.self)),
    ("remote", table(RemoteOption.self)), ("disability category", table(DisabilityCategory.self)),
]

@Suite("One table of choices: ids and their Indonesian and English names, read back as they are printed")
struct ChoiceTests {
    @Test("Every name Setara prints (Indonesian and English) and every alias reads back as its own id, in any case",
          arguments: everyChoice.map(\.kind))
    func namesReadBack(kind: String) {
        let rows = everyChoice.first { $0.kind == kind }!.rows
        for row in rows {
            #expect(row.parse(row.id) == row.id)
            for name in row.names {
                #expect(row.parse(name) == row.id, "\(kind): \"\(name)\" should read as \(row.id)")
                #expect(row.parse(name.uppercased()) == row.id, "\(kind): \"\(name.uppercased())\"")
            }
        }
    }

    @Test("No name stands for two choices of the same kind", arguments: everyChoice.map(\.kind))
    func namesAreUnique(kind: String) {
        let rows = everyChoice.first { $0.kind == kind }!.rows
        var owner: [String: String] = [:]
        for row in rows {
            for name in Set(row.names.map { $0.lowercased() }) {
                #expect(owner[name] == nil || owner[name] == row.id, "\(kind): \"\(name)\" names \(owner[name] ?? "") and \(row.id)")
                owner[name] = row.id
            }
        }
    }

    @Test("The words of issue 13: swasta, perempuan, pemerintah, juru bahasa isyarat, pendengaran")
    func issueWords() {
        #expect(Choice.parse("swasta", as: Ownership.self) == .private)
        #expect(Choice.parse("pemerintah", as: Ownership.self) == .government)
        #expect(Choice.parse("perempuan", as: Sex.self) == .female)
        #expect(Choice.parse("Laki-laki", as: Sex.self) == .male)
        #expect(Need.parse("juru bahasa isyarat") == .signLanguageInterpreter)
        #expect(FunctionalDimension.parse("pendengaran") == .hearing)
        #expect(Feature.parse("pintu masuk tanpa tangga") == .stepFreeEntrance)
        #expect(Choice.parse("perempuanx", as: Sex.self) == nil)
    }
}
