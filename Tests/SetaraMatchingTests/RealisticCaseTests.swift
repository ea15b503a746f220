import SetaraCatalog
import SetaraDomain
import SetaraMatching
import Testing

/// Behaviour the case file cannot state on its own: closing dates, prices and retired ids.
@Suite("What a specialist relies on beyond single verdicts")
struct RealisticCaseTests {
    func seeker(_ profile: [FunctionalDimension: CapacityRating], needs: [Need] = []) -> Seeker {
        Seeker(id: "S000001", nik: "3471014508950002", name: "Test", regencyCode: "3471", profile: profile, needs: needs, registeredOn: day)
    }

    func workplace(_ features: [Feature] = [], _ accommodations: [String] = []) -> Workplace {
        Workplace(id: "W00001", employerID: "E00001", name: "Test", regencyCode: "3471", features: features, accommodations: accommodations)
    }

    @Test("A vacancy past its closing date, or closed, is excluded and never ranked by the index")
    func closedVacancies() {
        let open = Vacancy(id: "V000001", workplaceID: "W00001", title: "Open", kbji: "4132", postedOn: day)
        var past = open
        past.id = "V000002"
        past.closesOn = Day(year: 2026, month: 10, day: 31)
        var closed = open
        closed.id = "V000003"
        closed.status = .closed
        let w = workplace()
        let s = seeker([:])
        #expect(caseMatcher.match(s, open, at: w).verdict == .suitable)
        #expect(caseMatcher.match(s, past, at: w).verdict == .excluded)
        #expect(caseMatcher.match(s, past, at: w).closed)
        #expect(caseMatcher.match(s, closed, at: w).verdict == .excluded)
        #expect(caseMatcher.match(s, past, at: w).reasons(.en, catalog: catalog).contains("This vacancy is closed."))
        let index = MatchIndex(matcher: caseMatcher, vacancies: [open, past, closed], workplaces: [w])
        #expect(index.top(10, for: s).map(\.vacancyID) == ["V000001"])
    }

    @Test("Several accommodations together are each priced once, with the longest lead time")
    func combination() {
        let blind = seeker([.nearVision: CapacityRating(withoutAids: 0)], needs: [.screenReaderSystems, .orientationMobility])
        let vacancy = Vacancy(id: "V000001", workplaceID: "W00001", title: "Admin", kbji: "4110", demands: [.nearVision: 3], postedOn: day)
        let result = caseMatcher.match(blind, vacancy, at: workplace())
        let items = result.price.accommodations.compactMap { catalog[$0] }
        #expect(items.count == Set(result.price.accommodations).count)
        #expect(result.price.leadTimeDays == items.map(\.leadTimeDays).max())
        #expect(result.price.rupiah.upperBound == items.reduce(0) { $0 + $1.costBand.rupiah.upperBound })
        #expect(result.verdict == .suitableWithAccommodation)
    }

    @Test("The job's interpreter is priced for the job; the interview interpreter is offered apart and never priced")
    func interviewApart() {
        let deaf = seeker([.hearing: CapacityRating(withoutAids: 0)], needs: [.signLanguageInterpreter])
        let vacancy = Vacancy(id: "V000001", workplaceID: "W00001", title: "Designer", kbji: "2166", demands: [.hearing: 1], postedOn: day)
        let result = caseMatcher.match(deaf, vacancy, at: workplace())
        guard case .bridgeable(let ids) = result.needs.first?.bridging, let id = ids.first else {
            Issue.record("the interpreter need is not bridgeable: \(result.needs)")
            return
        }
        #expect(catalog[id]?.step == .job)
        #expect(result.price.accommodations.contains(id))
        #expect(!result.price.accommodations.contains("interview-sign-language-interpreter"))
        #expect(result.interview.first?.bridging == .bridgeable(["interview-sign-language-interpreter"]))
    }

    @Test("A retired id still loads as the entry that replaced it")
    func aliases() {
        let replacing = catalog.accommodations.filter { !$0.replaces.isEmpty }
        for a in replacing {
            for old in a.replaces { #expect(catalog[old]?.id == a.id) }
        }
        let made = Catalog([Accommodation(id: "new-entry", name: .init(id: "Baru", en: "New"), description: .init(id: "Baru.", en: "New."),
                                          kind: .product, function: .noise, replaces: ["old-entry"],
                                          bridges: [Bridge(dimension: .noise, effect: .lowersDemand, by: 1)], meetsNeeds: [],
                                          costBand: .none, leadTimeDays: 0, legalBasis: [])])
        #expect(made["old-entry"]?.id == "new-entry")
    }
}
