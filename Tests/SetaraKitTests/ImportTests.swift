import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

let today = Day(year: 2026, month: 11, day: 23)!
let catalogIDs: Set<String> = ["screen-reader-software", "sign-language-interpreter"]

/// A temporary folder for one test's files, removed when the test ends.
final class TempFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("setara-import-\(UUID().uuidString)")

    /// Writes text to a file with the given name and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let path = url.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

func importFiles(_ store: SQLiteStore, _ paths: [String], kind: ImportKind? = nil) throws -> ImportPlan {
    var records: [RawRecord] = []
    for path in paths { records += try SourceReader.read(path: path, kind: kind) }
    return try Importer(store: store, catalogIDs: catalogIDs, today: today).plan(records)
}

let employersYAML = """
    employers:
      - id: E00010
        name: PT Karya Nusantara Tekstil
        ownership: private
        headcount: 420
        employees_with_disabilities: 2
        regency: "3273"
    workplaces:
      - id: W00010
        employer: E00010
        name: Pabrik Cimahi
        regency: 3277
        features: [step_free_entrance, single_level, accessible_toilet]
        accommodations: [screen-reader-software]
    vacancies:
      - id: V000010
        workplace: W00010
        title: Operator jahit
        kbji: "7533"
        demands: {fine_manipulation: 3, sitting: 3, near_vision: 2}
        wage_min: 4200000
        wage_max: 4800000
    """

let seekersCSV = """
    id,nik,name,birth_date,sex,phone,regency,education,skills,preferred_occupations,needs,near_vision,near_vision_source,lifting,consent,disability_category
    S000101,3273014508950002,Siti Rahmawati,1995-08-05,female,0812 3456 7890,3273,smk,Menjahit; Obras,7533,screen_reader_systems,0/3,functional_assessment,,yes,sensorik_netra
    S000102,3277011203900001,Budi Santoso,12/03/1990,male,+62 813 1111 2222,3277,sma,,9321,,,,2,no,

    """

@Suite("Import: every problem listed, nothing written unless all is well")
final class ImportTests {
    let temp = TempFolder()
    func tempFile(_ name: String, _ text: String) throws -> String { try temp.file(name, text) }

    @Test("A good YAML file and a good CSV file import together, with references resolved across files")
    func goodImport() throws {
        let store = try SQLiteStore(path: ":memory:")
        let plan = try importFiles(store, [try tempFile("employers.yaml", employersYAML), try tempFile("seekers.csv", seekersCSV)])
        #expect(plan.rejected.isEmpty)
        try store.write(plan.batch)
        let siti = try #require(try store.seeker(id: "S000101"))
        #expect(siti.profile[.nearVision] == CapacityRating(withoutAids: 0, withAids: 3, source: .functionalAssessment, assessedOn: today))
        #expect(siti.skills == ["Menjahit", "Obras"])
        #expect(siti.phone == "+6281234567890")
        #expect(try store.disabilityCategory(seekerID: "S000101") == .sensorikNetra)
        let budi = try #require(try store.seeker(id: "S000102"))
        #expect(budi.birthDate == Day(year: 1990, month: 3, day: 12))
        #expect(budi.profile[.lifting]?.withAids == 2)
        #expect(try store.vacancy(id: "V000010")?.demands == [.fineManipulation: 3, .sitting: 3, .nearVision: 2])
        #expect(try store.workplace(id: "W00010")?.regencyCode == "3277")
    }

    @Test("CSV profile columns are read in any order, with their own source and date, and short rows are read")
    func profileColumns() throws {
        let store = try SQLiteStore(path: ":memory:")
        let csv = """
            lifting_assessed_on,near_vision_source,id,nik,name,regency,education,near_vision,lifting,lifting_source,profile_source
            2026-01-15,medical_assessment,S000201,3273014508950002,Siti Rahmawati,3273,smk,1/3,2,functional_assessment,self_report
            ,,S000202,3277011203900001,Budi Santoso,3277,sma,2
            """
        let plan = try importFiles(store, [try tempFile("seekers.csv", csv)])
        #expect(plan.rejected.isEmpty)
        let siti = try #require(plan.batch.seekers.first { $0.id == "S000201" })
        #expect(siti.profile[.nearVision] == CapacityRating(withoutAids: 1, withAids: 3, source: .medicalAssessment, assessedOn: today))
        #expect(siti.profile[.lifting] == CapacityRating(withoutAids: 2, withAids: 2, source: .functionalAssessment,
                                                         assessedOn: Day(year: 2026, month: 1, day: 15)!))
        let budi = try #require(plan.batch.seekers.first { $0.id == "S000202" })
        #expect(budi.profile == [.nearVision: CapacityRating(withoutAids: 2, withAids: 2, source: .selfReport, assessedOn: today)])
    }

    @Test("A rating with a missing half (2/ or /3) is refused, not guessed", arguments: ["2/", "/3", "1/2/3", "two"])
    func halfRatings(rating: String) throws {
        let store = try SQLiteStore(path: ":memory:")
        let csv = "id,nik,name,regency,education,near_vision\nS000201,3273014508950002,Siti Rahmawati,3273,smk,\(rating)\n"
        let plan = try importFiles(store, [try tempFile("seekers.csv", csv)])
        #expect(plan.rejected.flatMap { $0.lines(.en) } == [
            "seekers.csv, line 2: near_vision could not be read: expected a level such as 2, or without/with aids such as 0/3."])
    }

    @Test("One bad record rejects the import and every problem is named with file, line and field")
    func badRecord() throws {
        let store = try SQLiteStore(path: ":memory:")
        let bad = seekersCSV.replacingOccurrences(of: "3273014508950002", with: "327301450895000")
            .replacingOccurrences(of: "0812 3456 7890", with: "12345")
            .replacingOccurrences(of: ",0/3,", with: ",0/7,")
        let plan = try importFiles(store, [try tempFile("seekers.csv", bad)])
        #expect(plan.rejected.count == 1)
        let lines = plan.rejected.flatMap { $0.lines(.en) }
        #expect(lines.contains("seekers.csv, line 2: nik must be 16 digits; you entered 15."))
        #expect(lines.contains { $0.hasPrefix("seekers.csv, line 2: phone is not an Indonesian phone number") })
        #expect(lines.contains { $0.contains("profile.near_vision.with_aids is 7, outside its scale") })
        #expect(plan.rejected[0].lines(.id).contains("seekers.csv, baris 2: nik harus 16 angka; Anda memasukkan 15."))
    }

    @Test("Error messages never repeat the disability category or the NIK")
    func noSensitiveDataInMessages() throws {
        let store = try SQLiteStore(path: ":memory:")
        let bad = seekersCSV.replacingOccurrences(of: ",yes,sensorik_netra", with: ",no,sensorik_netra")
            .replacingOccurrences(of: "3273014508950002", with: "32730145089500X2")
        let plan = try importFiles(store, [try tempFile("seekers.csv", bad)])
        let text = plan.rejected.flatMap { $0.lines(.en) }.joined(separator: "\n")
        #expect(text.contains("disability_category is given without recorded consent"))
        #expect(!text.contains("sensorik_netra"))
        #expect(!text.contains("32730145089500X2"))
    }

    @Test("A workplace naming an unknown employer, and a vacancy at an unknown workplace, are rejected")
    func references() throws {
        let store = try SQLiteStore(path: ":memory:")
        let yaml = employersYAML.replacingOccurrences(of: "employer: E00010", with: "employer: E09999")
        let plan = try importFiles(store, [try tempFile("e.yaml", yaml)])
        let fields = plan.rejected.flatMap { $0.issues.map(\.field) }
        #expect(fields == ["employer", "workplace"])
        #expect(plan.rejected[0].lines(.en)[0].contains("refers to employer E09999, which does not exist"))
    }

    @Test("An unknown catalog accommodation and an unknown field are named")
    func unknownNames() throws {
        let store = try SQLiteStore(path: ":memory:")
        let yaml = employersYAML.replacingOccurrences(of: "[screen-reader-software]", with: "[screen-reader-sofware]")
            .replacingOccurrences(of: "headcount: 420", with: "headcount: 420\n    jumlah_pekerja: 420")
        let plan = try importFiles(store, [try tempFile("e.yaml", yaml)])
        let messages = plan.rejected.flatMap { $0.lines(.en) }
        #expect(messages.contains { $0.contains("accommodations[1] refers to accommodation screen-reader-sofware") })
        #expect(messages.contains { $0.contains("jumlah_pekerja") })
    }

    @Test("The same NIK twice in one import is rejected; a NIK already stored updates that seeker when no id is given")
    func nikRules() throws {
        let store = try SQLiteStore(path: ":memory:")
        // Budi given Siti's NIK, with the birth date and sex that NIK holds, so that only the NIK is wrong.
        let twice = seekersCSV.replacingOccurrences(of: "3277011203900001", with: "3273014508950002")
            .replacingOccurrences(of: "12/03/1990,male", with: "05/08/1995,female")
        #expect(try importFiles(store, [try tempFile("s.csv", twice)]).rejected.map { $0.issues[0].problem } == [.duplicateNIK])
        try store.write(try importFiles(store, [try tempFile("s.csv", seekersCSV)]).batch)
        let update = "nik,name,regency,education\n3273014508950002,Siti Rahmawati Putri,3273,s1\n3271015508010003,Rani,3271,sma\n"
        let plan = try importFiles(store, [try tempFile("u.csv", update)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.batch.seekers.map(\.id) == ["S000101", "S000103"])
        #expect(plan.updates == 1)
    }

    @Test("JSON accepts numbers where text is expected and reports records by position")
    func json() throws {
        let store = try SQLiteStore(path: ":memory:")
        let json = #"{"seekers": [{"nik": 3273014508950002, "name": "Siti", "regency": 3273, "education": "smk"}, {"nik": "1", "regency": "3273", "education": "phd"}]}"#
        let plan = try importFiles(store, [try tempFile("s.json", json)])
        #expect(plan.batch.seekers.map(\.nik) == ["3273014508950002"])
        let lines = plan.rejected.flatMap { $0.lines(.en) }
        #expect(lines.contains("s.json, record 2: name is missing; it is required."))
        #expect(lines.contains { $0.hasPrefix("s.json, record 2: education is \"phd\", which is not allowed; expected one of: none, sd") })
    }

    @Test("Malformed files are reported with their line", arguments: [
        ("bad.yaml", "seekers:\n  - nik: [\n"), ("bad.json", "{\"seekers\": [}"), ("bad.csv", "nik,name\n1,2,3\n"), ("bad.txt", "x"),
    ])
    func malformed(name: String, text: String) throws {
        let path = try tempFile(name, text)
        #expect(throws: SourceError.self) { try SourceReader.read(path: path, kind: nil) }
    }

    @Test("A CSV written by a spreadsheet in Indonesian (semicolons, byte-order mark) is read")
    func spreadsheetCSV() throws {
        let store = try SQLiteStore(path: ":memory:")
        let csv = "\u{FEFF}nik;name;regency;education\r\n3273014508950002;Siti;3273;smk\r\n"
        let plan = try importFiles(store, [try tempFile("s.csv", csv)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.batch.seekers.first?.name == "Siti")
    }

    @Test("Export then import gives the same records, in JSON and in CSV", arguments: [true, false])
    func roundTrip(asJSON: Bool) throws {
        let store = try SQLiteStore(path: ":memory:")
        try store.write(try importFiles(store, [try tempFile("e.yaml", employersYAML), try tempFile("s.csv", seekersCSV)]).batch)
        let seekers = try store.seekers(ListQuery())
        let records = try seekers.map { RecordExport.fields($0, category: try store.disabilityCategory(seekerID: $0.id)) }
        let text = asJSON ? try RecordExport.json(kind: .seekers, records: records)
            : RecordExport.csv(kind: .seekers, records: records, includeCategory: true)
        let fresh = try SQLiteStore(path: ":memory:")
        let plan = try importFiles(fresh, [try tempFile(asJSON ? "x.json" : "x.csv", text)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.batch.seekers == seekers)
        #expect(plan.batch.categories == ["S000101": .sensorikNetra])
    }
}

@Suite("Import: names where codes are asked, and codes that exist")
final class ImportNamesTests {
    let temp = TempFolder()
    func tempFile(_ name: String, _ text: String) throws -> String { try temp.file(name, text) }

    @Test("A regency and occupations given by name are stored as their codes")
    func namesBecomeCodes() throws {
        let store = try SQLiteStore(path: ":memory:")
        let csv = "nik,name,birth_date,sex,regency,education,preferred_occupations\n"
            + "3402011203900001,Budi Santoso,1990-03-12,male,Bantul,sma,petugas entri data; 9321\n"
        let plan = try importFiles(store, [try tempFile("names.csv", csv)])
        #expect(plan.rejected.isEmpty)
        #expect(plan.batch.seekers.first?.regencyCode == "3402")
        #expect(plan.batch.seekers.first?.preferredOccupations == ["4132", "9321"])
    }

    @Test("An ambiguous name lists the candidates; a code that does not exist is refused")
    func ambiguousAndUnknown() throws {
        let store = try SQLiteStore(path: ":memory:")
        let csv = "nik,name,regency,education,preferred_occupations\n"
            + "3402011203900001,Budi Santoso,Bandung,sma,\n"
            + "3402011203900002,Ani,3479,sma,4732\n"
        let plan = try importFiles(store, [try tempFile("bad.csv", csv)])
        let messages = plan.rejected.flatMap { $0.lines(.en) }
        #expect(messages.contains { $0.contains("regency: \"Bandung\" fits more than one: 3204 Kabupaten Bandung; 3273 Kota Bandung") })
        #expect(messages.contains { $0.contains("preferred_occupations[1]: KBJI 2014 has no unit group or job title 4732") })
        #expect(messages.contains { $0.contains("regency: no regency or city has the code 3479") })
    }
}
