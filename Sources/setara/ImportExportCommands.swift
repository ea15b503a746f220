import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

extension ImportKind: ExpressibleByArgument {}

/// The message printed when an import is interrupted. Kept in a C buffer made before the
/// import starts, because a signal handler may only call write(2).
// Safe: the main thread replaces the pointer whole (an aligned, pointer-sized store) with
// strings made before and never freed; the handler only reads it.
nonisolated(unsafe) private var interruptMessage: UnsafeMutablePointer<CChar>?

/// What Ctrl-C means at each step of an import, so that the message says what really happened.
private enum ImportStep: Sendable {
    case checking, committing, saved

    var message: String {
        switch self {
        case .checking: L("\nImpor dihentikan sebelum disimpan; basis data tetap seperti sebelum impor.\n",
                          "\nImport interrupted before it was saved; the database is as it was before the import.\n")
        case .committing: L("\nImpor dihentikan saat sedang disimpan: basis data menyimpan semuanya atau tidak sama sekali. Periksa dengan: setara info\n",
                            "\nImport interrupted while it was being saved: the database keeps all of it or none of it. Check which with: setara info\n")
        case .saved: L("\nImpor sudah tersimpan seluruhnya sebelum dihentikan.\n", "\nThe import had been saved in full before it was interrupted.\n")
        }
    }

    func announce() { interruptMessage = strdup(message) }
}

private func installInterruptHandler() {
    ImportStep.checking.announce()
    let handler: @convention(c) (Int32) -> Void = { signal in
        if let message = interruptMessage { _ = write(2, message, strlen(message)) }
        // The write transaction is still open: ending the process discards it (SQLite rolls it back).
        _exit(128 + signal)
    }
    signal(SIGINT, handler)
    signal(SIGTERM, handler)
    // A parent may have started us with these signals blocked (test runners do): unblock them.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
}

/// Holds a value for the rest of the process (see its use in `ImportCommand`).
private final class KeptUntilExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: L("Mengimpor pencari kerja, pemberi kerja, tempat kerja, lowongan, atau riwayat kasus (rujukan, penempatan, tindak lanjut) dari berkas YAML, JSON, atau CSV.",
                        "Imports seekers, employers, workplaces, vacancies, or casework history (referrals, placements, follow-ups) from YAML, JSON or CSV files."),
            discussion: L("""
                Semua atau tidak sama sekali: bila satu data salah, tidak ada yang disimpan dan setiap masalah ditampilkan. \
                Dengan --skip-invalid, data yang benar disimpan dan yang ditolak ditulis ke berkas laporan. \
                Format berkas: docs/import-formats.md dan contoh di folder examples.
                """, """
                All or nothing: when one record is wrong, nothing is saved and every problem is listed. \
                With --skip-invalid, the valid records are saved and the rejected ones are written to a report file. \
                File formats: docs/import-formats.md, with examples in the examples folder.
                """))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Berkas yang diimpor (.yaml, .yml, .json, .csv).", "Files to import (.yaml, .yml, .json, .csv)."), valueName: "file"))
    var files: [String]
    @Option(help: ArgumentHelp(L("Jenis data bila tidak terbaca dari berkas: seekers, employers, workplaces, vacancies, referrals, placements, followups.",
                                 "What the files hold when they do not say: seekers, employers, workplaces, vacancies, referrals, placements, followups.")))
    var kind: ImportKind?
    @Flag(name: .customLong("skip-invalid"), help: ArgumentHelp(L("Simpan data yang benar dan laporkan yang ditolak.", "Save the valid records and report the rejected ones.")))
    var skipInvalid = false
    @Option(help: ArgumentHelp(L("Berkas laporan data yang ditolak (dengan --skip-invalid). Bawaan: <berkas pertama>.rejected.txt",
                                 "Report file for rejected records (with --skip-invalid). Default: <first file>.rejected.txt"), valueName: "file"))
    var rejected: String?
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L("Hanya periksa dan tampilkan apa yang akan berubah; jangan simpan apa pun.",
                                                             "Only check, and list what would change; save nothing.")))
    var dryRun = false
    @Flag(help: ArgumentHelp(L("Ganti data yang sudah tersimpan seluruhnya dengan data berkas (kolom yang tidak ada menjadi kosong). Bawaan: hanya kolom yang diberikan berkas yang berubah.",
                               "Replace stored records whole with the file's (fields the file leaves out become empty). Default: only the fields the file gives change.")))
    var replace = false

    func validate() throws {
        if files.isEmpty { throw ValidationError(L("Sebutkan paling sedikit satu berkas.", "Name at least one file.")) }
    }

    func run() throws {
        try runReportingErrors {
            let started = DispatchTime.now().uptimeNanoseconds
            /// Seconds since the import started, for the progress lines.
            func elapsed() -> String {
                let tenths = Int((DispatchTime.now().uptimeNanoseconds - started) / 100_000_000)
                return "\(tenths / 10)\(L(",", "."))\(tenths % 10) s"
            }
            // From the start, so that Ctrl-C or kill is answered the same way at every step.
            installInterruptHandler()
            let store = try global.openStore()
            let catalog = try loadCatalog()
            var records: [RawRecord] = []
            for path in files {
                do {
                    let read = try SourceReader.read(path: path, kind: kind)
                    records += read
                    Console.err(L("Membaca \(read.count) data dari \(path) (\(elapsed())).", "Read \(englishCount(read.count, "record")) from \(path) (\(elapsed()))."))
                } catch let error as SourceError {
                    throw error.isIOError ? CLIError.io(error.message(language)) : CLIError.data(error.message(language))
                }
            }
            if records.contains(where: { $0.kind.isCasework }) {
                guard records.allSatisfy(\.kind.isCasework) else {
                    throw CLIError.usage(L("Impor riwayat kasus (referrals, placements, followups) terpisah dari data lain; impor data lain dahulu.",
                                           "Import casework history (referrals, placements, followups) on its own; import the other records first."))
                }
                return try importCasework(records, global: global, dryRun: dryRun, skipInvalid: skipInvalid)
            }
            // Unless this is a dry run, the accepted records are written while the rest is
            // checked, in one transaction that is committed only if the whole import is good.
            let writer = dryRun ? nil : ImportWriter(store: store, willCommit: { ImportStep.committing.announce() })
            // However this ends before the commit (a rejected record, an error), nothing is kept.
            defer { writer?.cancel() }
            let plan = try Importer(store: store, catalogIDs: catalog.ids, mode: replace ? .replace : .merge, actor: global.actor.auditName)
                .plan(records, reads: writer, sink: writer.map { $0.send })
            let recordCount = records.count
            Console.err(L("Memeriksa \(recordCount) data selesai (\(elapsed())).", "Checked \(englishCount(recordCount, "record")) (\(elapsed()))."))
            // The raw records are no longer needed and the process ends after the import: they are
            // left for the system to reclaim at exit, at once, rather than freed one by one
            // (100,000 records took 0.3 s of a core the writer needs).
            _ = Unmanaged.passRetained(KeptUntilExit(records))
            records = []
            let problems = plan.rejected.flatMap { $0.lines(language) }
            if !plan.rejected.isEmpty && !skipInvalid {
                throw CLIError.data(L("Tidak ada yang diimpor: \(plan.rejected.count) dari \(recordCount) data bermasalah.\n",
                                      "Nothing was imported: \(plan.rejected.count) of \(englishCount(recordCount, "record")) \(plan.rejected.count == 1 ? "has" : "have") problems.\n")
                                    + problems.joined(separator: "\n")
                                    + L("\nPerbaiki berkasnya lalu ulangi, atau pakai --skip-invalid untuk menyimpan data yang benar saja.",
                                        "\nCorrect the file and run again, or use --skip-invalid to save only the valid records."))
            }
            let a = plan.accepted
            let acceptedCount = a.seekers + a.employers + a.workplaces + a.vacancies
            let changeLines = plan.changes.map { c in
                L("\(c.id) berubah: ", "\(c.id) changes: ") + c.fields.joined(separator: ", ")
            }
            guard let writer else {
                Console.out(L("Pemeriksaan selesai: \(acceptedCount) data siap diimpor (\(acceptedCount - plan.updates) baru, \(plan.changes.count) mengubah data tersimpan), \(plan.rejected.count) ditolak. Tidak ada yang disimpan (--dry-run).",
                              "Check done: \(englishCount(acceptedCount, "record")) ready to import (\(acceptedCount - plan.updates) new, \(plan.changes.count) changing stored records), \(plan.rejected.count) rejected. Nothing was saved (--dry-run)."))
                if !changeLines.isEmpty { Console.out(changeLines.joined(separator: "\n")) }
                if !problems.isEmpty { Console.out(problems.joined(separator: "\n")) }
                return
            }
            if !plan.rejected.isEmpty {
                let report = rejected ?? (files[0] + ".rejected.txt")
                try Console.write(problems.joined(separator: "\n"), to: report)
                Console.err(L("\(plan.rejected.count) data ditolak; alasannya ada di \(report).", "\(englishCount(plan.rejected.count, "record")) rejected; the reasons are in \(report)."))
            }
            Console.err(L("Menyimpan \(acceptedCount) data ...", "Saving \(englishCount(acceptedCount, "record")) ..."))
            try writer.commit()
            ImportStep.saved.announce()
            Console.err(L("Tersimpan (\(elapsed())).", "Saved (\(elapsed()))."))
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            Console.out(L("Impor selesai: \(a.seekers) pencari kerja, \(a.employers) pemberi kerja, \(a.workplaces) tempat kerja, \(a.vacancies) lowongan; \(plan.updates) di antaranya memperbarui data lama.",
                          "Import done: \(englishCount(a.seekers, "seeker")), \(englishCount(a.employers, "employer")), \(englishCount(a.workplaces, "workplace")), \(englishCount(a.vacancies, "vacancy", "vacancies")); \(plan.updates) of them updated existing records."))
            if !changeLines.isEmpty { Console.out(changeLines.joined(separator: "\n")) }
        }
    }
}

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export",
                             abstract: L("Mengekspor data dalam format yang sama dengan impor.", "Exports records in the same format the importer reads."))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Jenis data: seekers, employers, workplaces, vacancies, referrals, placements, followups.", "What to export: seekers, employers, workplaces, vacancies, referrals, placements, followups.")))
    var kind: ImportKind
    @Option(help: ArgumentHelp(L("Format: json, csv, atau text.", "Format: json, csv or text."))) var format: OutputFormat = .json
    @Option(help: ArgumentHelp(L("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."), valueName: "file")) var output: String?
    @Option(help: ArgumentHelp(L("Kode provinsi atau kabupaten/kota.", "Province or regency code."), valueName: "code")) var region: String?
    @Option(help: ArgumentHelp(L("Hanya riwayat kasus kantor ini (referrals, placements, followups).", "Only this office's casework history (referrals, placements, followups)."),
                               valueName: "code")) var office: String?
    @Flag(name: .customLong("include-category"), help: ArgumentHelp(L("Sertakan ragam disabilitas (hanya yang ada persetujuannya). Data ini sensitif.",
                                                                      "Include the disability category (only where consent was given). This data is sensitive.")))
    var includeCategory = false

    func run() throws {
        try runReportingErrors {
            if kind.isCasework {
                try exportCasework(kind, office: office, global: global, format: format, output: output)
                if let output { Console.err(L("Ditulis ke \(output).", "Written to \(output).")) }
                return
            }
            let office = try global.office()
            let store = office.store
            let query = ListQuery(region: region)
            let render = TextRender(language: language)
            switch kind {
            case .seekers:
                // Logged: who took which personal data out, and when.
                let rows = try office.exportSeekers(region: region, includeCategory: includeCategory, destination: output)
                try emit(kind: kind, format: format, output: output, total: nil, records: rows.map { RecordExport.fields($0.0, category: $0.1) },
                         lines: rows.map { render.seekerLine($0.0) }, includeCategory: includeCategory)
            case .employers:
                let employers = try store.employers(query)
                try emit(kind: kind, format: format, output: output, total: nil, records: employers.map(RecordExport.fields), lines: employers.map(render.employerLine))
            case .workplaces:
                let workplaces = try store.workplaces(query)
                try emit(kind: kind, format: format, output: output, total: nil, records: workplaces.map(RecordExport.fields), lines: workplaces.map(render.workplaceLine))
            case .vacancies:
                let vacancies = try store.vacancies(query)
                try emit(kind: kind, format: format, output: output, total: nil, records: vacancies.map(RecordExport.fields), lines: vacancies.map(render.vacancyLine))
            case .referrals, .placements, .followups:
                break
            }
            if let output { Console.err(L("Ditulis ke \(output).", "Written to \(output).")) }
        }
    }
}
