import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

struct EmployerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "employer", abstract: L("Mendaftarkan, mencari, menampilkan, dan mengubah pemberi kerja.",
                                                                  "Register, list, show and update employers."),
                             subcommands: [Add.self, List.self, Show.self, Update.self])
    }
}

struct EmployerFields: ParsableArguments {
    @Option(help: ArgumentHelp(L("Nama perusahaan atau instansi.", "Name of the company or agency."))) var name: String?
    @Option(help: ArgumentHelp(L("Kepemilikan: private, bumn, bumd, government.", "Ownership: private, bumn, bumd, government."))) var ownership: String?
    @Option(help: ArgumentHelp(L("Jumlah seluruh pekerja.", "Total number of workers."))) var headcount: String?
    @Option(name: .customLong("employees-with-disabilities"), help: ArgumentHelp(L("Jumlah pekerja penyandang disabilitas.", "Number of workers with disabilities."))) var withDisabilities: String?
    @Option(name: .customLong("short-time-workers"), help: ArgumentHelp(L("Dari jumlah seluruh pekerja, yang bekerja paruh waktu (20 sampai 30 jam seminggu); bawaan 0.",
                                                                         "Of the total, the workers on short hours (20 to 30 hours a week); default 0."))) var shortTime: String?
    @Option(name: .customLong("short-time-with-disabilities"), help: ArgumentHelp(L("Dari pekerja penyandang disabilitas, yang bekerja paruh waktu; bawaan 0.",
                                                                                   "Of the workers with disabilities, those on short hours; default 0."))) var shortTimeDisabled: String?
    @Option(name: .customLong("with-severe-disabilities"), help: ArgumentHelp(L("Dari pekerja penyandang disabilitas, yang memiliki disabilitas berat; bawaan 0.",
                                                                               "Of the workers with disabilities, those with a severe disability; default 0."))) var severe: String?
    @Option(name: .customLong("short-time-with-severe-disabilities"), help: ArgumentHelp(L("Dari pekerja dengan disabilitas berat, yang bekerja paruh waktu; bawaan 0.",
                                                                                          "Of the workers with a severe disability, those on short hours; default 0."))) var severeShortTime: String?
    @Option(help: ArgumentHelp(L("Sektor usaha.", "Business sector."))) var sector: String?
    @Option(help: ArgumentHelp(L("Nomor telepon.", "Phone number."))) var phone: String?
    @Option(help: ArgumentHelp(L("Alamat surel.", "E-mail address."))) var email: String?
    @Option(help: ArgumentHelp(L("Kabupaten/kota: nama (Bantul) atau kode 4 angka (3471); cari dengan setara lookup regency.", "Regency or city: its name (Bantul) or 4-digit code (3471); search with setara lookup regency."))) var regency: String?

    var fields: [String: FieldValue] {
        var f: [String: FieldValue] = [:]
        put(&f, "name", name); put(&f, "ownership", ownership); put(&f, "headcount", headcount)
        put(&f, "employees_with_disabilities", withDisabilities); put(&f, "short_time_workers", shortTime)
        put(&f, "short_time_with_disabilities", shortTimeDisabled); put(&f, "with_severe_disabilities", severe)
        put(&f, "short_time_with_severe_disabilities", severeShortTime); put(&f, "sector", sector); put(&f, "phone", phone)
        put(&f, "email", email); put(&f, "regency", regency)
        return f
    }
}

extension EmployerCommand {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Mendaftarkan pemberi kerja. Kolom yang belum diisi ditanyakan bila berjalan di terminal.",
                                             "Registers an employer. Missing fields are asked for when run at a terminal."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var values: EmployerFields

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let fields = values.fields
                if Console.isInteractive {
                    // The quota (Law 8/2016 Art. 53) is computed from the number of workers with disabilities: asked, not assumed to be 0.
                    let employer = try guided(office, .employer, fields: fields) { try office.registerEmployer($0).record }
                    Console.out(L("Pemberi kerja \(employer.id) terdaftar: \(employer.name). Tambahkan tempat kerjanya dengan: setara workplace add --employer \(employer.id)",
                                  "Employer \(employer.id) registered: \(employer.name). Add its workplace with: setara workplace add --employer \(employer.id)"))
                    return
                }
                let missing = ["name", "ownership", "headcount", "regency"].filter { fields[$0] == nil }
                if !missing.isEmpty {
                    throw CLIError.usage(L("Kolom wajib belum diisi: ", "Required fields missing: ") + missing.map { "--" + $0 }.joined(separator: ", "))
                }
                let employer = try office.registerEmployer(fields).record
                Console.out(L("Pemberi kerja \(employer.id) terdaftar: \(employer.name). Tambahkan tempat kerjanya dengan: setara workplace add --employer \(employer.id)",
                              "Employer \(employer.id) registered: \(employer.name). Add its workplace with: setara workplace add --employer \(employer.id)"))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan daftar pemberi kerja.", "Lists employers.")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ListOptions

        func run() throws {
            try runReportingErrors {
                let store = try global.openStore()
                let employers = try store.employers(options.query())
                let render = TextRender(language: language)
                try emit(kind: .employers, format: options.format, output: options.output, total: try store.counts().employers,
                         records: employers.map(RecordExport.fields), lines: employers.map(render.employerLine))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu pemberi kerja lengkap.", "Shows one employer in full.")) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode pemberi kerja, misalnya E00001.", "Employer id, e.g. E00001."))) var id: String
        @OptionGroup var options: ShowOptions

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let employer = try office.employer(id)
                let workplaces = try office.store.workplaces(ListQuery(parentID: employer.id))
                try emit(kind: .employers, format: options.format, output: nil, total: nil, records: [RecordExport.fields(employer)],
                         lines: [TextRender(language: language).employer(employer, workplaces: workplaces)])
                // Casework: the visits, calls and meetings with this employer (text only; the export formats stay the importer's).
                if options.format == .text {
                    let visits = try office.visits(employerID: employer.id)
                    if !visits.isEmpty { Console.out(visits.map(visitLine).joined(separator: "\n")) }
                }
            }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "update", abstract: L("Mengubah data pemberi kerja; hanya kolom yang diberikan yang berubah.", "Updates an employer; only the fields given change."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode pemberi kerja.", "Employer id."))) var id: String
        @OptionGroup var values: EmployerFields

        func run() throws {
            try runReportingErrors {
                let saved = try global.office().updateEmployer(id, RecordEdit(set: values.fields))
                reportUpdate(.employer, saved.record.id, saved.changed)
            }
        }
    }
}
