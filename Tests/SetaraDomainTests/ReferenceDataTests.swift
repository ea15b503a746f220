import Foundation
import SetaraDomain
import Testing

@Suite("Reference lists: every regency and KBJI 2014 code, found by name")
struct ReferenceDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("The lists compiled into Setara are the files in Reference/ (run scripts/update-reference after an edit)",
          arguments: [("Reference/regions.csv", "RegionsText.swift"), ("Reference/kbji-2014.csv", "KBJIText.swift")])
    func compiledListsMatchTheFiles(file: String, swiftFile: String) throws {
        let csv = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let swift = try String(contentsOf: Self.root.appendingPathComponent("Sources/SetaraDomain/Reference/" + swiftFile), encoding: .utf8)
        #expect(swift.contains("#\"\"\"\n" + csv + "\"\"\"#"), "\(file) was changed without running scripts/update-reference")
        #expect(csv.contains("# Source:"), "\(file) names its source")
    }

    @Test("All 38 provinces and 514 regencies and cities, each in a province that exists")
    func regionCounts() {
        #expect(Regions.provinces.count == 38)
        #expect(Regions.regencies.count == 514)
        #expect(Set(Regions.regencies.map(\.code)).count == 514)
        #expect(Regions.regencies.allSatisfy { Regions.province(code: $0.provinceCode) != nil })
        #expect(Regions.regency(code: "3402")?.name == "Kabupaten Bantul")
        #expect(Regions.regencies(inProvince: "34").count == 5)
    }

    @Test("Every KBJI 2014 code: 2,766 in all, 446 unit groups and 2,137 job titles")
    func kbjiCounts() {
        #expect(KBJI.entries.count == 2766)
        #expect(KBJI.entries.filter { $0.level == 4 }.count == 446)
        #expect(KBJI.entries.filter { $0.level == 6 }.count == 2137)
        #expect(KBJI.entries.allSatisfy { $0.code.count == ($0.level == 6 ? 6 : $0.level) }, "the code's length is its level")
        #expect(KBJI.entry(code: "4132.01")?.title == "Operator Entri Data")
        #expect(KBJI.entry(code: "413201")?.displayCode == "4132.01")
        #expect(KBJI.entry(code: "2166")?.title == "Perancang Grafis dan Multimedia")
    }

    @Test("A regency is found by its name, in any case, with or without Kabupaten or Kota")
    func regencyByName() {
        #expect(Regions.resolve("Bantul") == .code("3402"))
        #expect(Regions.resolve("bantul") == .code("3402"))
        #expect(Regions.resolve("Kabupaten Bantul") == .code("3402"))
        #expect(Regions.resolve("Kota Bandung") == .code("3273"))
        #expect(Regions.resolve("34.71") == .code("3471"), "a code is passed on to be checked")
        #expect(Regions.resolve("Atlantis") == .notFound)
    }

    @Test("A name that fits a kabupaten and a kota lists both")
    func ambiguousRegency() {
        guard case .ambiguous(let found) = Regions.resolve("Bandung") else { Issue.record("Bandung is a kabupaten and a kota"); return }
        #expect(found.map(\.code) == ["3204", "3273"])
    }

    @Test("Regency search ranks the name itself first and finds a province's regencies by code")
    func regencySearch() {
        #expect(Regions.search("bandung").map(\.code).prefix(3) == ["3204", "3273", "3217"])
        #expect(Regions.search("gunung").contains { $0.name == "Kabupaten Gunungkidul" })
        #expect(Regions.search("34").map(\.code) == ["3401", "3402", "3403", "3404", "3471"])
        #expect(Regions.search("yogyakarta").first?.code == "3471", "Kota Yogyakarta by name before the province's other regencies")
    }

    @Test("An occupation is found by its title; a title that fits many lists them")
    func kbjiByTitle() {
        #expect(KBJI.resolve("petugas entri data") == .code("4132"))
        #expect(KBJI.resolve("Operator Entri Data") == .code("413201"))
        #expect(KBJI.resolve("4132.01") == .code("413201"))
        guard case .ambiguous(let found) = KBJI.resolve("entri data") else { Issue.record("entri data fits several titles"); return }
        #expect(found.allSatisfy { $0.isOccupation })
        #expect(found.first?.code == "4132")
        #expect(KBJI.resolve("xylofonis") == .notFound)
    }

    @Test("KBJI search by title words or by the start of a code")
    func kbjiSearch() {
        #expect(KBJI.search("entri data").prefix(2).map(\.displayCode) == ["4132", "4132.01"])
        #expect(KBJI.search("entri dat").first?.code == "4132", "the last word may be cut short")
        #expect(KBJI.search("4132.0").map(\.displayCode) == ["4132.01", "4132.02", "4132.03"])
        #expect(KBJI.search("nothing like this").isEmpty)
    }
}

@Suite("A NIK agrees with the sex and birth date given with it")
struct NIKConsistencyTests {
    // 3402011203900001: digits 7-12 are 120390, a man born 12 March 1990.
    let man = "3402011203900001"
    // 3402015203900001: 52 = 12 + 40, a woman born 12 March 1990.
    let woman = "3402015203900001"

    @Test("A NIK of a man born 1990-03-12 agrees with male and 1990-03-12")
    func agrees() {
        #expect(Validate.nik(man, sex: .male, birthDate: Day(year: 1990, month: 3, day: 12)).isEmpty)
        #expect(Validate.nik(woman, sex: .female, birthDate: Day(year: 1990, month: 3, day: 12)).isEmpty)
        #expect(Validate.nik(man, sex: nil, birthDate: nil).isEmpty)
    }

    @Test("Female with a man's NIK, and another birth date, are both refused, naming both fields")
    func disagrees() {
        let issues = Validate.nik(man, sex: .female, birthDate: Day(year: 1991, month: 1, day: 1))
        #expect(issues.map(\.problem) == [.nikSex, .nikBirthDateDiffers])
        #expect(issues[0].message(.en).hasPrefix("nik and sex disagree"))
        #expect(issues[1].message(.id).hasPrefix("nik dan tanggal lahir (birth_date) tidak cocok"))
        #expect(!issues.contains { $0.message(.en).contains(man) || $0.message(.id).contains(man) }, "the NIK is never repeated")
        #expect(Validate.nik(woman, sex: .male, birthDate: nil).map(\.problem) == [.nikSex])
    }

    @Test("A seeker record with a NIK that disagrees is not valid")
    func seekerRecord() {
        let seeker = Seeker(id: "S1", nik: man, name: "Budi", birthDate: Day(year: 1991, month: 1, day: 1), sex: .female,
                            regencyCode: "3402", education: .sma, registeredOn: Day(year: 2026, month: 1, day: 5)!)
        #expect(seeker.validate().map(\.field) == ["nik", "nik"])
    }
}
