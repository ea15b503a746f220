import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraSpeech
import SetaraStore

/// `setara report outcomes`: how an office is doing, compared with the period before.
struct OutcomesReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "outcomes",
                             abstract: L("Hasil layanan: pendaftaran, rujukan, penempatan, retensi, dibanding periode sebelumnya.",
                                         "Outcomes: registrations, referrals, placements, retention, compared with the period before."),
                             discussion: L("""
                                Contoh: setara report outcomes --office KD3471 --from 2026-01-01 --to 2026-06-30. Tanpa --from dan --to: \
                                12 bulan terakhir. Definisi setiap angka: docs/reports.md.
                                """, """
                                Example: setara report outcomes --office KD3471 --from 2026-01-01 --to 2026-06-30. Without --from and --to: \
                                the last 12 months. Each figure's definition: docs/reports.md.
                                """))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("Kantor (lihat setara office list).", "The office (see setara office list)."), valueName: "office"))
    var office: String?
    @Option(help: ArgumentHelp(L("Kode provinsi (2 angka) atau kabupaten/kota (4 angka).", "A province (2 digits) or regency/city (4 digits) code."),
                               valueName: "code"))
    var region: String?
    @Option(help: ArgumentHelp(L("Awal periode, YYYY-MM-DD.", "The period's first day, YYYY-MM-DD."), valueName: "date")) var from: String?
    @Option(help: ArgumentHelp(L("Akhir periode, YYYY-MM-DD. Bawaan: hari ini.", "The period's last day, YYYY-MM-DD. Default: today."), valueName: "date"))
    var to: String?
    @Option(help: ArgumentHelp(L("Tren per month (bulan) atau quarter (triwulan).", "Trend by month or quarter."), valueName: "month|quarter"))
    var by = "month"
    @Option(help: ArgumentHelp(L("Format keluaran: text, json, atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text
    @Option(help: ArgumentHelp(L("Tulis juga laporan HTML dengan grafik ke berkas ini (satu berkas, terbuka di peramban mana pun).",
                                 "Also write the report as HTML with charts to this file (one file that opens in any browser)."), valueName: "file"))
    var html: String?
    @Flag(help: ArgumentHelp(L("Ucapkan ringkasan: angka yang paling berubah, dalam kalimat.", "Speak a summary: the figures that changed most, in sentences.")))
    var speak = false
    @OptionGroup var speech: SpeechOptions

    func run() throws {
        try runReportingErrors {
            if office != nil && region != nil {
                throw CLIError.usage(L("Pilih --office atau --region, tidak keduanya.", "Give --office or --region, not both."))
            }
            guard let grouping = OutcomeReport.Grouping(rawValue: by == "bulan" ? "month" : by == "triwulan" ? "quarter" : by) else {
                throw CLIError.usage(L("--by harus month (bulan) atau quarter (triwulan); Anda memberi \(by).",
                                       "--by must be month or quarter; you gave \(by)."))
            }
            let office = try global.office()
            let end = try to.map { try parseDay($0, option: "--to") } ?? office.today
            let start = try from.map { try parseDay($0, option: "--from") } ?? end.adding(months: -12).adding(days: 1)
            let scope: OutcomeScope = self.office.map { .office($0) } ?? region.map { .region($0) } ?? .everything
            let report = try office.outcomes(scope, period: Period(from: start, to: end), by: grouping)
            if let html {
                do {
                    try Data(OutcomesHTML.render(report, place: place(scope), language: language).utf8).write(to: URL(fileURLWithPath: html))
                } catch {
                    throw CLIError.io(L("Tidak dapat menulis \(html): \(error.localizedDescription)", "Cannot write \(html): \(error.localizedDescription)"))
                }
                Console.err(L("Laporan HTML ditulis: \(html)", "HTML report written: \(html)"))
            }
            if speak {
                let pack = try loadVoices().pack(language)
                try speech.say(pack.normalizer.normalize(report.spokenSummary(language, place: place(scope)).joined(separator: " ")), pack: pack)
            }
            switch format {
            case .text: Console.out(OutcomesText.text(report, place: place(scope)))
            case .csv: Console.out(OutcomesText.csv(report))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(OutcomesText.json(report)), as: UTF8.self))
            }
        }
    }

    func place(_ scope: OutcomeScope) -> String {
        switch scope {
        case .everything: return L("semua kantor", "all offices")
        case .office(let id): return L("kantor \(id)", "office \(id)")
        case .region(let code): return QuotaReportCommand.place(code)
        }
    }
}

/// The outcomes report as labelled lines, CSV and JSON.
enum OutcomesText {
    static var lines: [OutcomeIndicator] { OutcomeIndicator.all }

    static func show(_ value: Double?, percent: Bool) -> String { OutcomeIndicator.show(value, isShare: percent, language) }

    static func text(_ r: OutcomeReport, place: String) -> String {
        var out = [L("Hasil layanan, \(place), \(r.period.from) sampai \(r.period.to); dibanding \(r.period.previous.from) sampai \(r.period.previous.to).",
                     "Outcomes, \(place), \(r.period.from) to \(r.period.to); compared with \(r.period.previous.from) to \(r.period.previous.to).")]
        for line in lines {
            out.append("\(line.label.text(language)): \(line.show(r.current, language)) "
                       + L("(sebelumnya: \(line.show(r.before, language))).", "(before: \(line.show(r.before, language)))."))
        }
        let titles = ["sex": ("Menurut jenis kelamin", "By sex"), "age": ("Menurut umur", "By age"), "education": ("Menurut pendidikan", "By education"),
                      "functional_group": ("Menurut kelompok fungsi (dari profil fungsi, bukan kategori hukum)", "By functional group (from the functional profile, not the legal category)"),
                      "occupation": ("Penempatan menurut golongan pokok KBJI", "Placements by KBJI major group")]
        for (name, groups) in r.breakdowns where !groups.isEmpty {
            out.append("")
            out.append(L(titles[name]?.0 ?? name, titles[name]?.1 ?? name) + ":")
            for g in groups {
                if name == "occupation" {
                    out.append("- \(g.label.text(language)): \(g.placed)")
                } else {
                    out.append("- \(g.label.text(language)): " + L("\(g.served) dilayani, \(g.placed) ditempatkan, \(show(g.rate, percent: true))",
                                                                    "\(g.served) served, \(g.placed) placed, \(show(g.rate, percent: true))"))
                }
            }
        }
        if !r.categories.isEmpty {
            out.append("")
            out.append(L("Menurut kategori disabilitas menurut undang-undang (hanya pencari kerja yang setuju; jumlah di bawah 5 ditulis <5):",
                         "By legal disability category (only seekers who consented; counts under 5 shown as <5):"))
            for c in r.categories {
                out.append("- \(c.category.label(language)): " + L("\(c.served) dilayani, \(c.placed) ditempatkan", "\(c.served) served, \(c.placed) placed"))
            }
        }
        out.append("")
        out.append(L("Tren:", "Trend:"))
        for b in r.buckets {
            out.append("- \(b.label): " + L("\(b.registered) terdaftar, \(b.referrals) rujukan, \(b.hires) diterima, \(b.placements) penempatan",
                                            "\(b.registered) registered, \(englishCount(b.referrals, "referral")), \(englishCount(b.hires, "hire")), \(englishCount(b.placements, "placement"))"))
        }
        return out.joined(separator: "\n")
    }

    static func cell(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.4f", value)
    }

    static func csv(_ r: OutcomeReport) -> String {
        var out = CSVText.line(["section", "key", "label", "current", "before"]) + "\n"
        for line in lines {
            out += CSVText.line(["indicator", line.key, line.label.text(language), cell(line.value(r.current)), cell(line.value(r.before))]) + "\n"
        }
        for (name, groups) in r.breakdowns {
            for g in groups {
                out += CSVText.line([name, g.key, g.label.text(language), String(g.placed), String(g.served)]) + "\n"
            }
        }
        for c in r.categories {
            out += CSVText.line(["legal_category", c.category.rawValue, c.category.label(language), c.placed.description, c.served.description]) + "\n"
        }
        for b in r.buckets {
            out += CSVText.line(["trend", b.label, "registered/referrals/hires/placements", "\(b.registered)/\(b.referrals)/\(b.hires)/\(b.placements)", ""]) + "\n"
        }
        return out
    }

    static func json(_ r: OutcomeReport) -> OutValue {
        func figures(_ f: OutcomeFigures) -> OutValue {
            .object(lines.map { line in (line.key, line.value(f).map(OutValue.decimal) ?? .null) })
        }
        return .object([
            ("from", .text(r.period.from.description)), ("to", .text(r.period.to.description)),
            ("current", figures(r.current)), ("before", figures(r.before)),
            ("breakdowns", .object(r.breakdowns.map { name, groups in
                (name, .list(groups.map { g in .object([("key", .text(g.key)), ("label", .text(g.label.text(language))),
                                                        ("served", .int(g.served)), ("placed", .int(g.placed))]) }))
            })),
            ("legal_category", .list(r.categories.map { c in
                .object([("category", .text(c.category.rawValue)), ("served", .text(c.served.description)), ("placed", .text(c.placed.description))])
            })),
            ("trend", .list(r.buckets.map { b in .object([("period", .text(b.label)), ("registered", .int(b.registered)),
                                                          ("referrals", .int(b.referrals)), ("hires", .int(b.hires)), ("placements", .int(b.placements))]) })),
        ])
    }
}
