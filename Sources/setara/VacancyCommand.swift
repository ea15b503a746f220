import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

struct VacancyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "vacancy", abstract: L("Lowongan: posisi, KBJI, dan tuntutan pekerjaan.", "Vacancies: position, KBJI code and the job's demands."),
                             subcommands: [Add.self, List.self, Show.self, Update.self])
    }
}

struct VacancyFields: ParsableArguments {
    @Option(help: ArgumentHelp(L("Kode tempat kerja, misalnya W00001.", "Workplace id, e.g. W00001."))) var workplace: String?
    @Option(help: ArgumentHelp(L("Nama posisi.", "Position title."))) var title: String?
    @Option(help: ArgumentHelp(L("Jabatan KBJI 2014: kode 4 atau 6 angka (4132, 4132.01) atau namanya (petugas entri data); cari dengan setara lookup kbji.", "KBJI 2014 occupation: a 4- or 6-digit code (4132, 4132.01) or its Indonesian title (petugas entri data); search with setara lookup kbji."))) var kbji: String?
    @Option(help: ArgumentHelp(L("Jumlah lowongan.", "Number of openings."))) var openings: String?
    @Option(help: ArgumentHelp(L("Tuntutan pada satu dimensi: dimensi=tingkat, misalnya lifting=3 (boleh diulang).",
                                 "Demand on one dimension: dimension=level, e.g. lifting=3 (repeatable)."), valueName: "dimension=level"))
    var demand: [String] = []
    @Option(name: .customLong("min-education"), help: ArgumentHelp(L("Pendidikan minimal.", "Minimum education."))) var minEducation: String?
    @Option(name: .customLong("hours"), help: ArgumentHelp(L("Jam kerja per minggu.", "Hours a week."))) var hours: String?
    @Option(name: .customLong("night-shift"), help: ArgumentHelp(L("Ada sif malam: yes atau no.", "Night shifts: yes or no."))) var nightShift: String?
    @Option(help: ArgumentHelp(L("Kerja jarak jauh: none, hybrid, full.", "Remote work: none, hybrid, full."))) var remote: String?
    @Option(name: .customLong("wage-min"), help: ArgumentHelp(L("Upah terendah per bulan.", "Lowest monthly wage."))) var wageMin: String?
    @Option(name: .customLong("wage-max"), help: ArgumentHelp(L("Upah tertinggi per bulan.", "Highest monthly wage."))) var wageMax: String?
    @Option(name: .customLong("safety-task"), help: ArgumentHelp(L("Tugas berisiko: driving, hazardous_machinery, work_at_heights.", "Safety-critical task: driving, hazardous_machinery, work_at_heights."))) var safetyTask: [String] = []
    @Option(name: .customLong("closes-on"), help: ArgumentHelp(L("Tanggal tutup, YYYY-MM-DD.", "Closing date, YYYY-MM-DD."))) var closesOn: String?
    @Option(help: ArgumentHelp(L("Status: open atau closed.", "Status: open or closed."))) var status: String?

    func fields() throws -> [String: FieldValue] {
        var f: [String: FieldValue] = [:]
        put(&f, "workplace", workplace?.uppercased()); put(&f, "title", title); put(&f, "kbji", kbji); put(&f, "openings", openings)
        put(&f, "min_education", minEducation); put(&f, "hours_per_week", hours); put(&f, "night_shift", nightShift)
        put(&f, "remote", remote); put(&f, "wage_min", wageMin); put(&f, "wage_max", wageMax); put(&f, "safety_tasks", safetyTask)
        put(&f, "closes_on", closesOn); put(&f, "status", status)
        if !demand.isEmpty {
            var levels: [String: FieldValue] = [:]
            for item in demand {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw CLIError.usage(L("--demand \(item): harus dimensi=tingkat, misalnya lifting=3.", "--demand \(item): expected dimension=level, e.g. lifting=3."))
                }
                levels[parts[0].trimmed] = .text(parts[1])
            }
            f["demands"] = .map(levels)
        }
        return f
    }
}

extension VacancyCommand {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Memasang lowongan di sebuah tempat kerja.", "Posts a vacancy at a workplace."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var values: VacancyFields

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let fields = try values.fields()
                if Console.isInteractive {
                    let vacancy = try guided(office, .vacancy, fields: fields) { try office.registerVacancy($0).record }
                    Console.out(L("Lowongan \(vacancy.id) dipasang: \(vacancy.title). Lihat dengan: setara vacancy show \(vacancy.id)",
                                  "Vacancy \(vacancy.id) posted: \(vacancy.title). See it with: setara vacancy show \(vacancy.id)"))
                    return
                }
                let missing = ["workplace", "title", "kbji"].filter { fields[$0] == nil }
                if !missing.isEmpty {
                    throw CLIError.usage(L("Kolom wajib belum diisi: ", "Required fields missing: ") + missing.map { "--" + $0 }.joined(separator: ", "))
                }
                let vacancy = try office.registerVacancy(fields).record
                Console.out(L("Lowongan \(vacancy.id) dipasang: \(vacancy.title). Lihat dengan: setara vacancy show \(vacancy.id)",
                              "Vacancy \(vacancy.id) posted: \(vacancy.title). See it with: setara vacancy show \(vacancy.id)"))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan daftar lowongan.", "Lists vacancies.")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ListOptions
        @Option(help: ArgumentHelp(L("Hanya status ini: open atau closed.", "Only this status: open or closed."))) var status: String?
        @Option(help: ArgumentHelp(L("Hanya lowongan di tempat kerja ini.", "Only this workplace's vacancies."))) var workplace: String?

        func run() throws {
            try runReportingErrors {
                let store = try global.openStore()
                let vacancies = try store.vacancies(options.query(status: status, parent: workplace?.uppercased()))
                let render = TextRender(language: language)
                try emit(kind: .vacancies, format: options.format, output: options.output, total: try store.counts().vacancies,
                         records: vacancies.map(RecordExport.fields), lines: vacancies.map(render.vacancyLine))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu lowongan lengkap.", "Shows one vacancy in full.")) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode lowongan, misalnya V000001.", "Vacancy id, e.g. V000001."))) var id: String
        @OptionGroup var options: ShowOptions

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let vacancy = try office.vacancy(id)
                try emit(kind: .vacancies, format: options.format, output: nil, total: nil, records: [RecordExport.fields(vacancy)],
                         lines: [TextRender(language: language).vacancy(vacancy, workplace: try office.store.workplace(id: vacancy.workplaceID))])
            }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "update", abstract: L("Mengubah lowongan; hanya kolom dan tuntutan yang diberikan yang berubah.",
                                             "Updates a vacancy; only the fields and demands given change."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode lowongan.", "Vacancy id."))) var id: String
        @OptionGroup var values: VacancyFields

        func run() throws {
            try runReportingErrors {
                let saved = try global.office().updateVacancy(id, RecordEdit(set: try values.fields()))
                reportUpdate(.vacancy, saved.record.id, saved.changed)
            }
        }
    }
}
