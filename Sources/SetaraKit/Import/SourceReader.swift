import Foundation
import SetaraDomain
import Yams

/// Where a record was in its file, for messages.
public struct RecordLocation: Sendable, Hashable {
    public var file: String
    /// Line in YAML, row in CSV (the header is row 1), nil in JSON.
    public var line: Int?
    /// Position among the file's records of its kind, from 1.
    public var record: Int

    public func describe(_ language: Language) -> String {
        if let line {
            return language == .id ? "\(file), baris \(line)" : "\(file), line \(line)"
        }
        return language == .id ? "\(file), data ke-\(record)" : "\(file), record \(record)"
    }
}

public struct RawRecord: Sendable, Equatable {
    public var kind: ImportKind
    public var location: RecordLocation
    public var value: FieldValue
}

public enum ImportKind: String, CaseIterable, Sendable, Equatable {
    case seekers, employers, workplaces, vacancies
    /// Casework history (CaseworkCodec), imported through the application layer's rules.
    case referrals, placements, followups

    public var isCasework: Bool { [.referrals, .placements, .followups].contains(self) }

    /// Guesses the kind of a CSV file from its header.
    static func guess(header: Set<String>) -> ImportKind? {
        if header.contains("proposed_on") { return .referrals }
        if header.contains("referral") && header.contains("start_on") { return .placements }
        if header.contains("done_on") && header.contains("result") { return .followups }
        if header.contains("nik") { return .seekers }
        if header.contains("kbji") && header.contains("workplace") { return .vacancies }
        if header.contains("employer") { return .workplaces }
        if header.contains("ownership") || header.contains("headcount") { return .employers }
        return nil
    }
}

/// A file that cannot be read as a whole: no record of it is imported.
public struct SourceError: Error, Sendable {
    public enum Reason: Sendable {
        case unreadable(String)
        case malformed(line: Int?, column: Int? = nil, detail: Detail)
        case unknownFormat
        case unknownKind
    }

    /// What is wrong with a file that is not well-formed, in both languages. It names places and
    /// field names only, never the file's values.
    public struct Detail: Sendable {
        public var en: String
        public var id: String

        init(en: String, id: String) {
            self.en = en
            self.id = id
        }

        /// A problem the parser states in English only (libyaml's, the CSV reader's).
        static func english(_ text: String) -> Detail { Detail(en: text, id: text) }

        static func yaml(_ problem: String) -> Detail { Detail(en: problem, id: "YAML: \(problem)") }

        static let aliases = Detail(
            en: "anchors and aliases (& and *) are not accepted; write each value out in full",
            id: "anchor dan alias (& dan *) tidak diterima; tulis setiap nilai selengkapnya")

        static func nested(_ levels: Int) -> Detail {
            Detail(en: "lists and mappings are nested more than \(levels) levels deep; a record needs at most 5",
                   id: "daftar dan pemetaan bersarang lebih dari \(levels) tingkat; satu data paling banyak perlu 5")
        }

        /// `key` is shown only when it looks like a field name: a key is written by a person, and
        /// may be anything.
        static func duplicateKey(_ key: String, in container: String) -> Detail {
            let fieldLike = !key.isEmpty && key.count <= 40
                && key.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2E }
            let name = fieldLike ? key + " " : ""
            return Detail(en: "the key \(name)appears twice in one \(container)",
                          id: "kunci \(name)muncul dua kali dalam satu \(container == "object" ? "objek" : "pemetaan")")
        }

        static func duplicateColumn(_ name: String, _ first: Int, _ second: Int) -> Detail {
            let shown = name.escapingControlCharacters.prefix(40)
            return Detail(en: "the column \(shown) appears twice in the header (columns \(first) and \(second))",
                          id: "kolom \(shown) muncul dua kali di baris judul (kolom \(first) dan \(second))")
        }
    }
    public var file: String
    public var reason: Reason

    public var isIOError: Bool { if case .unreadable = reason { return true } else { return false } }

    public func message(_ language: Language) -> String {
        switch (reason, language) {
        case (.unreadable(let detail), .en): return "\(file): cannot read the file (\(detail))."
        case (.unreadable(let detail), .id): return "\(file): berkas tidak dapat dibaca (\(detail))."
        case (.malformed(let line?, let column?, let detail), .en): return "\(file), line \(line), column \(column): the file is not well-formed: \(detail.en)."
        case (.malformed(let line?, let column?, let detail), .id): return "\(file), baris \(line), kolom \(column): susunan berkas rusak: \(detail.id)."
        case (.malformed(let line?, nil, let detail), .en): return "\(file), line \(line): the file is not well-formed: \(detail.en)."
        case (.malformed(let line?, nil, let detail), .id): return "\(file), baris \(line): susunan berkas rusak: \(detail.id)."
        case (.malformed(nil, _, let detail), .en): return "\(file): the file is not well-formed: \(detail.en)."
        case (.malformed(nil, _, let detail), .id): return "\(file): susunan berkas rusak: \(detail.id)."
        case (.unknownFormat, .en): return "\(file): unknown file type; expected a name ending in .yaml, .yml, .json or .csv."
        case (.unknownFormat, .id): return "\(file): jenis berkas tidak dikenal; nama berkas harus berakhiran .yaml, .yml, .json, atau .csv."
        case (.unknownKind, .en): return "\(file): cannot tell which records the file holds; use a top-level key seekers, employers, workplaces, vacancies, referrals, placements or followups, or give --kind."
        case (.unknownKind, .id): return "\(file): jenis data dalam berkas tidak dapat ditentukan; gunakan kunci seekers, employers, workplaces, vacancies, referrals, placements, atau followups, atau beri --kind."
        }
    }
}

/// Reads import files into raw records, keeping where each one was.
public enum SourceReader {
    public static func read(path: String, kind: ImportKind?) throws(SourceError) -> [RawRecord] {
        let name = (path as NSString).lastPathComponent
        let ext = (path as NSString).pathExtension.lowercased()
        guard ["yaml", "yml", "json", "csv"].contains(ext) else { throw SourceError(file: name, reason: .unknownFormat) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let detail = FileManager.default.fileExists(atPath: path) ? "permission or read error" : "no such file"
            throw SourceError(file: name, reason: .unreadable(detail))
        }
        guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }) else {
            throw SourceError(file: name, reason: .malformed(line: nil, detail: SourceError.Detail(
                en: "not UTF-8 text; save the file as UTF-8", id: "bukan teks UTF-8; simpan berkas sebagai UTF-8")))
        }
        switch ext {
        case "csv": return try csv(data, name: name, kind: kind)
        case "json": return try json(data, name: name, kind: kind)
        default: return try yaml(String(decoding: data, as: UTF8.self), name: name, kind: kind)
        }
    }

    static func yaml(_ text: String, name: String, kind: ImportKind?) throws(SourceError) -> [RawRecord] {
        let root: Node?
        do {
            try YAMLGuard.check(text)
            root = try Yams.compose(yaml: text)
        } catch let refusal as YAMLGuard.Refusal {
            throw SourceError(file: name, reason: .malformed(line: refusal.line, column: refusal.column, detail: refusal.detail))
        } catch let error as YamlError {
            let place = YAMLGuard.place(of: error)
            throw SourceError(file: name, reason: .malformed(line: place.line, column: place.column, detail: place.detail))
        } catch {
            throw SourceError(file: name, reason: .malformed(line: nil, detail: .english("not readable as YAML")))
        }
        guard let root else { return [] }
        var records: [RawRecord] = []
        func add(_ nodes: Node.Sequence, _ kind: ImportKind) {
            for (index, node) in nodes.enumerated() {
                records.append(RawRecord(kind: kind, location: RecordLocation(file: name, line: node.mark?.line, record: index + 1),
                                         value: FieldValue(yaml: node).withFieldIDs()))
            }
        }
        if let sequence = root.sequence {
            guard let kind else { throw SourceError(file: name, reason: .unknownKind) }
            add(sequence, kind)
        } else if let mapping = root.mapping {
            var found = false
            for k in ImportKind.allCases {
                if let list = mapping[k.rawValue]?.sequence { add(list, k); found = true }
            }
            if !found { throw SourceError(file: name, reason: .unknownKind) }
        } else {
            throw SourceError(file: name, reason: .unknownKind)
        }
        return records
    }

    static func json(_ data: Data, name: String, kind: ImportKind?) throws(SourceError) -> [RawRecord] {
        let root: FieldValue
        do {
            try JSONShape.check([UInt8](data))
        } catch {
            throw SourceError(file: name, reason: .malformed(line: error.line, detail: error.detail))
        }
        do {
            root = try JSONDecoder().decode(FieldValue.self, from: data)
        } catch {
            var detail = "not valid JSON"
            if case DecodingError.dataCorrupted(let context) = error, let underlying = context.underlyingError {
                detail += " (\((underlying as NSError).userInfo[NSDebugDescriptionErrorKey] ?? underlying.localizedDescription))"
            }
            throw SourceError(file: name, reason: .malformed(line: nil, detail: .english(detail)))
        }
        var records: [RawRecord] = []
        func add(_ items: [FieldValue], _ kind: ImportKind) {
            for (index, item) in items.enumerated() {
                records.append(RawRecord(kind: kind, location: RecordLocation(file: name, line: nil, record: index + 1), value: item.withFieldIDs()))
            }
        }
        switch root {
        case .list(let items):
            guard let kind else { throw SourceError(file: name, reason: .unknownKind) }
            add(items, kind)
        case .map(let map):
            var found = false
            for k in ImportKind.allCases {
                if case .list(let items)? = map[k.rawValue] { add(items, k); found = true }
            }
            if !found { throw SourceError(file: name, reason: .unknownKind) }
        default:
            throw SourceError(file: name, reason: .unknownKind)
        }
        return records
    }

    static func csvRows(_ parser: inout CSVParser, columns: CSVColumns, kind: ImportKind, name: String) throws(SourceError) -> [RawRecord] {
        let header = columns.names
        var records: [RawRecord] = []
        while true {
            let next: CSVParser.Row?
            do { next = try parser.next() } catch { throw SourceError(file: name, reason: .malformed(line: error.line, detail: error.detail)) }
            guard let row = next else { break }
            if row.cells.allSatisfy({ $0 == nil || $0!.trimmed.isEmpty }) { continue }
            if row.cells.count > header.count {
                throw SourceError(file: name, reason: .malformed(line: row.line, detail: SourceError.Detail(
                    en: "\(row.cells.count) fields, the header has \(header.count)", id: "\(row.cells.count) kolom, baris judul punya \(header.count)")))
            }
            records.append(RawRecord(kind: kind, location: RecordLocation(file: name, line: row.line, record: 0),
                                     value: .row(CSVRow(columns: columns, cells: row.cells))))
        }
        return records
    }

    /// Reads a CSV file; one over `minimumSplitBytes` is read in `parts` pieces at once. The
    /// records are the same however it is read (tests read small files in many pieces).
    static func csv(_ data: Data, name: String, kind: ImportKind?, parts: Int = 2,
                    minimumSplitBytes: Int = 1 << 20) throws(SourceError) -> [RawRecord] {
        let bytes = [UInt8](data)
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
        // Spreadsheets set to Indonesian write ';' between fields, since ',' is the decimal mark.
        let delimiter = firstLine.contains(UInt8(ascii: ";")) && !firstLine.contains(UInt8(ascii: ",")) ? UInt8(ascii: ";") : UInt8(ascii: ",")
        var parser = CSVParser(bytes: bytes, delimiter: delimiter)
        do throws(any Error) {
            guard let headerRow = try parser.next() else {
                throw SourceError(file: name, reason: .malformed(line: 1, detail: SourceError.Detail(en: "no header row", id: "tidak ada baris judul")))
            }
            // Columns may be named in Indonesian (nama, tanggal_lahir, kebutuhan): read as the fields' ids.
            let header = headerRow.cells.map { FieldNames.id(($0 ?? "").trimmed.lowercased()) }
            // A second column of the same name would be read or dropped without a word.
            var firstColumn: [String: Int] = [:]
            for (index, column) in header.enumerated() where !column.isEmpty {
                if let first = firstColumn[column] {
                    throw SourceError(file: name, reason: .malformed(line: headerRow.line, detail: .duplicateColumn(column, first + 1, index + 1)))
                }
                firstColumn[column] = index
            }
            guard let kind = kind ?? ImportKind.guess(header: Set(header)) else { throw SourceError(file: name, reason: .unknownKind) }
            let columns = CSVColumns(names: header, known: RecordCodec.knownFields(kind))
            // Large files are read in two halves at once, split between two rows.
            let afterHeader = parser.offset
            let points = CSVParser.splitPoints(bytes, delimiter: delimiter, from: afterHeader, line: parser.currentLine,
                                               parts: parts, minimumBytes: minimumSplitBytes)
            var ranges: [(start: Int, end: Int, line: Int)] = []
            var start = (afterHeader, parser.currentLine)
            for point in points {
                ranges.append((start.0, point.position, start.1))
                start = (point.position, point.line)
            }
            ranges.append((start.0, bytes.count, start.1))
            let parts = ranges.parallelMap(grain: 1) { range -> Result<[RawRecord], SourceError> in
                var part = CSVParser(bytes: bytes, delimiter: delimiter, start: range.start, end: range.end, line: range.line)
                part.expectedCells = header.count
                return Result { () throws(SourceError) in try csvRows(&part, columns: columns, kind: kind, name: name) }
            }
            var records: [RawRecord] = []
            for part in parts {
                for var record in try part.get() {
                    record.location.record = records.count + 1
                    records.append(record)
                }
            }
            return records
        } catch let error as CSVParser.Malformed {
            throw SourceError(file: name, reason: .malformed(line: error.line, detail: error.detail))
        } catch let error as SourceError {
            throw error
        } catch {
            throw SourceError(file: name, reason: .malformed(line: nil, detail: .english("\(error)")))
        }
    }
}

