import Foundation
@testable import SetaraApp
@testable import SetaraStore
import SetaraDomain
import Testing

/// The outcomes report's indicators on a five-seeker fixture, every figure worked out by hand
/// (the working is in the comments).
@Suite("Outcome indicators on a small fixture, computed by hand")
struct OutcomeFiguresTests {
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static let facts: OutcomeFacts = {
        var f = OutcomeFacts()
        func seeker(_ id: String, _ registered: String, _ sex: Sex?, _ birth: String?, _ education: EducationLevel, _ status: SeekerStatus,
                    _ capacity: [FunctionalDimension: Int]) -> OutcomeFacts.Seeker {
            .init(id: id, registered: day(registered), sex: sex, birth: birth.map(day), education: education, status: status, capacity: capacity)
        }
        f.seekers = [
            seeker("A", "2025-10-01", .female, "1990-05-01", .smk, .placed, [.nearVision: 0]),      // 0: seeing
            seeker("B", "2026-02-01", .male, "2000-01-01", .s1, .active, [.hearing: 1]),            // 1: hearing
            seeker("C", "2026-03-15", nil, nil, .sd, .active, [:]),                                  // 2: nothing recorded
            seeker("D", "2026-05-01", .female, "1960-01-01", .sma, .placed, [.standingWalking: 3, .literacy: 2]),  // 3: learning (literacy 2 on 1-5)
            seeker("E", "2025-06-01", .male, "1985-01-01", .smp, .active, [:]),                     // 4: not served in the period
        ]
        // Each referral's first step is its request, on the day it was made.
        f.steps = [.init(seeker: 0, status: .requested, on: day("2025-12-20")), .init(seeker: 1, status: .requested, on: day("2026-02-10")),
                   .init(seeker: 3, status: .requested, on: day("2026-05-05")), .init(seeker: 3, status: .requested, on: day("2026-05-06")),
                   .init(seeker: 0, status: .interview, on: day("2026-01-05")), .init(seeker: 0, status: .hired, on: day("2026-01-10")),
                   .init(seeker: 1, status: .interview, on: day("2026-03-01")), .init(seeker: 1, status: .declined, on: day("2026-03-05")),
                   .init(seeker: 3, status: .hired, on: day("2026-05-20")), .init(seeker: 3, status: .withdrawn, on: day("2026-05-25"))]
        f.placements = [
            .init(seeker: 0, start: day("2026-01-15"), wage: 3_000_000, employerID: "E1", vacancyID: "V1", kbji: "4321"),
            .init(seeker: 3, start: day("2026-06-01"), wage: 2_000_000, employerID: "E2", vacancyID: "V2", kbji: "9329"),
            .init(seeker: 4, start: day("2025-08-01"), wage: nil, employerID: "E1", vacancyID: "V0", kbji: "4321"),
        ]
        f.followUps = [
            .init(placement: 2, month: 3, due: day("2025-11-01"), done: true, result: .sameEmployer, wage: nil),
            .init(placement: 2, month: 6, due: day("2026-02-01"), done: true, result: .notWorking, wage: nil),
            .init(placement: 2, month: 12, due: day("2026-08-01"), done: false, result: nil, wage: nil),
            .init(placement: 0, month: 3, due: day("2026-04-15"), done: true, result: .sameEmployer, wage: 3_100_000),
            .init(placement: 0, month: 6, due: day("2026-07-15"), done: false, result: nil, wage: nil),
        ]
        f.visits = [.init(employerID: "E1", on: day("2026-01-03"), vacanciesObtained: 2), .init(employerID: "E3", on: day("2026-04-01"), vacanciesObtained: 0),
                    .init(employerID: "E1", on: day("2025-12-01"), vacanciesObtained: 1)]
        return f
    }()

    let period = Period(from: day("2026-01-01"), to: day("2026-06-30"))
    let today = day("2026-12-31")

    @Test("Counts, rates, time to placement, retention, wages and employers for the period")
    func figures() {
        let f = Office.figures(Self.facts, period, today: today)
        #expect(f.registered == 3)                 // B, C, D
        #expect(f.served == 4)                     // B, C, D registered; A moved on a referral
        #expect(f.caseload == 3)                   // B, C, E active
        #expect(f.referrals == 3)                  // B's and D's two
        #expect(f.interviews == 2)
        #expect(f.hires == 2)
        #expect(f.referralToHireRate == 0.5)       // 2 hires of 4 outcomes (hired, hired, not hired, withdrawn)
        #expect(f.placements == 2)
        #expect(f.placementRate == 0.5)            // A and D of the 4 served
        #expect(f.medianDaysToPlacement == 68.5)   // A: 2025-10-01 to 2026-01-15 = 106 days; D: 31 days
        #expect(f.medianWageAtPlacement == 2_500_000)
        #expect(f.placedWithin6Months == 1.0 / 3)  // B, C, D have had 6 months; D was placed within them
        #expect(f.placedWithin12Months == nil)     // no one registered in the period has had 12 months
        #expect(f.retained[3] == 1.0)              // A's 3-month follow-up: same employer
        #expect(f.retainedSameEmployer[3] == 1.0)
        #expect(f.retained[6] == 0.0)              // E's 6-month follow-up: not working
        #expect(f.retained[12] == .some(nil))      // none due in the period
        #expect(f.medianWageAt6Months == nil)
        #expect(f.visits == 2)
        #expect(f.vacanciesObtained == 2)
        #expect(f.employersServed == 3)            // E1, E2 placing; E1, E3 visited
        #expect(f.repeatEmployers == 1)            // E1 placed E before the period
        #expect(f.vacanciesFilled == 2)
    }

    @Test("The period before has the same length and ends the day before")
    func before() {
        let previous = period.previous
        #expect(previous.to == Self.day("2025-12-31"))
        #expect(previous.days == period.days)
        #expect(previous.from == Self.day("2025-07-04"))
        let f = Office.figures(Self.facts, previous, today: today)
        #expect(f.registered == 1)                 // A
        #expect(f.placements == 1)                 // E's
        #expect(f.visits == 1)
        #expect(f.retained[3] == 1.0)              // E's 3-month follow-up
    }

    @Test("Breakdowns by sex, age, education, functional group from the profile, and occupation")
    func breakdowns() throws {
        let groups = Dictionary(uniqueKeysWithValues: Office.breakdowns(Self.facts, period).map { ($0.name, $0.groups) })
        func row(_ name: String, _ key: String) -> (Int, Int)? {
            groups[name]?.first { $0.key == key }.map { ($0.served, $0.placed) }
        }
        #expect(row("sex", "female")! == (2, 2))
        #expect(row("sex", "male")! == (1, 0))
        #expect(row("sex", "unknown")! == (1, 0))
        #expect(row("age", "35-44")! == (1, 1))    // A, 36 on 2026-06-30
        #expect(row("age", "25-34")! == (1, 0))    // B, 26
        #expect(row("age", "55+")! == (1, 1))      // D, 66
        #expect(row("education", "basic")! == (1, 0))
        #expect(row("education", "upper")! == (2, 2))
        #expect(row("functional_group", "seeing")! == (1, 1))
        #expect(row("functional_group", "hearing")! == (1, 0))
        #expect(row("functional_group", "learning")! == (1, 1))
        #expect(row("functional_group", "none")! == (1, 0))
        #expect(row("functional_group", "moving") == nil)   // D stands and walks at level 3
        #expect(groups["occupation"]?.map(\.key) == ["4", "9"])
    }

    @Test("Trend by quarter and by month")
    func trend() {
        let quarters = Office.buckets(Self.facts, period, .quarter)
        #expect(quarters.map(\.label) == ["2026-Q1", "2026-Q2"])
        #expect(quarters[0] == OutcomeBucket(label: "2026-Q1", registered: 2, referrals: 1, hires: 1, placements: 1))
        #expect(quarters[1] == OutcomeBucket(label: "2026-Q2", registered: 1, referrals: 2, hires: 1, placements: 1))
        #expect(Office.buckets(Self.facts, period, .month).count == 6)
    }

    @Test("Day numbers count days across months, leap years and centuries")
    func dayNumbers() {
        #expect(Self.day("1970-01-01").dayNumber == 0)
        #expect(Self.day("2026-01-15").dayNumber - Self.day("2025-10-01").dayNumber == 106)
        #expect(Self.day("2024-03-01").dayNumber - Self.day("2024-02-28").dayNumber == 2)
        #expect(Self.day("2100-03-01").dayNumber - Self.day("2100-02-28").dayNumber == 1)
        #expect(Self.day("2000-03-01").dayNumber - Self.day("2000-02-28").dayNumber == 2)
    }
}

@Suite("The outcomes report read as HTML, as words and aloud")
struct OutcomeRenderingTests {
    let report: OutcomeReport = {
        let period = Period(from: OutcomeFiguresTests.day("2026-01-01"), to: OutcomeFiguresTests.day("2026-06-30"))
        let facts = OutcomeFiguresTests.facts
        return OutcomeReport(scope: .office("K3402"), period: period,
                             current: Office.figures(facts, period, today: OutcomeFiguresTests.day("2026-12-31")),
                             before: Office.figures(facts, period.previous, today: OutcomeFiguresTests.day("2026-12-31")),
                             breakdowns: Office.breakdowns(facts, period), buckets: Office.buckets(facts, period, .quarter))
    }()

    @Test("One file without scripts: each chart an image with a title and a description in words, a table beside it, the page in the report's language")
    func html() {
        for language in Language.allCases {
            let page = OutcomesHTML.render(report, place: "<Kantor & Bantul>", language: language)
            #expect(page.hasPrefix("<!DOCTYPE html>"))
            #expect(page.contains("<html lang=\"\(language.rawValue)\">"))
            #expect(!page.contains("<script"))
            #expect(!page.contains("http://") && !page.contains("https://"), "nothing fetched from elsewhere")
            #expect(page.contains("&lt;Kantor &amp; Bantul&gt;") && !page.contains("<Kantor"))
            let charts = page.components(separatedBy: "<svg role=\"img\"").count - 1
            #expect(charts == 3)
            for id in ["trend", "retention", "groups"] {
                #expect(page.contains("aria-labelledby=\"\(id)-title \(id)-desc\""))
                #expect(page.contains("<title id=\"\(id)-title\">"))
                #expect(page.contains("<desc id=\"\(id)-desc\">"))
            }
            // The second series is hatched and named in the legend: nothing rests on colour alone.
            #expect(page.contains("url(#retention-hatch)"))
            #expect(page.components(separatedBy: "<table>").count - 1 >= 6)
            #expect(!page.contains("<th scope=\"col\"></th>"))
        }
        let english = OutcomesHTML.render(report, place: "K3402", language: .en)
        // The retention chart's words carry the figures: 3 months 100 percent, 6 months 0 percent.
        #expect(english.contains("3 months 100 percent (before 100 percent); 6 months 0 percent (before no data)"), "\(english)")
        #expect(english.contains("<td>2,500,000</td>"))
        #expect(OutcomesHTML.render(report, place: "K3402", language: .id).contains("<td>2.500.000</td>"))
    }

    @Test("The spoken summary opens with the period and names the figures that changed most, largest first")
    func spoken() {
        let sentences = report.spokenSummary(.en, count: 3, place: "office K3402")
        #expect(sentences.count == 4)
        #expect(sentences[0] == "Outcomes for office K3402, 2026-01-01 to 2026-06-30, compared with the period before. Placements: 2.")
        // Vacancies filled went from 0 to 2, employers served from 0 to 3 ... counts by relative change.
        #expect(sentences.dropFirst().allSatisfy { $0.contains(" rose from ") || $0.contains(" fell from ") })
        let indonesian = report.spokenSummary(.id, place: "kantor K3402")
        #expect(indonesian[0].hasPrefix("Hasil layanan kantor K3402"))
        #expect(indonesian.dropFirst().allSatisfy { $0.contains(" naik dari ") || $0.contains(" turun dari ") })
    }
}

@Suite("Statistics by legal category: in aggregate, from consent only, small counts suppressed")
struct CategoryStatisticTests {
    @Test("Seven served in one category are shown, three placed become <5; two in another are <5; a seeker without consent is not counted")
    func suppression() {
        var facts = OutcomeFacts()
        for n in 0..<10 {
            var seeker = OutcomeFacts.Seeker(id: "S\(n)", registered: OutcomeFiguresTests.day("2026-02-01"), sex: nil, birth: nil,
                                             education: .sma, status: .active, capacity: [:])
            // 0-6: fisik; 7-8: sensorik netra; 9: no category (no consent: the store did not read it).
            seeker.category = n < 7 ? .fisik : n < 9 ? .sensorikNetra : nil
            facts.seekers.append(seeker)
        }
        for n in [0, 1, 2] {
            facts.placements.append(.init(seeker: n, start: OutcomeFiguresTests.day("2026-04-01"), wage: nil, employerID: "E1", vacancyID: "V\(n)", kbji: "9329"))
        }
        let rows = Office.categoryStatistics(facts, Period(from: OutcomeFiguresTests.day("2026-01-01"), to: OutcomeFiguresTests.day("2026-06-30")))
        #expect(rows == [
            CategoryStatistic(category: .fisik, served: .count(7), placed: .fewerThanFive),
            CategoryStatistic(category: .sensorikNetra, served: .fewerThanFive, placed: .count(0)),
        ])
        #expect(rows.map { "\($0.served)/\($0.placed)" } == ["7/<5", "<5/0"])
        #expect(SuppressedCount(4) == .fewerThanFive && SuppressedCount(5) == .count(5) && SuppressedCount(1) == .fewerThanFive)
    }
}
