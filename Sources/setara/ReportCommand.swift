import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit

/// Reports a supervisor or an HR officer reads: the disability employment quota.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report",
                             abstract: L("Laporan: hasil layanan penempatan dan kuota pekerja penyandang disabilitas.",
                                         "Reports: the placement service's outcomes and the disability employment quota."),
                             subcommands: [OutcomesReportCommand.self, QuotaReportCommand.self])
    }
}

struct QuotaReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "quota",
                             abstract: L("Posisi kuota setiap pemberi kerja di suatu wilayah, yang di bawah kuota lebih dulu.",
                                         "Each employer's quota position in a region, those below quota first."),
                             discussion: L("""
                                Contoh: setara report quota --region 34 (DI Yogyakarta). Aturan bawaan: UU 8/2016 Pasal 53 \
                                (2 persen untuk pemerintah, BUMN dan BUMD; 1 persen untuk swasta). Aturan ada di folder Rules/quota/.
                                """, """
                                Example: setara report quota --region 34 (DI Yogyakarta). The default rule is Law 8/2016 Art. 53 \
                                (2 percent for government, BUMN and BUMD; 1 percent for private employers). Rules are in Rules/quota/.
                                """))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("Kode provinsi (2 angka) atau kabupaten/kota (4 angka). Bawaan: semua.",
                                 "A province (2 digits) or regency/city (4 digits) code. Default: everywhere."), valueName: "code"))
    var region: String?
    @Option(help: ArgumentHelp(L("Aturan kuota dari Rules/quota/: indonesia (bawaan) atau japan.",
                                 "The quota rule from Rules/quota/: indonesia (default) or japan."), valueName: "name"))
    var rules = "indonesia"
    @Option(help: ArgumentHelp(L("Paling banyak sekian pemberi kerja di bawah kuota yang dicantumkan (teks saja).",
                                 "List at most this many employers below quota (text only)."))) var limit = 20
    @Option(help: ArgumentHelp(L("Format keluaran: text, json, atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text

    func run() throws {
        try runReportingErrors {
            let rules = try Office.quotaRules(self.rules.lowercased())
            let report = try global.office().quotaReport(region: region, rules: rules)
            switch format {
            case .text: Console.out(text(report))
            case .csv: Console.out(csv(report))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(json(report)), as: UTF8.self))
            }
        }
    }

    static func place(_ code: String) -> String {
        if code.isEmpty { return L("Semua wilayah", "Everywhere") }
        if code.count == 2 { return Regions.province(code: code)?.name ?? code }
        return Regions.regency(code: code)?.name ?? code
    }

    static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }

    static func percent(_ x: Double) -> String { number(x) + L(" persen", " percent") }

    func text(_ report: QuotaReport) -> String {
        let t = report.overall
        var lines = [
            L("Laporan kuota, \(Self.place(report.region ?? "")), \(report.day). Aturan: \(report.rules.name.id).",
              "Quota report, \(Self.place(report.region ?? "")), \(report.day). Rule: \(report.rules.name.en)."),
        ]
        if let weighting = report.rules.weighting { lines.append(L(weighting.id, weighting.en)) }
        guard t.employers > 0 else {
            lines.append(L("Tidak ada pemberi kerja di wilayah ini.", "No employers in this region."))
            return lines.joined(separator: "\n")
        }
        lines.append(L("Pemberi kerja: \(t.employers); di bawah kuota: \(t.belowQuota). Kuota meminta \(t.required) pekerja penyandang disabilitas; tercatat \(Self.number(t.counted)); kurang \(t.shortfall).",
                       "Employers: \(t.employers); below quota: \(t.belowQuota). The quota asks for \(englishCount(t.required, "worker")) with disabilities; \(Self.number(t.counted)) recorded; \(t.shortfall) short."))
        if let levy = t.levyPerMonth, let currency = report.rules.levy?.currency {
            lines.append(L("Pungutan atas kekurangan: \(levy) \(currency) per bulan.", "Levy on the shortfall: \(levy) \(currency) a month."))
        }
        let below = report.belowQuota
        if !below.isEmpty {
            lines.append("")
            lines.append(L("Di bawah kuota, kekurangan terbesar lebih dulu (daftar kunjungan):", "Below quota, largest shortfall first (the canvassing list):"))
            for (n, row) in below.prefix(max(limit, 0)).enumerated() {
                let e = row.employer, p = row.position
                let open = row.openVacancies
                let visit = row.lastVisit.map { L(" Kunjungan terakhir: \($0).", " Last visit: \($0).") } ?? L(" Belum pernah dikunjungi.", " Never visited.")
                let (staff, disabled) = breakdown(row.workforce, report.rules)
                lines.append(L("\(n + 1). \(e.id) \(e.name.forDisplay), \(Self.place(e.regencyCode)), \(e.ownership.label(.id)), \(Self.percent(p.percent)): \(Self.number(p.headcount)) pekerja\(staff.id), kuota \(p.required), penyandang disabilitas \(Self.number(p.counted))\(disabled.id), kurang \(p.shortfall); lowongan dibuka: \(open).",
                               "\(n + 1). \(e.id) \(e.name.forDisplay), \(Self.place(e.regencyCode)), \(e.ownership.label(.en)), \(Self.percent(p.percent)): \(Self.number(p.headcount)) \(p.headcount == 1 ? "worker" : "workers")\(staff.en), quota \(p.required), with disabilities \(Self.number(p.counted))\(disabled.en), \(p.shortfall) short; open vacancies: \(open).") + visit)
            }
            if below.count > limit {
                lines.append(L("... dan \(below.count - limit) lagi (--limit, atau --format csv untuk semuanya).",
                               "... and \(below.count - limit) more (--limit, or --format csv for all)."))
            }
        }
        let groups = report.region?.count == 4 ? [] : (report.region == nil ? report.provinces : report.regencies)
        if groups.count > 1 || (report.region?.count == 2 && !groups.isEmpty) {
            lines.append("")
            lines.append(report.region == nil ? L("Per provinsi:", "By province:") : L("Per kabupaten/kota:", "By regency or city:"))
            for g in groups {
                lines.append(L("\(Self.place(g.code)): \(g.employers) pemberi kerja, \(g.belowQuota) di bawah kuota; kuota \(g.required), tercatat \(Self.number(g.counted)), kurang \(g.shortfall).",
                               "\(Self.place(g.code)): \(englishCount(g.employers, "employer")), \(g.belowQuota) below quota; quota \(g.required), recorded \(Self.number(g.counted)), \(g.shortfall) short."))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The groups of an employer's workers a rule weighs, in words after the weighted figures:
    /// "(280 full-time, 40 short-time)"; empty where the rule counts every worker alike.
    func breakdown(_ w: QuotaWorkforce, _ rules: QuotaRules) -> (staff: LocalizedText, disabled: LocalizedText) {
        var staff = LocalizedText(id: "", en: ""), disabled = LocalizedText(id: "", en: "")
        if rules.weighsHours {
            staff = LocalizedText(id: " (\(w.fullTime) penuh waktu, \(w.shortTime) paruh waktu)", en: " (\(w.fullTime) full-time, \(w.shortTime) short-time)")
        }
        var id: [String] = [], en: [String] = []
        if rules.weighsHours || rules.weighsSeverity {
            let fullTime = rules.weighsSeverity ? w.disabledFullTime : w.disabledFullTime + w.severeFullTime
            id.append("\(fullTime) penuh waktu"); en.append("\(fullTime) full-time")
        }
        if rules.weighsHours {
            let shortTime = rules.weighsSeverity ? w.disabledShortTime : w.disabledShortTime + w.severeShortTime
            id.append("\(shortTime) paruh waktu"); en.append("\(shortTime) short-time")
        }
        if rules.weighsSeverity {
            id.append("\(w.severeFullTime) disabilitas berat"); en.append("\(w.severeFullTime) with a severe disability")
            if rules.weighsHours {
                id.append("\(w.severeShortTime) disabilitas berat paruh waktu"); en.append("\(w.severeShortTime) with a severe disability, short-time")
            }
        }
        if !id.isEmpty {
            disabled = LocalizedText(id: " (" + id.joined(separator: ", ") + ")", en: " (" + en.joined(separator: ", ") + ")")
        }
        return (staff, disabled)
    }

    /// Every employer's six groups of workers are columns, whatever the rule, so that a sheet
    /// made with one rule lines up with one made with another.
    static let workforceColumns = ["full_time", "short_time", "disabled_full_time", "disabled_short_time", "severe_full_time", "severe_short_time"]

    static func workforceValues(_ w: QuotaWorkforce) -> [Int] {
        [w.fullTime, w.shortTime, w.disabledFullTime, w.disabledShortTime, w.severeFullTime, w.severeShortTime]
    }

    func csv(_ report: QuotaReport) -> String {
        var out = CSVText.line(["employer", "name", "ownership", "regency", "province", "percent", "headcount", "required",
                                "with_disabilities", "shortfall", "open_vacancies", "last_visit", "levy_per_month"] + Self.workforceColumns) + "\n"
        for row in report.rows {
            let e = row.employer, p = row.position
            out += CSVText.line([e.id, e.name, e.ownership.rawValue, e.regencyCode, String(e.regencyCode.prefix(2)), Self.number(p.percent),
                                 Self.number(p.headcount), String(p.required), Self.number(p.counted), String(p.shortfall),
                                 String(row.openVacancies), row.lastVisit?.description ?? "", p.levyPerMonth.map(String.init) ?? ""]
                                + Self.workforceValues(row.workforce).map(String.init)) + "\n"
        }
        return out
    }

    func json(_ report: QuotaReport) -> OutValue {
        func total(_ t: QuotaReport.Total) -> OutValue {
            .object([("code", .text(t.code)), ("name", .text(Self.place(t.code))), ("employers", .int(t.employers)),
                     ("below_quota", .int(t.belowQuota)), ("required", .int(t.required)), ("with_disabilities", .decimal(t.counted)),
                     ("shortfall", .int(t.shortfall)), ("levy_per_month", t.levyPerMonth.map(OutValue.int) ?? .null)])
        }
        let rows: [OutValue] = report.rows.map { row in
            let e = row.employer, p = row.position
            return .object([("employer", .text(e.id)), ("name", .text(e.name)), ("ownership", .text(e.ownership.rawValue)),
                            ("regency", .text(e.regencyCode)), ("percent", .decimal(p.percent)), ("headcount", .decimal(p.headcount)),
                            ("required", .int(p.required)), ("with_disabilities", .decimal(p.counted)), ("shortfall", .int(p.shortfall)),
                            ("open_vacancies", .int(row.openVacancies)), ("last_visit", row.lastVisit.map { .text($0.description) } ?? .null),
                            ("levy_per_month", p.levyPerMonth.map(OutValue.int) ?? .null),
                            ("workforce", .object(zip(Self.workforceColumns, Self.workforceValues(row.workforce)).map { ($0, OutValue.int($1)) }))])
        }
        return .object([("rule", .text(report.rules.id)), ("source", .text(report.rules.source)), ("day", .text(report.day.description)),
                        ("region", report.region.map(OutValue.text) ?? .null), ("overall", total(report.overall)),
                        ("provinces", .list(report.provinces.map(total))), ("regencies", .list(report.regencies.map(total))),
                        ("employers", .list(rows))])
    }
}
