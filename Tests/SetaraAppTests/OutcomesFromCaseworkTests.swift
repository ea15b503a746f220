import Foundation
import SetaraApp
import SetaraDomain
import SetaraStore
import Testing

/// The outcomes report read from a database where casework was recorded through the office's use
/// cases: the store's reading and the counting together.
@Suite("Outcomes from recorded casework")
struct OutcomesFromCaseworkTests {
    @Test("On a database file, the report for all offices (read on several connections at once) counts what one connection reads for the same seekers")
    func twoConnections() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-outcomes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let desk = try Desk(path: folder.appendingPathComponent("office.sqlite").path)
        try desk.officer(d("2026-01-05")).saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        // Two referrals: one hired and followed up, one only checked.
        let (old, _) = try desk.seekerAtTerminal(d("2026-01-06")).requestReferral(seekerID: "S000002", vacancyID: "V000002", channel: .voice, score: 60)
        _ = try desk.officer(d("2026-01-07")).advanceReferral(old.reference, .check(consentToShare: true))
        let (referral, _) = try desk.seekerAtTerminal(d("2026-02-03")).requestReferral(seekerID: "S000001", vacancyID: "V000001", channel: .voice, score: 82)
        _ = try desk.officer(d("2026-02-04")).advanceReferral(referral.reference, .check(consentToShare: true))
        _ = try desk.officer(d("2026-02-05")).advanceReferral(referral.reference, .send)
        _ = try desk.officer(d("2026-02-10")).advanceReferral(referral.reference, .interview(on: d("2026-02-16"), place: "Gudang", accommodations: []))
        _ = try desk.officer(d("2026-02-17")).hire(referral.reference, Office.Hire(startOn: d("2026-03-02"), contract: .pkwt, wage: 2_600_000, accommodations: []))
        _ = try desk.officer(d("2026-06-03")).recordFollowUp("P000001", month: 3, FollowUpReportSample.working)

        let period = Period(from: d("2026-04-01"), to: d("2026-09-30"))
        let office = desk.officer(d("2026-10-01"))
        let everything = try office.outcomes(.everything, period: period)
        let region = try office.outcomes(.region("3471"), period: period)
        #expect(everything.current == region.current)
        #expect(everything.before == region.before)
        #expect(everything.buckets == region.buckets)
        #expect(everything.breakdowns.map(\.groups) == region.breakdowns.map(\.groups))
        // And they count what happened: the hire in the period before, the 3-month follow-up in this one.
        #expect(everything.before.hires == 1 && everything.before.placements == 1 && everything.before.referrals == 2)
        #expect(everything.current.retained[3] == 1 && everything.current.hires == 0)
    }

    @Test("A referral taken to a placement and its follow-ups shows in the office's report for the half-year")
    func journey() throws {
        let desk = try Desk()
        let start = d("2026-02-02")
        try desk.officer(start).saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
        try desk.officer(start).saveOfficer(Officer(username: "rina", name: "Rina Wulandari", officeID: "K3471"))
        _ = try desk.officer(start).updateCase(seekerID: "S000001", officeID: nil, officer: "rina", jkpFrom: nil, jkpUntil: nil)
        let (referral, _) = try desk.seekerAtTerminal(d("2026-02-03")).requestReferral(seekerID: "S000001", vacancyID: "V000001", channel: .voice, score: 82)
        _ = try desk.officer(d("2026-02-04")).advanceReferral(referral.reference, .check(consentToShare: true))
        _ = try desk.officer(d("2026-02-05")).advanceReferral(referral.reference, .send)
        _ = try desk.officer(d("2026-02-10")).advanceReferral(referral.reference, .interview(on: d("2026-02-16"), place: "Gudang", accommodations: []))
        _ = try desk.officer(d("2026-02-17")).hire(referral.reference, Office.Hire(startOn: d("2026-03-02"), contract: .pkwt, wage: 2_600_000, accommodations: []))
        _ = try desk.officer(d("2026-04-02")).recordFollowUp("P000001", month: nil, FollowUpReportSample.working)
        _ = try desk.officer(d("2026-06-03")).recordFollowUp("P000001", month: 3, FollowUpReportSample.working)

        let report = try desk.officer(d("2026-07-01")).outcomes(.office("K3471"), period: Period(from: d("2026-01-01"), to: d("2026-06-30")))
        let f = report.current
        #expect(f.registered == 1)                  // S000001, registered 2026-01-05; S000002 has no case at this office
        #expect(f.served == 1)
        #expect(f.referrals == 1)
        #expect(f.interviews == 1)
        #expect(f.hires == 1)
        #expect(f.placements == 1)
        #expect(f.placementRate == 1)
        #expect(f.referralToHireRate == 1)
        #expect(f.medianDaysToPlacement == 56)      // 2026-01-05 to 2026-03-02
        #expect(f.medianWageAtPlacement == 2_600_000)
        #expect(f.retained[3] == 1)                 // due 2026-06-02, recorded working
        #expect(f.vacanciesFilled == 1)
        #expect(report.before.placements == 0)
        // Everywhere (each table read straight through and tied to its seeker by id): the other
        // seeker, registered the same day, is served too; the referral's steps, the placement and
        // its follow-up are found by their references as in the office's report.
        let everywhere = try desk.officer(d("2026-07-01")).outcomes(.everything, period: Period(from: d("2026-01-01"), to: d("2026-06-30"))).current
        #expect(everywhere.registered == 2 && everywhere.served == 2)
        #expect(everywhere.interviews == 1 && everywhere.hires == 1 && everywhere.placements == 1)
        #expect(everywhere.placementRate == 0.5 && everywhere.retained[3] == 1 && everywhere.medianWageAtPlacement == 2_600_000)
        // A region holds the seekers living there.
        #expect(try desk.officer(d("2026-07-01")).outcomes(.region("34"), period: Period(from: d("2026-01-01"), to: d("2026-06-30"))).current.hires == 1)
        // An office that does not exist is named in the error.
        #expect(message { _ = try desk.officer(d("2026-07-01")).outcomes(.office("K9999"), period: Period(from: d("2026-01-01"), to: d("2026-06-30"))) }
            .contains("Office K9999: does not exist."))
        // A region that is not a province or regency code is refused by the same check as the quota report's.
        #expect(message { _ = try desk.officer(d("2026-07-01")).outcomes(.region("Bantul"), period: Period(from: d("2026-01-01"), to: d("2026-06-30"))) }
            .contains("--region Bantul: is not a province or regency code."))
    }
}
