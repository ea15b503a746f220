import ArgumentParser
import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

@main
struct Setara: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "setara",
            abstract: L("Setara: penempatan kerja yang peduli aksesibilitas, untuk Unit Layanan Disabilitas.",
                        "Setara: accessibility-aware job placement for disability employment services."),
            discussion: L("""
                Mulai dengan: setara demo. Lalu coba: setara seeker list, setara seeker show S000001, \
                setara catalog search "pembaca layar". Bahasa mengikuti LANG, atau --lang id atau --lang en.
                """, """
                Start with: setara demo. Then try: setara seeker list, setara seeker show S000001, \
                setara catalog search "screen reader". The language follows LANG, or --lang id or --lang en.
                """),
            subcommands: [InitCommand.self, DemoCommand.self, SeekerCommand.self, EmployerCommand.self, WorkplaceCommand.self,
                          VacancyCommand.self, MatchCommand.self, VoiceCommand.self, SayCommand.self, ReferralCommand.self,
                          PlacementCommand.self, FollowUpCommand.self, DueCommand.self, CaseCommand.self, NoteCommand.self, PlanCommand.self,
                          VisitCommand.self, TrainingCommand.self, OfficeCommand.self, ReportCommand.self, ImportCommand.self, ExportCommand.self, CatalogCommand.self, LookupCommand.self,
                          AuditCommand.self, InfoCommand.self, ServeCommand.self, UserCommand.self])
    }
}

extension Setara {
    /// Files Setara creates (the database, exports, speech logs) hold personal data: readable by
    /// their owner only (0600, folders 0700), whatever the umask the process was started with.
    static func main() {
        umask(0o077)
        runInLanguage(Array(CommandLine.arguments.dropFirst()))
    }
}

/// Creates a new, empty database: the one deliberate way an office's database comes to be.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: L("Membuat basis data baru yang kosong untuk kantor Anda.",
                                                              "Creates a new, empty database for your office."))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runReportingErrors {
            let path = global.databasePath
            if FileManager.default.fileExists(atPath: path) {
                throw CLIError.usage(L("Basis data \(path) sudah ada; tidak dibuat ulang. Lihat isinya dengan: setara info --db \(path)",
                                       "The database \(path) already exists; it was not made again. See what it holds with: setara info --db \(path)"))
            }
            _ = try global.openStore(create: true)
            Console.out(L("Basis data baru dibuat: \(path). Mulai dengan: setara employer add, setara seeker add, atau setara import BERKAS",
                          "New database created: \(path). Start with: setara employer add, setara seeker add, or setara import FILE"))
        }
    }
}

struct InfoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "info", abstract: L("Menampilkan letak basis data dan jumlah data.", "Shows where the database is and how many records it holds."))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runReportingErrors {
            let store = try global.openStore()
            let counts = try store.counts()
            Console.out(L("Basis data: ", "Database: ") + store.path)
            Console.out(L("Pencari kerja: \(counts.seekers)", "Seekers: \(counts.seekers)"))
            Console.out(L("Pemberi kerja: \(counts.employers)", "Employers: \(counts.employers)"))
            Console.out(L("Tempat kerja: \(counts.workplaces)", "Workplaces: \(counts.workplaces)"))
            Console.out(L("Lowongan: \(counts.vacancies)", "Vacancies: \(counts.vacancies)"))
            Console.out(L("Katalog akomodasi: ", "Accommodation catalog: ") + (try loadCatalog().accommodations.count).description
                        + L(" akomodasi", " accommodations"))
        }
    }
}
