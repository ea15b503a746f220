import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

struct ListOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("Kode provinsi (2 angka) atau kabupaten/kota (4 angka).", "Province (2 digits) or regency code (4 digits)."), valueName: "code"))
    var region: String?
    @Option(help: ArgumentHelp(L("Kata yang dicari pada nama dan kode.", "Words to find in names and ids."), valueName: "words"))
    var search: String?
    @Option(help: ArgumentHelp(L("Paling banyak sekian data; bawaan 50 untuk teks, semua untuk json dan csv.",
                                 "At most this many records; default 50 for text, all for json and csv.")))
    var limit: Int?
    @Option(help: ArgumentHelp(L("Lewati sekian data pertama.", "Skip this many records first.")))
    var offset = 0
    @Option(help: ArgumentHelp(L("Format keluaran: text, json, atau csv.", "Output format: text, json or csv.")))
    var format: OutputFormat = .text
    @Option(help: ArgumentHelp(L("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."), valueName: "file"))
    var output: String?

    func query(status: String? = nil, parent: String? = nil) -> ListQuery {
        ListQuery(region: region, search: search, parentID: parent, status: status,
                  limit: limit ?? (format == .text ? 50 : nil), offset: max(offset, 0))
    }
}

struct ShowOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("Format keluaran: text, json, atau csv.", "Output format: text, json or csv.")))
    var format: OutputFormat = .text
}

/// Renders a list of records in the chosen format.
func emit(kind: ImportKind, format: OutputFormat, output: String?, total: Int?, records: [[(String, OutValue)]],
          lines: [String], includeCategory: Bool = false) throws {
    switch format {
    case .json: try Console.write(RecordExport.json(kind: kind, records: records), to: output)
    case .csv: try Console.write(RecordExport.csv(kind: kind, records: records, includeCategory: includeCategory), to: output)
    case .text:
        var text = lines.joined(separator: "\n")
        if lines.isEmpty { text = L("Tidak ada data yang cocok.", "No matching records.") }
        if let total, total > lines.count, !lines.isEmpty {
            text += "\n" + L("Menampilkan \(lines.count) data. Pakai --limit dan --offset untuk melihat lebih banyak.",
                             "Showing \(englishCount(lines.count, "record")). Use --limit and --offset to see more.")
        }
        try Console.write(text, to: output)
    }
}

/// What an update changed, or that it changed nothing.
func reportUpdate(_ kind: RecordKind, _ id: String, _ changed: [String]) {
    let name = kind.title(language)
    if changed.isEmpty {
        Console.out(L("\(name) \(id): tidak ada yang berubah; data sudah seperti itu.", "\(name) \(id): nothing changed; the record already says so."))
    } else {
        Console.out(L("\(name) \(id) diperbarui: ", "\(name) \(id) updated: ") + changed.joined(separator: ", ") + ".")
    }
}

/// Puts a flag's value into the record fields when it was given.
func put(_ fields: inout [String: FieldValue], _ key: String, _ value: String?) {
    if let value { fields[key] = .text(value) }
}

func put(_ fields: inout [String: FieldValue], _ key: String, _ values: [String]) {
    if !values.isEmpty { fields[key] = .list(values.flatMap { $0.split(whereSeparator: { $0 == ";" || $0 == "," }) }.map { .text(String($0).trimmed) }) }
}

func put(_ fields: inout [String: FieldValue], _ key: String, _ flag: Bool?) {
    if let flag { fields[key] = .text(flag ? "yes" : "no") }
}
