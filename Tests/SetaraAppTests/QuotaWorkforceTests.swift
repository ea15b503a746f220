import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

/// The quota report weighs the workforce an employer's record holds: Japan's rule counts short-time
/// workers as half and a severe disability twice, from the counts an officer registered.
@Suite("The quota of a stored employer, with its workforce breakdown")
struct QuotaWorkforceTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules/quota")

    func office() throws -> Office {
        Office(store: try SQLiteStore(path: ":memory:"), actor: Actor(.officer, "rina"), today: Day(year: 2026, month: 11, day: 30)!,
               catalog: { throw AppError(.io, problem: LocalizedText(id: "-", en: "-")) })
    }

    @Test("Japan's rule on a registered employer: 280 full-time and 40 short-time workers; 6 with disabilities, 3 severe, 2 on short hours")
    func japan() throws {
        let office = try office()
        let saved = try office.registerEmployer([
            "name": .text("PT Sakura Logistik"), "ownership": .text("private"), "headcount": .text("320"),
            "short_time_workers": .text("40"), "employees_with_disabilities": .text("6"), "short_time_with_disabilities": .text("2"),
            "with_severe_disabilities": .text("3"), "short_time_with_severe_disabilities": .text("1"), "regency": .text("3471"),
        ])
        let employer = try #require(try office.store.employer(id: saved.record.id))
        let japan = try office.quotaReport(region: "34", rules: Office.quotaRules("japan", folder: Self.rules))
        let row = try #require(japan.rows.first)
        // Groups: 280 full-time, 40 short-time; with disabilities 2 full-time (6 - 3 - 2 + 1), 1 short-time,
        // 2 severe full-time, 1 severe short-time.
        #expect(row.workforce == QuotaWorkforce(fullTime: 280, shortTime: 40, disabledFullTime: 2, disabledShortTime: 1,
                                                severeFullTime: 2, severeShortTime: 1))
        // Headcount 280 + 40 x 0.5 = 300; 2.7% from July 2026 = 8.1, fraction dropped: 8.
        // Counted 2 + 1 x 0.5 + 2 x 2 + 1 x 1 = 7.5; 0.5 short, so 1 worker to hire; no whole missing worker, no levy.
        #expect(row.position.headcount == 300)
        #expect(row.position.required == 8)
        #expect(row.position.counted == 7.5)
        #expect(row.position.shortfall == 1)
        #expect(row.position.levyPerMonth == 0)
        // Counted as everyone full-time (the record before its breakdown), it would be 8.64 → 8 required, 6 counted,
        // 2 short and a levy on 2 workers: the breakdown changes the answer.
        let flat = try Office.quotaRules("japan", folder: Self.rules)
            .position(ownership: .private, workforce: QuotaWorkforce(fullTime: 320, disabledFullTime: 6), on: office.today)
        #expect(flat.shortfall == 2 && flat.levyPerMonth == 100_000)

        // Indonesia's rule counts every worker alike: 1% of 320 = 3.2 → 4; 6 employed.
        let indonesia = try office.quotaReport(region: "34", rules: Office.quotaRules("indonesia", folder: Self.rules))
        #expect(indonesia.rows.first?.position.headcount == 320)
        #expect(indonesia.rows.first?.position.counted == 6)
        #expect(indonesia.rows.first?.position.meetsQuota == true)
        #expect(employer.withSevereDisabilities == 3)
    }

    @Test("An HR officer's change of the counts is checked as the record is, and an empty count is 0")
    func updateWorkforce() throws {
        let office = try office()
        let saved = try office.registerEmployer(["name": .text("CV Kecil"), "ownership": .text("private"), "headcount": .text("40"),
                                                 "employees_with_disabilities": .text("2"), "regency": .text("3471")])
        let changed = try office.updateWorkforce(ofEmployer: saved.record.id, [
            "headcount": "40", "short_time_workers": "10", "employees_with_disabilities": "2", "short_time_with_disabilities": "1",
            "with_severe_disabilities": "", "short_time_with_severe_disabilities": nil,
        ])
        #expect(changed.record.shortTimeWorkers == 10 && changed.record.shortTimeWithDisabilities == 1 && changed.record.withSevereDisabilities == 0)
        #expect(Set(changed.changed) == ["short_time_workers", "short_time_with_disabilities"])
        // More short-time workers than workers: refused, nothing changed.
        let refused = message { _ = try office.updateWorkforce(ofEmployer: saved.record.id, ["short_time_workers": "41"]) }
        #expect(refused.contains("short_time_workers is 41, more than headcount (40)"), "\(refused)")
        #expect(refused.contains("pekerja_paruh_waktu (short_time_workers) berisi 41, lebih dari jumlah_pekerja (headcount), yaitu 40"), "\(refused)")
        #expect(try office.store.employer(id: saved.record.id)?.shortTimeWorkers == 10)
        // Only the counts of workers are the form's to change.
        let named = try office.updateWorkforce(ofEmployer: saved.record.id, ["name": "PT Lain", "short_time_workers": "5"])
        #expect(named.record.name == "CV Kecil" && named.record.shortTimeWorkers == 5)
    }
}
