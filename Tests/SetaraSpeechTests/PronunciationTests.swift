import SetaraDomain
import Testing
@testable import SetaraSpeech

/// The normaliser checked through what eSpeak NG would actually say: the phonemes of the
/// normalised display text must be those of the words a person would read aloud, and the
/// misreadings eSpeak makes of the raw text must be gone.
@Suite("Pronunciation through eSpeak NG's phonemes")
struct PronunciationTests {
    func phonemes(_ text: String, _ language: Language) throws -> String {
        try EspeakLibrary.shared.phonemes(text, voice: language.rawValue)
    }

    /// Phonemes without stress marks and pauses, to look for one word inside a sentence.
    func sounds(_ text: String, _ language: Language) throws -> String {
        try phonemes(text, language).filter { !"',_:|! ".contains($0) }
    }

    func normalizer(_ language: Language) -> TextNormalizer {
        language == .id ? indonesianWithLexicon : TextNormalizer(language: .en)
    }

    @Test("the normalised text sounds exactly like the words a person would read", arguments: [
        (Language.id, "Rp 4.500.000", "empat juta lima ratus ribu rupiah"),
        (.id, "Rp4.500.000,-", "empat juta lima ratus ribu rupiah"),
        (.id, "Rp 4,5 juta", "empat koma lima juta rupiah"),
        (.id, "17/08/2025", "tujuh belas Agustus dua ribu dua puluh lima"),
        (.id, "2025-08-17", "tujuh belas Agustus dua ribu dua puluh lima"),
        (.id, "08.30 WIB", "pukul delapan lewat tiga puluh we i be"),
        (.id, "0812 3456 7890", "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol"),
        (.id, "+62 812-3456-789", "plus enam dua, delapan satu dua, tiga empat lima enam, tujuh delapan sembilan"),
        (.id, "3171012345670001", "tiga satu tujuh satu, nol satu dua tiga, empat lima enam tujuh, nol nol nol satu"),
        (.id, "BPJS", "be pe je es"),
        (.id, "KBJI", "ka be je i"),
        (.id, "BUMN", "be u em en"),
        (.id, "ULD", "u el de"),
        (.id, "NIK", "nik"),
        (.id, "nilai < 5", "nilai kurang dari lima"),
        (.id, "\u{1B}[1;32mSelesai\u{1B}[0m 👍", "Selesai"),
        (.en, "Rp 4.500.000", "four million five hundred thousand rupiah"),
        (.en, "17/08/2025", "the seventeenth of August twenty twenty-five"),
        (.en, "+62 812-3456-789", "plus six two, eight one two, three four five six, seven eight nine"),
        (.en, "BPJS", "bee pee jay ess"),
        (.en, "value < 5", "value less than five"),
    ])
    func soundsLikeTheWords(_ language: Language, _ display: String, _ words: String) throws {
        let spoken = normalizer(language).normalize(display)
        #expect(try phonemes(spoken, language) == phonemes(words, language))
    }

    @Test("a rupiah amount is not read 'er pe' and not as decimals")
    func rupiah() throws {
        let raw = try sounds("Rp 4.500.000", .id)
        let spoken = try sounds(indonesianWithLexicon.normalize("Rp 4.500.000"), .id)
        let letters = try sounds("Rp", .id)
        #expect(raw.contains(letters))
        #expect(!spoken.contains(letters))
        #expect(spoken.contains(try sounds("rupiah", .id)))
        #expect(try sounds(TextNormalizer(language: .en).normalize("Rp 4.500.000"), .en).contains(try sounds("million", .en)))
        #expect(try !sounds(TextNormalizer(language: .en).normalize("Rp 4.500.000"), .en).contains(try sounds("point", .en)))
    }

    @Test("a date is not read with 'garis miring'")
    func date() throws {
        let slash = try sounds("garis miring", .id)
        #expect(try sounds("17/08/2025", .id).contains(slash))
        #expect(try !sounds(indonesianWithLexicon.normalize("17/08/2025"), .id).contains(slash))
    }

    @Test("a phone number is not read as thousands and millions", arguments: [
        "0812 3456 7890", "+62 812 3456 789", "021 5551234",
    ])
    func digitsNotAmounts(_ display: String) throws {
        // The vowels and the consonant after eSpeak's "r" of "ribu" and the "juta": eSpeak writes
        // the "r" differently inside a number ("R") and alone ("R2").
        let thousand = "ibu"
        let million = "dZuta"
        let raw = try sounds(display, .id)
        #expect(raw.contains(thousand) || raw.contains(million))
        let spoken = try sounds(indonesianWithLexicon.normalize(display), .id)
        #expect(!spoken.contains(thousand))
        #expect(!spoken.contains(million))
    }

    @Test("'<' and '>' are no longer dropped")
    func comparisons() throws {
        let less = try sounds("kurang dari", .id)
        let more = try sounds("lebih dari", .id)
        #expect(try !sounds("nilai < 5", .id).contains(less))
        #expect(try sounds(indonesianWithLexicon.normalize("nilai < 5"), .id).contains(less))
        #expect(try sounds(indonesianWithLexicon.normalize("nilai > 5"), .id).contains(more))
    }

    @Test("an acronym is spelled letter by letter, not read as a word")
    func acronym() throws {
        let asWord = try phonemes("bumen", .id)
        let spelled = try phonemes(indonesianWithLexicon.normalize("BUMN"), .id)
        #expect(spelled != asWord)
        #expect(spelled == (try phonemes("be u em en", .id)))
        #expect(try phonemes(indonesianWithLexicon.normalize("KTP"), .id) == phonemes("ka te pe", .id))
    }

    @Test("a loanword is respelled so that the Indonesian voice says it as Indonesians do")
    func loanword() throws {
        #expect(try phonemes(indonesianWithLexicon.normalize("online"), .id) == phonemes("onlain", .id))
        #expect(try phonemes("online", .id) != phonemes("onlain", .id))
    }
}
