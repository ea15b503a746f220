import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

/// An office on a day of our choosing: the clock the journey moves forward.
struct Desk {
    let store: SQLiteStore

    /// In memory, or in a database file at `path` (where a report for all offices reads on several connections at once, under one snapshot).
    init(path: String = ":memory:") throws {
        store = try SQLiteStore(path: path)
        let posted = Day(year: 2026, month: 1, day: 5)!
        let employer = Employer(id: "E00001", name: "PT Sinar Mitra Logistik", ownership: .private, headcount: 240,
                                employeesWithDisabilities: 1, regencyCode: "3471")
        let other = Employer(id: "E00002", name: "CV Batik Lestari", ownership: .private, headcount: 60, regencyCode: "3471")
        let workplaces = [
            Workplace(id: "W00001", employerID: "E00001", name: "Gudang Sleman", regencyCode: "3471", features: [.stepFreeEntrance]),
            Workplace(id: "W00002", employerID: "E00002", name: "Toko Malioboro", regencyCode: "3471"),
        ]
        let vacancies = [
            Vacancy(id: "V000001", workplaceID: "W00001", title: "Admin gudang", kbji: "4321", openings: 1, hoursPerWeek: 40,
                    wageMin: 2_500_000, postedOn: posted),
            Vacancy(id: "V000002", workplaceID: "W00002", title: "Kasir", kbji: "5230", openings: 2, wageMin: 2_300_000, postedOn: posted),
        ]
        let seeker = Seeker(id: "S000001", nik: "3471014508950002", name: "Dewi Lestari", regencyCode: "3471", education: .smk,
                            needs: [.screenReaderSystems], consent: Consent(given: true, recordedOn: posted, recordedBy: "rina"),
                            registeredOn: posted)
        let never = Seeker(id: "S000002", nik: "3471015508960003", name: "Budi Santoso", regencyCode: "3471", education: .sma,
                           registeredOn: posted)
        try store.write(RecordBatch(seekers: [seeker, never], categories: ["S000001": .sensorikNetra], employers: [employer, other],
                                    workplaces: workplaces, vacancies: vacancies))
    }

    func officer(_ day: Day, _ name: String = "rina") -> Office {
        Office(store: store, actor: Actor(.officer, name), today: day, catalog: { throw AppError(.io, problem: LocalizedText(id: "-", en: "-")) })
    }

    func seekerAtTerminal(_ day: Day) -> Office {
        Office(store: store, actor: Actor(.seeker, "S000001"), today: day, catalog: { throw AppError(.io, problem: LocalizedText(id: "-", en: "-")) })
    }
}

func d(_ text: String) -> Day { Day(parsing: text)! }

/// The English message of an error a use case threw.
func message(_ body: () throws -> Void) -> String {
    do {
        try body()
        return "no error"
    } catch let error as AppError {
        return error.message(.en) + " | " + error.message(.id)
    } catch {
        return "\(error)"
    }
}

@Suite("Casework journey")
struct CaseworkJourneyTests {
    @Test("registration, plan, a referral from the voice terminal, check, letter, interview, hire, follow-ups (one late), a job loss and a second placement")
    func journey() throws {
        let desk = try Desk()
        let start = d("2026-02-02")
        try desk.officer(start).saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        try desk.officer(start).saveOfficer(Officer(username: "rina", name: "Rina Wulandari", officeID: "K3471"))
        _ = try desk.officer(start).updateCase(seekerID: "S000001", officeID: nil, officer: "rina", jkpFrom: d("2026-01-20"), jkpUntil: d("2026-07-20"))
        let plan = try desk.officer(start).addPlan(seekerID: "S000001", goals: ["4321"], accommodations: ["screen-reader-software"],
                                                   services: ["training", "work trial"], reviewOn: d("2026-05-01"))
        #expect(plan.version == 1)

        // The seeker asks at the voice terminal; the office takes the referral.
        let (referral, isNew) = try desk.seekerAtTerminal(d("2026-02-03"))
            .requestReferral(seekerID: "S000001", vacancyID: "V000001", channel: .voice, score: 82)
        #expect(isNew)
        #expect(referral.officeID == "K3471")
        #expect(referral.status == .requested)
        // A seeker cannot move their own referral on.
        #expect(message { _ = try desk.seekerAtTerminal(d("2026-02-03")).advanceReferral(referral.reference, .send) }
            .contains("Only an officer can record this step."))

        _ = try desk.officer(d("2026-02-04")).advanceReferral(referral.reference, .check(consentToShare: true))
        _ = try desk.officer(d("2026-02-05")).advanceReferral(referral.reference, .send)
        // Nothing is due yet: the letter went out yesterday.
        #expect(try desk.officer(d("2026-02-06")).due(officeID: "K3471", officer: nil).filter { $0.kind != .planReview }.isEmpty)
        // Two weeks without an answer: it is due.
        #expect(try desk.officer(d("2026-02-19")).due(officeID: "K3471", officer: nil).map(\.kind) == [.noAnswer])
        let interview = try desk.officer(d("2026-02-10"))
            .advanceReferral(referral.reference, .interview(on: d("2026-02-16"), place: "Gudang Sleman", accommodations: ["screen-reader-software"]))
        #expect(interview.status == .interview && interview.interviewOn == d("2026-02-16"))
        #expect(try desk.officer(d("2026-02-16")).due(officeID: "K3471", officer: nil).map(\.kind) == [.interview])

        let placement = try desk.officer(d("2026-02-17")).hire(referral.reference, Office.Hire(
            startOn: d("2026-03-02"), contract: .pkwt, wage: 2_600_000, accommodations: ["screen-reader-software"]))
        #expect(placement.id == "P000001")
        #expect(placement.jobTitle == "Admin gudang" && placement.kbji == "4321" && placement.hoursPerWeek == 40)
        #expect(try desk.store.seeker(id: "S000001")?.status == .placed)
        #expect(try desk.store.vacancy(id: "V000001")?.status == .closed, "its one opening is filled")
        #expect(try desk.store.employer(id: "E00001")?.employeesWithDisabilities == 2)
        let followUps = try desk.officer(d("2026-03-02")).placement("P000001").1
        #expect(followUps.map(\.month) == [1, 3, 6, 12])
        #expect(followUps.map(\.dueOn) == [d("2026-04-02"), d("2026-06-02"), d("2026-09-02"), d("2027-03-02")])

        _ = try desk.officer(d("2026-04-02")).recordFollowUp("P000001", month: nil, FollowUpReportSample.working)
        // Month 3 is missed: on 20 June it is overdue, first in the list (a JKP recipient).
        let overdue = try desk.officer(d("2026-06-20")).due(officeID: "K3471", officer: "rina")
        #expect(overdue.map(\.kind) == [.planReview, .followUp], "the plan's review (1 May) and the follow-up, earliest first")
        #expect(overdue.last?.month == 3 && overdue.allSatisfy(\.jkp))
        // Recorded late, with the day it was done.
        let late = try desk.officer(d("2026-06-25")).recordFollowUp("S000001", month: 3, on: d("2026-06-24"), FollowUpReportSample.working)
        #expect(late.doneOn == d("2026-06-24") && late.dueOn == d("2026-06-02"))
        #expect(try desk.officer(d("2026-06-25")).due(officeID: "K3471", officer: nil).allSatisfy { $0.kind != .followUp })
        // Recording it again is refused, not written over.
        #expect(message { _ = try desk.officer(d("2026-06-26")).recordFollowUp("P000001", month: 3, FollowUpReportSample.working) }
            .contains("the month-3 follow-up was recorded on 2026-06-24; it is not replaced."))

        // At six months she is not working: the job ended, the case is open again.
        _ = try desk.officer(d("2026-09-02")).recordFollowUp("P000001", month: 6, Office.FollowUpReport(
            result: .notWorking, accommodationsWork: false, problems: "contract not renewed", nextStep: "new referral"))
        #expect(try desk.store.seeker(id: "S000001")?.status == .active)
        #expect(try desk.store.employer(id: "E00001")?.employeesWithDisabilities == 1)
        let ended = try desk.officer(d("2026-09-03")).placement("P000001")
        #expect(ended.0.endedOn == d("2026-09-02") && ended.0.endReason == "contract not renewed")
        #expect(ended.1.first { $0.month == 12 }?.state == .closed, "no follow-up is asked for a job that ended")

        // Training at the BLK while she looks again, linked to her plan.
        let training = try desk.officer(d("2026-09-04")).addTraining(seekerID: "S000001", institution: "BLK Kota Yogyakarta",
                                                                     programme: "Kasir dan administrasi toko", startOn: d("2026-09-07"), endOn: d("2026-09-09"))
        #expect(training.planVersion == 1)
        #expect(try desk.officer(d("2026-09-09")).due(officeID: "K3471", officer: nil).contains { $0.kind == .training && $0.recordID == String(training.id) })
        _ = try desk.officer(d("2026-09-09")).recordTrainingResult(training.id, result: .certified)
        #expect(message { _ = try desk.officer(d("2026-09-10")).recordTrainingResult(training.id, result: .droppedOut) }
            .contains("its result was recorded already (completed and certified, 2026-09-09); it is not replaced."))

        // A second referral, made by the officer, skipping the interview with a reason.
        let second = try desk.officer(d("2026-09-10")).proposeReferral(seekerID: "S000001", vacancyID: "V000002").referral
        _ = try desk.officer(d("2026-09-10")).advanceReferral(second.reference, .check(consentToShare: true))
        _ = try desk.officer(d("2026-09-11")).advanceReferral(second.reference, .send)
        let again = try desk.officer(d("2026-09-18")).hire(second.reference, Office.Hire(startOn: d("2026-10-01"), contract: .pkwtt),
                                                           reason: "hired after a work trial, no interview")
        #expect(again.id == "P000002" && again.employerID == "E00002" && again.wage == 2_300_000)
        #expect(try desk.store.vacancy(id: "V000002")?.status == .open, "one of two openings is still free")
        #expect(try desk.store.seeker(id: "S000001")?.status == .placed)

        // The whole history in order, in words, in both languages.
        let history = try desk.officer(d("2026-10-02")).caseHistory(seekerID: "S000001")
        let english = history.events.map { $0.text.en }
        let order = ["Registered as a job seeker", "Case opened at Disnaker Kota Yogyakarta", "Individual employment plan version 1",
                     "Asked to be referred to Admin gudang (V000001)", "checked; the seeker agreed", "Referral letter to Admin gudang",
                     "Interview for Admin gudang", "Hired for Admin gudang", "Started work (placement P000001)",
                     "Month-1 follow-up: working with the same employer", "Month-3 follow-up (late, due 2026-06-02)",
                     "Month-6 follow-up: not working", "The job at PT Sinar Mitra Logistik ended",
                     "Referred to training Kasir dan administrasi toko at BLK Kota Yogyakarta (plan version 1)",
                     "Training Kasir dan administrasi toko: completed and certified.", "Proposed by the officer for Kasir",
                     "Hired for Kasir (V000002), CV Batik Lestari. Reason: hired after a work trial, no interview.", "Started work (placement P000002)"]
        var position = 0
        for fragment in order {
            guard let found = english[position...].firstIndex(where: { $0.contains(fragment) }) else {
                Issue.record("missing or out of order: \(fragment)\n\(english.joined(separator: "\n"))")
                break
            }
            position = found + 1
        }
        #expect(history.events.map { $0.text.id }.contains { $0.hasPrefix("Tindak lanjut bulan ke-3 (terlambat") })
        #expect(history.coming.first?.text.en == "Month-1 follow-up (P000002).")
        #expect(!english.joined().contains("sensorik"), "the disability category is not part of the timeline")
    }

    @Test("rejected transitions name the record and what is expected")
    func rejected() throws {
        let desk = try Desk()
        let day = d("2026-02-02")
        let office = desk.officer(day)
        try office.saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        // A follow-up for someone never placed.
        #expect(message { _ = try office.recordFollowUp("S000002", month: nil, FollowUpReportSample.working) }
            .hasPrefix("Seeker S000002: was never placed; a follow-up is for a placed worker."))
        // Hired before any referral.
        #expect(message { _ = try office.hire("RJ-20260202-0001", Office.Hire(startOn: day, contract: .pkwt)) }.hasPrefix("No referral RJ-20260202-0001."))
        let referral = try office.proposeReferral(seekerID: "S000002", vacancyID: "V000001").referral
        // Hired straight from proposed, without a reason.
        let skipped = message { _ = try office.hire(referral.reference, Office.Hire(startOn: day, contract: .pkwt)) }
        #expect(skipped.contains("Referral \(referral.reference): is still proposed; hired comes after interview scheduled."))
        #expect(skipped.contains("Record interview scheduled first, or give the reason for skipping it with --reason."))
        #expect(skipped.contains("Rujukan \(referral.reference): masih diusulkan"))
        #expect(try desk.store.seeker(id: "S000002")?.status == .active, "nothing of the refused hire was kept")
        // A step dated in the future, a decline without its reason, no answer before the letter.
        #expect(message { _ = try office.advanceReferral(referral.reference, .check(consentToShare: true), on: d("2026-02-09")) }
            .contains("the date 2026-02-09 is in the future (today is 2026-02-02)"))
        #expect(message { _ = try office.advanceReferral(referral.reference, .decline) }.contains("not hired needs its reason (--reason)"))
        #expect(message { _ = try office.advanceReferral(referral.reference, .noAnswer) }.contains("was not sent to the employer yet"))
        _ = try office.advanceReferral(referral.reference, .withdraw, reason: "moved to Surabaya")
        #expect(message { _ = try office.advanceReferral(referral.reference, .send) }
            .contains("is finished (withdrawn by the seeker); no further step can be taken."))
        #expect(try desk.store.referrals(status: nil, limit: 10).first?.status == .withdrawn)
    }

    @Test("a seeker whose regency has no office cannot be given a case, and the message says how to add one")
    func noOffice() throws {
        let desk = try Desk()
        let text = message { _ = try desk.officer(d("2026-02-02")).addNote(seekerID: "S000001", text: "Prefers mornings.") }
        #expect(text.hasPrefix("Seeker S000001: has no office: no office serves regency 3471, and officer rina belongs to none."))
        #expect(text.contains("setara office add CODE --name NAME --regency 3471"))
    }

    @Test("case notes are shown only when asked, reading them is logged, and their words never reach the audit log")
    func notes() throws {
        let desk = try Desk()
        let office = desk.officer(d("2026-02-02"))
        try office.saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        _ = try office.addNote(seekerID: "S000001", text: "Seizures under control since 2024; wants day shifts.")
        #expect(try office.caseHistory(seekerID: "S000001").events.allSatisfy { !$0.text.en.contains("Seizures") })
        #expect(try office.caseHistory(seekerID: "S000001", includeNotes: true).events.contains { $0.text.en.contains("Seizures") })
        let log = try desk.store.auditLog(recordID: "S000001", limit: 50)
        #expect(log.contains { $0.action == .note } && log.contains { $0.action == .view && $0.fields == ["notes"] })
        #expect(log.allSatisfy { !$0.fields.joined().contains("Seizures") })
        #expect(message { _ = try desk.seekerAtTerminal(d("2026-02-02")).notes(seekerID: "S000001") }.contains("Only an officer"))
    }

    @Test("plans keep every version, employer visits come due on their next date")
    func plansAndVisits() throws {
        let desk = try Desk()
        let office = desk.officer(d("2026-02-02"))
        try office.saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        try office.saveOfficer(Officer(username: "rina", name: "Rina Wulandari", officeID: "K3471"))
        _ = try office.addPlan(seekerID: "S000001", goals: ["4321"], accommodations: [], services: ["counselling"], reviewOn: d("2026-03-01"))
        _ = try desk.officer(d("2026-03-01")).addPlan(seekerID: "S000001", goals: ["4321", "5230"], accommodations: [], services: ["training"],
                                                      reviewOn: d("2026-06-01"))
        #expect(try office.plans(seekerID: "S000001").map(\.version) == [1, 2])
        #expect(message { _ = try office.addPlan(seekerID: "S000001", goals: ["kasir"], accommodations: [], services: [], reviewOn: nil) }
            .contains("goal occupation kasir is not a 4-digit KBJI code"))
        _ = try office.addVisit(employerID: "E00002", kind: .visit, purpose: "quota and vacancies", result: "2 vacancies", vacanciesObtained: 2,
                                nextOn: d("2026-03-15"))
        #expect(try office.visits(employerID: "E00002").first?.vacanciesObtained == 2)
        let due = try desk.officer(d("2026-03-16")).due(officeID: nil, officer: nil)
        #expect(due.map(\.kind) == [.visit], "the officer's own office; the first plan's review is replaced by the second version's")
        // A JKP recipient's item comes before an earlier one of someone else.
        _ = try office.updateCase(seekerID: "S000001", officeID: nil, officer: nil, jkpFrom: d("2026-02-01"), jkpUntil: nil)
        let later = try desk.officer(d("2026-06-02")).due(officeID: "K3471", officer: nil)
        #expect(later.map(\.kind) == [.planReview, .visit] && later.map(\.jkp) == [true, false])
    }
}

extension CaseworkJourneyTests {
    @Test("the referral letter: both languages, the seeker's needs only with their consent, never the NIK or the category")
    func letter() throws {
        let desk = try Desk()
        let office = desk.officer(d("2026-02-02"))
        try office.saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        try office.saveOfficer(Officer(username: "rina", name: "Rina Wulandari", officeID: "K3471"))
        let agreed = try office.proposeReferral(seekerID: "S000001", vacancyID: "V000001").referral
        #expect(message { _ = try office.referralLetter(agreed.reference) }.contains("was not checked yet"))
        _ = try office.advanceReferral(agreed.reference, .check(consentToShare: true))
        _ = try office.advanceReferral(agreed.reference, .send)
        func html(_ reference: String) throws -> String {
            let l = try office.referralLetter(reference)
            return ReferralLetterHTML.render(ReferralLetterHTML.Content(
                reference: l.reference, date: l.date, officeName: l.office?.name ?? "-", officeRegency: l.office?.regencyCode, officer: l.officer,
                seekerName: l.seekerName, seekerID: l.seekerID, jobTitle: l.vacancy.title, kbji: l.vacancy.kbji, vacancyID: l.vacancy.id,
                employerName: l.employer?.name ?? "-", workplace: l.workplace?.name ?? "-", consentToShare: l.consentToShare, needs: l.needs,
                interviewOn: l.interviewOn, interviewPlace: l.interviewPlace, interviewAccommodations: l.interviewAccommodations))
        }
        let shared = try html(agreed.reference)
        #expect(shared.contains("<section lang=\"id\">") && shared.contains("<section lang=\"en\">"))
        #expect(shared.contains(agreed.reference) && shared.contains("Disnaker Kota Yogyakarta") && shared.contains("Rina Wulandari"))
        #expect(shared.contains(Need.screenReaderSystems.label(.id)) && shared.contains(Need.screenReaderSystems.label(.en)))
        #expect(!shared.contains("3471014508950002") && !shared.contains("sensorik") && !shared.contains("netra"))

        let declined = try office.proposeReferral(seekerID: "S000001", vacancyID: "V000002").referral
        _ = try office.advanceReferral(declined.reference, .check(consentToShare: false))
        let private_ = try html(declined.reference)
        #expect(!private_.contains(Need.screenReaderSystems.label(.en)), "no needs without the seeker's consent")
        #expect(private_.contains("did not agree to list their accommodation needs"))
    }


    @Test("the AK/1 card: a report due every 6 months from registration or the last report, and the card's end after 2 years")
    func card() throws {
        let desk = try Desk()
        let office = desk.officer(d("2026-02-02"))
        try office.saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        _ = try office.updateCase(seekerID: "S000002", officeID: nil, officer: "rina", jkpFrom: nil, jkpUntil: nil)
        func cards(_ day: String) throws -> [DueItem] {
            try desk.officer(d(day)).due(officeID: "K3471", officer: nil).filter { $0.seekerID == "S000002" }
        }
        #expect(try cards("2026-07-04").isEmpty)
        #expect(try cards("2026-07-05").map(\.kind) == [.cardReport])
        _ = try desk.officer(d("2026-07-08")).recordCardReport(seekerID: "S000002")
        #expect(try cards("2026-12-31").isEmpty)
        #expect(try cards("2027-01-08").map(\.kind) == [.cardReport])
        #expect(try cards("2028-01-05").map(\.kind) == [.cardRenewal], "registered 2026-01-05: the card ends two years on")
    }
}

enum FollowUpReportSample {
    static let working = Office.FollowUpReport(result: .sameEmployer, wage: 2_600_000, accommodationsWork: true)
}
