import SetaraCatalog
import SetaraDomain
import SetaraMatching
import Testing

/// Cases a ULD placement specialist knows, with the verdict the specialist would give.
@Suite("Hand-written cases give the verdicts a specialist would give")
struct RealisticCaseTests {
    func rating(_ without: Int, _ with: Int? = nil) -> CapacityRating {
        CapacityRating(withoutAids: without, withAids: with, source: .functionalAssessment, assessedOn: day)
    }

    func seeker(_ profile: [FunctionalDimension: CapacityRating], needs: [Need], restrictions: [SafetyTask] = [], preferred: [String] = []) -> Seeker {
        Seeker(id: "S000001", nik: "3471014508950002", name: "Test", regencyCode: "3471", education: .sma,
               preferredOccupations: preferred, profile: profile, needs: needs, safetyRestrictions: restrictions, registeredOn: day)
    }

    func vacancy(_ kbji: String, _ demands: [FunctionalDimension: Int], safety: [SafetyTask] = [], remote: RemoteOption = .none) -> Vacancy {
        Vacancy(id: "V000001", workplaceID: "W00001", title: "Test", kbji: kbji, demands: demands, minEducation: .sma,
                remote: remote, safetyTasks: safety, postedOn: day)
    }

    func workplace(_ features: [Feature], _ accommodations: [String] = []) -> Workplace {
        Workplace(id: "W00001", employerID: "E00001", name: "Test", regencyCode: "3471", features: features, accommodations: accommodations)
    }

    @Test("A wheelchair user and a warehouse loading job without a lift: excluded, naming walking and lifting")
    func wheelchairWarehouse() {
        let result = matcher.match(
            seeker([.standingWalking: rating(0, 1), .climbingBalancing: rating(0), .stoopingKneeling: rating(0), .lifting: rating(1)],
                   needs: [.stepFreeAccess, .accessibleToilet]),
            vacancy("9333", [.lifting: 3, .standingWalking: 3, .stoopingKneeling: 2, .climbingBalancing: 2]),
            at: workplace([.nearPublicTransport]))
        #expect(result.verdict == .excluded)
        #expect(result.gaps.contains { $0.dimension == .standingWalking && $0.bridging == .notBridgeable })
        #expect(result.reasons(.en, catalog: catalog).contains { $0.contains("standing and walking") })
    }

    @Test("A Deaf seeker and a telephone call-centre job: excluded, naming hearing")
    func deafCallCentre() {
        let result = matcher.match(
            seeker([.hearing: rating(0), .speaking: rating(1, 2)], needs: [.signLanguageInterpreter, .visualAlerts]),
            vacancy("4222", [.hearing: 3, .speaking: 3, .publicContact: 3, .sitting: 3]),
            at: workplace([.stepFreeEntrance, .elevator]))
        #expect(result.verdict == .excluded)
        #expect(result.gaps.contains { $0.dimension == .hearing && $0.bridging == .notBridgeable })
    }

    @Test("A blind seeker with a screen reader and a data-entry job with screen-reader-compatible systems: suitable with accommodation")
    func blindDataEntry() {
        let result = matcher.match(
            seeker([.nearVision: rating(0, 3), .farVision: rating(0)], needs: [.screenReaderSystems, .accessibleDocuments],
                   restrictions: [.driving], preferred: ["4132"]),
            vacancy("4132", [.nearVision: 3, .fineManipulation: 3, .sitting: 3, .literacy: 3]),
            at: workplace([.stepFreeEntrance, .singleLevel, .screenReaderCompatibleSystems]))
        #expect(result.verdict == .suitableWithAccommodation)
        #expect(result.gaps.isEmpty, "the screen reader the seeker uses covers near vision")
        #expect(result.needs.first { $0.need == .screenReaderSystems }?.bridging == .inPlace(["screen_reader_compatible_systems"]))
        #expect(result.parts.occupation == 25)
        #expect(result.score >= 80)
    }

    @Test("A seeker with a psychosocial disability and an office job with flexible hours and a quiet room: suitable with accommodation, needs met in place")
    func psychosocialOffice() {
        let flexible = catalog.meeting(.flexibleHours).first!.id
        let result = matcher.match(
            seeker([.stressChange: rating(2, 3), .pace: rating(2)], needs: [.flexibleHours, .quietSpace]),
            vacancy("4110", [.pace: 2, .stressChange: 3, .sitting: 3, .nearVision: 2]),
            at: workplace([.quietRoom, .stepFreeEntrance], [flexible]))
        #expect(result.verdict == .suitableWithAccommodation)
        #expect(result.needs.allSatisfy { if case .inPlace = $0.bridging { true } else { false } })
        #expect(result.price == .none)
    }

    @Test("A seeker who must not drive and a driving job: excluded, naming driving")
    func drivingRestriction() {
        let result = matcher.match(seeker([:], needs: [], restrictions: [.driving]), vacancy("8322", [.farVision: 3], safety: [.driving]),
                                   at: workplace([]))
        #expect(result.verdict == .excluded)
        #expect(result.safetyConflicts == [.driving])
        #expect(result.reasons(.id, catalog: catalog).contains { $0.contains("mengemudi") })
    }

    @Test("No limitation and no needs: suitable, and the price is nothing")
    func plainSuitable() {
        let result = matcher.match(seeker([:], needs: []), vacancy("5223", [.standingWalking: 3, .publicContact: 3]), at: workplace([]))
        #expect(result.verdict == .suitable)
        #expect(result.price == .none)
    }
}
