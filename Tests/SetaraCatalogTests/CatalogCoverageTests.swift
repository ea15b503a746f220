import Foundation
import SetaraCatalog
import SetaraDomain
import Testing

/// `Accommodations/coverage/jan.yaml`: JAN's work-related functions and limitation headings, each
/// answered by catalog entries.
struct JANCoverage: Decodable {
    struct Row: Decodable {
        var jan: String
        var file: String?
        var ids: [String]
        var note: String?
        /// How many of JAN's conditions list the heading, as read in its file.
        var conditions: Int?
    }
    var functions: [Row]
    var limitations: [Row]
}

@Suite("The catalog held against JAN, and the sentences that explain a match")
struct CatalogCoverageTests {
    let coverage: JANCoverage? = try? CatalogLoader.decode(
        JANCoverage.self, yaml: String(contentsOf: catalogFolder.appendingPathComponent("coverage/jan.yaml"), encoding: .utf8))

    @Test("All 18 JAN functions and all 75 limitation headings, as read in JAN's file, are answered by entries that exist, and the README shows each")
    func janCoverage() throws {
        let coverage = try #require(coverage)
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        let readme = try String(contentsOf: catalogFolder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(coverage.functions.count == 18)
        #expect(coverage.limitations.count == 75)
        #expect(Set(coverage.limitations.map(\.jan)).count == coverage.limitations.count, "a heading is listed twice")
        for row in coverage.limitations {
            #expect((row.conditions ?? 0) >= 1, "\(row.jan) was not read in JAN's file")
        }
        for row in coverage.functions + coverage.limitations {
            #expect(!row.ids.isEmpty || row.note != nil, "\(row.jan) has no answer")
            for id in row.ids { #expect(catalog[id] != nil, "\(row.jan): no entry \(id)") }
            #expect(readme.contains("| \(row.jan) |"), "README.md lacks the row for \(row.jan)")
        }
        // Each JAN function has its own file, and its entries are filed there.
        for row in coverage.functions {
            let file = try #require(row.file)
            #expect(WorkFunction(rawValue: file) != nil, "\(file)")
            #expect(catalogFiles.contains("\(file).yaml"), "no \(file).yaml")
            #expect(row.ids.contains { catalog[$0]?.function.rawValue == file }, "\(row.jan): no entry filed in \(file).yaml")
        }
    }

    @Test("Every entry states its step; recruitment, emergency and commute entries never bridge a job's demand")
    func steps() throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        for a in catalog.accommodations where a.step != .job {
            #expect(a.bridges.isEmpty, "\(a.id) (\(a.step.rawValue)) bridges \(a.bridges.map(\.dimension.rawValue))")
        }
        for id in ["interview-sign-language-interpreter", "extra-test-time", "captioned-online-interview", "accessible-interview-venue"] {
            #expect(catalog[id]?.step == .recruitment, "\(id)")
        }
        for id in ["accessible-car-parking", "accessible-shuttle", "covered-drop-off-point"] { #expect(catalog[id]?.step == .commute, "\(id)") }
        for id in ["evacuation-chair", "personal-evacuation-plan"] { #expect(catalog[id]?.step == .emergency, "\(id)") }
    }

    @Test("Aids that need some capacity left say so; substitutes for screen work say which tasks they serve")
    func conditions() throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        for id in ["extra-rest-breaks", "perching-stool", "anti-fatigue-mat"] {
            let bridge = try #require(catalog[id]?.bridges.first { $0.dimension == .standingWalking })
            #expect((bridge.minCapacity ?? 0) >= 1, "\(id) helps someone who cannot stand at all")
        }
        for id in ["screen-reader-software", "speech-recognition-software", "eye-gaze-access"] {
            #expect(catalog[id]?.bridges.allSatisfy { !$0.tasks.isEmpty && !$0.tasks.contains(.objects) } == true, "\(id)")
        }
    }

    @Test("The explanation sentences exist in both languages with the same keys and placeholders")
    func reasonsAgree() throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        #expect(catalog.reasons.problems().isEmpty)
        let id = try #require(catalog.reasons.words[.id]), en = try #require(catalog.reasons.words[.en])
        #expect(Set(id.sentences.keys) == Set(en.sentences.keys))
        #expect(id.sentences.count >= 30)
        for (key, template) in id.sentences {
            #expect(ReasonBook.placeholders(template) == ReasonBook.placeholders(en.sentences[key] ?? ""), "\(key)")
        }
    }

    @Test("A sentence missing in one language, or with other placeholders, stops the catalog loading and names the key")
    func reasonsDisagree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-reasons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reasons"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = catalogFolder.appendingPathComponent("reasons")
        var en = try String(contentsOf: source.appendingPathComponent("en.yaml"), encoding: .utf8)
        en = en.replacingOccurrences(of: "  closed: \"This vacancy is closed.\"\n", with: "")
        var id = try String(contentsOf: source.appendingPathComponent("id.yaml"), encoding: .utf8)
        id = id.replacingOccurrences(of: "{money}; bisa segera.", with: "{uang}; bisa segera.")
        try en.write(to: folder.appendingPathComponent("reasons/en.yaml"), atomically: true, encoding: .utf8)
        try id.write(to: folder.appendingPathComponent("reasons/id.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: catalogFolder.appendingPathComponent("noise.yaml"), to: folder.appendingPathComponent("noise.yaml"))
        do {
            _ = try CatalogLoader.load(folder: folder)
            Issue.record("loaded")
        } catch let failure as CatalogLoadFailure {
            let messages = failure.errors.map { $0.message(.en) }
            #expect(messages.contains { $0.contains("reasons/en.yaml") && $0.contains("(closed)") }, "\(messages)")
            #expect(messages.contains { $0.contains("cost.at_once") && $0.contains("placeholders") }, "\(messages)")
        }
    }
}
