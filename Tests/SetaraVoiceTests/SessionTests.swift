import Foundation
import SetaraDomain
import SetaraSpeech
import Testing
@testable import SetaraVoice

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let voicesFolder = root.appendingPathComponent("Voices")

/// A copy of Voices/ in a temporary folder, to break on purpose.
func voicesCopy() throws -> URL {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("voices-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: voicesFolder, to: copy)
    return copy
}

@Suite("The Voices folder")
struct VoicesFolderTests {
    @Test("Voices/ loads, and every text the terminal uses exists in Indonesian and English with the same placeholders")
    func complete() throws {
        let voices = try Voices.load(folder: voicesFolder)
        #expect(PromptCheck.problems(voices).isEmpty, "\(PromptCheck.problems(voices).map { $0.message(.en) })")
        #expect(voices.pack(.id).settings.espeakVoice == "id")
        #expect(voices.pack(.en).settings.espeakVoice == "en")
        #expect(voices.session.warningSeconds >= 20)
    }

    @Test("no text the terminal speaks is longer than about 20 words a sentence")
    func shortSentences() throws {
        let voices = try Voices.load(folder: voicesFolder)
        for language in Language.allCases {
            for (key, text) in voices.pack(language).prompts.texts where key != "keys" {
                for sentence in text.split(whereSeparator: { ".?!".contains($0) }) {
                    let words = sentence.split(separator: " ").count
                    #expect(words <= 24, "\(language.rawValue) \(key): \(words) words in \"\(sentence)\"")
                }
            }
        }
    }

    @Test("a key missing in one language, or a placeholder spelled differently, is reported with the file")
    func missingKey() throws {
        let copy = try voicesCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let prompts = copy.appendingPathComponent("en/prompts.yaml")
        var text = try String(contentsOf: prompts, encoding: .utf8)
        text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("goodbye:") }.joined(separator: "\n")
        text = text.replacingOccurrences(of: "Your reference number is {reference}", with: "Your reference number is {ref}")
        try text.write(to: prompts, atomically: true, encoding: .utf8)
        let problems = PromptCheck.problems(try Voices.load(folder: copy)).map { $0.message(.en) }
        #expect(problems.contains { $0.hasPrefix("Voices/en/prompts.yaml") && $0.contains("goodbye is missing") })
        #expect(problems.contains { $0.contains("referral_receipt must use the placeholders {reference}") })
    }

    @Test("a warning less than 20 seconds ahead is refused, naming the file, line and the rule")
    func shortWarning() throws {
        let copy = try voicesCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let session = copy.appendingPathComponent("session.yaml")
        let text = try String(contentsOf: session, encoding: .utf8)
            .replacingOccurrences(of: "warning_seconds: 30", with: "warning_seconds: 10")
        try text.write(to: session, atomically: true, encoding: .utf8)
        do {
            _ = try Voices.load(folder: copy)
            Issue.record("a 10-second warning was accepted")
        } catch {
            let message = try #require(error.errors.first).message(.en)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("warning_seconds") }! + 1
            #expect(message.hasPrefix("Voices/session.yaml:\(line): "), "\(message)")
            #expect(message.contains("20 or more"))
        }
    }

    @Test("an unreadable voice file is reported in both languages with its name")
    func brokenYAML() throws {
        let copy = try voicesCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        try "espeak_voice: id\nrate: [fast\n".write(to: copy.appendingPathComponent("id/voice.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try Voices.load(folder: copy)
            Issue.record("a broken voice.yaml was accepted")
        } catch {
            let problem = try #require(error.errors.first)
            #expect(problem.file == "Voices/id/voice.yaml")
            #expect(problem.message(.id).contains("bukan YAML yang sah"))
            #expect(problem.message(.en).contains("not valid YAML"))
        }
    }
}

@Suite("Profile questions")
struct ProfileQuestionTests {
    @Test("Washington Group answers map onto each dimension's scale, no difficulty at the top")
    func levels() {
        #expect(ProfileQuestions.level(difficulty: 1, on: .nearVision) == 3)
        #expect(ProfileQuestions.level(difficulty: 4, on: .nearVision) == 0)
        #expect(ProfileQuestions.level(difficulty: 2, on: .hearing) == 2)
        for dimension in FunctionalDimension.allCases {
            let levels = (1...4).map { ProfileQuestions.level(difficulty: $0, on: dimension) }
            #expect(levels == levels.sorted(by: >), "more difficulty never gives a higher level on \(dimension)")
            #expect(levels.allSatisfy(dimension.scale.contains))
        }
    }

    @Test("answers update self-reported ratings and needs, but never a specialist's assessment")
    func applyKeepsAssessments() throws {
        let day = try #require(Day(year: 2026, month: 11, day: 23))
        var seeker = Seeker(id: "S000001", nik: "3471014508950002", name: "Uji", regencyCode: "3471", registeredOn: day)
        seeker.profile[.hearing] = CapacityRating(withoutAids: 1, withAids: 3, source: .functionalAssessment, assessedOn: day)
        seeker.profile[.nearVision] = CapacityRating(withoutAids: 3, source: .selfReport)
        seeker.needs = [.quietSpace]
        var answers = ProfileQuestions.Answers()
        answers.difficulty[0] = 3   // seeing: a lot of difficulty
        answers.difficulty[1] = 4   // hearing: cannot at all
        answers.needs[Need.stepFreeAccess.rawValue] = true
        answers.needs[Need.quietSpace.rawValue] = false
        let updated = ProfileQuestions.apply(answers, to: seeker, on: day)
        #expect(updated.profile[.nearVision] == CapacityRating(withoutAids: 1, withAids: 1, source: .washingtonGroup, assessedOn: day))
        #expect(updated.profile[.farVision]?.withAids == 1)
        #expect(updated.profile[.hearing] == seeker.profile[.hearing], "the functional assessment stays")
        #expect(updated.needs == [.stepFreeAccess])
    }

    @Test("every need asked about has its question text")
    func needTexts() throws {
        let voices = try Voices.load(folder: voicesFolder)
        for need in ProfileQuestions.needs {
            #expect(Prompt(rawValue: "need_" + need.rawValue) != nil, "\(need.rawValue)")
            #expect(voices.pack(.id).prompts.texts["need_" + need.rawValue] != nil)
        }
    }
}

@Suite("What the voice says, piece by piece (issue 12)")
struct SpeakingTests {
    func speaker(_ language: Language) throws -> (Speaker, RecordingEngine) {
        let engine = try RecordingEngine(path: nil)
        let screen = Screen(fd: open("/dev/null", O_WRONLY))
        return (Speaker(engine: engine, voices: try Voices.load(folder: voicesFolder), screen: screen, language: language), engine)
    }

    @Test("10: an Indonesian place name in English speech is said by the Indonesian voice, and the marks never show")
    func placeNamesInIndonesian() throws {
        let (speaker, engine) = try speaker(.en)
        speaker.say("The workplace is in " + Speaker.local("Kabupaten Magelang") + ". Press 1 to go on.")
        #expect(engine.log.map(\.language) == ["en", "id", "en"])
        #expect(engine.log[1].text == "Kabupaten Magelang")
        #expect(Speaker.shown("in " + Speaker.local("Magelang") + ".") == "in Magelang.")
        let (indonesian, log) = try self.speaker(.id)
        indonesian.say("Tempat kerja di " + Speaker.local("Kabupaten Magelang") + ".")
        #expect(log.log.map(\.language) == ["id"], "Indonesian speech stays one utterance")
    }

    @Test("10: English lists of accommodations have their articles; acronyms keep their capitals", arguments: [
        ("Calm room", "a calm room"),
        ("One task at a time", "one task at a time"),
        ("Accessible car parking bay", "an accessible car parking bay"),
        ("Screen reader software", "screen reader software"),
        ("Large-print documents", "large-print documents"),
        ("Travel training", "travel training"),
        ("Sign-language interpreter (JBI, BISINDO)", "a sign-language interpreter (JBI, BISINDO)"),
        ("Written messages instead of calls", "written messages instead of calls"),
    ])
    func articles(_ name: String, _ said: String) {
        #expect(VoiceSession.spokenName(name, .en) == said)
    }

    @Test("10: in Indonesian only the first capital is lowered: 'Layanan JBI' keeps its acronym, which is then spelled")
    func acronymsKept() throws {
        #expect(VoiceSession.spokenName("Layanan JBI", .id) == "layanan JBI")
        let voices = try Voices.load(folder: voicesFolder)
        #expect(voices.pack(.id).normalizer.normalize(VoiceSession.spokenName("Layanan JBI", .id)).hasSuffix("je be i"))
    }

    @Test("1: silence is counted only while nothing is spoken, from the end of speech")
    func silenceFromTheEnd() {
        let second: UInt64 = 1_000_000_000
        var clock = SilenceClock(now: 0)
        clock.tick(now: 30 * second, speaking: true)   // a 30-second screen
        #expect(clock.quietSeconds(now: 30 * second) == 0)
        #expect(clock.silentSeconds == 0)
        clock.tick(now: 32 * second, speaking: false)
        #expect(clock.quietSeconds(now: 32 * second) == 2)
        #expect(clock.silentSeconds == 2)
        clock.tick(now: 40 * second, speaking: true)   // a reprompt
        #expect(clock.quietSeconds(now: 40 * second) == 0)
        #expect(clock.silentSeconds == 2, "speech does not count towards the time limit")
        clock.restart(now: 41 * second)
        #expect(clock.silentSeconds == 0 && clock.quietSeconds(now: 41 * second) == 0)
    }

    @Test("5: the session's first language comes from Voices/session.yaml, Indonesian unless it says otherwise")
    func firstLanguage() throws {
        #expect(try Voices.load(folder: voicesFolder).session.language == .id)
        let copy = try voicesCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let session = copy.appendingPathComponent("session.yaml")
        let text = try String(contentsOf: session, encoding: .utf8)
        try text.replacingOccurrences(of: "language: id", with: "language: en").write(to: session, atomically: true, encoding: .utf8)
        #expect(try Voices.load(folder: copy).session.language == .en)
        try text.replacingOccurrences(of: "language: id\n", with: "").write(to: session, atomically: true, encoding: .utf8)
        #expect(try Voices.load(folder: copy).session.language == .id, "left out, it is Indonesian")
    }

    @Test("7: every need can be set by voice, each with its words in both languages")
    func everyNeedAsked() throws {
        #expect(Set(ProfileQuestions.needs) == Set(Need.allCases))
        #expect(ProfileQuestions.needs.count == Need.allCases.count)
        let voices = try Voices.load(folder: voicesFolder)
        for need in Need.allCases {
            for language in Language.allCases {
                #expect(voices.pack(language).prompts.texts["need_" + need.rawValue] != nil, "\(language) need_\(need.rawValue)")
            }
        }
    }

    @Test("9: the rate and volume limits are said as limits")
    func limits() throws {
        let voices = try Voices.load(folder: voicesFolder)
        #expect(voices.pack(.id).prompts.text("rate_fastest", ["rate": "450"]).contains("paling cepat"))
        #expect(voices.pack(.en).prompts.text("volume_softest", ["volume": "10"]).contains("softest"))
    }
}
