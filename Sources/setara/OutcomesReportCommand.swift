import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
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

    func day(_ text: String?, _ option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(parsing: text) else {
            throw CLIError.usage(L("--\(option) \(text): bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-01-31.",
                                   "--\(option) \(text): not a date; write YYYY-MM-DD, e.g. 2026-01-31."))
        }
        return day
    }

    func run() throws {
        try runReportingErrors {
            if office != nil && region != nil {
                throw CLIError.usage(L("Pilih --office atau --region, tidak keduanya.", "Give --office or --region, not both."))
            }
            if let region, !((region.count == 2 || region.count == 4) && region.allSatisfy { $0.isASCII && $0.isNumber }) {
                throw CLIError.usage(L("--region \(region): bukan kode provinsi (2 angka) atau kabupaten/kota (4 angka).",
                                       "--region \(region): not a province (2 digits) or regency/city (4 digits) code."))
            }
            guard let grouping = OutcomeReport.Grouping(rawValue: by == "bulan" ? "month" : by == "triwulan" ? "quarter" : by) else {
                throw CLIError.usage(L("--by harus month (bulan) atau quarter (triwulan); Anda memberi \(by).",
                                       "--by must be month or quarter; you gave \(by)."))
            }
            let office = try global.office()
            let end = try day(to, "to") ?? office.today
            let start = try day(from, "from") ?? end.adding(months: -12).adding(days: 1)
            let scope: OutcomeScope = self.office.map { .office($0) } ?? region.map { .region($0) } ?? .everything
            let report = try office.outcomes(scope, period: Period(from: start, to: end), by: grouping)
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
    struct Line: Sendable {
        var key: String
        var label: (String, String)
        var value: @Sendable (OutcomeFigures) -> Double?
        var percent = false
    }

    static let lines: [Line] = [
        Line(key: "registered", label: ("Pencari kerja terdaftar", "Seekers registered"), value: { Double($0.registered) }),
        Line(key: "served", label: ("Pencari kerja dilayani", "Seekers served"), value: { Double($0.served) }),
        Line(key: "caseload", label: ("Beban kasus aktif di akhir periode", "Active caseload at the period's end"), value: { Double($0.caseload) }),
        Line(key: "referrals", label: ("Rujukan", "Referrals"), value: { Double($0.referrals) }),
        Line(key: "interviews", label: ("Wawancara", "Interviews"), value: { Double($0.interviews) }),
        Line(key: "hires", label: ("Diterima bekerja", "Hires"), value: { Double($0.hires) }),
        Line(key: "placements", label: ("Penempatan", "Placements"), value: { Double($0.placements) }),
        Line(key: "placement_rate", label: ("Tingkat penempatan (ditempatkan di antara yang dilayani)", "Placement rate (placed among those served)"),
             value: { $0.placementRate }, percent: true),
        Line(key: "referral_to_hire_rate", label: ("Rujukan yang berakhir diterima bekerja", "Referrals ending in a hire"),
             value: { $0.referralToHireRate }, percent: true),
        Line(key: "median_days_to_placement", label: ("Median hari dari pendaftaran sampai mulai bekerja", "Median days from registration to starting work"),
             value: { $0.medianDaysToPlacement }),
        Line(key: "placed_within_6_months", label: ("Ditempatkan dalam 6 bulan sejak mendaftar", "Placed within 6 months of registering"),
             value: { $0.placedWithin6Months }, percent: true),
        Line(key: "placed_within_12_months", label: ("Ditempatkan dalam 12 bulan sejak mendaftar", "Placed within 12 months of registering"),
             value: { $0.placedWithin12Months }, percent: true),
        Line(key: "retained_3_months", label: ("Masih bekerja pada tindak lanjut 3 bulan", "Still working at the 3-month follow-up"),
             value: { $0.retained[3] ?? nil }, percent: true),
        Line(key: "retained_6_months", label: ("Masih bekerja pada tindak lanjut 6 bulan", "Still working at the 6-month follow-up"),
             value: { $0.retained[6] ?? nil }, percent: true),
        Line(key: "retained_12_months", label: ("Masih bekerja pada tindak lanjut 12 bulan", "Still working at the 12-month follow-up"),
             value: { $0.retained[12] ?? nil }, percent: true),
        Line(key: "same_employer_12_months", label: ("Di pemberi kerja yang sama pada 12 bulan", "With the same employer at 12 months"),
             value: { $0.retainedSameEmployer[12] ?? nil }, percent: true),
        Line(key: "median_wage_at_placement", label: ("Median upah saat penempatan (Rp)", "Median wage at placement (Rp)"),
             value: { $0.medianWageAtPlacement.map(Double.init) }),
        Line(key: "median_wage_at_6_months", label: ("Median upah pada 6 bulan (Rp)", "Median wage at 6 months (Rp)"),
             value: { $0.medianWageAt6Months.map(Double.init) }),
        Line(key: "employers_served", label: ("Pemberi kerja dilayani", "Employers served"), value: { Double($0.employersServed) }),
        Line(key: "repeat_employers", label: ("Pemberi kerja yang kembali menerima", "Repeat employers"), value: { Double($0.repeatEmployers) }),
        Line(key: "visits", label: ("Kunjungan ke pemberi kerja", "Employer visits"), value: { Double($0.visits) }),
        Line(key: "vacancies_obtained", label: ("Lowongan diperoleh dari kunjungan", "Vacancies obtained on visits"), value: { Double($0.vacanciesObtained) }),
        Line(key: "vacancies_filled", label: ("Lowongan terisi", "Vacancies filled"), value: { Double($0.vacanciesFilled) }),
    ]

    static func show(_ value: Double?, percent: Bool) -> String {
        guard let value else { return L("tidak ada data", "no data") }
        if percent { return "\(Int((value * 100).rounded()))" + L(" persen", " percent") }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func text(_ r: OutcomeReport, place: String) -> String {
        var out = [L("Hasil layanan, \(place), \(r.period.from) sampai \(r.period.to); dibanding \(r.period.previous.from) sampai \(r.period.previous.to).",
                     "Outcomes, \(place), \(r.period.from) to \(r.period.to); compared with \(r.period.previous.from) to \(r.period.previous.to).")]
        for line in lines {
            out.append("\(L(line.label.0, line.label.1)): \(show(line.value(r.current), percent: line.percent)) "
                       + L("(sebelumnya: \(show(line.value(r.before), percent: line.percent))).", "(before: \(show(line.value(r.before), percent: line.percent)))."))
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
            out += CSVText.line(["indicator", line.key, L(line.label.0, line.label.1), cell(line.value(r.current)), cell(line.value(r.before))]) + "\n"
        }
        for (name, groups) in r.breakdowns {
            for g in groups {
                out += CSVText.line([name, g.key, g.label.text(language), String(g.placed), String(g.served)]) + "\n"
            }
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
            ("trend", .list(r.buckets.map { b in .object([("period", .text(b.label)), ("registered", .int(b.registered)),
                                                          ("referrals", .int(b.referrals)), ("hires", .int(b.hires)), ("placements", .int(b.placements))]) })),
        ])
    }
}
