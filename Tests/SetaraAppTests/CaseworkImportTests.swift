import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

/// A history made through the officers' own use cases: a voice referral checked, sent,
/// interviewed and hired; three follow-ups (one late, the last finding a job loss); a second
/// referral hired after a work trial with no interview (a skip with its reason); a third declined.
private func history(_ desk: Desk) throws {
    let start = d("2026-02-02")
    try desk.officer(start).saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
    try desk.officer(start).saveOfficer(Officer(username: "rina", name: "Rina Wulandari", officeID: "K3471"))
    let first = try desk.seekerAtTerminal(d("2026-02-03")).requestReferral(seekerID: "S000001", vacancyID: "V000001", channel: .voice, score: 82).referral
    _ = try desk.officer(d("2026-02-04")).advanceReferral(first.reference, .check(consentToShare: true))
    _ = try desk.officer(d("2026-02-05"), "agus").advanceReferral(first.reference, .send)
    _ = try desk.officer(d("2026-02-10")).advanceReferral(first.reference, .interview(on: d("2026-02-16"), place: "Gudang Sleman",
                                                                                      accommodations: ["screen-reader-software"]))
    _ = try desk.officer(d("2026-02-17")).hire(first.reference, Office.Hire(startOn: d("2026-03-02"), contract: .pkwt, wage: 2_600_000,
                                                                            accommodations: ["screen-reader-software"]))
    _ = try desk.officer(d("2026-04-02")).recordFollowUp("P000001", month: nil, FollowUpReportSample.working)
    _ = try desk.officer(d("2026-06-25")).recordFollowUp("S000001", month: 3, on: d("2026-06-24"), FollowUpReportSample.working)
    _ = try desk.officer(d("2026-09-02")).recordFollowUp("P000001", month: 6, Office.FollowUpReport(
        result: .notWorking, accommodationsWork: false, problems: "contract not renewed", nextStep: "new referral"))
    let second = try desk.officer(d("2026-09-10")).proposeReferral(seekerID: "S000001", vacancyID: "V000002").referral
    _ = try desk.officer(d("2026-09-10")).advanceReferral(second.reference, .check(consentToShare: false))
    _ = try desk.officer(d("2026-09-11")).advanceReferral(second.reference, .send)
    _ = try desk.officer(d("2026-09-18")).hire(second.reference, Office.Hire(startOn: d("2026-10-01"), contract: .pkwtt),
                                               reason: "hired after a work trial, no interview")
    let third = try desk.officer(d("2026-03-01")).proposeReferral(seekerID: "S000002", vacancyID: "V000002").referral
    _ = try desk.officer(d("2026-03-02")).advanceReferral(third.reference, .check(consentToShare: true))
    _ = try desk.officer(d("2026-03-03")).advanceReferral(third.reference, .decline, reason: "needs a forklift licence")
}

/// Writes records as the export writes them, then reads the file back as the import does.
private func exported(_ office: Office, _ kind: ImportKind, as format: String, in folder: URL) throws -> [RawRecord] {
    let records = try office.exportCasework(kind, officeID: nil)
    let text = format == "csv" ? RecordExport.csv(kind: kind, records: records, includeCategory: false) : try RecordExport.json(kind: kind, records: records)
    let file = folder.appendingPathComponent("\(kind.rawValue).\(format)")
    try Data(text.utf8).write(to: file)
    return try SourceReader.read(path: file.path, kind: nil)
}

private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casework-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A fresh office with the same seekers, vacancies and offices, and no casework yet.
private func emptyOffice() throws -> Desk {
    let desk = try Desk()
    try desk.officer(d("2026-01-05")).saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
    return desk
}

private func records(_ kind: ImportKind, _ text: String, in folder: URL, ext: String = "yaml") throws -> [RawRecord] {
    let file = folder.appendingPathComponent("\(kind.rawValue)-\(UUID().uuidString.prefix(6)).\(ext)")
    try Data(text.utf8).write(to: file)
    return try SourceReader.read(path: file.path, kind: kind)
}

@Suite("Casework import and export")
struct CaseworkImportTests {
    @Test("export then import into an empty database gives the same history, in CSV and in JSON", arguments: ["csv", "json"])
    func roundTrip(format: String) throws {
        let source = try Desk()
        try history(source)
        let today = d("2026-10-02")
        let dir = try folder()
        let read = try ImportKind.allCases.filter(\.isCasework).flatMap { try exported(source.officer(today), $0, as: format, in: dir) }
        #expect(read.count == 3 + 2 + 3)

        let target = try emptyOffice()
        let result = try target.officer(today, "importer").importCasework(read)
        #expect(result.problems.flatMap { $0.lines(.en) } == [])
        #expect(result.saved && result.referrals == 3 && result.placements == 2 && result.followUps == 3)
        for kind in ImportKind.allCases.filter(\.isCasework) {
            let before = try source.officer(today).exportCasework(kind, officeID: nil).map { $0.map { "\($0.0)=\($0.1.cell)" } }
            let after = try target.officer(today).exportCasework(kind, officeID: nil).map { $0.map { "\($0.0)=\($0.1.cell)" } }
            #expect(before == after, "\(kind)")
        }
        // What a hire and a job loss change follows too, and the timeline reads the same steps.
        #expect(try target.store.seeker(id: "S000001")?.status == .placed)
        #expect(try target.store.vacancy(id: "V000001")?.status == .closed)
        let english = try target.officer(today).caseHistory(seekerID: "S000001").events.map(\.text.en)
        #expect(english.contains { $0.contains("Month-3 follow-up (late, due 2026-06-02)") })
        #expect(english.contains { $0.contains("Reason: hired after a work trial, no interview.") })
        // The employer's count is its record's: an imported history does not count its workers again.
        #expect(try target.store.employer(id: "E00001")?.employeesWithDisabilities == 1)
        // Importing the same files again writes nothing over: every record is refused.
        let again = try target.officer(today, "importer").importCasework(read)
        #expect(!again.saved && again.problems.count == 3 + 2 + 3)
        #expect(again.problems.flatMap { $0.lines(.en) }.filter { $0.contains("is already stored; an import does not write over history.") }.count == 5)
        #expect(again.problems.flatMap { $0.lines(.en) }.filter { $0.contains("it is not replaced.") }.count == 3)
    }

    @Test("a hire without a referral and a follow-up for someone never placed are refused, naming file, row and what is expected; nothing is saved")
    func refusals() throws {
        let dir = try folder()
        let desk = try emptyOffice()
        let today = d("2026-10-02")
        let referrals = try records(.referrals, """
            referrals:
              - reference: RJ-20260301-0001
                seeker: S000001
                vacancy: V000002
                proposed_on: 2026-03-01
                checked_on: 2026-03-02
                consent_to_share: ya
            """, in: dir)
        let placements = try records(.placements, """
            id,referral,hired_on,start_on,contract
            P000001,RJ-20260101-0009,2026-03-05,2026-03-10,pkwt
            """, in: dir, ext: "csv")
        let followUps = try records(.followups, """
            [{"seeker": "S000002", "done_on": "2026-05-01", "result": "same_employer"}]
            """, in: dir, ext: "json")
        let result = try desk.officer(today).importCasework(referrals + placements + followUps)
        #expect(!result.saved)
        let lines = result.problems.flatMap { $0.lines(.en) }
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.contains { $0.contains("placements-") && $0.contains(".csv, line 2 (P000001)") &&
                $0.contains("referral RJ-20260101-0009 does not exist; a placement is recorded only through a referral.") })
        #expect(lines.contains { $0.contains(".json, record 1") && $0.contains("Seeker S000002: was never placed; a follow-up is for a placed worker.") })
        let indonesian = result.problems.flatMap { $0.lines(.id) }
        #expect(indonesian.contains { $0.contains("baris 2") && $0.contains("penempatan hanya dicatat lewat rujukan") })
        // All or nothing: the good referral was not kept either.
        #expect(try desk.store.referrals(seekerID: "S000001").isEmpty)
    }

    @Test("the same step rules as the officers' commands: an interview after a hire, a hire on a withdrawn referral")
    func transitions() throws {
        let dir = try folder()
        let desk = try emptyOffice()
        let today = d("2026-10-02")
        let referrals = try records(.referrals, """
            reference,seeker,vacancy,proposed_on,checked_on,sent_on,interview_scheduled_on,interview_on,outcome,outcome_on,outcome_by,outcome_reason,skip_reason
            RJ-20260301-0001,S000001,V000001,2026-03-01,2026-03-02,2026-03-03,2026-03-20,2026-03-25,,,,,uji coba kerja
            RJ-20260301-0002,S000002,V000001,2026-03-01,2026-03-02,,,,withdrawn,2026-03-04,rina,moved away,
            """, in: dir, ext: "csv")
        let placements = try records(.placements, """
            [{"referral": "RJ-20260301-0001", "hired_on": "2026-03-10", "start_on": "2026-03-15", "contract": "pkwt"},
             {"referral": "RJ-20260301-0002", "hired_on": "2026-03-06", "start_on": "2026-03-15", "contract": "pkwt"}]
            """, in: dir, ext: "json")
        let result = try desk.officer(today).importCasework(referrals + placements)
        let lines = result.problems.flatMap { $0.lines(.en) }
        #expect(!result.saved)
        #expect(lines.contains { $0.contains("line 2 (RJ-20260301-0001)") && $0.contains("is finished (hired); no further step can be taken.") },
                "an interview after the hire: \(lines)")
        #expect(lines.contains { $0.contains("record 2") && $0.contains("is finished (withdrawn by the seeker); no further step can be taken.") },
                "a hire on a withdrawn referral: \(lines)")
    }

    @Test("a file's own mistakes are found before anything is tried: unknown columns, a hire with no placement, a missing day")
    func fieldChecks() throws {
        let dir = try folder()
        let desk = try emptyOffice()
        let read = try records(.referrals, """
            referrals:
              - reference: RJ-2026-1
                seeker: S000001
                vacancy: V000001
                proposed_on: 2026-13-01
                color: red
              - reference: RJ-20260301-0002
                seeker: S000001
                vacancy: V000002
                proposed_on: 2026-03-01
                outcome: hired
                outcome_on: 2026-03-09
              - reference: RJ-20260305-0003
                seeker: S000002
                vacancy: V000002
                proposed_on: 2026-03-05
                checked_on: 2026-03-04
            """, in: dir)
        let lines = try desk.officer(d("2026-10-02")).importCasework(read).problems.flatMap { $0.lines(.en) }
        #expect(lines.contains { $0.contains("line 2") && $0.contains("reference") && $0.contains("RJ-YYYYMMDD-NNNN") })
        #expect(lines.contains { $0.contains("line 2") && $0.contains("proposed_on") })
        #expect(lines.contains { $0.contains("line 2") && $0.contains("color") })
        #expect(lines.contains { $0.contains("line 7") && $0.contains("hired needs its placement") })
        #expect(lines.contains { $0.contains("line 13") && $0.contains("checked_on: 2026-03-04 is before proposed_on 2026-03-05") })
    }

    @Test("a seeker confirms their coming interview; not another's, not a past one, not without an interview")
    func confirmInterview() throws {
        let desk = try emptyOffice()
        let office = desk.officer(d("2026-02-02"))
        let referral = try office.proposeReferral(seekerID: "S000001", vacancyID: "V000001").referral
        #expect(message { _ = try desk.seekerAtTerminal(d("2026-02-02")).confirmInterview(referral.reference) }.contains("has no interview scheduled"))
        _ = try office.advanceReferral(referral.reference, .check(consentToShare: true))
        _ = try office.advanceReferral(referral.reference, .send)
        _ = try office.advanceReferral(referral.reference, .interview(on: d("2026-02-09"), place: "Gudang", accommodations: []))
        let confirmed = try desk.seekerAtTerminal(d("2026-02-03")).confirmInterview(referral.reference)
        #expect(confirmed.interviewConfirmedOn == d("2026-02-03"))
        #expect(try desk.seekerAtTerminal(d("2026-02-04")).openReferrals(seekerID: "S000001").first?.interviewConfirmedOn == d("2026-02-03"))
        #expect(try desk.store.auditLog(recordID: "S000001", limit: 20).contains { $0.actor == "seeker:S000001" && $0.fields.contains("interview_confirmed") })
        // The officer reads it in the seeker's timeline, and beside the coming interview.
        let history = try desk.officer(d("2026-02-04")).caseHistory(seekerID: "S000001")
        #expect(history.events.contains { $0.on == d("2026-02-03") && $0.text.en.hasPrefix("The seeker said they will come to the interview for") })
        #expect(history.coming.contains { $0.on == d("2026-02-09") && $0.text.id.hasSuffix("pencari kerja sudah menyatakan akan datang.") })
        let other = Office(store: desk.store, actor: Actor(.seeker, "S000002"), today: d("2026-02-03"),
                           catalog: { throw AppError(.io, problem: LocalizedText(id: "-", en: "-")) })
        #expect(message { _ = try other.confirmInterview(referral.reference) }.hasPrefix("No referral \(referral.reference)."), "another's is not found")
        #expect(message { _ = try desk.seekerAtTerminal(d("2026-02-10")).confirmInterview(referral.reference) }
            .contains("the interview day 2026-02-09 has passed"))
    }

    @Test("list filters: office, case officer, status, due and overdue")
    func filters() throws {
        let desk = try Desk()
        try history(desk)
        let office = desk.officer(d("2026-10-02"))
        _ = try office.updateCase(seekerID: "S000002", officeID: nil, officer: "agus", jkpFrom: nil, jkpUntil: nil)
        func refs(_ status: String? = nil, due: String? = nil, officer: String? = nil, on day: String = "2026-10-02") throws -> [String] {
            let o = desk.officer(d(day))
            return try o.referrals(o.caseworkFilter(seekerID: nil, officeID: "K3471", officer: officer, status: status,
                                                   statuses: Office.referralStatuses, due: due, limit: 100)).map(\.reference)
        }
        #expect(try refs().count == 3)
        #expect(try refs("hired").count == 2 && refs("diterima bekerja").count == 2 && refs("diterima").count == 2 && refs("Wawancara").isEmpty)
        // In Indonesian the choices are named in Indonesian, each with the id it stands for.
        #expect(message { _ = try refs("sideways") }.contains("pilihannya: diusulkan (requested), diperiksa petugas (checked)"))
        #expect(try refs(officer: "agus") == ["RJ-20260301-0001"])
        #expect(message { _ = try refs("sideways") }.contains("\"sideways\" is not known; the choices are: requested, checked"))
        #expect(message { _ = try office.caseworkFilter(seekerID: nil, officeID: "K9999", officer: nil, status: nil, statuses: [], due: nil, limit: 1) }
            .contains("K9999"))
        let open = try office.placements(office.caseworkFilter(seekerID: nil, officeID: "K3471", officer: nil, status: "open",
                                                              statuses: Office.placementStatuses, due: nil, limit: 100))
        #expect(open.map(\.id) == ["P000002"])
    }

    @Test("due and overdue: an interview whose day has come, a letter unanswered for two weeks, a follow-up past its day")
    func dueFilters() throws {
        let desk = try emptyOffice()
        let office = desk.officer(d("2026-02-03"))
        let interviewed = try office.proposeReferral(seekerID: "S000001", vacancyID: "V000001").referral.reference
        let unanswered = try office.proposeReferral(seekerID: "S000002", vacancyID: "V000002").referral.reference
        for reference in [interviewed, unanswered] {
            _ = try office.advanceReferral(reference, .check(consentToShare: true))
            _ = try office.advanceReferral(reference, .send)
        }
        _ = try office.advanceReferral(interviewed, .interview(on: d("2026-02-16"), place: nil, accommodations: []))
        func due(_ kind: String, on day: String) throws -> [String] {
            let o = desk.officer(d(day))
            return try o.referrals(o.caseworkFilter(seekerID: nil, officeID: "K3471", officer: nil, status: nil, statuses: Office.referralStatuses,
                                                   due: kind, limit: 100)).map(\.reference)
        }
        #expect(try due("due", on: "2026-02-15").isEmpty)
        #expect(try due("due", on: "2026-02-16") == [interviewed], "the interview's day has come")
        #expect(try due("overdue", on: "2026-02-16").isEmpty)
        #expect(try due("overdue", on: "2026-02-17") == [interviewed])
        #expect(try due("due", on: "2026-02-17").sorted() == [interviewed, unanswered].sorted(), "sent on 3 February, 14 days without an answer")
        #expect(try due("overdue", on: "2026-02-17") == [interviewed])
        #expect(message { _ = try due("soon", on: "2026-02-17") }.contains("due (due today or before) or overdue (before today)"))

        _ = try desk.officer(d("2026-02-17")).hire(interviewed, Office.Hire(startOn: d("2026-03-02"), contract: .pkwt))
        func followUps(_ kind: String, on day: String) throws -> [Int] {
            let o = desk.officer(d(day))
            return try o.followUps(o.caseworkFilter(seekerID: nil, officeID: nil, officer: "rina", status: nil, statuses: Office.followUpStates,
                                                   due: kind, limit: 100)).map(\.month)
        }
        #expect(try followUps("due", on: "2026-04-01").isEmpty)
        #expect(try followUps("due", on: "2026-04-02") == [1])
        #expect(try followUps("overdue", on: "2026-04-02").isEmpty)
        #expect(try followUps("overdue", on: "2026-06-03") == [1, 3])
    }
}
