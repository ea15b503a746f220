import SetaraDomain

/// The words each language uses for what the rules read: letters, months, symbols, punctuation.
struct Vocabulary: Sendable {
    let letterNames: [String]          // a to z
    let months: [String]               // January to December
    let monthAbbreviations: [String: Int]
    let decimalPoint: String
    let range: String
    let currency: String
    let clock: String
    let lessThan: String
    let greaterThan: String
    let lessOrEqual: String
    let greaterOrEqual: String
    let notEqual: String
    let percent: String
    let or: String
    let per: String
    let fraction: String
    let and: String
    let plus: String
    let add: String
    let equals: String
    let at: String
    let number: String
    let hash: String
    let star: String
    let about: String
    let plusMinus: String
    let times: String
    let dividedBy: String
    let degrees: String
    let dollars: String
    let euros: String
    /// Words that follow "/" to mean "per": "Rp 50.000/hari", "km/jam".
    let perUnits: Set<String>
    /// Names of characters for spelling and for reading separators literally.
    let characterNames: [Character: String]

    static func of(_ language: Language) -> Vocabulary {
        switch language {
        case .id: return indonesian
        case .en: return english
        }
    }

    /// The name of a letter a to z (either case, accents ignored), nil for anything else.
    func letterName(_ character: Character) -> String? {
        guard let scalar = character.lowercased().unicodeScalars.first, character.lowercased().unicodeScalars.count == 1,
              ("a"..."z").contains(scalar) else { return nil }
        return letterNames[Int(scalar.value - 0x61)]
    }

    /// Letters spelled one by one: "BPJS" is "be pe je es".
    func spellLetters(_ text: String) -> String {
        text.compactMap { letterName($0) }.joined(separator: " ")
    }

    /// A month by its name or abbreviation in either language ("Agustus", "Agt", "August", "Aug"):
    /// an English text may quote an Indonesian date and the other way round.
    func month(named name: String) -> Int? {
        let key = name.lowercased()
        for vocabulary in [self, Vocabulary.indonesian, Vocabulary.english] {
            if let index = vocabulary.months.firstIndex(where: { $0.lowercased() == key }) { return index + 1 }
            if let month = vocabulary.monthAbbreviations[key] { return month }
        }
        return nil
    }

    static let indonesian = Vocabulary(
        letterNames: ["a", "be", "ce", "de", "e", "ef", "ge", "ha", "i", "je", "ka", "el", "em", "en", "o", "pe",
                      "ki", "er", "es", "te", "u", "ve", "we", "eks", "ye", "zet"],
        months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"],
        monthAbbreviations: ["jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8,
                             "agt": 8, "ags": 8, "agust": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11,
                             "des": 12],
        decimalPoint: "koma", range: "sampai", currency: "rupiah", clock: "pukul",
        lessThan: "kurang dari", greaterThan: "lebih dari",
        lessOrEqual: "kurang dari atau sama dengan", greaterOrEqual: "lebih dari atau sama dengan",
        notEqual: "tidak sama dengan", percent: "persen", or: "atau", per: "per", fraction: "per", and: "dan",
        plus: "plus", add: "tambah", equals: "sama dengan", at: "et", number: "nomor", hash: "pagar",
        star: "bintang", about: "sekitar", plusMinus: "plus minus", times: "kali", dividedBy: "bagi",
        degrees: "derajat", dollars: "dolar", euros: "euro",
        perUnits: ["detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "orang", "shift", "sif",
                   "kg", "km", "unit", "paket", "lembar", "pcs", "jp", "sesi", "proyek", "kunjungan"],
        characterNames: [
            " ": "spasi", "-": "strip", ".": "titik", ",": "koma", "/": "garis miring", "\\": "garis miring terbalik",
            "@": "et", "_": "garis bawah", ":": "titik dua", ";": "titik koma", "(": "kurung buka",
            ")": "kurung tutup", "[": "kurung siku buka", "]": "kurung siku tutup", "{": "kurung kurawal buka",
            "}": "kurung kurawal tutup", "+": "plus", "&": "dan", "#": "pagar", "*": "bintang", "?": "tanda tanya",
            "!": "tanda seru", "'": "apostrof", "\"": "tanda petik", "%": "persen", "=": "sama dengan",
            "<": "kurang dari", ">": "lebih dari", "$": "dolar", "~": "tilde", "|": "garis tegak", "^": "caret",
            "`": "aksen", "–": "strip", "—": "strip",
        ])

    static let english = Vocabulary(
        // "eh" rather than "a" or "ay": eSpeak's English voice reads a lone "a" as the article
        // and "ay" as "eye"; "eh" comes out as the name of the letter.
        letterNames: ["eh", "bee", "see", "dee", "ee", "ef", "gee", "aitch", "eye", "jay", "kay", "el", "em", "en",
                      "oh", "pee", "cue", "ar", "ess", "tee", "you", "vee", "double-you", "ex", "why", "zed"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
        monthAbbreviations: ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                             "sept": 9, "oct": 10, "nov": 11, "dec": 12],
        decimalPoint: "point", range: "to", currency: "rupiah", clock: "",
        lessThan: "less than", greaterThan: "greater than",
        lessOrEqual: "less than or equal to", greaterOrEqual: "greater than or equal to",
        notEqual: "not equal to", percent: "percent", or: "or", per: "per", fraction: "over", and: "and",
        plus: "plus", add: "plus", equals: "equals", at: "at", number: "number", hash: "hash",
        star: "star", about: "about", plusMinus: "plus or minus", times: "times", dividedBy: "divided by",
        degrees: "degrees", dollars: "dollars", euros: "euros",
        perUnits: ["second", "minute", "hour", "day", "week", "month", "year", "person", "shift", "kg", "km",
                   "unit", "piece", "session", "project", "visit"],
        characterNames: [
            " ": "space", "-": "dash", ".": "dot", ",": "comma", "/": "slash", "\\": "backslash", "@": "at",
            "_": "underscore", ":": "colon", ";": "semicolon", "(": "open bracket", ")": "close bracket",
            "[": "open square bracket", "]": "close square bracket", "{": "open brace", "}": "close brace",
            "+": "plus", "&": "and", "#": "hash", "*": "star", "?": "question mark", "!": "exclamation mark",
            "'": "apostrophe", "\"": "quote", "%": "percent", "=": "equals", "<": "less than",
            ">": "greater than", "$": "dollar", "~": "tilde", "|": "bar", "^": "caret", "`": "backtick",
            "–": "dash", "—": "dash",
        ])
}
