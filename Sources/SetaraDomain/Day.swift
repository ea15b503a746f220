import Foundation

/// A calendar date without time zone, written `YYYY-MM-DD` in files and the database.
public struct Day: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the date exists in the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// The earliest birth date a record may carry.
    public static let earliestBirth = Day(year: 1900, month: 1, day: 1)!

    /// Parses `YYYY-MM-DD` or the Indonesian `DD/MM/YYYY` and `DD-MM-YYYY`.
    public init?(parsing text: String) {
        // Three runs of ASCII digits separated by '-' or '/', read straight from the bytes
        // (an import parses several dates per record).
        var numbers = (0, 0, 0), widths = (0, 0, 0)
        var part = 0, separator: UInt8 = 0
        for byte in text.trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + digit; widths.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + digit; widths.1 += 1
                default: numbers.2 = numbers.2 * 10 + digit; widths.2 += 1
                }
                if max(widths.0, widths.1, widths.2) > 4 { return nil }
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                let width = part == 0 ? widths.0 : widths.1
                guard width > 0, part < 2, separator == 0 || separator == byte else { return nil }
                separator = byte
                part += 1
            default:
                return nil
            }
        }
        guard part == 2, widths.2 > 0 else { return nil }
        if widths.0 == 4, separator == UInt8(ascii: "-") {
            self.init(year: numbers.0, month: numbers.1, day: numbers.2)
        } else if widths.2 == 4 {
            self.init(year: numbers.2, month: numbers.1, day: numbers.0)
        } else {
            return nil
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`. Written by hand: imports and exports format hundreds of thousands of dates.
    public var description: String {
        let digits: [UInt8] = [
            UInt8(48 + year / 1000 % 10), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10), 45,
            UInt8(48 + month / 10), UInt8(48 + month % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    /// A day computed from others (a card's end, a follow-up date), which may fall outside the
    /// years a file may name; the year is kept within 1 to 9999, which `description` can write.
    private init(computedYear year: Int, month: Int, day: Int) {
        self.year = min(max(year, 1), 9999)
        self.month = month
        self.day = min(day, Day.daysIn(month: month, year: self.year))
    }

    /// The same day `years` later (or earlier); 29 February becomes 28 February in a common year.
    /// Never fails: a seeker registered in 2199 has a card valid until 2201.
    public func adding(years: Int) -> Day {
        let (target, overflow) = year.addingReportingOverflow(years)
        return Day(computedYear: overflow ? (years < 0 ? 1 : 9999) : target, month: month, day: day)
    }

    /// Today in the Asia/Jakarta calendar (WIB); offices across Indonesia share the date closely enough.
    public static func today(_ now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(computedYear: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a date YYYY-MM-DD, got \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A non-negative number with leading zeros to `width` digits.
public func zeroPadded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Day {
    /// Days since 1970-01-01 (negative before), by the civil-calendar formula: no Calendar, no allocation.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day with this number (days since 1970-01-01); the inverse of `dayNumber`. Nil outside the
    /// years a record may carry.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
