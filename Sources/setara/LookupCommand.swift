import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit

/// Finds regency and KBJI codes by name: what to type where a code is asked.
struct LookupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lookup",
                             abstract: L("Mencari kode kabupaten/kota dan KBJI 2014 dari nama.", "Finds regency and KBJI 2014 codes by name."),
                             subcommands: [Regency.self, Occupation.self])
    }

    struct Output: ParsableArguments {
        @Option(help: ArgumentHelp(L("Paling banyak sekian hasil.", "At most this many results."), valueName: "n")) var limit: Int = 10
        @Option(help: ArgumentHelp(L("Format keluaran: text atau csv.", "Output format: text or csv."))) var format: OutputFormat = .text
    }

    static func emit(_ lines: [[String]], total: Int, header: [String], format: OutputFormat) {
        switch format {
        case .csv, .json:
            Console.out(([header] + lines).map(CSVText.line).joined(separator: "\n"))
        case .text:
            Console.out(lines.map { $0.joined(separator: " ") }.joined(separator: "\n"))
            if total > lines.count {
                Console.out(L("\(lines.count) dari \(total) hasil; tambah kata atau --limit untuk yang lain.",
                              "\(lines.count) of \(total) results; add words, or --limit for more."))
            }
        }
    }

    struct Regency: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "regency", abstract: L("Mencari kabupaten/kota: setara lookup regency bantul",
                                                                     "Finds a regency or city: setara lookup regency bantul"))
        }

        @Option(name: .long, help: ArgumentHelp(L("Bahasa keluaran: id atau en.", "Output language: id or en."), valueName: "id|en")) var lang: String?
        @Argument(help: ArgumentHelp(L("Nama atau sebagiannya, nama provinsi, atau awal kode.", "A name or part of one, a province name, or the start of a code."),
                                     valueName: L("kata", "words"))) var words: [String]
        @OptionGroup var output: Output

        func run() throws {
            try runReportingErrors {
                if output.format == .json { throw CLIError.usage(L("--format: text atau csv.", "--format: text or csv.")) }
                let found = try ReferenceLookup.regencies(words.joined(separator: " "), limit: output.limit)
                let lines = found.shown.map { r in
                    [r.code, r.name + (ReferenceLookup.province(of: r).map { ", " + $0.name } ?? "")]
                }
                LookupCommand.emit(output.format == .csv ? found.shown.map { [$0.code, $0.name, ReferenceLookup.province(of: $0)?.name ?? ""] } : lines,
                                   total: found.total, header: ["code", "name", "province"], format: output.format)
            }
        }
    }

    struct Occupation: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "kbji", abstract: L("Mencari kode KBJI 2014: setara lookup kbji \"entri data\"",
                                                                  "Finds a KBJI 2014 code: setara lookup kbji \"entri data\""))
        }

        @Option(name: .long, help: ArgumentHelp(L("Bahasa keluaran: id atau en.", "Output language: id or en."), valueName: "id|en")) var lang: String?
        @Argument(help: ArgumentHelp(L("Kata dari nama jabatan (bahasa Indonesia), atau awal kode.", "Words of the (Indonesian) job title, or the start of a code."),
                                     valueName: L("kata", "words"))) var words: [String]
        @OptionGroup var output: Output

        func run() throws {
            try runReportingErrors {
                if output.format == .json { throw CLIError.usage(L("--format: text atau csv.", "--format: text or csv.")) }
                let found = try ReferenceLookup.occupations(words.joined(separator: " "), limit: output.limit)
                let lines = output.format == .csv
                    ? found.shown.map { [$0.displayCode, String($0.level), $0.title] }
                    : found.shown.map { [$0.displayCode, $0.title, "(" + $0.levelName.text(language) + ")"] }
                LookupCommand.emit(lines, total: found.total, header: ["code", "level", "title"], format: output.format)
            }
        }
    }
}
