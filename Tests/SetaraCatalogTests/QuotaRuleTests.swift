import Foundation
import SetaraCatalog
import SetaraDomain
import Testing

/// The quota rule profiles in `Rules/quota/`, each figure worked out by hand from the law.
@Suite("Quota rules as data: Indonesia's Law 8/2016 Art. 53 and Japan's statutory rate")
struct QuotaRuleTests {
    static let folder = catalogFolder.deletingLastPathComponent().appendingPathComponent("Rules/quota")

    func rules(_ name: String) throws -> QuotaRules {
        let rules = try CatalogLoader.decode(QuotaRules.self, yaml: String(contentsOf: Self.folder.appendingPathComponent(name + ".yaml"), encoding: .utf8))
        #expect(rules.problems().isEmpty, "\(rules.problems().map(\.en))")
        return rules
    }

    let day = Day(year: 2026, month: 11, day: 30)!

    @Test("Indonesia: 1 percent for private employers and 2 for public ones, at least that share, so a fraction is one more worker")
    func indonesia() throws {
        let rules = try rules("indonesia")
        // 150 private workers: 1.5 → 2 required; 1 employed → 1 short.
        var p = rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 150, disabledFullTime: 1), on: day)
        #expect(p.required == 2)
        #expect(p.shortfall == 1)
        #expect(p.levyPerMonth == nil)
        // 200 private workers: exactly 2.
        p = rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 200, disabledFullTime: 2), on: day)
        #expect(p.required == 2)
        #expect(p.meetsQuota)
        // A BUMN of 1,010 workers: 20.2 → 21.
        p = rules.position(ownership: .bumn, workforce: QuotaWorkforce(fullTime: 1_010, disabledFullTime: 25), on: day)
        #expect(p.required == 21)
        #expect(p.meetsQuota)
        // A small shop of 12 still owes one worker: "at least 1 percent" of 12 is 0.12 of a person.
        p = rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 12, disabledFullTime: 0), on: day)
        #expect(p.required == 1)
        #expect(p.shortfall == 1)
        // Short hours and severity do not change the count in Indonesia.
        p = rules.position(ownership: .government, workforce: QuotaWorkforce(fullTime: 80, shortTime: 20, disabledFullTime: 0, severeShortTime: 2), on: day)
        #expect(p.headcount == 100)
        #expect(p.counted == 2)
        #expect(p.meetsQuota)
    }

    @Test("Japan: 2.7 percent from July 2026 with the fraction dropped, short-time workers as half, severe disability twice, a levy over 100 workers")
    func japan() throws {
        let rules = try rules("japan")
        let before = Day(year: 2026, month: 6, day: 30)!
        // 300 workers: 7.5 → 7 before July 2026; 8.1 → 8 after.
        #expect(rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 300, disabledFullTime: 0), on: before).required == 7)
        #expect(rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 300, disabledFullTime: 0), on: day).required == 8)
        // 37 workers: 0.999 → no obligation; 38: 1.026 → 1.
        #expect(rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 37, disabledFullTime: 0), on: day).required == 0)
        #expect(rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 38, disabledFullTime: 0), on: day).required == 1)
        // 280 full-time and 40 short-time workers: headcount 300, 8 required. Counted: 2 full-time,
        // 1 severe full-time (2), 1 short-time (0.5), 1 severe short-time (1) = 5.5; 2.5 short →
        // 3 workers to hire; levy on 2 whole missing workers, 100,000 yen a month.
        let p = rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 280, shortTime: 40, disabledFullTime: 2, disabledShortTime: 1,
                                                                                severeFullTime: 1, severeShortTime: 1), on: day)
        #expect(p.headcount == 300)
        #expect(p.required == 8)
        #expect(p.counted == 5.5)
        #expect(p.shortfall == 3)
        #expect(p.levyPerMonth == 100_000)
        // 90 workers: below the levy's threshold.
        #expect(rules.position(ownership: .private, workforce: QuotaWorkforce(fullTime: 90, disabledFullTime: 0), on: day).levyPerMonth == nil)
        // Government: 3.0 percent of 1,000.
        #expect(rules.position(ownership: .government, workforce: QuotaWorkforce(fullTime: 1_000, disabledFullTime: 0), on: day).required == 30)
    }

    @Test("A rule file without a rate for every kind of employer, or with rates out of order, says what is wrong")
    func unsound() throws {
        var rules = try rules("indonesia")
        rules.rates["private"] = nil
        rules.rates["bumn"] = [.init(from: day, percent: 2), .init(from: Day(year: 2020, month: 1, day: 1)!, percent: 3)]
        rules.rates["cooperative"] = [.init(from: day, percent: 1)]
        let problems = rules.problems().map(\.en).joined(separator: "\n")
        #expect(problems.contains("rates.private: missing"))
        #expect(problems.contains("rates.bumn: the dates must rise"))
        #expect(problems.contains("rates.cooperative: not a kind of employer"))
    }
}
