import Foundation
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

/// The guided form's runner, with typed lines given in advance and what it shows collected.
final class Script {
    var lines: [String]
    var shown = ""

    init(_ lines: [String]) { self.lines = lines }

    func interview(_ office: Office, _ kind: RecordKind, _ language: Language = .id) throws -> GuidedInterview {
        GuidedInterview(form: try office.guidedForm(kind), language: language, check: { try office.problems(kind, $0) },
                        read: { [unowned self] in lines.isEmpty ? nil : lines.removeFirst() },
                        write: { [unowned self] in shown += $0 })
    }
}

@Suite("Guided questions, answered line by line")
struct GuidedQuestionsTests {
    let day = Day(year: 2026, month: 11, day: 30)!

    func office() throws -> Office {
        Office(store: try SQLiteStore(path: ":memory:"), actor: Actor(.officer, "rina"), today: day,
               catalog: { throw AppError(.io, problem: LocalizedText(id: "-", en: "-")) })
    }

    /// The seeker's answers up to the Washington Group questions, in the order asked.
    let identity = ["Siti Rahayu", "3402015203900001", "Bantul", "smk", "perempuan", "1990-03-12", "", "", "", "", "", "", "", "", "", ""]

    @Test("a wrong answer is asked again with what is expected; kembali keeps the answers; the profile comes from the Washington Group answers")
    func seeker() throws {
        let office = try office()
        var lines = identity
        lines.insert("12345", at: 1)                       // a NIK far too short, then the right one
        lines[6] = "1990-03-13"                              // a birth date the NIK does not give: refused as typed;
        lines.insert(contentsOf: ["kembali", "", "1990-03-12"], at: 7)  // back to the sex, kept with Enter, then the right date
        let script = Script(lines + ["3", "1, 3", "1", "1", "1", "1", "1", "", "", "ya", ""])
        let interview = try script.interview(office, .seeker)
        var draft = GuidedDraft()
        try interview.run(&draft)
        #expect(script.shown.contains("NIK harus 16 angka; Anda memasukkan 5."))
        #expect(script.shown.contains("nik dan tanggal lahir (birth_date) tidak cocok"))
        #expect(script.shown.contains("sekarang: perempuan; Enter untuk tetap"))
        let seeker = try interview.complete(&draft) { try office.registerSeeker($0).record }
        #expect(seeker.nik == "3402015203900001")
        #expect(seeker.regencyCode == "3402")
        #expect(seeker.profile[.nearVision]?.withAids == 1 && seeker.profile[.nearVision]?.source == .washingtonGroup)
        #expect(seeker.profile[.hearing]?.withAids == 3)
        #expect(seeker.needs == [.screenReaderSystems, .accessibleDocuments])
        #expect(seeker.birthDate == Day(year: 1990, month: 3, day: 12))
        #expect(seeker.consent.given && seeker.consent.recordedBy == "rina")
    }

    @Test("a NIK that disagrees with the sex is refused when the sex is typed, naming both")
    func nikAgainstSex() throws {
        let office = try office()
        var lines = identity
        lines[4] = "laki-laki"
        lines.insert("perempuan", at: 5)
        let script = Script(lines + ["1", "1", "1", "1", "1", "1", "", "", "tidak"])
        let interview = try script.interview(office, .seeker, .en)
        var draft = GuidedDraft()
        try interview.run(&draft)
        #expect(script.shown.contains("nik and sex disagree"))
        let seeker = try interview.complete(&draft) { try office.registerSeeker($0).record }
        #expect(seeker.sex == .female)
    }

    @Test("a problem found when saving asks only its own question again; the other answers stay")
    func problemAtSaving() throws {
        let office = try office()
        let script = Script(identity + ["1", "1", "1", "1", "1", "1", "", "", "tidak", "0812 3456 7890"])
        let interview = try script.interview(office, .seeker)
        var draft = GuidedDraft()
        try interview.run(&draft)
        var attempts = 0
        let seeker = try interview.complete(&draft) { fields in
            attempts += 1
            if attempts == 1 {
                throw AppError(.data, problem: LocalizedText(id: "Data tidak disimpan karena:", en: "Nothing was saved, because:"),
                               issues: [ValidationIssue(field: "phone", problem: .phone)])
            }
            return try office.registerSeeker(fields).record
        }
        #expect(attempts == 2)
        #expect(script.shown.contains("(1/1) Nomor telepon"))
        #expect(seeker.name == "Siti Rahayu" && seeker.phone == "+6281234567890")
    }

    @Test("input that ends before the questions do saves nothing and says so")
    func inputEnds() throws {
        let script = Script(["Siti"])
        let interview = try script.interview(try office(), .seeker, .en)
        var draft = GuidedDraft()
        #expect(throws: AppError.self) { try interview.run(&draft) }
        #expect(draft.fields["name"] == .text("Siti"))
    }

    @Test("fields given by flags are not asked; a refused flag value is")
    func flagsAnswer() throws {
        let office = try office()
        let script = Script(["3402015203900001", "", "", "", "", "", "", "", "", "", "", "", "1", "1", "1", "1", "1", "1", "", "", "tidak"])
        let interview = try script.interview(office, .seeker)
        var draft = GuidedDraft(fields: ["name": .text("Siti"), "nik": .text("123"), "regency": .text("3402"), "education": .text("smk"),
                                         "sex": .text("female")])
        try interview.run(&draft)
        #expect(script.shown.contains("NIK, 16 angka"))
        #expect(!script.shown.contains("Nama lengkap"))
        let seeker = try interview.complete(&draft) { try office.registerSeeker($0).record }
        #expect(seeker.nik == "3402015203900001" && seeker.name == "Siti")
    }

    @Test("employer add asks who works short hours and, when there are workers with disabilities, how many of them work short hours or have a severe disability")
    func employerWorkforce() throws {
        let office = try office()
        let script = Script(["PT Sakura Logistik", "1", "320", "400", "40", "6", "9", "2", "3", "1", "Sleman", "", "", ""])
        let interview = try script.interview(office, .employer, .en)
        var draft = GuidedDraft()
        try interview.run(&draft)
        #expect(script.shown.contains("is 400, more than headcount (320)"), "\(script.shown)")
        #expect(script.shown.contains("is 9, more than employees_with_disabilities (6)"), "\(script.shown)")
        #expect(script.shown.contains("How many of the workers with a severe disability work short hours?"))
        let employer = try interview.complete(&draft) { try office.registerEmployer($0).record }
        #expect(employer.shortTimeWorkers == 40 && employer.employeesWithDisabilities == 6 && employer.shortTimeWithDisabilities == 2
                && employer.withSevereDisabilities == 3 && employer.shortTimeWithSevereDisabilities == 1)

        // No workers with disabilities: nothing is asked about them; Enter is 0 short-time workers.
        let none = Script(["CV Kecil", "1", "12", "", "0", "Bantul", "", "", ""])
        let asked = try none.interview(office, .employer, .id)
        var answers = GuidedDraft()
        try asked.run(&answers)
        #expect(!none.shown.contains("disabilitas berat"))
        let small = try asked.complete(&answers) { try office.registerEmployer($0).record }
        #expect(small.headcount == 12 && small.shortTimeWorkers == 0 && small.withSevereDisabilities == 0)
    }

    @Test("workplace add finds accommodations in the catalog by words, shows cost and lead time, adds and removes them")
    func workplaceAccommodations() throws {
        let catalog = try CatalogLoader.load(folder: DemoCaseworkTests.accommodations)
        let store = try SQLiteStore(path: ":memory:")
        try store.write(RecordBatch(employers: [Employer(id: "E00001", name: "PT Maju", ownership: .private, headcount: 50, regencyCode: "3402")]))
        let office = Office(store: store, actor: Actor(.officer, "rina"), today: day, catalog: { catalog })
        let script = Script(["E00009", "e00001", "Gudang", "", "Sleman", "1; lift", "pembaca layar", "2", "juru bahasa isyarat", "1",
                             "hapus screen-reader-software", "99", ""])
        let interview = try script.interview(office, .workplace)
        var draft = GuidedDraft()
        try interview.run(&draft)
        #expect(script.shown.contains("E00009, yang tidak ada"))
        #expect(script.shown.contains("2 screen-reader-software: Perangkat lunak pembaca layar; produk; tanpa biaya; 3 hari"))
        #expect(script.shown.contains("Pilih nomor 1–1 dari hasil pencarian terakhir."))
        let workplace = try interview.complete(&draft) { try office.registerWorkplace($0).record }
        #expect(workplace.employerID == "E00001" && workplace.regencyCode == "3404")
        #expect(workplace.features == [.stepFreeEntrance, .elevator])
        #expect(workplace.accommodations == ["sign-language-interpreter"])
    }
}
