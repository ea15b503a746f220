import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

struct WorkplaceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "workplace", abstract: L("Tempat kerja: fitur aksesibilitas dan akomodasi yang disediakan.",
                                                                   "Workplaces: accessibility features and the accommodations provided."),
                             subcommands: [Add.self, List.self, Show.self, Update.self])
    }
}

struct WorkplaceFields: ParsableArguments {
    @Option(help: ArgumentHelp(L("Kode pemberi kerja, misalnya E00001.", "Employer id, e.g. E00001."))) var employer: String?
    @Option(help: ArgumentHelp(L("Nama tempat kerja, misalnya Kantor pusat.", "Workplace name, e.g. Head office."))) var name: String?
    @Option(help: ArgumentHelp(L("Alamat.", "Address."))) var address: String?
    @Option(help: ArgumentHelp(L("Kabupaten/kota: nama (Bantul) atau kode 4 angka (3471); cari dengan setara lookup regency.", "Regency or city: its name (Bantul) or 4-digit code (3471); search with setara lookup regency."))) var regency: String?
    @Option(help: ArgumentHelp(L("Fitur aksesibilitas, misalnya step_free_entrance (boleh diulang).", "Accessibility feature, e.g. step_free_entrance (repeatable)."))) var feature: [String] = []
    @Option(help: ArgumentHelp(L("Kode akomodasi dari katalog yang disediakan (boleh diulang).", "Id of a catalog accommodation provided (repeatable)."))) var accommodation: [String] = []

    var fields: [String: FieldValue] {
        var f: [String: FieldValue] = [:]
        put(&f, "employer", employer?.uppercased()); put(&f, "name", name); put(&f, "address", address); put(&f, "regency", regency)
        put(&f, "features", feature); put(&f, "accommodations", accommodation)
        return f
    }
}

extension WorkplaceCommand {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Mendaftarkan tempat kerja seorang pemberi kerja.", "Registers a workplace of an employer."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var values: WorkplaceFields

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let fields = values.fields
                if Console.isInteractive {
                    let workplace = try guided(office, .workplace, fields: fields) { try office.registerWorkplace($0).record }
                    Console.out(L("Tempat kerja \(workplace.id) terdaftar. Pasang lowongan dengan: setara vacancy add --workplace \(workplace.id)",
                                  "Workplace \(workplace.id) registered. Post a vacancy with: setara vacancy add --workplace \(workplace.id)"))
                    return
                }
                let missing = ["employer", "name", "regency"].filter { fields[$0] == nil }
                if !missing.isEmpty {
                    throw CLIError.usage(L("Kolom wajib belum diisi: ", "Required fields missing: ") + missing.map { "--" + $0 }.joined(separator: ", "))
                }
                let workplace = try office.registerWorkplace(fields).record
                Console.out(L("Tempat kerja \(workplace.id) terdaftar. Pasang lowongan dengan: setara vacancy add --workplace \(workplace.id)",
                              "Workplace \(workplace.id) registered. Post a vacancy with: setara vacancy add --workplace \(workplace.id)"))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan daftar tempat kerja.", "Lists workplaces.")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ListOptions
        @Option(help: ArgumentHelp(L("Hanya tempat kerja pemberi kerja ini.", "Only this employer's workplaces."))) var employer: String?

        func run() throws {
            try runReportingErrors {
                let store = try global.openStore()
                let workplaces = try store.workplaces(options.query(parent: employer?.uppercased()))
                let render = TextRender(language: language)
                try emit(kind: .workplaces, format: options.format, output: options.output, total: try store.counts().workplaces,
                         records: workplaces.map(RecordExport.fields), lines: workplaces.map(render.workplaceLine))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu tempat kerja lengkap.", "Shows one workplace in full.")) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode tempat kerja, misalnya W00001.", "Workplace id, e.g. W00001."))) var id: String
        @OptionGroup var options: ShowOptions

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let workplace = try office.workplace(id)
                let catalog = try? loadCatalog()
                try emit(kind: .workplaces, format: options.format, output: nil, total: nil, records: [RecordExport.fields(workplace)],
                         lines: [TextRender(language: language).workplace(workplace, employer: try office.store.employer(id: workplace.employerID), catalog: catalog)])
            }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "update", abstract: L("Mengubah tempat kerja; hanya kolom yang diberikan yang berubah, daftar diubah per butir.",
                                             "Updates a workplace; only the fields given change, lists item by item."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode tempat kerja.", "Workplace id."))) var id: String
        @OptionGroup var values: WorkplaceFields
        @Option(name: .customLong("add-feature"), help: ArgumentHelp(L("Tambahkan fitur aksesibilitas.", "Add an accessibility feature."))) var addFeature: [String] = []
        @Option(name: .customLong("remove-feature"), help: ArgumentHelp(L("Hapus fitur aksesibilitas.", "Remove an accessibility feature."))) var removeFeature: [String] = []
        @Option(name: .customLong("add-accommodation"), help: ArgumentHelp(L("Tambahkan akomodasi yang disediakan.", "Add an accommodation provided."))) var addAccommodation: [String] = []
        @Option(name: .customLong("remove-accommodation"), help: ArgumentHelp(L("Hapus akomodasi.", "Remove an accommodation."))) var removeAccommodation: [String] = []

        func run() throws {
            try runReportingErrors {
                if !values.feature.isEmpty || !values.accommodation.isEmpty {
                    throw CLIError.usage(L("Pada update, daftar diubah per butir agar tidak ada yang hilang: --add-feature, --remove-feature, --add-accommodation, --remove-accommodation.",
                                           "On update, lists are changed item by item so that nothing is lost: --add-feature, --remove-feature, --add-accommodation, --remove-accommodation."))
                }
                let edit = RecordEdit(set: values.fields, add: ["features": addFeature, "accommodations": addAccommodation],
                                      remove: ["features": removeFeature, "accommodations": removeAccommodation])
                let saved = try global.office().updateWorkplace(id, edit)
                reportUpdate(.workplace, saved.record.id, saved.changed)
            }
        }
    }
}
