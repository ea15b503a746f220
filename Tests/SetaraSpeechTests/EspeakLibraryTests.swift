import Testing
@testable import SetaraSpeech

@Suite("eSpeak NG library")
struct EspeakLibraryTests {
    @Test("phonemes come back for Indonesian and English text")
    func phonemesInBothLanguages() throws {
        let id = try EspeakLibrary.shared.phonemes("selamat pagi", voice: "id")
        let en = try EspeakLibrary.shared.phonemes("good morning", voice: "en")
        #expect(!id.isEmpty)
        #expect(!en.isEmpty)
        #expect(id != en)
    }
}
