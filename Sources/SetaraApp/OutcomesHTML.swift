import Foundation
import SetaraDomain
import SetaraKit

/// The outcomes report as one self-contained HTML file that opens in any browser and prints
/// well: no script, no file or font from elsewhere. Each chart is an SVG drawn here with
/// `role="img"`, a title and a description in words, and the same figures in a table beside it;
/// the period and the period before differ by pattern and label, never by colour alone.
public enum OutcomesHTML {
    public static func render(_ report: OutcomeReport, place: String, language: Language) -> String {
        let l = language
        func t(_ id: String, _ en: String) -> String { l == .id ? id : en }
        let e = HTMLText.escape
        let title = t("Hasil layanan penempatan: \(place)", "Placement outcomes: \(place)")
        let now = t("Periode ini", "This period"), then = t("Periode sebelumnya", "Period before")
        let period = "\(report.period.from) – \(report.period.to)"
        let previous = "\(report.period.previous.from) – \(report.period.previous.to)"

        var body = """
            <header>
            <h1>\(e(title))</h1>
            <p>\(e(t("Periode", "Period"))): <strong>\(period)</strong>. \(e(t("Dibanding", "Compared with"))): \(previous).
            \(e(t("Definisi setiap angka ada di docs/reports.md.", "Each figure's definition is in docs/reports.md.")))</p>
            </header>
            <main>
            <section aria-labelledby="summary-h">
            <h2 id="summary-h">\(e(t("Ringkasan", "Summary")))</h2>
            <ul class="summary">
            """
        for sentence in report.spokenSummary(l, place: place).dropFirst() { body += "<li>\(e(sentence))</li>\n" }
        body += """
            </ul>
            </section>
            <section aria-labelledby="figures-h">
            <h2 id="figures-h">\(e(t("Angka utama", "Key figures")))</h2>
            <table>
            <caption>\(e(t("Setiap angka periode ini dan periode sebelumnya", "Each figure for this period and the period before")))</caption>
            <thead><tr><th scope="col">\(e(t("Angka", "Figure")))</th><th scope="col">\(e(now))<br><span class="small">\(period)</span></th>
            <th scope="col">\(e(then))<br><span class="small">\(previous)</span></th></tr></thead>
            <tbody>

            """
        for indicator in OutcomeIndicator.all {
            body += "<tr><th scope=\"row\">\(e(indicator.label.text(l)))</th><td>\(e(indicator.show(report.current, l)))</td>"
                + "<td>\(e(indicator.show(report.before, l)))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n</section>\n"

        // Trend: placements and hires per month or quarter.
        let buckets = report.buckets
        let trendRows = buckets.map { b in (b.label, [Double(b.placements), Double(b.hires)]) }
        let highest = buckets.max { $0.placements < $1.placements }
        var trendWords = t("Penempatan dan penerimaan kerja per \(buckets.count > 1 && buckets[0].label.contains("Q") ? "triwulan" : "bulan"), ",
                           "Placements and hires per \(buckets.count > 1 && buckets[0].label.contains("Q") ? "quarter" : "month"), ")
        if let first = buckets.first, let last = buckets.last, let highest {
            trendWords += t("dari \(first.placements) penempatan pada \(first.label) sampai \(last.placements) pada \(last.label); tertinggi \(highest.placements) pada \(highest.label).",
                            "from \(first.placements) placements in \(first.label) to \(last.placements) in \(last.label); highest \(highest.placements) in \(highest.label).")
        }
        body += chartSection(id: "trend", heading: t("Tren", "Trend"), words: trendWords,
                             series: [t("Penempatan", "Placements"), t("Diterima bekerja", "Hires")], rows: trendRows, share: false, language: l)

        // Retention: this period against the period before.
        let retention = [3, 6, 12].map { m in
            (t("\(m) bulan", "\(m) months"), [report.current.retained[m] ?? nil, report.before.retained[m] ?? nil])
        }
        let retentionWords = t("Bagian yang masih bekerja pada tindak lanjut 3, 6 dan 12 bulan: ", "Share still working at the 3-, 6- and 12-month follow-ups: ")
            + retention.map { "\($0.0) \(OutcomeIndicator.show($0.1[0], isShare: true, l)) (\(t("sebelumnya", "before")) \(OutcomeIndicator.show($0.1[1], isShare: true, l)))" }
                .joined(separator: "; ") + "."
        body += chartSection(id: "retention", heading: t("Retensi", "Retention"), words: retentionWords, series: [now, then],
                             rows: retention.map { ($0.0, $0.1.map { $0 ?? 0 }) }, missing: retention.map { $0.1.map { $0 == nil } },
                             share: true, language: l)

        // Placement rate by functional group.
        if let groups = report.breakdowns.first(where: { $0.name == "functional_group" })?.groups, !groups.isEmpty {
            let rows = groups.map { ($0.label.text(l), [$0.rate ?? 0]) }
            let words = t("Tingkat penempatan menurut kelompok fungsi (dari profil fungsi, bukan kategori hukum): ",
                          "Placement rate by functional group (from the functional profile, not the legal category): ")
                + groups.map { "\($0.label.text(l)) \(OutcomeIndicator.show($0.rate, isShare: true, l)) (\($0.placed) \(t("dari", "of")) \($0.served))" }
                    .joined(separator: "; ") + "."
            body += chartSection(id: "groups", heading: t("Menurut kelompok fungsi", "By functional group"), words: words,
                                 series: [t("Tingkat penempatan", "Placement rate")], rows: rows, share: true, language: l)
        }

        // The other breakdowns as tables.
        let names = ["sex": t("Menurut jenis kelamin", "By sex"), "age": t("Menurut umur", "By age"), "education": t("Menurut pendidikan", "By education"),
                     "occupation": t("Penempatan menurut golongan pokok KBJI", "Placements by KBJI major group")]
        for (name, groups) in report.breakdowns where name != "functional_group" && !groups.isEmpty {
            let heading = names[name] ?? name
            body += "<section aria-labelledby=\"\(name)-h\">\n<h2 id=\"\(name)-h\">\(e(heading))</h2>\n<table>\n<caption>\(e(heading))</caption>\n"
            if name == "occupation" {
                body += "<thead><tr><th scope=\"col\">\(e(t("Golongan", "Group")))</th><th scope=\"col\">\(e(t("Penempatan", "Placements")))</th></tr></thead><tbody>\n"
                for g in groups { body += "<tr><th scope=\"row\">\(e(g.label.text(l)))</th><td>\(g.placed)</td></tr>\n" }
            } else {
                body += "<thead><tr><th scope=\"col\">\(e(t("Kelompok", "Group")))</th><th scope=\"col\">\(e(t("Dilayani", "Served")))</th>"
                    + "<th scope=\"col\">\(e(t("Ditempatkan", "Placed")))</th><th scope=\"col\">\(e(t("Tingkat", "Rate")))</th></tr></thead><tbody>\n"
                for g in groups {
                    body += "<tr><th scope=\"row\">\(e(g.label.text(l)))</th><td>\(g.served)</td><td>\(g.placed)</td>"
                        + "<td>\(e(OutcomeIndicator.show(g.rate, isShare: true, l)))</td></tr>\n"
                }
            }
            body += "</tbody>\n</table>\n</section>\n"
        }
        if !report.categories.isEmpty {
            let heading = t("Menurut kategori disabilitas menurut undang-undang", "By legal disability category")
            body += "<section aria-labelledby=\"legal-h\">\n<h2 id=\"legal-h\">\(e(heading))</h2>\n"
                + "<p>\(e(t("Hanya pencari kerja yang menyetujui; jumlah 1 sampai 4 ditulis <5 agar tidak ada orang yang dapat dikenali.", "Only seekers who consented; counts from 1 to 4 are shown as <5 so that no one can be recognised.")))</p>\n"
                + "<table>\n<caption>\(e(heading))</caption>\n<thead><tr><th scope=\"col\">\(e(t("Kategori", "Category")))</th>"
                + "<th scope=\"col\">\(e(t("Dilayani", "Served")))</th><th scope=\"col\">\(e(t("Ditempatkan", "Placed")))</th></tr></thead><tbody>\n"
            for c in report.categories {
                body += "<tr><th scope=\"row\">\(e(c.category.label(l)))</th><td>\(e(c.served.description))</td><td>\(e(c.placed.description))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n</section>\n"
        }
        body += "</main>\n"

        return """
            <!DOCTYPE html>
            <html lang="\(l.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            body { font-family: system-ui, "Noto Sans", Arial, sans-serif; font-size: 1.1rem; line-height: 1.5; color: #111; background: #fff; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }
            h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2rem; }
            table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
            caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
            th, td { border: 1px solid #444; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
            td { text-align: right; }
            .small { font-weight: normal; font-size: 0.9rem; }
            figure { margin: 0.5rem 0 1rem; }
            svg text { font-family: inherit; font-size: 14px; fill: #111; }
            .summary li { margin-bottom: 0.3rem; }
            @media print { body { max-width: none; font-size: 11pt; } section { break-inside: avoid; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// One chart with its words and table: horizontal bars, one group per row, one bar per series;
    /// the first series solid, the second hatched, each bar labelled with its value.
    static func chartSection(id: String, heading: String, words: String, series: [String], rows: [(String, [Double])],
                             missing: [[Bool]]? = nil, share: Bool, language l: Language) -> String {
        let e = HTMLText.escape
        let labelWidth = 220.0, barMax = 420.0, barHeight = 22.0, gap = 10.0
        let top = 40.0
        let largest = share ? 1.0 : max(rows.flatMap(\.1).max() ?? 1, 1)
        let groupHeight = Double(series.count) * barHeight + gap
        let height = top + Double(rows.count) * groupHeight + 10
        let width = labelWidth + barMax + 110
        func value(_ v: Double, _ absent: Bool) -> String {
            absent ? (l == .id ? "tidak ada data" : "no data") : OutcomeIndicator.show(v, isShare: share, l)
        }
        var svg = """
            <svg role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(Int(width)) \(Int(height))" width="100%" style="max-width: \(Int(width))px">
            <title id="\(id)-title">\(e(heading))</title>
            <desc id="\(id)-desc">\(e(words))</desc>
            <defs><pattern id="\(id)-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fff"/><rect width="3" height="8" fill="#1d3557"/></pattern></defs>

            """
        // Legend: a swatch of each pattern with its name, so nothing rests on colour.
        for (i, name) in series.enumerated() {
            let x = labelWidth + Double(i) * 200
            svg += "<rect x=\"\(Int(x))\" y=\"8\" width=\"18\" height=\"18\" fill=\"\(i == 0 ? "#1d3557" : "url(#\(id)-hatch)")\" stroke=\"#1d3557\"/>"
                + "<text x=\"\(Int(x + 26))\" y=\"22\">\(e(name))</text>\n"
        }
        for (r, row) in rows.enumerated() {
            let y0 = top + Double(r) * groupHeight
            svg += "<text x=\"0\" y=\"\(Int(y0 + barHeight * Double(series.count) / 2 + 5))\">\(e(row.0))</text>\n"
            for (s, v) in row.1.enumerated() {
                let absent = missing?[r][s] ?? false
                let w = absent ? 0 : max(v / largest * barMax, v > 0 ? 2 : 0)
                let y = y0 + Double(s) * barHeight
                svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(Int(y + 2))\" width=\"\(Int(w))\" height=\"\(Int(barHeight - 4))\" "
                    + "fill=\"\(s == 0 ? "#1d3557" : "url(#\(id)-hatch)")\" stroke=\"#1d3557\"/>"
                    + "<text x=\"\(Int(labelWidth + w + 6))\" y=\"\(Int(y + barHeight - 6))\">\(e(value(v, absent)))</text>\n"
            }
        }
        svg += "</svg>\n"
        var table = "<table>\n<caption>\(e(heading)): \(e(l == .id ? "angka grafik" : "the chart's figures"))</caption>\n<thead><tr><th scope=\"col\">\(e(l == .id ? "Kelompok" : "Group"))</th>"
        for name in series { table += "<th scope=\"col\">\(e(name))</th>" }
        table += "</tr></thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() {
            table += "<tr><th scope=\"row\">\(e(row.0))</th>"
            for (s, v) in row.1.enumerated() { table += "<td>\(e(value(v, missing?[r][s] ?? false)))</td>" }
            table += "</tr>\n"
        }
        table += "</tbody>\n</table>\n"
        return "<section aria-labelledby=\"\(id)-h\">\n<h2 id=\"\(id)-h\">\(e(heading))</h2>\n<figure>\n\(svg)</figure>\n\(table)</section>\n"
    }
}
