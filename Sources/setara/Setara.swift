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
            subcommands: [DemoCommand.self, SeekerCommand.self, EmployerCommand.self, WorkplaceCommand.self,
                          VacancyCommand.self, MatchCommand.self, VoiceCommand.self, SayCommand.self, ReferralCommand.self, ImportCommand.self, ExportCommand.self, CatalogCommand.self, InfoCommand.self])
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
