import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

/// The referral requests seekers made (at the voice terminal or with an officer), newest first:
/// the officer's list of employers to call.
struct ReferralCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "referral", abstract: L("Permintaan rujukan dari pencari kerja.", "Referral requests from seekers."),
                             subcommands: [List.self])
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("Menampilkan permintaan rujukan, yang terbaru dahulu.",
                                                                  "Lists referral requests, newest first."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(L("Hanya rujukan pencari kerja ini.", "Only this seeker's referrals."), valueName: "id"))
        var seeker: String?
        @Option(name: .long, help: ArgumentHelp(L("Hanya status ini: \(statuses).", "Only this status: \(statuses)."), valueName: "status"))
        var status: String?
        @Option(name: .long, help: ArgumentHelp(L("Paling banyak sekian baris.", "At most this many rows."))) var limit = 100
        @Option(name: .long, help: ArgumentHelp(L("Format keluaran: text, json atau csv.", "Output format: text, json or csv.")))
        var format: OutputFormat = .text

        static var statuses: String { Referral.Status.allCases.map(\.rawValue).joined(separator: ", ") }

        func run() throws {
            try runReportingErrors {
                var wanted: Referral.Status?
                if let status {
                    guard let parsed = Referral.Status(rawValue: status.lowercased()) else {
                        throw CLIError.usage(L("--status harus salah satu dari \(Self.statuses); Anda memberi \(status).",
                                               "--status must be one of \(Self.statuses); you gave \(status)."))
                    }
                    wanted = parsed
                }
                let shown = try global.office().referrals(seekerID: seeker, status: wanted, limit: limit)
                let rows: [[(String, OutValue)]] = shown.map { r in
                    [("reference", .text(r.reference)), ("seeker", .text(r.seekerID)), ("vacancy", .text(r.vacancyID)),
                     ("requested_at", .text(r.requestedAt)), ("channel", .text(r.channel.rawValue)),
                     ("status", .text(r.status.rawValue)), ("score", r.score.map(OutValue.int) ?? .null)]
                }
                switch format {
                case .json:
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
                    let data = try encoder.encode(OutValue.object([("referrals", .list(rows.map(OutValue.object)))]))
                    Console.out(String(decoding: data, as: UTF8.self))
                case .csv:
                    var out = CSVText.line(["reference", "seeker", "vacancy", "requested_at", "channel", "status", "score"]) + "\n"
                    for r in shown {
                        out += CSVText.line([r.reference, r.seekerID, r.vacancyID, r.requestedAt, r.channel.rawValue, r.status.rawValue,
                                             r.score.map(String.init) ?? ""]) + "\n"
                    }
                    Console.out(out)
                case .text:
                    guard !shown.isEmpty else {
                        Console.out(L("Belum ada permintaan rujukan.", "No referral requests yet."))
                        return
                    }
                    for r in shown {
                        Console.out(L("Rujukan \(r.reference): pencari kerja \(r.seekerID), lowongan \(r.vacancyID), status \(r.status.rawValue), "
                                      + "dibuat \(r.requestedAt) \(r.channel == .voice ? "di terminal suara" : "oleh petugas")",
                                      "Referral \(r.reference): seeker \(r.seekerID), vacancy \(r.vacancyID), status \(r.status.rawValue), "
                                      + "made \(r.requestedAt) \(r.channel == .voice ? "at the voice terminal" : "by an officer")")
                                    + (r.score.map { L(", kecocokan \($0)", ", fit \($0)") } ?? ""))
                    }
                }
            }
        }
    }
}
