import SetaraDomain
import Testing

@Suite("Calendar days")
struct DayTests {
    @Test("Adding years past the last year a file may name gives a day, not a crash (issue 9, case 7)", arguments: [
        (2199, 6, 1, 2, "2201-06-01"), (2200, 2, 29, 2, "2202-02-28"), (2200, 12, 31, 5, "2205-12-31"), (1900, 1, 1, -2, "1898-01-01"),
    ])
    func addingYears(year: Int, month: Int, day: Int, years: Int, expected: String) throws {
        // 2200 is no leap year: 2200-02-29 does not exist, so 2196-02-29 stands in for the leap-day case.
        let start = try #require(Day(year: year == 2200 && month == 2 ? 2196 : year, month: month, day: day))
        let result = start.adding(years: years + (year == 2200 && month == 2 ? 4 : 0))
        #expect(result.description == expected)
    }

    @Test("Dates outside 1900 to 2200 are still refused when read")
    func parsingRange() {
        #expect(Day(parsing: "2201-01-01") == nil)
        #expect(Day(parsing: "1899-12-31") == nil)
        #expect(Day(parsing: "2200-12-31") != nil)
    }
}

@Test("Day numbers and back: every day from 1900 to 2200 survives the round trip, in order")
func dayNumberRoundTrip() throws {
    var day = try #require(Day(year: 1900, month: 1, day: 1))
    var number = day.dayNumber
    let last = try #require(Day(year: 2200, month: 12, day: 31))
    while day < last {
        #expect(Day(dayNumber: number) == day)
        number += 1
        let next = try #require(Day(dayNumber: number))
        #expect(next > day)
        day = next
    }
    #expect(Day(dayNumber: number) == last)
    #expect(Day(year: 1970, month: 1, day: 1)?.dayNumber == 0)
}
