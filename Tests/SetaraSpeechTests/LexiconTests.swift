import Foundation
import SetaraDomain
import Testing
@testable import SetaraSpeech

@Suite("Pronunciation lexicons in Voices/")
struct LexiconTests {
    @Test("both lexicon files load, and every entry has a text and something to say", arguments: Language.allCases)
    func lexiconFilesLoad(_ language: Language) throws {
        let lexicon = try Lexicon.load(file: Lexicon.file(for: language, in: checkoutVoicesFolder))
        #expect(lexicon.entries.count >= (language == .id ? 150 : 50))
        for entry in lexicon.entries {
            #expect(!entry.text.isEmpty && entry.text == entry.text.trimmingCharacters(in: .whitespaces))
            #expect(!entry.say.isEmpty && entry.say == entry.say.trimmingCharacters(in: .whitespaces))
            #expect(entry.line != nil)
        }
    }

    @Test("the Indonesian lexicon has the employment-service acronyms and the common loanwords")
    func indonesianContents() throws {
        let lexicon = try Lexicon.load(file: Lexicon.file(for: .id, in: checkoutVoicesFolder))
        let expected = [
            "BPJS": "be pe je es", "NIK": "nik", "KBJI": "ka be je i", "BUMN": "be u em en", "BUMD": "be u em de",
            "ULD": "u el de", "AK/1": "a ka satu", "PHK": "pe ha ka", "PKWT": "pe ka we te", "PKWTT": "pe ka we te te",
            "THR": "te ha er", "NPWP": "en pe we pe", "UMR": "u em er", "WIB": "we i be", "KTP": "ka te pe",
            "online": "onlain", "email": "i-mel", "screen reader": "skrin rider", "download": "daunlod",
        ]
        for (text, say) in expected {
            #expect(lexicon.pronunciation(of: text) == say, "\(text)")
        }
        for text in ["Kemnaker", "Disnaker", "BPJS Ketenagakerjaan", "UMP", "UMK", "customer service", "call center",
                     "data entry", "software", "website", "part-time", "remote", "staff", "office"] {
            #expect(lexicon.pronunciation(of: text) != nil, "\(text)")
        }
    }

    @Test("the English lexicon has the Indonesian words an English voice mangles")
    func englishContents() throws {
        let lexicon = try Lexicon.load(file: Lexicon.file(for: .en, in: checkoutVoicesFolder))
        for text in ["Disnaker", "Kemnaker", "Karirhub", "Kabupaten", "Kota", "rupiah", "Setara", "NIK"] {
            #expect(lexicon.pronunciation(of: text) != nil, "\(text)")
        }
    }

    @Test("each entry knows the line it is on")
    func entryLines() throws {
        let file = Lexicon.file(for: .id, in: checkoutVoicesFolder)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let lexicon = try Lexicon.load(file: file)
        let entry = try #require(lexicon.entries.first { $0.text == "BPJS" })
        let line = try #require(entry.line)
        #expect(lines[line - 1].contains("text: BPJS"))
    }

    /// Writes a lexicon in a fresh Voices/id/ folder and loads it.
    func load(_ yaml: String) throws -> Result<Lexicon, VoicesError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-lexicon-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = Lexicon.file(for: .id, in: folder.appendingPathComponent("Voices"))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        do { return .success(try Lexicon.load(file: file)) } catch { return .failure(error) }
    }

    func failure(_ yaml: String) throws -> VoicesError {
        guard case .failure(let error) = try load(yaml) else {
            Issue.record("the lexicon loaded")
            return VoicesError(file: "", problem: LocalizedText(id: "", en: ""))
        }
        return error
    }

    @Test("a lexicon written by hand loads with its options")
    func goodFile() throws {
        let lexicon = try load("""
            # comment
            entries:
              - text: BPJS
                say: be pe je es
                note: jaminan sosial
              - text: IT
                say: ai ti
                match_case: true
            """).get()
        #expect(lexicon.entries.map(\.text) == ["BPJS", "IT"])
        #expect(lexicon.entries[1].matchCase)
        #expect(lexicon.entries[0].note == "jaminan sosial")
        #expect(lexicon.entries.map(\.line) == [3, 6])
    }

    @Test("a broken lexicon is an error naming the file, the line and the expected form", arguments: [
        ("entries:\n  - text: BPJS\n    say: [be pe\n", 4),
        ("entries:\n  - text: BPJS\n    say: be pe je es\n  - text: KTP\n    note: kartu\n", 4),
        ("entries:\n  - text: BPJS\n    say: \"\"\n", 3),
        ("entries:\n  - text: BPJS\n    say: be pe je es\n  - text: ULD\n    sai: u el de\n", 5),
        ("entries:\n  - text: ULD\n    say: u el de\n    match_case: kadang\n", 4),
        ("entries:\n  - text: \"...\"\n    say: titik titik\n", 2),
        ("entries:\n  - BPJS\n", 2),
        ("entri:\n  - text: BPJS\n    say: be pe je es\n", 1),
    ])
    func brokenFile(_ yaml: String, _ line: Int) throws {
        let error = try failure(yaml)
        #expect(error.file == "Voices/id/lexicon.yaml")
        #expect(error.line == line)
        #expect(error.problem.id.contains("text: BPJS"))
        #expect(error.problem.en.contains("text: BPJS"))
        #expect(error.message(.en).hasPrefix("Voices/id/lexicon.yaml:\(line): "))
    }

    @Test("the same text twice is an error naming both lines", arguments: [
        ("BPJS", "BPJS"), ("BPJS", "bpjs"),
    ])
    func duplicate(_ first: String, _ second: String) throws {
        let error = try failure("""
            entries:
              - text: \(first)
                say: be pe je es
              - text: KTP
                say: ka te pe
              - text: \(second)
                say: be pe je es
            """)
        #expect(error.line == 6)
        #expect(error.problem.id.contains("baris 2"))
        #expect(error.problem.en.contains("line 2"))
    }

    @Test("the same letters in two cases are allowed when both entries match case")
    func caseSensitivePair() throws {
        let lexicon = try load("""
            entries:
              - text: IT
                say: ai ti
                match_case: true
              - text: It
                say: it
                match_case: true
            """).get()
        #expect(lexicon.entries.count == 2)
    }

    @Test("a missing or empty file is an error, not a crash")
    func missingOrEmpty() throws {
        let missing: VoicesError
        do {
            _ = try Lexicon.load(file: URL(fileURLWithPath: "/nonexistent/Voices/id/lexicon.yaml"))
            Issue.record("a missing file loaded")
            return
        } catch { missing = error }
        #expect(missing.file == "Voices/id/lexicon.yaml")
        #expect(missing.line == nil)
        let empty = try failure("")
        #expect(empty.file == "Voices/id/lexicon.yaml")
        #expect(!empty.problem.en.isEmpty && !empty.problem.id.isEmpty)
    }
}
