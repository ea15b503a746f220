/// Numbers in Indonesian words, as an amount is read aloud ("terbilang"):
/// 4.500.000 is "empat juta lima ratus ribu", 1.000.000 is "satu juta", 1.000 is "seribu".
public enum IndonesianNumbers {
    public static let digitNames = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    /// Scales above a thousand; "satu juta", not "sejuta", as on receipts and in announcements.
    static let scales: [(value: UInt64, name: String)] = [
        (1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"),
    ]

    /// The largest number read in words; longer numbers are read digit by digit.
    public static let largest: UInt64 = 999_999_999_999_999

    /// A whole number in words: 0 "nol", 11 "sebelas", 1000 "seribu", 2025 "dua ribu dua puluh lima".
    public static func cardinal(_ number: UInt64) -> String {
        if number == 0 { return "nol" }
        guard number <= largest else { return digits(String(number)) }
        var words: [String] = []
        var rest = number
        for scale in scales where rest >= scale.value {
            words += belowThousand(rest / scale.value) + [scale.name]
            rest %= scale.value
        }
        if rest >= 1000 {
            let thousands = rest / 1000
            words += thousands == 1 ? ["seribu"] : belowThousand(thousands) + ["ribu"]
            rest %= 1000
        }
        words += belowThousand(rest)
        return words.joined(separator: " ")
    }

    /// 1 to 999; nothing for 0.
    static func belowThousand(_ number: UInt64) -> [String] {
        var words: [String] = []
        let hundreds = number / 100
        let rest = number % 100
        if hundreds == 1 { words.append("seratus") } else if hundreds > 1 { words += [digitNames[Int(hundreds)], "ratus"] }
        switch rest {
        case 0: break
        case 1...9: words.append(digitNames[Int(rest)])
        case 10: words.append("sepuluh")
        case 11: words.append("sebelas")
        case 12...19: words += [digitNames[Int(rest - 10)], "belas"]
        default:
            words += [digitNames[Int(rest / 10)], "puluh"]
            if rest % 10 > 0 { words.append(digitNames[Int(rest % 10)]) }
        }
        return words
    }

    /// Every digit by its name: "0812" is "nol delapan satu dua".
    public static func digits(_ text: String) -> String {
        text.compactMap { $0.isASCII ? $0.wholeNumberValue.map { digitNames[$0] } : nil }.joined(separator: " ")
    }

    /// Ordinal: 1 "pertama", 3 "ketiga", 12 "kedua belas".
    public static func ordinal(_ number: UInt64) -> String {
        number == 1 ? "pertama" : "ke" + cardinal(number)
    }
}
