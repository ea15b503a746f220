import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

@Suite("Import files with Indonesian column names")
final class IndonesianColumnsTests {
    let temp = TempFolder()

    /// The same seeker, its columns named in English and in Indonesian: the same record either way.
    @Test("a CSV named in Indonesian gives the records the English one gives")
    func csvBothLanguages() throws {
        let values = "3273014508950002,Siti Rahmawati,1995-08-05,female,3273,smk,Menjahit; Obras,screen_reader_systems,yes,4200000"
        let english = "nik,name,birth_date,sex,regency,education,skills,needs,consent,wage_expectation\n" + values + "\n"
        let indonesian = "NIK,Nama,Tanggal_Lahir,jenis_kelamin,kabupaten_kota,pendidikan,keterampilan,kebutuhan,persetujuan,harapan_upah\n" + values + "\n"
        let fromEnglish = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("en.csv", english)])
        let fromIndonesian = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("id.csv", indonesian)])
        #expect(fromIndonesian.rejected.isEmpty, "\(fromIndonesian.rejected.flatMap { $0.lines(.en) })")
        let seeker = try #require(fromIndonesian.batch.seekers.first)
        #expect(seeker.name == "Siti Rahmawati")
        #expect(seeker.birthDate == Day(year: 1995, month: 8, day: 5))
        #expect(seeker.skills == ["Menjahit", "Obras"])
        #expect(seeker.needs == [.screenReaderSystems])
        #expect(seeker.consent.given)
        #expect(seeker.wageExpectation == 4_200_000)
        #expect(fromIndonesian.batch.seekers == fromEnglish.batch.seekers)
    }

    @Test("YAML and JSON keys in Indonesian, inside consent and profile ratings too, for every kind")
    func nestedKeys() throws {
        let yaml = """
            employers:
              - id: E00010
                nama: PT Karya Nusantara
                kepemilikan: swasta
                jumlah_pekerja: 420
                pekerja_disabilitas: 2
                kabupaten_kota: "3273"
            workplaces:
              - id: W00010
                pemberi_kerja: E00010
                nama: Pabrik Cimahi
                kabupaten_kota: 3277
                fitur: [step_free_entrance]
                akomodasi: [screen-reader-software]
            vacancies:
              - id: V000010
                tempat_kerja: W00010
                posisi: Operator jahit
                kbji: "7533"
                tuntutan: {fine_manipulation: 3}
                upah_terendah: 4200000
                upah_tertinggi: 4800000
                tanggal_tutup: 2099-01-31
            """
        let plan = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("kantor.yaml", yaml)])
        #expect(plan.rejected.isEmpty, "\(plan.rejected.flatMap { $0.lines(.en) })")
        #expect(plan.batch.employers.first?.employeesWithDisabilities == 2)
        #expect(plan.batch.workplaces.first?.accommodations == ["screen-reader-software"])
        #expect(plan.batch.vacancies.first?.wageMax == 4_800_000)
        #expect(plan.batch.vacancies.first?.closesOn == Day(year: 2099, month: 1, day: 31))

        let json = """
            {"seekers": [{"nik": "3273014508950002", "nama": "Siti", "kabupaten_kota": "3273", "pendidikan": "smk",
              "persetujuan": {"diberikan": "ya", "dicatat_oleh": "rina"},
              "profil": {"near_vision": {"tanpa_alat_bantu": 0, "dengan_alat_bantu": 3, "sumber": "functional_assessment"}}}]}
            """
        let seekers = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("pencari.json", json)])
        #expect(seekers.rejected.isEmpty, "\(seekers.rejected.flatMap { $0.lines(.en) })")
        let seeker = try #require(seekers.batch.seekers.first)
        #expect(seeker.consent.given && seeker.consent.recordedBy == "rina")
        #expect(seeker.profile[.nearVision]?.withAids == 3 && seeker.profile[.nearVision]?.source == .functionalAssessment)
    }

    /// An employer's workforce breakdown leaves in an export and comes back the same, its columns
    /// named in English (as export writes them) or in Indonesian (as an office may rename them).
    @Test("an employer's workforce breakdown survives an export and import, under English and Indonesian column names", arguments: [false, true])
    func workforceRoundTrip(asJSON: Bool) throws {
        let employer = Employer(id: "E00020", name: "PT Sakura Logistik", ownership: .private, headcount: 320, employeesWithDisabilities: 6,
                                shortTimeWorkers: 40, shortTimeWithDisabilities: 2, withSevereDisabilities: 3,
                                shortTimeWithSevereDisabilities: 1, regencyCode: "3471")
        let records = [RecordExport.fields(employer)]
        let english = asJSON ? try RecordExport.json(kind: .employers, records: records)
            : RecordExport.csv(kind: .employers, records: records, includeCategory: false)
        for name in ["short_time_workers", "short_time_with_disabilities", "with_severe_disabilities", "short_time_with_severe_disabilities"] {
            #expect(english.contains(name), "export writes \(name)")
        }
        // The same file with every field named in Indonesian (longest names first, so that a name
        // inside another is not replaced on its own).
        var indonesian = english
        for field in EmployerField.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) where field.indonesian != field.rawValue {
            indonesian = indonesian.replacingOccurrences(of: asJSON ? "\"\(field.rawValue)\"" : field.rawValue,
                                                         with: asJSON ? "\"\(field.indonesian)\"" : field.indonesian)
        }
        #expect(indonesian.contains("pekerja_disabilitas_berat_paruh_waktu") && !indonesian.contains("severe"))
        let ext = asJSON ? "json" : "csv"
        for (file, text) in [("en.\(ext)", english), ("id.\(ext)", indonesian)] {
            let store = try SQLiteStore(path: ":memory:")
            let plan = try importFiles(store, [try temp.file(file, text)])
            #expect(plan.rejected.isEmpty, "\(plan.rejected.flatMap { $0.lines(.en) })")
            try store.write(plan.batch)
            #expect(try store.employer(id: "E00020") == employer, "\(file)")
        }
    }

    @Test("an employer file whose breakdown does not fit is refused with the field, in both languages")
    func workforceRefused() throws {
        let csv = "id,nama,kepemilikan,jumlah_pekerja,pekerja_paruh_waktu,pekerja_disabilitas,pekerja_disabilitas_berat,kabupaten_kota\n"
            + "E00021,PT Contoh,private,10,12,2,3,3471\n"
        let plan = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("e.csv", csv)])
        #expect(plan.batch.employers.isEmpty)
        let en = plan.rejected.flatMap { $0.lines(.en) }.joined(separator: "\n")
        let id = plan.rejected.flatMap { $0.lines(.id) }.joined(separator: "\n")
        #expect(en.contains("short_time_workers is 12, more than headcount (10)"), "\(en)")
        #expect(en.contains("with_severe_disabilities is 3, more than employees_with_disabilities (2)"), "\(en)")
        #expect(id.contains("pekerja_paruh_waktu (short_time_workers) berisi 12, lebih dari jumlah_pekerja (headcount), yaitu 10"), "\(id)")
    }

    @Test("an unknown column is named, with the expected names in the reader's language")
    func unknownColumn() throws {
        let csv = "nik,nama,kabupaten_kota,pendidikan,tgl_lahir\n3273014508950002,Siti,3273,smk,1995-08-05\n"
        let plan = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("s.csv", csv)])
        let indonesian = plan.rejected.flatMap { $0.lines(.id) }.joined(separator: "\n")
        let english = plan.rejected.flatMap { $0.lines(.en) }.joined(separator: "\n")
        #expect(indonesian.contains("tgl_lahir bukan nama kolom yang dikenal"))
        #expect(indonesian.contains("tanggal_lahir") && indonesian.contains("kebutuhan") && !indonesian.contains("birth_date"))
        #expect(english.contains("tgl_lahir is not a field name Setara knows"))
        #expect(english.contains("birth_date") && english.contains("needs"))
    }

    @Test("a field named in both languages in one record is refused, not merged")
    func bothLanguages() throws {
        let yaml = """
            seekers:
              - nik: "3273014508950002"
                name: Siti
                nama: Siti Rahmawati
                regency: "3273"
                education: smk
            """
        let plan = try importFiles(try SQLiteStore(path: ":memory:"), [try temp.file("s.yaml", yaml)])
        #expect(plan.batch.seekers.isEmpty)
        #expect(plan.rejected.flatMap { $0.lines(.en) }.contains { $0.contains("nama is not a field name") })
    }
}
