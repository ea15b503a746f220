import Foundation
import SetaraDomain
import Testing
@testable import SetaraSpeech

/// The Voices/ folder of this checkout.
let checkoutVoicesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Voices")

/// Normalisers without a lexicon test the built-in rules alone; these use the lexicon files.
let indonesianWithLexicon: TextNormalizer = {
    let lexicon = (try? Lexicon.load(file: Lexicon.file(for: .id, in: checkoutVoicesFolder))) ?? Lexicon()
    return TextNormalizer(language: .id, lexicon: lexicon)
}()
let englishWithLexicon: TextNormalizer = {
    let lexicon = (try? Lexicon.load(file: Lexicon.file(for: .en, in: checkoutVoicesFolder))) ?? Lexicon()
    return TextNormalizer(language: .en, lexicon: lexicon)
}()

@Suite("Indonesian text normalisation")
struct IndonesianNormalizerTests {
    let normalizer = TextNormalizer(language: .id)

    @Test("a rupiah amount is read as words with 'rupiah'", arguments: [
        ("Rp 4.500.000", "empat juta lima ratus ribu rupiah"),
        ("Rp4.500.000,-", "empat juta lima ratus ribu rupiah"),
        ("Rp. 4.500.000,00", "empat juta lima ratus ribu rupiah"),
        ("IDR 4500000", "empat juta lima ratus ribu rupiah"),
        ("Rp 4,5 juta", "empat koma lima juta rupiah"),
        ("Rp 50K", "lima puluh ribu rupiah"),
        ("Rp 1.000.000", "satu juta rupiah"),
        ("Rp 1.250.000", "satu juta dua ratus lima puluh ribu rupiah"),
        ("Rp 2 M", "dua miliar rupiah"),
        ("Rp 4.000.000 - Rp 6.000.000", "empat juta sampai enam juta rupiah"),
        ("Rp 4-5 juta", "empat sampai lima juta rupiah"),
        ("Gaji Rp 3.500.000/bulan", "Gaji tiga juta lima ratus ribu rupiah per bulan"),
    ])
    func rupiah(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a date is read with the day, the month's name and the year in words", arguments: [
        ("17/08/2025", "tujuh belas Agustus dua ribu dua puluh lima"),
        ("17-08-2025", "tujuh belas Agustus dua ribu dua puluh lima"),
        ("17.08.2025", "tujuh belas Agustus dua ribu dua puluh lima"),
        ("2025-08-17", "tujuh belas Agustus dua ribu dua puluh lima"),
        ("1/1/25", "satu Januari dua ribu dua puluh lima"),
        ("29/02/2024", "dua puluh sembilan Februari dua ribu dua puluh empat"),
        ("17 Agt 2025", "tujuh belas Agustus dua ribu dua puluh lima"),
        ("Wawancara 03/11/2025.", "Wawancara tiga November dua ribu dua puluh lima."),
    ])
    func dates(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a date that does not exist is read as written, separators named", arguments: [
        ("31/02/2025", "tiga puluh satu garis miring nol dua garis miring dua ribu dua puluh lima"),
        ("29-02-2025", "dua puluh sembilan strip nol dua strip dua ribu dua puluh lima"),
        ("17/13/2025", "tujuh belas garis miring tiga belas garis miring dua ribu dua puluh lima"),
    ])
    func impossibleDates(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a time is read with 'pukul' and 'lewat'", arguments: [
        ("08.30", "pukul delapan lewat tiga puluh"),
        ("08:30", "pukul delapan lewat tiga puluh"),
        ("14:05 WIB", "pukul empat belas lewat lima we i be"),
        ("pukul 08.00", "pukul delapan"),
        ("jam 7.15", "jam tujuh lewat lima belas"),
        ("08.00-17.00", "pukul delapan sampai pukul tujuh belas"),
        ("10:20:30", "pukul sepuluh lewat dua puluh menit tiga puluh detik"),
    ])
    func times(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a phone number is read digit by digit in its groups, '+62' as 'plus enam dua'", arguments: [
        ("+62 812-3456-789", "plus enam dua, delapan satu dua, tiga empat lima enam, tujuh delapan sembilan"),
        ("+6281234567890", "plus enam dua, delapan satu dua tiga, empat lima enam tujuh, delapan sembilan nol"),
        ("0812 3456 7890", "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol"),
        ("021-555-1234", "nol dua satu, lima lima lima, satu dua tiga empat"),
        ("(021) 555 1234", "nol dua satu, lima lima lima, satu dua tiga empat"),
        ("081234567890", "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol"),
    ])
    func phones(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a NIK is read digit by digit in four groups of four, written together or apart", arguments: [
        "3171012345670001", "3171 0123 4567 0001",
    ])
    func nik(_ text: String) {
        #expect(normalizer.normalize(text)
            == "tiga satu tujuh satu, nol satu dua tiga, empat lima enam tujuh, nol nol nol satu")
    }

    @Test("an occupation or postal code is read digit by digit, a count as a number", arguments: [
        ("KBJI 4132", "ka be je i empat satu tiga dua"),
        ("kode pos 55281", "kode pos lima lima dua delapan satu"),
        ("4132 orang", "empat ribu seratus tiga puluh dua orang"),
    ])
    func codes(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("identifiers are read letters first, then digits in groups", arguments: [
        ("RJ-20261123-0001", "er je, dua nol dua enam, satu satu dua tiga, nol nol nol satu"),
        ("123456789", "satu dua tiga, empat lima enam, tujuh delapan sembilan"),
        ("NPWP 01.234.567.8-901.000",
         "en pe we pe nol satu, dua tiga empat, lima enam tujuh, delapan, sembilan nol satu, nol nol nol"),
    ])
    func identifiers(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("short numbers joined by a dash are a range, not a phone number", arguments: [
        ("2020-2025", "dua ribu dua puluh sampai dua ribu dua puluh lima"),
        ("3 - 5 tahun", "tiga sampai lima tahun"),
    ])
    func ranges(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("numbers use '.' for thousands and ',' for decimals; leading zeros are read digit by digit", arguments: [
        ("4.500", "empat ribu lima ratus"),
        ("4,5", "empat koma lima"),
        ("1.250.000,75", "satu juta dua ratus lima puluh ribu koma tujuh lima"),
        ("007", "nol nol tujuh"),
        ("1.2.3", "satu titik dua titik tiga"),
        ("ke-3", "ketiga"),
        ("ke-1", "pertama"),
        ("Kelas XII", "Kelas dua belas"),
        ("2x seminggu", "dua kali seminggu"),
    ])
    func numbers(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("an acronym in capitals is spelled with Indonesian letter names", arguments: [
        ("BPJS", "be pe je es"),
        ("KBJI", "ka be je i"),
        ("BUMN", "be u em en"),
        ("ULD", "u el de"),
        ("XYZ", "eks ye zet"),
        ("S2", "es dua"),
        ("KTP-nya", "ka te pe-nya"),
        ("Kantor JAKARTA", "Kantor JAKARTA"),
    ])
    func acronyms(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a text shouted in capitals is read as words, only vowelless acronyms spelled")
    func shouting() {
        #expect(normalizer.normalize("PERHATIAN UNTUK SEMUA PESERTA DAN BPJS")
            == "perhatian untuk semua peserta dan be pe je es")
    }

    @Test("symbols eSpeak drops or misreads are said in words", arguments: [
        ("nilai < 5", "nilai kurang dari lima"),
        ("nilai > 5", "nilai lebih dari lima"),
        ("x <= 5", "x kurang dari atau sama dengan lima"),
        ("50%", "lima puluh persen"),
        ("A & B", "A dan B"),
        ("2 + 3 = 5", "dua tambah tiga sama dengan lima"),
        ("SMA+", "es em a plus"),
        ("Anda/Saudara", "Anda atau Saudara"),
        ("dan/atau", "dan atau"),
        ("3/4", "tiga per empat"),
        ("Senin-Jumat", "Senin sampai Jumat"),
        ("tekan # untuk", "tekan pagar untuk"),
        ("#3", "nomor tiga"),
        ("tekan * lagi", "tekan bintang lagi"),
        ("Tekan <Enter>", "Tekan Enter"),
        ("30°C", "tiga puluh derajat Celsius"),
        ("~5 orang", "sekitar lima orang"),
        ("Menu → Profil", "Menu, Profil"),
        ("info@disnaker.go.id", "info et disnaker titik ge o titik i de"),
        ("https://karirhub.kemnaker.go.id/lowongan",
         "karirhub titik kemnaker titik ge o titik i de garis miring lowongan"),
    ])
    func symbols(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("escape sequences, control characters and emoji are removed, spaces folded", arguments: [
        ("\u{1B}[1;32mSelesai\u{1B}[0m", "Selesai"),
        ("\u{1B}]0;judul jendela\u{07}Halo", "Halo"),
        ("\u{1B}[2K\u{1B}[1GMemuat", "Memuat"),
        ("Bagus 👍🏽 ✅", "Bagus"),
        ("🇮🇩 Indonesia", "Indonesia"),
        ("1️⃣ Cari", "satu Cari"),
        ("a\u{07}b\u{08}c", "abc"),
        ("ka\u{200B}ta\u{00AD}", "kata"),
        ("  banyak   spasi\t\tdi\u{00A0}sini ", "banyak spasi di sini"),
        ("Menu\n1. Cari\n2. Profil", "Menu. satu. Cari. dua. Profil"),
        ("\u{1B}[31m\u{1B}[0m", ""),
    ])
    func cleaning(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("issue 12, 10: invalid bytes are left out, not named; letters of other scripts are read in Latin letters, not as code points", arguments: [
        (Array("Tes ".utf8) + [0xFF, 0xFE] + Array(" oke".utf8), "Tes oke"),
        (Array("ℌalo ﬁlm ＡＢＣ".utf8), "Halo film a be ce"),
        (Array("Жук".utf8), "Zuk"),
        (Array("α β".utf8), "a b"),
    ])
    func foreignLetters(_ bytes: [UInt8], _ spoken: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        let said = normalizer.normalize(text)
        #expect(said == spoken)
        #expect(!said.unicodeScalars.contains { $0.value > 0x24F }, "\(said)")
    }

    @Test("the lexicon file respells acronyms and English loanwords", arguments: [
        ("NIK Anda", "nik Anda"),
        ("BPJS Ketenagakerjaan", "be pe je es ketenagakerjaan"),
        ("kartu AK/1", "kartu a ka satu"),
        ("PKWT dan PHK", "pe ka we te dan pe ha ka"),
        ("kerja online, kirim email", "kerja onlain, kirim i-mel"),
        ("Customer Service part-time", "kastamer servis part taim"),
        ("pakai screen reader", "pakai skrin rider"),
        ("lulusan S1/D3", "lulusan es satu atau de tiga"),
        ("Jl. Sudirman No. 5", "jalan Sudirman nomor lima"),
        ("jarak 5km", "jarak lima kilometer"),
        ("Tekan <Enter>", "Tekan enter"),
    ])
    func lexiconWords(_ text: String, _ spoken: String) {
        #expect(indonesianWithLexicon.normalize(text) == spoken)
    }
}

@Suite("English text normalisation")
struct EnglishNormalizerTests {
    let normalizer = TextNormalizer(language: .en)

    @Test("a rupiah amount is read as English words with 'rupiah'", arguments: [
        ("Rp 4.500.000", "four million five hundred thousand rupiah"),
        ("IDR 4,500,000", "four million five hundred thousand rupiah"),
        ("Rp 4,5 juta", "four point five million rupiah"),
        ("Rp 2.5 million", "two point five million rupiah"),
        ("Rp 4.000.000 - Rp 6.000.000", "four million to six million rupiah"),
    ])
    func rupiah(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a date is read as 'the seventeenth of August twenty twenty-five'", arguments: [
        ("17/08/2025", "the seventeenth of August twenty twenty-five"),
        ("2005-01-01", "the first of January two thousand five"),
        ("3 Mar 1998", "the third of March nineteen ninety-eight"),
        ("17 Agustus 2025", "the seventeenth of August twenty twenty-five"),
        ("August 17, 2025", "August seventeenth, twenty twenty-five"),
        ("31/02/2025", "thirty-one slash zero two slash two thousand twenty-five"),
    ])
    func dates(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("a time is read as 'eight thirty'", arguments: [
        ("8:30", "eight thirty"),
        ("14:05", "fourteen oh five"),
        ("8:00", "eight o'clock"),
        ("2:15 pm", "two fifteen pee em"),
        ("8 am", "eight eh em"),
        ("08.30", "eight thirty"),
        ("8.30", "eight point three zero"),
    ])
    func times(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("phone numbers and NIK are read digit by digit in groups", arguments: [
        ("+62 812-3456-789", "plus six two, eight one two, three four five six, seven eight nine"),
        ("3171012345670001", "three one seven one, zero one two three, four five six seven, zero zero zero one"),
        ("RJ-20261123-0001", "ar jay, two zero two six, one one two three, zero zero zero one"),
        ("KBJI code 4132", "kay bee jay eye code four one three two"),
    ])
    func digits(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("numbers use ',' for thousands and '.' for decimals", arguments: [
        ("4,500", "four thousand five hundred"),
        ("4.5", "four point five"),
        ("3rd", "third"),
        ("21st", "twenty-first"),
        ("1,000,000", "one million"),
    ])
    func numbers(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("acronyms are spelled with English letter names", arguments: [
        ("BPJS", "bee pee jay ess"),
        ("ULD", "you el dee"),
        ("KBJI", "kay bee jay eye"),
        ("A KTP", "A kay tee pee"),
    ])
    func acronyms(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("symbols are said in English words", arguments: [
        ("value < 5", "value less than five"),
        ("value > 5", "value greater than five"),
        ("50%", "fifty percent"),
        ("A & B", "A and B"),
        ("Monday-Friday", "Monday to Friday"),
        ("yes/no", "yes or no"),
        ("$20", "twenty dollars"),
        ("info@disnaker.go.id", "info at disnaker dot gee oh dot eye dee"),
    ])
    func symbols(_ text: String, _ spoken: String) {
        #expect(normalizer.normalize(text) == spoken)
    }

    @Test("the English lexicon respells Indonesian words and names")
    func lexiconWords() {
        #expect(englishWithLexicon.normalize("Disnaker Kabupaten Bogor")
            == "dis nah ker kah boo pah tuhn boh gor")
        #expect(englishWithLexicon.normalize("NIK") == "en eye kay")
        #expect(englishWithLexicon.normalize("Rp 50.000") == "fifty thousand roo pee ah")
        #expect(englishWithLexicon.normalize("IT support") == "eye tee support")
        #expect(englishWithLexicon.normalize("is it done") == "is it done")
    }
}

@Suite("Numbers in words")
struct NumberWordsTests {
    @Test("Indonesian cardinals", arguments: [
        (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
        (20, "dua puluh"), (21, "dua puluh satu"), (100, "seratus"), (101, "seratus satu"), (115, "seratus lima belas"),
        (200, "dua ratus"), (999, "sembilan ratus sembilan puluh sembilan"), (1000, "seribu"), (1001, "seribu satu"),
        (1100, "seribu seratus"), (2000, "dua ribu"), (11_000, "sebelas ribu"), (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"), (1_000_000, "satu juta"), (4_500_000, "empat juta lima ratus ribu"),
        (1_000_000_000, "satu miliar"), (2_500_000_000_000, "dua triliun lima ratus miliar"),
    ] as [(UInt64, String)])
    func indonesian(_ number: UInt64, _ words: String) {
        #expect(IndonesianNumbers.cardinal(number) == words)
    }

    @Test("English cardinals", arguments: [
        (0, "zero"), (13, "thirteen"), (21, "twenty-one"), (100, "one hundred"), (101, "one hundred one"),
        (1000, "one thousand"), (4_500_000, "four million five hundred thousand"),
        (1_000_000_000, "one billion"),
    ] as [(UInt64, String)])
    func english(_ number: UInt64, _ words: String) {
        #expect(EnglishNumbers.cardinal(number) == words)
    }

    @Test("English years and ordinals")
    func yearsAndOrdinals() {
        #expect(EnglishNumbers.year(2025) == "twenty twenty-five")
        #expect(EnglishNumbers.year(2005) == "two thousand five")
        #expect(EnglishNumbers.year(1998) == "nineteen ninety-eight")
        #expect(EnglishNumbers.year(1905) == "nineteen oh five")
        #expect(EnglishNumbers.year(1900) == "nineteen hundred")
        #expect(EnglishNumbers.ordinal(1) == "first")
        #expect(EnglishNumbers.ordinal(12) == "twelfth")
        #expect(EnglishNumbers.ordinal(20) == "twentieth")
        #expect(EnglishNumbers.ordinal(23) == "twenty-third")
        #expect(IndonesianNumbers.ordinal(12) == "kedua belas")
    }

    @Test("long digit strings are cut into even groups of at most four", arguments: [
        ("1234", ["1234"]), ("123456789", ["123", "456", "789"]), ("1234567890", ["1234", "567", "890"]),
        ("3171012345670001", ["3171", "0123", "4567", "0001"]),
    ])
    func groups(_ digits: String, _ groups: [String]) {
        #expect(NumberWords.groups(of: digits).map(String.init) == groups)
    }
}

@Suite("Spelling and the lexicon in the normaliser")
struct SpellingAndLexiconTests {
    @Test("spelling names every letter, digit, space and mark")
    func spelling() {
        #expect(TextNormalizer(language: .id).spell("RJ-01 Bé") == "er, je, strip, nol, satu, spasi, be, e")
        #expect(TextNormalizer(language: .en).spell("RJ-01 Bé") == "ar, jay, dash, zero, one, space, bee, ee")
        #expect(TextNormalizer(language: .id).spell("a@b.c_d") == "a, et, be, titik, ce, garis bawah, de")
        #expect(TextNormalizer(language: .id).spell("\u{1B}[1mOK👍") == "o, ka")
    }

    @Test("a lexicon entry wins over the built-in rules for the same word")
    func lexiconWins() {
        let lexicon = Lexicon(entries: [Lexicon.Entry(text: "BPJS", say: "bepejees")])
        #expect(TextNormalizer(language: .id, lexicon: lexicon).normalize("kartu BPJS") == "kartu bepejees")
        #expect(TextNormalizer(language: .id).normalize("kartu BPJS") == "kartu be pe je es")
    }

    @Test("entries match whole words, ignoring case unless they match case; the longest wins")
    func matching() {
        let lexicon = Lexicon(entries: [
            Lexicon.Entry(text: "online", say: "onlain"),
            Lexicon.Entry(text: "IT", say: "ai ti", matchCase: true),
            Lexicon.Entry(text: "BPJS", say: "be pe je es"),
            Lexicon.Entry(text: "BPJS Kesehatan", say: "be pe je es kesehatan"),
        ])
        let normalizer = TextNormalizer(language: .id, lexicon: lexicon)
        #expect(normalizer.normalize("ONLINE Online online") == "onlain onlain onlain")
        #expect(normalizer.normalize("onlinebisnis") == "onlinebisnis")
        #expect(normalizer.normalize("staf IT itu") == "staf ai ti itu")
        #expect(normalizer.normalize("BPJS Kesehatan") == "be pe je es kesehatan")
        #expect(lexicon.pronunciation(of: "Online") == "onlain")
        #expect(lexicon.pronunciation(of: "it") == nil)
    }
}

@Suite("Normalising any text")
struct RobustnessTests {
    /// Characters that exercise every rule, mixed at random with a fixed seed.
    static let pool: [String] = [
        "Rp", "IDR", " ", " ", "4", "0", "9", ".", ",", "-", "/", ":", "+", "(", ")", "<", ">", "%", "&", "=", "@", "#",
        "*", "~", "°", "$", "€", "×", "–", "—", "→", "|", "•", "_", "\"", "'", "\n", "\t", "\u{1B}[", "\u{1B}]", "\u{07}",
        "m", "K", "BPJS", "NIK", "ke-", "XII", "st", "juta", "WIB", "pukul", "Senin", "Agustus", "www.", "https://",
        "é", "İ", "\u{0301}", "👍🏽", "🇮🇩", "1️⃣", "\u{200B}", "\u{E000}", "\u{F000}", "万", "٣", "ß", "日本",
    ]

    @Test("random text never crashes, and no control or private-use character reaches eSpeak", arguments: Language.allCases)
    func randomText(_ language: Language) {
        var seed: UInt64 = 0x5E7A7A
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        let normalizer = language == .id ? indonesianWithLexicon : englishWithLexicon
        for _ in 0..<300 {
            let text = (0..<(next() % 40)).map { _ in Self.pool[next() % Self.pool.count] }.joined()
            let spoken = normalizer.normalize(text)
            let spelled = normalizer.spell(text)
            for output in [spoken, spelled] {
                let bad = output.unicodeScalars.first {
                    $0.properties.generalCategory == .control || $0.properties.generalCategory == .privateUse
                }
                #expect(bad == nil, "\(text.debugDescription) gave \(output.debugDescription)")
            }
        }
    }

    @Test("a text longer than any prompt is still read whole")
    func longText() {
        let text = String(repeating: "Rp 4.500.000 BPJS 17/08/2025 ", count: 700)
        let spoken = TextNormalizer(language: .id).normalize(text)
        #expect(spoken.hasPrefix("empat juta lima ratus ribu rupiah be pe je es tujuh belas Agustus"))
        #expect(!spoken.unicodeScalars.contains { $0.properties.generalCategory == .privateUse })
    }
}
