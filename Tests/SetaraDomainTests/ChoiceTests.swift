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

@Suite("Field names in Indonesian and English")
struct FieldNameTests {
    @Test("every field of every kind has an Indonesian name, read back to its id")
    func bothDirections() {
        func check<F: FieldName>(_ type: F.Type) {
            for field in F.allCases {
                #expect(!field.indonesian.isEmpty)
                #expect(FieldNames.id(field.indonesian) == field.rawValue, "\(field.indonesian)")
                #expect(FieldNames.indonesian(field.rawValue) == field.indonesian, "\(field.rawValue)")
                #expect(FieldNames.name(field.rawValue, .en) == field.rawValue)
            }
        }
        check(SeekerField.self)
        check(EmployerField.self)
        check(WorkplaceField.self)
        check(VacancyField.self)
        check(NestedField.self)
        #expect(FieldNames.id("tanggal_lahir") == "birth_date")
        #expect(FieldNames.id("kebutuhan") == "needs")
        #expect(FieldNames.id("nama") == "name")
        #expect(FieldNames.id("near_vision") == "near_vision", "a name with no Indonesian counterpart is kept as it is")
    }

    @Test("one Indonesian name is one field, and no Indonesian name is another field's id")
    func unambiguous() {
        var fieldOf: [String: String] = [:]
        for pair in FieldNames.pairs {
            if let other = fieldOf[pair.indonesian] { #expect(other == pair.id, "\(pair.indonesian) names \(other) and \(pair.id)") }
            fieldOf[pair.indonesian] = pair.id
        }
        let ids = Set(FieldNames.pairs.map(\.id))
        for pair in FieldNames.pairs where pair.indonesian != pair.id {
            #expect(!ids.contains(pair.indonesian), "\(pair.indonesian) is also an id")
        }
    }

    @Test("the Washington Group answers are read as their numbers or words in either language")
    func washingtonGroupAnswers() {
        #expect(Choice.parse("3", as: WashingtonGroup.Difficulty.self) == .aLot)
        #expect(Choice.parse("banyak kesulitan", as: WashingtonGroup.Difficulty.self) == .aLot)
        #expect(Choice.parse("cannot do at all", as: WashingtonGroup.Difficulty.self) == .cannot)
        #expect(WashingtonGroup.level(difficulty: 3, on: .nearVision) == 1)
        let assessed = CapacityRating(withoutAids: 0, withAids: 2, source: .functionalAssessment, assessedOn: Day(year: 2026, month: 1, day: 1)!)
        #expect(WashingtonGroup.rating(difficulty: 1, on: .nearVision, existing: assessed, day: Day(year: 2026, month: 2, day: 1)!) == nil,
                "an answer never replaces a specialist's assessment")
    }
}
