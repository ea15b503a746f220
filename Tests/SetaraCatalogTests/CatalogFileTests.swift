import Foundation
import SetaraCatalog
import SetaraDomain
import Testing

/// The catalog folder of this checkout.
let catalogFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Accommodations")

let catalogFiles: [String] = (try? FileManager.default.contentsOfDirectory(atPath: catalogFolder.path))?
    .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

@Suite("The accommodation catalog in Accommodations/")
struct CatalogFileTests {
    @Test("The folder has YAML files")
    func hasFiles() {
        #expect(catalogFiles.count >= 10)
    }

    @Test("Each file loads on its own, and a bad edit names the file", arguments: catalogFiles)
    func fileLoads(file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: catalogFolder.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        do {
            let catalog = try CatalogLoader.load(folder: folder)
            #expect(catalog.accommodations.count >= 3, "\(file) has fewer than 3 accommodations")
        } catch let failure as CatalogLoadFailure {
            Issue.record("\(file): \(failure.errors.map { $0.message(.en) }.joined(separator: "\n"))")
        }
    }

    @Test("The whole catalog loads with unique ids and at least 150 accommodations")
    func wholeCatalog() throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        #expect(catalog.accommodations.count >= 150)
        #expect(Set(catalog.accommodations.map(\.id)).count == catalog.accommodations.count)
    }

    @Test("Every functional dimension is bridged by at least 3 accommodations", arguments: FunctionalDimension.allCases)
    func dimensionCoverage(dimension: FunctionalDimension) throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        #expect(catalog.bridging(dimension).count >= 3, "\(dimension.rawValue)")
    }

    @Test("Every seeker need is met by at least 3 accommodations", arguments: Need.allCases)
    func needCoverage(need: Need) throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        #expect(catalog.meeting(need).count >= 3, "\(need.rawValue)")
    }

    @Test("Every accommodation has both languages, a plausible lead time and a bridge within its scale")
    func entries() throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        for a in catalog.accommodations {
            #expect(!a.name.id.isEmpty && !a.name.en.isEmpty, "\(a.id) name")
            #expect(!a.description.id.isEmpty && !a.description.en.isEmpty, "\(a.id) description")
            #expect((0...730).contains(a.leadTimeDays), "\(a.id) lead time")
            for bridge in a.bridges {
                #expect(bridge.by >= 1 && bridge.by <= bridge.dimension.scale.count - 1, "\(a.id) \(bridge.dimension)")
            }
        }
    }

    @Test("Search finds accommodations in Indonesian and English, ignoring case")
    func search() throws {
        let catalog = try CatalogLoader.load(folder: catalogFolder)
        let english = catalog.search("screen reader")
        let indonesian = catalog.search("PEMBACA LAYAR")
        #expect(!english.isEmpty)
        #expect(!indonesian.isEmpty)
        #expect(english.first?.meetsNeeds.contains(.screenReaderSystems) == true || english.first?.bridges.contains { $0.dimension == .nearVision } == true)
        #expect(catalog.search("zzzz-nothing").isEmpty)
    }
}

@Suite("Catalog errors a specialist can act on")
struct CatalogErrorTests {
    func load(_ yaml: String, file: String = "communicate.yaml") throws -> Catalog {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try yaml.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return try CatalogLoader.load(folder: folder)
    }

    let good = """
        accommodations:
          - id: test-interpreter
            name: {id: Juru bahasa isyarat, en: Sign-language interpreter}
            description: {id: Menerjemahkan rapat., en: Interprets meetings.}
            kind: service
            function: communicate
            step: job
            bridges:
              - {dimension: hearing, effect: raises_capacity, by: 2}
            meets_needs: [sign_language_interpreter]
            cost_band: 1m_5m
            lead_time_days: 7
            legal_basis: [law_8_2016_art_48]
        """

    @Test("A well-formed entry loads")
    func goodEntry() throws {
        #expect(try load(good).accommodations.map(\.id) == ["test-interpreter"])
    }

    @Test("An unknown dimension names file, line, entry and the allowed values")
    func unknownDimension() throws {
        let bad = good.replacingOccurrences(of: "dimension: hearing", with: "dimension: hearnig")
        #expect(throws: CatalogLoadFailure.self) { try load(bad) }
        do { _ = try load(bad) } catch let failure as CatalogLoadFailure {
            let message = failure.errors[0].message(.en)
            #expect(message.hasPrefix("communicate.yaml, line 2 (test-interpreter)"))
            #expect(message.contains("hearnig"))
            #expect(message.contains("near_vision"))
        }
    }

    @Test("A bridge larger than the scale is refused")
    func bridgeTooLarge() throws {
        let bad = good.replacingOccurrences(of: "by: 2", with: "by: 7")
        do { _ = try load(bad); Issue.record("loaded") } catch let failure as CatalogLoadFailure {
            #expect(failure.errors[0].issue.field == "bridges[1].by")
        }
    }

    @Test("An entry filed under the wrong function is refused")
    func wrongFile() throws {
        do { _ = try load(good, file: "noise.yaml"); Issue.record("loaded") } catch let failure as CatalogLoadFailure {
            #expect(failure.errors[0].issue.field == "function")
        }
    }

    @Test("A YAML syntax error names the line")
    func syntax() throws {
        do { _ = try load("accommodations:\n  - id: [unclosed\n"); Issue.record("loaded") } catch let failure as CatalogLoadFailure {
            #expect(failure.errors[0].line != nil)
        }
    }
}
