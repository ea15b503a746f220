import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

// `setara import` and `setara export` for casework history (referrals, placements, follow-ups):
// the files are read as any import's, and the history goes through the application layer's
// rules (Office.importCasework), all or nothing.

/// Imports casework records read from `files`; every record must pass, or nothing is saved.
func importCasework(_ records: [RawRecord], global: GlobalOptions, dryRun: Bool, skipInvalid: Bool) throws {
    if skipInvalid {
        throw CLIError.usage(L("--skip-invalid tidak berlaku untuk riwayat kasus: satu langkah yang ditolak mengubah arti langkah berikutnya, jadi riwayat diimpor utuh atau tidak sama sekali.",
                               "--skip-invalid does not apply to casework history: one refused step changes what the next ones mean, so a history is imported whole or not at all."))
    }
    let result = try global.office().importCasework(records, dryRun: dryRun)
    let problems = result.problems.flatMap { $0.lines(language) }
    if !problems.isEmpty {
        throw CLIError.data(L("Tidak ada yang diimpor: \(result.problems.count) dari \(records.count) data bermasalah.\n",
                              "Nothing was imported: \(result.problems.count) of \(englishCount(records.count, "record")) \(result.problems.count == 1 ? "has" : "have") problems.\n")
                            + problems.joined(separator: "\n")
                            + L("\nPerbaiki berkasnya lalu ulangi.", "\nCorrect the file and run again."))
    }
    let counts = L("\(result.referrals) rujukan, \(result.placements) penempatan, \(result.followUps) tindak lanjut",
                   "\(englishCount(result.referrals, "referral")), \(englishCount(result.placements, "placement")), \(englishCount(result.followUps, "follow-up"))")
    if dryRun {
        Console.out(L("Pemeriksaan selesai: \(counts) siap diimpor. Tidak ada yang disimpan (--dry-run).",
                      "Check done: \(counts) ready to import. Nothing was saved (--dry-run)."))
    } else {
        Console.out(L("Impor selesai: \(counts).", "Import done: \(counts)."))
    }
}

/// Writes casework history in the form `importCasework` reads.
func exportCasework(_ kind: ImportKind, office officeID: String?, global: GlobalOptions, format: OutputFormat, output: String?) throws {
    let office = try global.office()
    let records = try office.exportCasework(kind, officeID: officeID)
    let lines = records.map { record in
        record.filter { !$0.1.cell.isEmpty }.map { "\($0.0)=\($0.1.cell)" }.joined(separator: ", ")
    }
    try emit(kind: kind, format: format, output: output, total: nil, records: records, lines: lines)
}
