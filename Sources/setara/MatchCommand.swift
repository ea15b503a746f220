import ArgumentParser
import Foundation
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraMatching
import SetaraStore

struct MatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "match",
                             abstract: L("Mencocokkan pencari kerja dengan lowongan: kemampuan dibandingkan dengan tuntutan, celah, dan akomodasi.",
                                         "Matches seekers and vacancies: capacity against demand, gaps and the accommodations that bridge them."),
                             subcommands: [ForSeeker.self, ForVacancy.self, Batch.self])
    }

    struct Options: ParsableArguments {
        @Option(help: ArgumentHelp(L("Paling banyak sekian hasil.", "At most this many results."))) var top = 10
        @Flag(help: ArgumentHelp(L("Jelaskan setiap hasil dengan kalimat pendek.", "Explain each result in short sentences."))) var explain = false
        @Flag(name: .customLong("include-excluded"), help: ArgumentHelp(L("Tampilkan juga pasangan yang tidak cocok, dengan alasannya.",
                                                                          "Also show the pairs that are excluded, with the reason.")))
        var includeExcluded = false
        @Option(help: ArgumentHelp(L("Format keluaran: text, json, atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text
        @Option(help: ArgumentHelp(L("Hanya kode KBJI yang diawali ini, misalnya 41.", "Only KBJI codes starting with this, e.g. 41."))) var occupation: String?
        @Option(help: ArgumentHelp(L("Wilayah (provinsi 2 angka atau kabupaten/kota 4 angka); bawaan: provinsi yang sama.",
                                     "Region (province, 2 digits, or regency, 4 digits); default: the same province."), valueName: "code"))
        var region: String?

        var request: RankRequest {
            RankRequest(top: top, includeExcluded: includeExcluded, occupation: occupation, region: region)
        }

        func validate() throws {
            if !(1...1_000).contains(top) {
                throw ValidationError(L("--top harus antara 1 dan 1000; Anda memberi \(top).", "--top must be from 1 to 1000; you gave \(top)."))
            }
        }
    }

    /// JSON or CSV for the results as given, the same for single rankings and batches.
    static func render(_ shown: some Collection<MatchResult>, format: OutputFormat, catalog: Catalog, audience: Audience) throws -> String {
        switch format {
        case .json:
            let records: [OutValue] = shown.map { r in
                .object([("seeker", .text(r.seekerID)), ("vacancy", .text(r.vacancyID)), ("score", .int(r.score)),
                         ("verdict", .text(r.verdict.rawValue)),
                         ("gaps", .list(r.gaps.map { g in .object([("dimension", .text(g.dimension.rawValue)), ("demand", .int(g.demand)),
                                                                   ("capacity", .int(g.capacity)), ("bridging", bridging(g.bridging))]) })),
                         ("needs", .list(r.needs.map { n in .object([("need", .text(n.need.rawValue)), ("bridging", bridging(n.bridging))]) })),
                         ("safety_conflicts", .list(r.safetyConflicts.map { .text($0.rawValue) })),
                         ("price", .object([("accommodations", .list(r.price.accommodations.map(OutValue.text))),
                                            ("rupiah_min", .int(r.price.rupiah.lowerBound)), ("rupiah_max", .int(r.price.rupiah.upperBound)),
                                            ("lead_time_days", .int(r.price.leadTimeDays))])),
                         ("reasons", .object([("id", .list(r.reasons(.id, catalog: catalog, audience: audience).map(OutValue.text))),
                                              ("en", .list(r.reasons(.en, catalog: catalog, audience: audience).map(OutValue.text)))]))])
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(OutValue.object([("matches", .list(records))])), as: UTF8.self)
        case .csv:
            var out = CSVText.line(["seeker", "vacancy", "score", "verdict", "gaps", "accommodations_to_provide", "rupiah_min", "rupiah_max", "reasons"]) + "\n"
            for r in shown {
                out += CSVText.line([r.seekerID, r.vacancyID, String(r.score), r.verdict.rawValue,
                                     r.gaps.map { "\($0.dimension.rawValue) \($0.demand)>\($0.capacity)" }.joined(separator: "; "),
                                     r.price.accommodations.joined(separator: "; "), String(r.price.rupiah.lowerBound), String(r.price.rupiah.upperBound),
                                     r.reasons(language, catalog: catalog, audience: audience).joined(separator: " ")]) + "\n"
            }
            return out
        case .text:
            return ""
        }
    }

    static func emit(_ results: [MatchResult], options: Options, catalog: Catalog, audience: Audience, title: (MatchResult) -> String) throws {
        let shown = results
        switch options.format {
        case .json, .csv:
            Console.out(try render(shown, format: options.format, catalog: catalog, audience: audience))
        case .text:
            if shown.isEmpty { Console.out(L("Tidak ada hasil yang cocok.", "No matches.")); return }
            for (index, r) in shown.enumerated() {
                let reasons = r.reasons(language, catalog: catalog, audience: audience)
                Console.out(L("Hasil \(index + 1) dari \(shown.count): ", "Match \(index + 1) of \(shown.count): ") + title(r)
                            + L("; nilai \(r.score) dari 100. ", "; score \(r.score) of 100. ") + reasons[0])
                if options.explain {
                    for line in reasons.dropFirst() { Console.out("  " + line) }
                    Console.out("")
                }
            }
        }
    }

    static func bridging(_ b: Bridging) -> OutValue {
        switch b {
        case .inPlace(let ids): return .object([("status", .text("in_place")), ("by", .list(ids.map(OutValue.text)))])
        case .byTheJob: return .object([("status", .text("by_the_job"))])
        case .bridgeable(let ids): return .object([("status", .text("bridgeable")), ("with", .list(ids.map(OutValue.text)))])
        case .jobChange(let ids): return .object([("status", .text("job_change")), ("with", .list(ids.map(OutValue.text)))])
        case .notBridgeable: return .object([("status", .text("not_bridgeable"))])
        }
    }

    struct ForSeeker: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "seeker", abstract: L("Lowongan yang paling cocok untuk seorang pencari kerja.", "The vacancies that fit one seeker best."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor pendaftaran, misalnya S000001.", "Registration number, e.g. S000001."))) var id: String
        @OptionGroup var options: Options

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let ranking = try office.rankVacancies(forSeeker: id, options.request)
                let catalog = try office.catalog()
                guard ranking.seeker.status == .active else {
                    try MatchCommand.emit([], options: options, catalog: catalog, audience: .seeker) { _ in "" }
                    Console.err(L("Pencari kerja \(ranking.seeker.id) tidak aktif (status \(ranking.seeker.status.label(.id))); tidak ada pencocokan.",
                                  "Seeker \(ranking.seeker.id) is not active (status \(ranking.seeker.status.rawValue)); nothing to match."))
                    return
                }
                let byID = Dictionary(uniqueKeysWithValues: ranking.results.map { ($0.vacancy.id, $0) })
                try MatchCommand.emit(ranking.results.map(\.result), options: options, catalog: catalog, audience: .seeker) { r in
                    let entry = byID[r.vacancyID]!
                    let place = TextRender(language: language).placeName(entry.workplace.regencyCode)
                    return L("lowongan \(entry.vacancy.id), \(entry.vacancy.title), \(place)", "vacancy \(entry.vacancy.id), \(entry.vacancy.title), \(place)")
                }
            }
        }
    }

    struct Batch: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "batch",
                                 abstract: L("Hasil terbaik untuk setiap pencari kerja aktif di sebuah wilayah, ke berkas CSV atau JSON untuk ditindaklanjuti.",
                                             "The best matches of every active seeker in a region, to a CSV or JSON file for follow-up."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Kode provinsi (2 angka) atau kabupaten/kota (4 angka).", "Province (2 digits) or regency code (4 digits)."), valueName: "code"))
        var region: String
        @Option(help: ArgumentHelp(L("Hasil per pencari kerja.", "Matches per seeker."))) var top = 10
        @Option(help: ArgumentHelp(L("Format berkas: csv atau json.", "File format: csv or json."))) var format: OutputFormat = .csv
        @Option(help: ArgumentHelp(L("Berkas tujuan.", "The file to write."), valueName: "file")) var output: String

        func validate() throws {
            if format == .text { throw ValidationError(L("--format harus csv atau json.", "--format must be csv or json.")) }
            if !(1...100).contains(top) { throw ValidationError(L("--top harus antara 1 dan 100.", "--top must be from 1 to 100.")) }
        }

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let catalog = try office.catalog()
                var seekerCount = 0
                let results = try office.rankBatch(region: region, top: top) { seekers, vacancies in
                    seekerCount = seekers
                    Console.err(L("Mencocokkan \(seekers) pencari kerja dengan \(vacancies) lowongan ...",
                                  "Matching \(englishCount(seekers, "seeker")) with \(englishCount(vacancies, "vacancy", "vacancies")) ..."))
                }
                let text = try MatchCommand.render(results, format: format, catalog: catalog, audience: .officer)
                try Console.write(text, to: output)
                Console.err(L("\(results.count) hasil untuk \(seekerCount) pencari kerja ditulis ke \(output).",
                              "\(englishCount(results.count, "match", "matches")) for \(englishCount(seekerCount, "seeker")) written to \(output)."))
            }
        }
    }

    struct ForVacancy: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "vacancy", abstract: L("Pencari kerja yang paling cocok untuk sebuah lowongan.", "The seekers that fit one vacancy best."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode lowongan, misalnya V000001.", "Vacancy id, e.g. V000001."))) var id: String
        @OptionGroup var options: Options

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let ranking = try office.rankSeekers(forVacancy: id, options.request)
                let catalog = try office.catalog()
                guard !ranking.results.isEmpty || ranking.vacancy.status == .open && (ranking.vacancy.closesOn.map { $0 >= office.today } ?? true) else {
                    try MatchCommand.emit([], options: options, catalog: catalog, audience: .officer) { _ in "" }
                    Console.err(L("Lowongan \(ranking.vacancy.id) sudah ditutup; tidak ada pencocokan.", "Vacancy \(ranking.vacancy.id) is closed; nothing to match."))
                    return
                }
                let byID = Dictionary(uniqueKeysWithValues: ranking.results.map { ($0.seeker.id, $0.seeker) })
                try MatchCommand.emit(ranking.results.map(\.result), options: options, catalog: catalog, audience: .officer) { r in
                    let s = byID[r.seekerID]!
                    return L("pencari kerja \(s.id), \(s.name)", "seeker \(s.id), \(s.name)")
                }
            }
        }
    }
}
