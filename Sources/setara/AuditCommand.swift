import ArgumentParser
import Foundation
import SetaraApp
import SetaraKit
import SetaraStore

/// The audit log: who changed or exported which record, and when. It names fields, never their
/// values, so that reading it shows no one's personal data.
struct AuditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "audit",
                             abstract: L("Catatan audit: siapa mengubah atau mengekspor data apa, dan kapan.",
                                         "The audit log: who changed or exported which record, and when."))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Hanya catatan tentang data ini, misalnya S000001.", "Only the entries about this record, e.g. S000001.")))
    var record: String?
    @Option(help: ArgumentHelp(L("Paling banyak sekian baris terakhir.", "At most this many of the latest entries."))) var limit = 100
    @Option(help: ArgumentHelp(L("Format keluaran: text, json, atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text

    func run() throws {
        try runReportingErrors {
            let entries = try global.office().auditLog(recordID: record, limit: max(limit, 1))
            let rows: [[(String, OutValue)]] = entries.map { e in
                [("at", .text(e.at)), ("actor", .text(e.actor)), ("action", .text(e.action.rawValue)), ("kind", .text(e.kind.rawValue)),
                 ("record", e.recordID.map(OutValue.text) ?? .null), ("fields", .list(e.fields.map(OutValue.text)))]
            }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(OutValue.object([("audit", .list(rows.map(OutValue.object)))])), as: UTF8.self))
            case .csv:
                var out = CSVText.line(["at", "actor", "action", "kind", "record", "fields"]) + "\n"
                for e in entries {
                    out += CSVText.line([e.at, e.actor, e.action.rawValue, e.kind.rawValue, e.recordID ?? "", e.fields.joined(separator: "; ")]) + "\n"
                }
                Console.out(out)
            case .text:
                guard !entries.isEmpty else { Console.out(L("Belum ada catatan.", "No entries yet.")); return }
                for e in entries {
                    Console.out("\(e.at) \(e.actor) \(e.action.rawValue) \(e.kind.rawValue)" + (e.recordID.map { " " + $0 } ?? "")
                                + (e.fields.isEmpty ? "" : ": " + e.fields.joined(separator: ", ")))
                }
            }
        }
    }
}
