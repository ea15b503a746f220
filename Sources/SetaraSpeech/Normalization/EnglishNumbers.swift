/// Numbers in English words, without "and": 4,500,000 is "four million five hundred thousand".
public enum EnglishNumbers {
    public static let digitNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                        "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scales: [(value: UInt64, name: String)] = [
        (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"),
    ]

    /// The largest number read in words; longer numbers are read digit by digit.
    public static let largest: UInt64 = 999_999_999_999_999

    public static func cardinal(_ number: UInt64) -> String {
        if number == 0 { return "zero" }
        guard number <= largest else { return digits(String(number)) }
        var words: [String] = []
        var rest = number
        for scale in scales where rest >= scale.value {
            words += belowThousand(rest / scale.value) + [scale.name]
            rest %= scale.value
        }
        words += belowThousand(rest)
        return words.joined(separator: " ")
    }

    /// 1 to 999; nothing for 0. 21 is "twenty-one".
    static func belowThousand(_ number: UInt64) -> [String] {
        var words: [String] = []
        if number >= 100 { words += [digitNames[Int(number / 100)], "hundred"] }
        let rest = Int(number % 100)
        switch rest {
        case 0: break
        case 1...9: words.append(digitNames[rest])
        case 10...19: words.append(teens[rest - 10])
        default: words.append(rest % 10 == 0 ? tens[rest / 10] : "\(tens[rest / 10])-\(digitNames[rest % 10])")
        }
        return words
    }

    /// Every digit by its name: "0812" is "zero eight one two".
    public static func digits(_ text: String) -> String {
        text.compactMap { $0.isASCII ? $0.wholeNumberValue.map { digitNames[$0] } : nil }.joined(separator: " ")
    }

    /// 1 "first", 17 "seventeenth", 21 "twenty-first", 100 "one hundredth".
    public static func ordinal(_ number: UInt64) -> String {
        let words = cardinal(number)
        let cut = words.lastIndex(where: { $0 == " " || $0 == "-" }).map { words.index(after: $0) } ?? words.startIndex
        let head = words[..<cut]
        let last = String(words[cut...])
        let irregular = ["one": "first", "two": "second", "three": "third", "five": "fifth",
                         "eight": "eighth", "nine": "ninth", "twelve": "twelfth"]
        if let word = irregular[last] { return head + word }
        if last.hasSuffix("y") { return head + last.dropLast() + "ieth" }
        return head + last + "th"
    }

    /// A year as it is said: 2025 "twenty twenty-five", 2005 "two thousand five",
    /// 1998 "nineteen ninety-eight", 1905 "nineteen oh five", 1900 "nineteen hundred".
    public static func year(_ number: UInt64) -> String {
        guard (1100...2099).contains(number), !(2000...2009).contains(number) else { return cardinal(number) }
        let century = number / 100
        let rest = number % 100
        let first = belowThousand(century).joined(separator: " ")
        switch rest {
        case 0: return "\(first) hundred"
        case 1...9: return "\(first) oh \(digitNames[Int(rest)])"
        default: return "\(first) \(belowThousand(rest).joined(separator: " "))"
        }
    }
}
