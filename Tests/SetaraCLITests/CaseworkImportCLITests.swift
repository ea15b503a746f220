import Foundation
import Testing

@Suite("Casework import, export and the PDF letter at the command line")
struct CaseworkImportCLITests {
    @Test("an office's history exported from one database and imported into another, all or nothing, with messages in Indonesian")
    func roundTrip() throws {
        let source = try Workspace()
        #expect(try source.run(["demo", "--seekers", "300", "--employers", "30", "--vacancies", "200"]).status == 0)
        let offices = try source.run(["office", "list"]).out.split(separator: "\n").compactMap { line -> [String]? in
            // "Office K3171: Disnaker ..., regency 3171; officers: ..."
            guard line.hasPrefix("Office "), let colon = line.firstIndex(of: ":"), let regency = line.range(of: ", regency ") else { return nil }
            let code = String(line[line.index(line.startIndex, offsetBy: 7)..<colon])
            let name = String(line[line.index(colon, offsetBy: 2)..<regency.lowerBound])
            return [code, name, String(line[regency.upperBound...].prefix(4))]
        }
        #expect(offices.count >= 3)
        let target = try Workspace(database: true)
        var records: [String] = []
        for kind in ["employers", "workplaces", "vacancies", "seekers"] {
            let file = target.folder.appendingPathComponent("\(kind).json").path
            #expect(try source.run(["export", kind, "--output", file]).status == 0)
            records.append(file)
        }
        #expect(try target.run(["import"] + records).status == 0)
        for office in offices {
            #expect(try target.run(["office", "add", office[0], "--name", office[1], "--regency", office[2], "--officer", "admin"]).status == 0)
        }
        var history: [String] = []
        for kind in ["referrals", "placements", "followups"] {
            let file = target.folder.appendingPathComponent("\(kind).csv").path
            #expect(try source.run(["export", kind, "--format", "csv", "--output", file]).status == 0)
            history.append(file)
        }
        let referrals = try String(contentsOfFile: history[0], encoding: .utf8)
        #expect(referrals.split(separator: "\n").count > 10, "the demo made a history to move")

        // One bad row: nothing is saved, and the message names the file, the row and what is expected.
        let bad = try target.write("placements-bad.csv", "id,referral,hired_on,start_on,contract\nP000900,RJ-20200101-0001,2026-01-05,2026-01-10,pkwt\n")
        let refused = try target.run(["import"] + history + [bad, "--officer", "admin"], lang: "id_ID.UTF-8")
        #expect(refused.status == 65)
        #expect(refused.err.contains("placements-bad.csv, baris 2 (P000900)") && refused.err.contains("penempatan hanya dicatat lewat rujukan"), "\(refused.err)")
        #expect(try target.run(["referral", "list", "--format", "csv"]).out.split(separator: "\n").count == 1, "nothing was imported")

        let imported = try target.run(["import"] + history + ["--officer", "admin"])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.hasPrefix("Import done: "))
        for (kind, file) in zip(["referrals", "placements", "followups"], history) {
            let again = try target.run(["export", kind, "--format", "csv"]).out
            let before = try String(contentsOfFile: file, encoding: .utf8)
            // The demo writes some workplace names with a space at the end; a step's place is kept trimmed.
            #expect(again.replacingOccurrences(of: " ,", with: ",") == before.replacingOccurrences(of: " ,", with: ","), "\(kind)")
        }
    }

    @Test("the referral letter as PDF names its reference; the same command writes HTML for another name")
    func letterPDF() throws {
        let w = try Workspace()
        #expect(try w.run(["demo", "--seekers", "300", "--employers", "30", "--vacancies", "200"]).status == 0)
        let reference = try #require(try w.run(["referral", "list", "--status", "hired", "--format", "csv", "--limit", "1"]).out
            .split(separator: "\n").dropFirst().first?.split(separator: ",").first.map(String.init))
        let pdf = w.folder.appendingPathComponent("surat.pdf").path
        let made = try w.run(["referral", "letter", reference, "--output", pdf], lang: "id_ID.UTF-8")
        #expect(made.status == 0 && made.err.contains("Surat pengantar ditulis ke"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.4") && text.hasSuffix("%%EOF\n"))
        #expect(text.contains("(\(reference)) Tj") && text.contains("(Surat Pengantar Kerja) Tj") && text.contains("(Referral letter) Tj"))
        let html = w.folder.appendingPathComponent("surat.html").path
        #expect(try w.run(["referral", "letter", reference, "--output", html]).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }
}
