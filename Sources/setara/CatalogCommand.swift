import ArgumentParser
import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit

struct CatalogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "catalog", abstract: L("Menelusuri dan mencari katalog akomodasi (folder Accommodations).",
                                                                 "Browse and search the accommodation catalog (the Accommodations folder)."),
                             subcommands: [List.self, Show.self, Search.self])
    }

    struct Output: ParsableArguments {
        @Option(help: ArgumentHelp(L("Format keluaran: text atau json.", "Output format: text or json."))) var format: OutputFormat = .text
    }

    static func emit(_ items: [Accommodation], format: OutputFormat, full: Bool) throws {
        let render = TextRender(language: language)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(items), as: UTF8.self))
        case .csv:
            var out = CSVText.line(["id", "name", "kind", "function", "cost_band", "lead_time_days", "bridges", "meets_needs"]) + "\n"
            for a in items {
                out += CSVText.line([a.id, a.name.text(language), a.kind.rawValue, a.function.rawValue, a.costBand.rawValue, String(a.leadTimeDays),
                                     a.bridges.map { "\($0.dimension.rawValue) \($0.effect.rawValue) \($0.by)" }.joined(separator: "; "),
                                     a.meetsNeeds.map(\.rawValue).joined(separator: "; ")]) + "\n"
            }
            Console.out(out)
        case .text:
            if items.isEmpty { Console.out(L("Tidak ada akomodasi yang cocok.", "No matching accommodations.")); return }
            Console.out(items.map(full ? render.accommodation : render.accommodationLine).joined(separator: full ? "\n\n" : "\n"))
            if !full { Console.out(L("\(items.count) akomodasi.", "\(englishCount(items.count, "accommodation")).")) }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan daftar akomodasi.", "Lists accommodations.")) }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Hanya yang menjembatani dimensi ini, misalnya near_vision.", "Only those bridging this dimension, e.g. near_vision."))) var dimension: String?
        @Option(help: ArgumentHelp(L("Hanya yang memenuhi kebutuhan ini, misalnya step_free_access.", "Only those meeting this need, e.g. step_free_access."))) var need: String?
        @Option(help: ArgumentHelp(L("Hanya fungsi kerja ini, misalnya communicate.", "Only this work function, e.g. communicate."))) var function: String?
        @OptionGroup var output: Output

        func run() throws {
            try runReportingErrors {
                var items = try loadCatalog().accommodations
                if let dimension {
                    guard let d = FunctionalDimension.parse(dimension) else {
                        throw CLIError.usage(ValidationIssue(field: "--dimension", problem: .notOneOf(value: dimension, allowed: FunctionalDimension.allCases.map(\.rawValue))).message(language))
                    }
                    items = items.filter { $0.bridges.contains { $0.dimension == d } }
                }
                if let need {
                    guard let n = Need.parse(need) else {
                        throw CLIError.usage(ValidationIssue(field: "--need", problem: .notOneOf(value: need, allowed: Need.allCases.map(\.rawValue))).message(language))
                    }
                    items = items.filter { $0.meetsNeeds.contains(n) }
                }
                if let function {
                    guard let f = Choice.parse(function, as: WorkFunction.self) else {
                        throw CLIError.usage(ValidationIssue(field: "--function", problem: .notOneOf(value: function, allowed: WorkFunction.allCases.map(\.rawValue))).message(language))
                    }
                    items = items.filter { $0.function == f }
                }
                try CatalogCommand.emit(items, format: output.format, full: false)
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu akomodasi lengkap.", "Shows one accommodation in full.")) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode akomodasi, misalnya screen-reader-software.", "Accommodation id, e.g. screen-reader-software."))) var id: String
        @OptionGroup var output: Output

        func run() throws {
            try runReportingErrors {
                let catalog = try loadCatalog()
                guard let item = catalog[id.lowercased()] else {
                    let near = catalog.search(id).prefix(3).map(\.id)
                    throw CLIError.data(L("Akomodasi \(id) tidak ada di katalog.", "No accommodation \(id) in the catalog.")
                                        + (near.isEmpty ? "" : L(" Mungkin maksud Anda: ", " Did you mean: ") + near.joined(separator: ", ")))
                }
                try CatalogCommand.emit([item], format: output.format, full: true)
            }
        }
    }

    struct Search: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "search", abstract: L("Mencari akomodasi menurut kata, dalam bahasa Indonesia atau Inggris.", "Searches accommodations by words, in Indonesian or English."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kata yang dicari.", "Words to find."))) var words: [String]
        @OptionGroup var output: Output

        func run() throws {
            try runReportingErrors {
                try CatalogCommand.emit(try loadCatalog().search(words.joined(separator: " ")), format: output.format, full: false)
            }
        }
    }
}
